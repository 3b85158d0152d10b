package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.coshape.io.FolderLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a batch writes to a folder, a second sweep or compare there (resume, --force or a fresh
 * start) is refused as bad input, and nothing of the first one's is touched; once it ends, the
 * folder is free. The lock here is held by the test, as another process would hold it.
 */
class FolderLockTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderInUseIsRefusedAndLeftAlone() throws Exception {
        Path scenario = BadInputTest.small(tmp, "s", "output: {charts: []}\n" + BadInputTest.TWO_POINTS);
        Path out = tmp.resolve("out");
        assertEquals(
                0,
                BadInputTest.cli("sweep", scenario.toString(), "--out", out.toString(), "--quiet")
                        .code());
        byte[] summary = Files.readAllBytes(out.resolve("summary.csv"));
        try (FolderLock held = FolderLock.acquire(out)) {
            for (List<String> extra : List.of(List.of("--resume"), List.of("--force"))) {
                String[] args = Stream.concat(
                                Stream.of("sweep", scenario.toString(), "--out", out.toString(), "--quiet"),
                                extra.stream())
                        .toArray(String[]::new);
                BadInputTest.Outcome o = BadInputTest.cli(args);
                assertEquals(2, o.code(), extra + ": " + o.err());
                assertTrue(o.err().contains("another coshape process is writing to this folder"), o.err());
                assertEquals(1, o.err().strip().lines().count(), o.err());
            }
            assertEquals(
                    new String(summary, StandardCharsets.UTF_8),
                    Files.readString(out.resolve("summary.csv")),
                    "left alone");
        }
        BadInputTest.Outcome again =
                BadInputTest.cli("sweep", scenario.toString(), "--out", out.toString(), "--force", "--quiet");
        assertEquals(0, again.code(), again.err());
        assertEquals(
                new String(summary, StandardCharsets.UTF_8),
                Files.readString(out.resolve("summary.csv")),
                "the same sweep again");
    }

    /** A resume that finds nothing to resume is bad input and lets go of the folder. */
    @Test
    void aFailedOpenReleasesTheFolder() throws Exception {
        Path scenario = BadInputTest.small(tmp, "s", BadInputTest.TWO_POINTS);
        // a journal that vouches for a run whose tables are gone: resume refuses the damaged folder
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("sweep.journal"), "done\tp0000-r000\t10\t10\t10\n");
        BadInputTest.Outcome o =
                BadInputTest.cli("sweep", scenario.toString(), "--out", empty.toString(), "--resume", "--quiet");
        assertEquals(2, o.code(), o.err());
        try (FolderLock again = FolderLock.acquire(empty)) {
            assertTrue(Files.exists(empty.resolve(FolderLock.FILE)));
        }
    }

    /**
     * run takes the lock too: two runs into one folder (two --set variants of a scenario, both
     * writing to its default folder) left one's summary beside the other's time series.
     */
    @Test
    void aRunIsRefusedInAFolderInUse() throws Exception {
        Path scenario = BadInputTest.small(tmp, "r", "output: {charts: []}\n");
        Path out = Files.createDirectories(tmp.resolve("run"));
        try (FolderLock held = FolderLock.acquire(out)) {
            BadInputTest.Outcome o = BadInputTest.cli("run", scenario.toString(), "--out", out.toString(), "--quiet");
            assertEquals(2, o.code(), o.err());
            assertEquals(
                    "coshape: " + out + ": another coshape process is writing to this folder; wait for it to end"
                            + " or choose another --out",
                    o.err().strip());
            assertTrue(!Files.exists(out.resolve("summary.csv")), "nothing written");
        }
        assertEquals(
                0,
                BadInputTest.cli("run", scenario.toString(), "--out", out.toString(), "--quiet")
                        .code());
    }

    /**
     * A run over an earlier run's folder removes the old manifest before it replaces the tables
     * (so a run that fails between two files leaves a folder report refuses, not a mix that passes
     * for finished), and an old people.csv or charts that this run does not write.
     */
    @Test
    void aRerunLeavesNoOldFilesThatPassForItsOwn() throws Exception {
        Path scenario = BadInputTest.small(tmp, "p", "output: {charts: [png], people: final}\n");
        Path out = tmp.resolve("rerun");
        assertEquals(
                0,
                BadInputTest.cli("run", scenario.toString(), "--out", out.toString(), "--quiet")
                        .code());
        assertTrue(Files.exists(out.resolve("people.csv")));
        assertEquals(
                0,
                BadInputTest.cli(
                                "run",
                                scenario.toString(),
                                "--out",
                                out.toString(),
                                "--quiet",
                                "--set",
                                "output.people=none")
                        .code());
        assertTrue(!Files.exists(out.resolve("people.csv")), "the first run's people.csv is gone");
        assertTrue(Files.exists(out.resolve("charts").resolve("welfare.png")));
        assertEquals(
                0,
                BadInputTest.cli(
                                "run",
                                scenario.toString(),
                                "--out",
                                out.toString(),
                                "--quiet",
                                "--set",
                                "output.charts=[]")
                        .code());
        try (var left = Files.list(out.resolve("charts"))) {
            assertEquals(List.of(), left.toList(), "no chart of an earlier run passes for this one's");
        }
        assertEquals(
                0,
                BadInputTest.cli("run", scenario.toString(), "--out", out.toString(), "--quiet")
                        .code());
        // charts/ as a file: the re-run fails after its tables, before its manifest
        Path charts = out.resolve("charts");
        try (var files = Files.list(charts)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(charts);
        Files.writeString(charts, "in the way");
        BadInputTest.Outcome o = BadInputTest.cli(
                "run", scenario.toString(), "--out", out.toString(), "--quiet", "--seed", "7", "--force");
        assertTrue(o.code() != 0, "the charts cannot be written");
        assertTrue(!Files.exists(out.resolve("manifest.json")), "no manifest: the folder is not a finished run");
        assertEquals(2, BadInputTest.cli("report", out.toString()).code());
    }

    /**
     * sweep --force over a run's folder, and merge --force over a sweep's, leave none of the
     * earlier command's files: the run's people.csv and per-metric charts stayed beside the
     * sweep's tables, and an earlier Sobol sweep's sensitivity.csv would have been drawn by report
     * as the new sweep's.
     */
    @Test
    void forceLeavesNoEarlierResultsBehind() throws Exception {
        Path scenario =
                BadInputTest.small(tmp, "f", "output: {charts: [png], people: final}\n" + BadInputTest.TWO_POINTS);
        Path out = tmp.resolve("forced");
        assertEquals(
                0,
                BadInputTest.cli("run", scenario.toString(), "--out", out.toString(), "--quiet")
                        .code());
        Files.writeString(out.resolve("sensitivity.csv"), "left from an earlier sweep\n");
        assertTrue(Files.exists(out.resolve("charts").resolve("welfare.png")));
        assertEquals(
                0,
                BadInputTest.cli("sweep", scenario.toString(), "--out", out.toString(), "--force", "--quiet")
                        .code());
        for (String stale : List.of("people.csv", "sensitivity.csv", "charts/welfare.png")) {
            assertTrue(!Files.exists(out.resolve(stale)), stale + " of the run is gone");
        }
        assertTrue(Files.exists(out.resolve("charts").resolve("sweep_welfare_vs_ai.listening.png")));
        Path shard = tmp.resolve("shard");
        assertEquals(
                0,
                BadInputTest.cli("sweep", scenario.toString(), "--out", shard.toString(), "--quiet")
                        .code());
        BadInputTest.Outcome m = BadInputTest.cli("merge", shard.toString(), "--out", out.toString(), "--force");
        assertEquals(0, m.code(), m.err());
        assertTrue(
                !Files.exists(out.resolve("charts").resolve("sweep_welfare_vs_ai.listening.png")),
                "merge draws no charts, so the earlier sweep's are gone");
        assertTrue(!Files.exists(out.resolve("sweep.journal")));
    }
}
