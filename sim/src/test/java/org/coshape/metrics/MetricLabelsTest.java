package org.coshape.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every metric has a label, and results/README.md shows the table as MetricLabels holds it. Run
 * with {@code -Dcoshape.regenerate=true} to rewrite the README's table after changing a label.
 */
class MetricLabelsTest {
    private static final Path README = Path.of("../results/README.md");
    private static final String BEGIN =
            "<!-- BEGIN metric table (generated from org.coshape.metrics.MetricLabels; MetricLabelsTest) -->\n";
    private static final String END = "<!-- END metric table -->";

    @Test
    void everyMetricHasALabelWithARange() {
        for (Metric m : Metric.values()) {
            MetricLabels.Label l = MetricLabels.of(m);
            assertNotNull(l, m.key());
            assertTrue(l.min() < l.max(), m.key());
            assertEquals(l, MetricLabels.of(m.key()));
        }
        assertEquals(0, MetricLabels.of("not_a_metric").better());
    }

    @Test
    void theReadmesTableIsWhatTheLabelsGenerate() throws Exception {
        String text = Files.readString(README);
        int a = text.indexOf(BEGIN);
        int b = text.indexOf(END);
        assertTrue(a >= 0 && b > a, "results/README.md has the table's markers");
        String expected = text.substring(0, a + BEGIN.length()) + MetricLabels.markdownTable() + text.substring(b);
        if (Boolean.getBoolean("coshape.regenerate")) {
            Files.writeString(README, expected);
        }
        assertEquals(
                expected,
                Files.readString(README),
                "results/README.md's metric table differs from MetricLabels: mvn -q test -pl sim"
                        + " -Dtest=MetricLabelsTest -Dcoshape.regenerate=true");
    }
}
