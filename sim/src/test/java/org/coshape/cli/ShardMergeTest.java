package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.coshape.results.Build;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards of a sweep (as Slurm array tasks would run them) merge into exactly the unsharded tables. */
class ShardMergeTest {
    @TempDir
    Path tmp;

    static final String SCENARIO = """
            name: shards
            seed: 12
            ticks: 30
            replications: 2
            population: {size: 800}
            network: {type: erdos_renyi, degree: 6}
            ai: {designers: {size: 10}}
            metrics: {every: 10}
            output: {charts: []}
            sweep:
              design: lhs
              samples: 5
              parameters:
                ai.listening: {min: 0.0, max: 0.9}
            """;

    @Test
    void threeShardsMergeIntoTheUnshardedTables() throws Exception {
        Path scenario = tmp.resolve("shards.yaml");
        Files.writeString(scenario, SCENARIO);
        assertEquals(
                0,
                BadInputTest.cli(
                                "sweep",
                                scenario.toString(),
                                "--out",
                                tmp.resolve("whole").toString(),
                                "--quiet")
                        .code());
        for (int i = 1; i <= 3; i++) {
            BadInputTest.Outcome o = BadInputTest.cli(
                    "sweep",
                    scenario.toString(),
                    "--shard",
                    i + "/3",
                    "--out",
                    tmp.resolve("s" + i).toString(),
                    "--quiet");
            assertEquals(0, o.code(), o.err());
        }
        assertEquals(
                1 + 4 * 3,
                Files.readAllLines(tmp.resolve("s1").resolve("summary.csv")).size(),
                "shard 1 of 3 holds runs 1, 4, 7, 10 of the 10");
        BadInputTest.Outcome partial = BadInputTest.cli(
                "merge",
                tmp.resolve("s1").toString(),
                tmp.resolve("s2").toString(),
                "--out",
                tmp.resolve("partial").toString());
        assertEquals(1, partial.code(), "a merge with a shard missing is incomplete");
        BadInputTest.Outcome m = BadInputTest.cli(
                "merge",
                tmp.resolve("s3").toString(),
                tmp.resolve("s1").toString(),
                tmp.resolve("s2").toString(),
                "--out",
                tmp.resolve("merged").toString());
        assertEquals(0, m.code(), m.err());
        for (String f : new String[] {"summary.csv", "timeseries.csv"}) {
            assertArrayEquals(
                    Files.readAllBytes(tmp.resolve("whole").resolve(f)),
                    Files.readAllBytes(tmp.resolve("merged").resolve(f)),
                    f);
        }
        assertTrue(
                Files.readString(tmp.resolve("merged").resolve("manifest.json")).contains("\"status\" : \"complete\""));

        BadInputTest.Outcome other = BadInputTest.cli(
                "sweep",
                scenario.toString(),
                "--shard",
                "1/3",
                "--seed",
                "99",
                "--out",
                tmp.resolve("other").toString(),
                "--quiet");
        assertEquals(0, other.code());
        BadInputTest.Outcome bad = BadInputTest.cli(
                "merge",
                tmp.resolve("s2").toString(),
                tmp.resolve("other").toString(),
                "--out",
                tmp.resolve("bad").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("a different scenario"), bad.err());
        BadInputTest.Outcome overlap = BadInputTest.cli(
                "merge",
                tmp.resolve("s1").toString(),
                tmp.resolve("whole").toString(),
                "--out",
                tmp.resolve("overlap").toString());
        assertEquals(2, overlap.code());
        assertTrue(overlap.err().contains("must not overlap") || overlap.err().contains("different"), overlap.err());
        // one folder given twice, under two spellings: every row would count twice
        for (String again : List.of(tmp.resolve("s1").toString(), tmp.resolve("s1") + "/../s1/")) {
            BadInputTest.Outcome twice = BadInputTest.cli(
                    "merge",
                    tmp.resolve("s1").toString(),
                    again,
                    "--out",
                    tmp.resolve("twice").toString());
            assertEquals(2, twice.code(), twice.err());
            assertTrue(twice.err().contains("the same folder as"), twice.err());
            assertFalse(Files.exists(tmp.resolve("twice")), "nothing written");
        }
        assertEquals(
                2,
                BadInputTest.cli("sweep", scenario.toString(), "--shard", "4/3").code());
    }

