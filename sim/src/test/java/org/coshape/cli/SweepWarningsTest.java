package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a grid sweep, a key whose values changed nothing beyond chance is named: a generation
 * length longer than the run never comes into play, while persuasiveness moves people.
 */
class SweepWarningsTest {
    @TempDir
    Path tmp;

    @Test
    void aKeyThatChangedNothingIsNamedAfterTheSweep() throws IOException {
        Path scenario = Files.writeString(tmp.resolve("s.yaml"), """
                name: warn
                ticks: 20
                replications: 3
                population: {size: 200}
                output: {charts: []}
                sweep:
                  parameters:
                    generations.length: [200, 300]
                    ai.persuasiveness: [0.0, 2.0]
                """);
        BadInputTest.Outcome o = BadInputTest.cli(
                "sweep", scenario.toString(), "--out", tmp.resolve("out").toString(), "--quiet");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("sweep.parameters.generations.length: no value changed"), o.err());
        assertFalse(o.err().contains("sweep.parameters.ai.persuasiveness"), o.err());
    }
}
