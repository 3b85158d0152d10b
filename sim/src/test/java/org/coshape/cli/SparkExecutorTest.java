package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep run on Apache Spark (local[2]) writes exactly the tables of the local executor: the
 * same seeds give the same numbers, and every executor formats rows with the same code.
 */
class SparkExecutorTest {
    @TempDir
    Path tmp;

    @Test
    void sparkLocalModeGivesByteIdenticalTables() throws Exception {
        Path scenario = tmp.resolve("spark.yaml");
        Files.writeString(scenario, """
                name: spark
                seed: 8
                ticks: 60
                replications: 2
                population: {size: 1500}
                metrics: {every: 20, baseline: true}
                output: {charts: []}
                sweep:
                  design: grid
                  parameters:
                    ai.regime: [configuration, mutual, engagement]
                """);
        BadInputTest.Outcome local = BadInputTest.cli(
                "sweep", scenario.toString(), "--out", tmp.resolve("local").toString(), "--quiet");
        assertEquals(0, local.code(), local.err());
        BadInputTest.Outcome spark = BadInputTest.cli(
                "sweep",
                scenario.toString(),
                "--executor",
                "spark",
                "--master",
                "local[2]",
                "--out",
                tmp.resolve("spark").toString(),
                "--quiet");
        assertEquals(0, spark.code(), spark.err());
        for (String f : new String[] {"summary.csv", "timeseries.csv"}) {
            assertArrayEquals(
                    Files.readAllBytes(tmp.resolve("local").resolve(f)),
                    Files.readAllBytes(tmp.resolve("spark").resolve(f)),
                    f + " differs between local and Spark");
        }
        assertEquals(
                1 + 6 * 3,
                Files.readAllLines(tmp.resolve("spark").resolve("summary.csv")).size());
        assertTrue(
                Files.readString(tmp.resolve("spark").resolve("manifest.json")).contains("\"executor\" : \"spark\""));
    }
}