    /**
     * A Saltelli design run in shards: no shard can compute Sobol indices, so merge does, from the
     * design rebuilt out of the manifest; they equal the unsharded sweep's, byte for byte.
     */
    @Test
    void sobolShardsMergeIntoTheSameSensitivityTable() throws Exception {
        Path scenario = tmp.resolve("sobol.yaml");
        Files.writeString(scenario, """
                name: sobol
                seed: 5
                ticks: 6
                population: {size: 150}
                ai: {designers: {size: 5}, listening_policy: fixed}
                metrics: {every: 3, baseline: false}
                output: {charts: []}
                sweep:
                  design: sobol
                  samples: 4
                  parameters:
                    ai.listening: {min: 0, max: 1}
                    ai.count: {min: 1, max: 4}
                """);
        BadInputTest.Outcome whole = BadInputTest.cli(
                "sweep", scenario.toString(), "--out", tmp.resolve("whole").toString(), "--quiet");
        assertEquals(0, whole.code(), whole.err());
        // induced_drift is undefined without a baseline: not a missing run (it was warned about as 4 of 4);
        // the one warning is that 4 base rows give wide intervals
        assertEquals(
                List.of("wider than 0.2"),
                whole.err()
                        .lines()
                        .map(l -> l.contains("wider than 0.2") ? "wider than 0.2" : l)
                        .toList(),
                whole.err());
        List<String> rows = Files.readAllLines(tmp.resolve("whole").resolve("summary.csv"));
        assertEquals(
                "ai.listening,ai.count",
                String.join(",", Arrays.copyOfRange(rows.get(0).split(","), 5, 7)));
        // the key decides whole numbers, not the bounds: ai.count is whole, ai.listening (written 0 to 1) is not
        assertTrue(rows.stream().skip(1).map(r -> r.split(",")).allMatch(c -> c[6].matches("[1-4]")));
        assertTrue(rows.stream().skip(1).map(r -> r.split(",", -1)[5]).anyMatch(x -> !x.equals("0") && !x.equals("1")));
        for (int i = 1; i <= 2; i++) {
            assertEquals(
                    0,
                    BadInputTest.cli(
                                    "sweep",
                                    scenario.toString(),
                                    "--shard",
                                    i + "/2",
                                    "--out",
                                    tmp.resolve("s" + i).toString(),
                                    "--quiet")
                            .code());
            assertTrue(Files.notExists(tmp.resolve("s" + i).resolve("sensitivity.csv")), "a shard has no indices");
        }
        BadInputTest.Outcome m = BadInputTest.cli(
                "merge",
                tmp.resolve("s1").toString(),
                tmp.resolve("s2").toString(),
                "--out",
                tmp.resolve("merged").toString());
        assertEquals(0, m.code(), m.err());
        assertEquals(
                whole.err(),
                m.err(),
                "merge rebuilds points that change ai.count (from the scenario as written) and warns as the sweep");
        assertArrayEquals(
                Files.readAllBytes(tmp.resolve("whole").resolve("sensitivity.csv")),
                Files.readAllBytes(tmp.resolve("merged").resolve("sensitivity.csv")));
    }

