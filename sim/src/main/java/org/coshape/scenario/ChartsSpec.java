package org.coshape.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How charts look ({@code charts:}): which metrics are drawn (empty: each chart kind's own set),
 * words replacing a metric's, a parameter's, a group's or a policy's name, the size in points, a
 * font scale, whether a title is drawn inside the image (off by default: a paper's caption says
 * what a figure shows), and whether sweep charts draw one line per group. Formats stay in
 * {@code output.charts}. None of it changes a result, so it is left out of the scenario's hash.
 */
public record ChartsSpec(
        List<String> metrics,
        Map<String, String> labels,
        int width,
        int height,
        double fontScale,
        boolean titles,
        boolean groups) {
    public ChartsSpec {
        metrics = List.copyOf(metrics);
        // in the order written: Map.copyOf's order changes from one JVM run to the next
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** The defaults of {@link Parameter}'s charts rows. */
    public static ChartsSpec defaults() {
        return new ChartsSpec(
                List.of(),
                Map.of(),
                (int) Parameter.CHARTS_WIDTH.number(),
                (int) Parameter.CHARTS_HEIGHT.number(),
                Parameter.CHARTS_FONT_SCALE.number(),
                false,
                false);
    }
}
