package org.coshape.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.coshape.results.RunSpec;
import org.coshape.scenario.Scenario;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;

/** A long run says where it is: the tick reached, of how many, and the share done. */
class TickProgressTest {
    @Test
    void aLongRunSaysWhereItIs() {
        Scenario s = TestScenarios.yaml("name: long\nticks: 400\n");
        RunSpec run = new RunSpec("r000", "base", 0, 0, 1, Map.of(), s);
        StringWriter out = new StringWriter();
        new TickProgress(run, new PrintWriter(out), 0).accept(100);
        assertEquals(
                "coshape: run r000: tick 100 of 400 (25%), 0 s", out.toString().strip());
        StringWriter quiet = new StringWriter();
        TickProgress rare = new TickProgress(run, new PrintWriter(quiet));
        for (long t = 1; t <= 400; t++) {
            rare.accept(t);
        }
        assertEquals("", quiet.toString(), "a run shorter than the interval prints no progress line");
    }
}