    /**
     * Shards travel between machines: a damaged one (a truncated or edited table, a broken
     * manifest) is refused with one line naming the file and line, exit 2, and nothing merged.
     * Each of these merged silently or failed with exit 1 and a Java exception before.
     */
    @Test
    void damagedShardsAreRefusedByFileAndLine() throws Exception {
        twoShards();
        List<String> summary = Files.readAllLines(tmp.resolve("s2").resolve("summary.csv"));
        List<String> series = Files.readAllLines(tmp.resolve("s2").resolve("timeseries.csv"));
        String lastSeries = series.get(series.size() - 1);
        Map<String, Consumer<Path>> damage = new LinkedHashMap<>();
        damage.put("manifest.json:1:2: not valid JSON", d -> write(d.resolve("manifest.json"), "{bad\n"));
        damage.put("manifest.json: not a coshape manifest", d -> write(d.resolve("manifest.json"), "[]\n"));
        damage.put("summary.csv: empty", d -> write(d.resolve("summary.csv"), ""));
        damage.put(
                "summary.csv:" + (summary.size() + 1) + ": expected "
                        + summary.get(0).split(",").length + " cells, found 2",
                d -> append(d.resolve("summary.csv"), "x,y\n"));
        damage.put(
                "summary.csv:" + (summary.size() + 1) + ": run p0001-r000, group 'all' appears twice",
                d -> append(d.resolve("summary.csv"), summary.get(1) + "\n"));
        damage.put("not a sweep results folder (timeseries.csv missing)", d -> delete(d.resolve("timeseries.csv")));
        damage.put("timeseries.csv:1: expected the header", d -> write(d.resolve("timeseries.csv"), ""));
        damage.put(
                "timeseries.csv:" + series.size() + ": expected 6 cells, found 2",
                d -> write(
                        d.resolve("timeseries.csv"),
                        String.join("\n", series.subList(0, series.size() - 1)) + "\n"
                                + lastSeries.substring(0, lastSeries.indexOf(',', lastSeries.indexOf(',') + 1))
                                + "\n"));
        damage.put(
                "timeseries.csv:" + (series.size() + 1) + ": run 'p0000-r000' is not in this folder's manifest",
                d -> append(d.resolve("timeseries.csv"), lastSeries.replace("p0001-r000", "p0000-r000") + "\n"));
        // a shard killed in the middle of an append: the cut row is left out, and complete rows of a run its
        // manifest does not yet record as done ask for the shard to be finished first
        String pendingManifest = Files.readString(tmp.resolve("s2").resolve("manifest.json"))
                .replaceFirst("\"status\" : \"done\"", "\"status\" : \"pending\"");
        damage.put(
                "summary.csv:2: run 'p0001-r000' is pending in this folder's manifest.json: the shard was"
                        + " interrupted; finish it with sweep --resume first",
                d -> {
                    write(d.resolve("manifest.json"), pendingManifest);
                    append(d.resolve("summary.csv"), "p0001-r000,sweep,0,12");
                });
        int k = 0;
        for (var e : damage.entrySet()) {
            Path shard = tmp.resolve("damaged" + k);
            Path out = tmp.resolve("merged" + k++);
            copy(tmp.resolve("s2"), shard);
            e.getValue().accept(shard);
            BadInputTest.Outcome o =
                    BadInputTest.cli("merge", tmp.resolve("s1").toString(), shard.toString(), "--out", out.toString());
            assertEquals(2, o.code(), e.getKey() + ": " + o.err());
            assertTrue(
                    o.err().contains(shard.getFileName() + "/") || o.err().contains(shard.getFileName() + ":"),
                    "names the shard: " + o.err());
            assertTrue(o.err().contains(e.getKey()), "expected '" + e.getKey() + "' in: " + o.err());
            assertEquals(1, o.err().strip().lines().count(), o.err());
            assertTrue(!Files.exists(out), "nothing merged");
        }
        assertEquals(
                0,
                BadInputTest.cli(
                                "merge",
                                tmp.resolve("s1").toString(),
                                tmp.resolve("s2").toString(),
                                "--out",
                                tmp.resolve("merged").toString())
                        .code(),
                "the undamaged shards merge");
    }

