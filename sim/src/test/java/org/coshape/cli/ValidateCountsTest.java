package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate says how many runs each command would make of the scenario, before any runs. */
class ValidateCountsTest {
    @TempDir
    Path tmp;

    @Test
    void validateCountsTheRuns() throws Exception {
        Path f = Files.writeString(tmp.resolve("n.yaml"), """
                name: n
                ticks: 7
                replications: 3
                population: {size: 80}
                ai: {designers: {size: 5}}
                sweep: {parameters: {ai.gain: [1, 2], social.rate: [0.1, 0.2, 0.3]}}
                compare: {a: {ai.gain: 1}, b: {ai.gain: 2}}
                uncertainties: {samples: 4, parameters: {social.rate: {min: 0.02, max: 0.2}}}
                """);
        BadInputTest.Outcome o = BadInputTest.cli("validate", f.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("# coshape run: 3 runs of 80 people and 7 ticks"), o.out());
        assertTrue(o.out().contains("# coshape sweep: 18 runs (6 points x 3 replications)"), o.out());
        // 2 policies x 3 replications on the scenario as written and on each of 4 samples
        assertTrue(o.out().contains("# coshape compare: 30 runs (2 policies x 3 replications"), o.out());
        // one estimate for all 48 runs of both batches, from a probe of the run as written
        assertTrue(o.out().contains("# time (rough, from a probe of "), o.out());
        assertTrue(o.out().contains(" per run = setup "), o.out());
        assertTrue(o.out().contains("7 ticks x "), o.out());
        assertTrue(o.out().contains("2 metrics records x "), o.out());
        assertTrue(o.out().contains("; 48 runs about "), o.out());

        BadInputTest.Outcome quiet = BadInputTest.cli("validate", "--no-estimate", f.toString());
        assertEquals(0, quiet.code(), quiet.err());
        assertFalse(quiet.out().contains("# time"), quiet.out());
    }

    @Test
    void aRunsRecordsAndDurationsAreCountedAsStated() {
        assertEquals("0.50 ms", ValidateCommand.duration(0.0005));
        assertEquals("2.5 ms", ValidateCommand.duration(0.0025));
        assertEquals("250 ms", ValidateCommand.duration(0.25));
        assertEquals("90 s", ValidateCommand.duration(90));
        assertEquals("30 min", ValidateCommand.duration(1800));
        assertEquals("2.5 h", ValidateCommand.duration(9000));
    }
}
