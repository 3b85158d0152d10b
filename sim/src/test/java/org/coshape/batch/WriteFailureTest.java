package org.coshape.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coshape.concurrent.ChunkPool;
import org.coshape.experiment.Runner;
import org.coshape.io.WriteFailure;
import org.coshape.results.Invocation;
import org.coshape.results.RunRows;
import org.coshape.results.RunSpec;
import org.coshape.scenario.Scenario;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills mid-sweep: the sweep kept computing runs it could not save and printed a
 * stack trace for each. Now the first failed write stops it: no further run starts, and one
 * message (a {@link WriteFailure}) says what happened and that --resume finishes the rest. The
 * disk is full for real: the summary table becomes a link to /dev/full, where every write fails
 * with "No space left on device".
 */
class WriteFailureTest {
    @TempDir
    Path tmp;

    @Test
    void aFullDiskStopsTheSweepWithOneMessage() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "needs Linux's /dev/full");
        Scenario s = TestScenarios.yaml("name: full\nticks: 2\npopulation: {size: 40}\nai: {designers: {size: 4}}\n");
        List<RunSpec> runs = new ArrayList<>();
        for (int r = 0; r < 6; r++) {
            runs.add(new RunSpec(RunSpec.runId(r, 0), "sweep", r, 0, RunSpec.seedFor(s.seed(), r, 0), Map.of(), s));
        }
        Path out = tmp.resolve("out");
        DurableBatch batch = new DurableBatch(
                        new Invocation("sweep", List.of(), 1, "local", Instant.now()), s, runs, out)
                .open(List.of(), "hash", false, false);
        List<String> computed = new ArrayList<>();
        StringWriter err = new StringWriter();
        WriteFailure f = assertThrows(
                WriteFailure.class,
                () -> batch.run(new PrintWriter(err), true, (todo, listener) -> {
                    try (ChunkPool pool = new ChunkPool(1)) {
                        for (RunSpec r : todo) {
                            if (listener.stopped()) {
                                continue;
                            }
                            computed.add(r.runId());
                            RunRows rows = RunRows.of(Runner.run(r, pool, null), List.of());
                            if (computed.size() == 3) { // the disk fills while the third run computes
                                Path summary = out.resolve("summary.csv");
                                Files.delete(summary);
                                Files.createSymbolicLink(summary, Path.of("/dev/full"));
                            }
                            listener.finished(r, rows, null);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
        assertEquals(3, computed.size(), "no run starts after the failed write");
        assertTrue(f.getMessage().contains("No space left on device"), f.getMessage());
        assertTrue(f.getMessage().contains("sweep --resume"), f.getMessage());
        String journal = Files.readString(out.resolve("sweep.journal"));
        assertEquals(2, journal.lines().filter(l -> l.startsWith("done\t")).count(), "the first two are kept");
        assertFalse(err.toString().contains("\tat "), "no stack trace");
    }
}
