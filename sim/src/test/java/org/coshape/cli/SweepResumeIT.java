package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep killed with SIGKILL midway and resumed ends with exactly the rows of an uninterrupted
 * sweep (no row lost, none duplicated; here even byte-identical, since finished tables are
 * sorted by run id). Real child JVMs running the packaged jar.
 */
class SweepResumeIT {
    @TempDir
    Path tmp;

    static final String SCENARIO = """
            name: resume
            seed: 99
            ticks: 150
            replications: 3
            population: {size: 3000}
            metrics: {every: 50}
            output: {charts: []}
            sweep:
              design: grid
              parameters:
                ai.listening: [0.1, 0.9]
                social.rate: {min: 0.05, max: 0.25, steps: 3}
            """;

    static Process start(Path out, String... extra) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                "target/coshape.jar",
                "sweep"));
        cmd.addAll(List.of(extra));
        cmd.addAll(List.of("--out", out.toString()));
        return new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(File.createTempFile("sweep", ".log"))
                .start();
    }

    static long done(Path journal) throws Exception {
        if (!Files.exists(journal)) {
            return 0;
        }
        return Files.readAllLines(journal).stream()
                .filter(l -> l.startsWith("done\t"))
                .count();
    }

    @Test
    void killedSweepResumesToExactlyTheUninterruptedRows() throws Exception {
        killAndResume(SCENARIO, 18, 4, commands -> assertEquals(List.of(), commands, "one process"));
    }

    /** What to check of the processes the killed one had started. */
    interface AfterKill {
        void accept(List<ProcessHandle> commands) throws Exception;
    }

    /**
     * Runs a sweep of {@code runs} runs whole; then again, killed with SIGKILL once {@code atLeast}
     * are done, and resumed: the files must be the whole sweep's, byte for byte.
     */
    private void killAndResume(String yaml, int runs, int atLeast, AfterKill afterKill) throws Exception {
        Path scenario = tmp.resolve("resume.yaml");
        Files.writeString(scenario, yaml);
        Path whole = tmp.resolve("whole");
        Process p = start(whole, scenario.toString(), "--threads", "2", "--quiet");
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue());
        assertEquals(
                1 + runs * 3, Files.readAllLines(whole.resolve("summary.csv")).size(), runs + " runs x 3 rows");

        Path killed = tmp.resolve("killed");
        Process k = start(killed, scenario.toString(), "--threads", "1", "--quiet");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (done(killed.resolve("sweep.journal")) < atLeast && System.nanoTime() < deadline && k.isAlive()) {
            Thread.sleep(20);
        }
        List<ProcessHandle> children = k.descendants().toList();
        k.destroyForcibly(); // SIGKILL
        assertTrue(k.waitFor(1, TimeUnit.MINUTES));
        afterKill.accept(children);
        long before = done(killed.resolve("sweep.journal"));
        assertTrue(before >= atLeast && before < runs, "the kill must land midway, " + before + " runs were done");

        Process again = start(killed, scenario.toString(), "--threads", "1", "--quiet");
        assertTrue(again.waitFor(1, TimeUnit.MINUTES));
        assertEquals(2, again.exitValue(), "a second start without --resume is refused");
        Process r = start(killed, scenario.toString(), "--resume", "--threads", "2", "--quiet");
        assertTrue(r.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, r.exitValue());

        List<String> a = Files.readAllLines(whole.resolve("summary.csv"));
        List<String> b = Files.readAllLines(killed.resolve("summary.csv"));
        assertEquals(new HashSet<>(a), new HashSet<>(b), "same rows");
        assertEquals(a.size(), b.size(), "no duplicates");
        assertArrayEquals(
                Files.readAllBytes(whole.resolve("summary.csv")), Files.readAllBytes(killed.resolve("summary.csv")));
        assertArrayEquals(
                Files.readAllBytes(whole.resolve("timeseries.csv")),
                Files.readAllBytes(killed.resolve("timeseries.csv")));
        String manifest = Files.readString(killed.resolve("manifest.json"));
        assertTrue(manifest.contains("\"status\" : \"complete\""), manifest.substring(0, 400));

        Process forced = start(killed, scenario.toString(), "--force", "--threads", "2", "--quiet");
        assertTrue(forced.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, forced.exitValue(), "--force starts over");
        assertArrayEquals(
                Files.readAllBytes(whole.resolve("summary.csv")), Files.readAllBytes(killed.resolve("summary.csv")));
    }
}