    /**
     * Shards run by different coshape builds could hold different results for the same seed, so
     * they are not merged: another version, another known commit, or other code where the commit
     * does not pin it (changes not committed), is refused by name.
     */
    @Test
    void shardsOfDifferentBuildsAreNotMerged() throws Exception {
        twoShards();
        String a = "a".repeat(40);
        String b = "b".repeat(40);
        String x = "1".repeat(64);
        String y = "2".repeat(64);
        record Case(Build build1, Build build2, String refusal) {}
        List<Case> cases = List.of(
                new Case(
                        new Build("0.1.0", a, false, x),
                        new Build("0.1.0", b, false, x),
                        "ran on coshape 0.1.0 at commit bbbbbbbbbbbb, "),
                new Case(
                        new Build("0.1.0", a, false, x),
                        new Build("0.2.0", a, false, x),
                        "ran on coshape 0.2.0 at commit aaaaaaaaaaaa, "),
                new Case(
                        new Build("0.1.0", null, null, x),
                        new Build("0.2.0", null, null, x),
                        "ran on coshape 0.2.0 (code 111111111111), "),
                new Case(
                        new Build("0.1.0", a, true, x),
                        new Build("0.1.0", a, true, y),
                        "ran on coshape 0.1.0 at commit aaaaaaaaaaaa plus changes not committed (code 222222222222), "),
                new Case(
                        new Build("0.1.0", a, false, x),
                        new Build("0.1.0", a, true, y),
                        "ran on coshape 0.1.0 at commit aaaaaaaaaaaa plus changes not committed (code 222222222222), "),
                new Case(
                        new Build("0.1.0", null, null, x),
                        new Build("0.1.0", null, null, y),
                        "ran on coshape 0.1.0 (code 222222222222), "),
                new Case(
                        new Build("0.1.0", a, false, x),
                        new Build("0.1.0", null, null, null),
                        null), // nothing to compare
                new Case(new Build("0.1.0", a, false, x), new Build("0.1.0", a, null, null), null), // an older manifest
                new Case(
                        new Build("0.1.0", a, false, x),
                        new Build("0.1.0", a, false, y),
                        null), // one commit built twice
                new Case(new Build("0.1.0", a, true, x), new Build("0.1.0", a, true, x), null));
        int k = 0;
        for (Case c : cases) {
            Path s1 = tmp.resolve("b1-" + k);
            Path s2 = tmp.resolve("b2-" + k);
            Path out = tmp.resolve("bm-" + k++);
            copy(tmp.resolve("s1"), s1);
            copy(tmp.resolve("s2"), s2);
            stampBuild(s1, c.build1());
            stampBuild(s2, c.build2());
            BadInputTest.Outcome o = BadInputTest.cli("merge", s1.toString(), s2.toString(), "--out", out.toString());
            if (c.refusal() == null) {
                assertEquals(0, o.code(), c + ": " + o.err());
            } else {
                assertEquals(2, o.code(), c + ": " + o.err());
                assertTrue(o.err().contains(s2 + ": " + c.refusal()), "expected '" + c.refusal() + "' in: " + o.err());
                assertTrue(o.err().contains("run every shard with one build"), o.err());
                assertTrue(!Files.exists(out), "nothing merged");
            }
        }
    }

    /** A two-point sweep run as shards 1/2 and 2/2 into s1 and s2. */
    private void twoShards() throws Exception {
        Path scenario = BadInputTest.small(tmp, "small", "output: {charts: []}\n" + BadInputTest.TWO_POINTS);
        for (int i = 1; i <= 2; i++) {
            BadInputTest.Outcome o = BadInputTest.cli(
                    "sweep",
                    scenario.toString(),
                    "--shard",
                    i + "/2",
                    "--out",
                    tmp.resolve("s" + i).toString(),
                    "--quiet");
            assertEquals(0, o.code(), o.err());
        }
    }

    /** Rewrites a folder's manifest as if {@code version} at {@code commit} (null: unknown) had written it. */
    static void stampBuild(Path dir, String version, String commit) throws IOException {
        var json = new ObjectMapper();
        var m = (ObjectNode) json.readTree(dir.resolve("manifest.json").toFile());
        m.put("coshape_version", version);
        m.put("git_commit", commit);
        json.writeValue(dir.resolve("manifest.json").toFile(), m);
    }

    /** Stamps a whole build on a folder's manifest: version, commit, whether it was dirty and its code. */
    static void stampBuild(Path dir, Build build) throws IOException {
        var json = new ObjectMapper();
        var m = (ObjectNode) json.readTree(dir.resolve("manifest.json").toFile());
        m.put("coshape_version", build.version());
        m.put("git_commit", build.commit());
        if (build.dirty() == null) {
            m.putNull("git_dirty");
        } else {
            m.put("git_dirty", build.dirty());
        }
        m.put("code_sha256", build.code());
        json.writeValue(dir.resolve("manifest.json").toFile(), m);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
