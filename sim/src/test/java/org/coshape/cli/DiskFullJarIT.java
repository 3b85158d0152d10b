package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk fills under a running sweep of the packaged jar (its summary table becomes a link to
 * /dev/full, where every write fails with "No space left on device"): the sweep ends with exit
 * code 1 and one message, no stack trace, having started no run after the failed write; once
 * the disk is back, --resume finishes with exactly the rows of an uninterrupted sweep.
 */
class DiskFullJarIT {
    @TempDir
    Path tmp;

    @Test
    void aDiskFillingUnderTheJarEndsInOneMessageAndResumesExactly() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "needs Linux's /dev/full");
        Path scenario = Files.writeString(tmp.resolve("full.yaml"), SweepResumeIT.SCENARIO);
        Path whole = tmp.resolve("whole");
        Process p = SweepResumeIT.start(whole, scenario.toString(), "--threads", "1", "--quiet");
        assertTrue(p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() == 0, "the uninterrupted sweep");

        Path out = tmp.resolve("out");
        Path log = tmp.resolve("full.log");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                "target/coshape.jar",
                "sweep",
                scenario.toString(),
                "--threads",
                "1",
                "--quiet",
                "--out",
                out.toString()));
        Process full = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Path summary = out.resolve("summary.csv");
        Path saved = tmp.resolve("summary.saved");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (SweepResumeIT.done(out.resolve("sweep.journal")) < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Files.move(summary, saved);
        Files.createSymbolicLink(summary, Path.of("/dev/full"));
        long before = SweepResumeIT.done(out.resolve("sweep.journal"));
        assertTrue(full.waitFor(3, TimeUnit.MINUTES), "the sweep stops");
        String err = Files.readString(log);
        assertEquals(1, full.exitValue(), err);
        // the scenario's own warning (an inert swept value) comes first, from the batch's start
        assertEquals(
                1,
                err.strip()
                        .lines()
                        .filter(l -> !l.startsWith("coshape: warning:"))
                        .count(),
                "one message: " + err);
        assertTrue(err.contains("No space left on device") && err.contains("sweep --resume"), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception"), "no stack trace: " + err);
        long kept = SweepResumeIT.done(out.resolve("sweep.journal"));
        assertTrue(kept <= before, "no run is recorded after the failed write: " + before + " then " + kept);

        Files.delete(summary); // the disk has room again
        Files.move(saved, summary);
        Process resumed = SweepResumeIT.start(out, scenario.toString(), "--threads", "1", "--quiet", "--resume");
        assertTrue(resumed.waitFor(5, TimeUnit.MINUTES), "resume finishes");
        assertEquals(0, resumed.exitValue());
        for (String table : List.of("summary.csv", "timeseries.csv", "assistants.csv")) {
            assertEquals(
                    Files.readString(whole.resolve(table)),
                    Files.readString(out.resolve(table)),
                    table + ": the uninterrupted rows");
        }
    }
}
