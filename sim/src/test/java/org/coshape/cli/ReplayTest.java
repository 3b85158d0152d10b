package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * replay reruns one run of a run, sweep or comparison folder alone, from the scenario its manifest
 * recorded, and gives that run's rows byte for byte: every run of a sweep (with generation
 * boundaries, so turnover and designer draws are replayed too), a policy of a comparison, a
 * replicate of a run. The test compares the files itself rather than trusting replay's own check.
 */
class ReplayTest {
    @TempDir
    Path tmp;

    private Path scenario() throws Exception {
        Path f = tmp.resolve("r.yaml");
        Files.writeString(f, """
                name: r
                ticks: 12
                population: {size: 200}
                ai: {designers: {size: 5}}
                generations: {length: 5, turnover: 0.2}
                metrics: {every: 3}
                output: {charts: []}
                replications: 2
                sweep: {design: grid, parameters: {ai.listening: [0.1, 0.6], social.rate: [0.1, 0.3]}}
                compare: {a: {}, b: {ai.gain: 1.5}}
                """);
        return f;
    }

    private static List<String> rowsOf(Path file, String runId) throws Exception {
        return Files.readAllLines(file).stream()
                .filter(l -> l.startsWith(runId + ","))
                .toList();
    }

    private static void sameRows(Path original, Path replay, String runId) throws Exception {
        for (String table : List.of("summary.csv", "timeseries.csv", "assistants.csv")) {
            List<String> want = rowsOf(original.resolve(table), runId);
            assertFalse(want.isEmpty(), table);
            assertEquals(want, rowsOf(replay.resolve(table), runId), runId + " " + table);
        }
        assertEquals(
                Files.readAllLines(original.resolve("summary.csv")).get(0),
                Files.readAllLines(replay.resolve("summary.csv")).get(0),
                "the same columns, swept ones included");
    }

    @Test
    void everyRunOfASweepReplaysToItsOwnRows() throws Exception {
        Path sweep = tmp.resolve("sweep");
        assertEquals(
                0,
                BadInputTest.cli("sweep", scenario().toString(), "--out", sweep.toString(), "--quiet")
                        .code());
        List<String> ids = Files.readAllLines(sweep.resolve("summary.csv")).stream()
                .skip(1)
                .map(l -> l.substring(0, l.indexOf(',')))
                .distinct()
                .toList();
        assertEquals(8, ids.size());
        for (String id : ids) {
            Path to = tmp.resolve("replay-" + id);
            BadInputTest.Outcome o = BadInputTest.cli(
                    "replay",
                    sweep.toString(),
                    id,
                    "--out",
                    to.toString(),
                    "--quiet",
                    "--threads",
                    id.endsWith("1") ? "1" : "2");
            assertEquals(0, o.code(), o.err());
            assertEquals("", o.out() + o.err(), "--quiet: nothing to say when the rows are the same");
            sameRows(sweep, to, id);
        }
    }

    @Test
    void aPolicyOfAComparisonAndAReplicateOfARunReplayToo() throws Exception {
        Path compare = tmp.resolve("compare");
        assertEquals(
                0,
                BadInputTest.cli("compare", scenario().toString(), "--out", compare.toString(), "--quiet")
                        .code());
        BadInputTest.Outcome o = BadInputTest.cli("replay", compare.toString(), "c01-r001");
        assertEquals(0, o.code(), o.err());
        assertTrue(
                o.out()
                        .contains("replayed c01-r001 of " + compare + ": its summary, time series and assistant rows"
                                + " are the original's, byte for byte"),
                o.out());
        Path beside = tmp.resolve("compare-replay-c01-r001");
        sameRows(compare, beside, "c01-r001");
        assertTrue(Files.readString(beside.resolve("manifest.json")).contains("\"replay_of\""));

        Path run = tmp.resolve("run");
        assertEquals(
                0,
                BadInputTest.cli("run", scenario().toString(), "--out", run.toString(), "--quiet")
                        .code());
        assertEquals(
                0,
                BadInputTest.cli("replay", run.toString(), "p0000-r001", "--quiet")
                        .code());
        sameRows(run, tmp.resolve("run-replay-p0000-r001"), "p0000-r001");
        assertEquals(
                0,
                BadInputTest.cli("replay", run.toString(), "p0000-r001", "--quiet")
                        .code(),
                "a replay replaces an earlier replay in its folder");
        assertEquals(
                0,
                BadInputTest.cli("report", tmp.resolve("run-replay-p0000-r001").toString())
                        .code(),
                "report redraws a replay's charts");
    }

    /**
     * A point that changes the number of assistants: its market shares and per-assistant settings
     * are defaults that follow ai.count, which the resolved scenario writes out for the base's four,
     * so the run is rebuilt from the scenario as written (the manifest's scenario_source).
     */
    @Test
    void aPointThatChangesTheAssistantCountReplays() throws Exception {
        Path f = tmp.resolve("count.yaml");
        Files.writeString(
                f,
                "name: count\nticks: 6\npopulation: {size: 150}\nai: {designers: {size: 5}}\n"
                        + "output: {charts: []}\nsweep: {parameters: {ai.count: [2, 7]}}\n");
        Path sweep = tmp.resolve("count");
        assertEquals(
                0,
                BadInputTest.cli("sweep", f.toString(), "--out", sweep.toString(), "--quiet")
                        .code());
        for (String id : List.of("p0000-r000", "p0001-r000")) {
            BadInputTest.Outcome o = BadInputTest.cli("replay", sweep.toString(), id, "--quiet");
            assertEquals(0, o.code(), o.err());
            sameRows(sweep, tmp.resolve("count-replay-" + id), id);
        }
    }

    /** Sweeps and comparisons do not write people.csv; the replay of one of their runs can. */
    @Test
    void aReplayWritesThePeopleOfOneSweepRun() throws Exception {
        Path sweep = tmp.resolve("sweep");
        assertEquals(
                0,
                BadInputTest.cli("sweep", scenario().toString(), "--out", sweep.toString(), "--quiet")
                        .code());
        Path to = tmp.resolve("people");
        assertEquals(
                0,
                BadInputTest.cli(
                                "replay",
                                sweep.toString(),
                                "p0002-r000",
                                "--people",
                                "final",
                                "--out",
                                to.toString(),
                                "--quiet")
                        .code());
        List<String> people = Files.readAllLines(to.resolve("people.csv"));
        assertEquals(201, people.size());
        assertTrue(people.get(0).startsWith("run_id,tick,person,group,"), people.get(0));
        assertTrue(people.stream().skip(1).allMatch(l -> l.startsWith("p0002-r000,12,")), people.get(1));
        sameRows(sweep, to, "p0002-r000");
    }

    /** A row that no longer matches the replay is named by column, exit 1; the replay is kept for a look. */
    @Test
    void aRowThatDiffersIsNamed() throws Exception {
        Path run = tmp.resolve("run");
        assertEquals(
                0,
                BadInputTest.cli("run", scenario().toString(), "--out", run.toString(), "--quiet")
                        .code());
        Path ts = run.resolve("timeseries.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(ts));
        int i = lines.indexOf(lines.stream()
                .filter(l -> l.startsWith("p0000-r000,12,") && l.contains(",all,trust,"))
                .findFirst()
                .orElseThrow());
        String[] cells = lines.get(i).split(",");
        lines.set(i, String.join(",", Arrays.copyOf(cells, 5)) + ",0.123");
        Files.write(ts, lines);
        Path to = tmp.resolve("again");
        BadInputTest.Outcome o =
                BadInputTest.cli("replay", run.toString(), "p0000-r000", "--out", to.toString(), "--quiet");
        assertEquals(1, o.code(), o.err());
        assertEquals(
                "coshape: replay of p0000-r000 differs from " + run + ": timeseries.csv, row "
                        + (i
                                - lines.indexOf(lines.stream()
                                        .filter(l -> l.startsWith("p0000-r000,"))
                                        .findFirst()
                                        .orElseThrow())
                                + 1)
                        + " of the run, value: original '0.123', replay '" + cells[5] + "'",
                o.err().strip());
        assertTrue(Files.isRegularFile(to.resolve("manifest.json")));
    }

    @Test
    void requestsReplayCannotServeAreRefused() throws Exception {
        Path run = tmp.resolve("run");
        assertEquals(
                0,
                BadInputTest.cli("run", scenario().toString(), "--out", run.toString(), "--quiet")
                        .code());
        String[][] cases = {
            {run.toString(), "p0000-r005", run + ": no run 'p0000-r005'; its runs are p0000-r000 to p0000-r001"},
            {tmp.toString(), "p0000-r000", tmp + ": not a results folder (no manifest.json)"},
            {run.toString(), "p0000-r000", "--people", "some", "--people: expected none, final or every, found 'some'"}
        };
        for (String[] c : cases) {
            String[] args = new String[c.length];
            args[0] = "replay";
            System.arraycopy(c, 0, args, 1, c.length - 1);
            BadInputTest.Outcome o = BadInputTest.cli(args);
            assertEquals(2, o.code(), o.err());
            assertEquals("coshape: " + c[c.length - 1], o.err().strip());
        }
        assertEquals(
                0,
                BadInputTest.cli("replay", run.toString(), "p0000-r000", "--quiet")
                        .code());
        Path replay = tmp.resolve("run-replay-p0000-r000");
        BadInputTest.Outcome o = BadInputTest.cli("replay", replay.toString(), "p0000-r000");
        assertEquals(2, o.code(), o.err());
        assertEquals(
                "coshape: " + replay + ": holds a replay; replay the folder it came from (" + run + ")",
                o.err().strip());
        Path sweep = tmp.resolve("sweep");
        assertEquals(
                0,
                BadInputTest.cli("sweep", scenario().toString(), "--out", sweep.toString(), "--quiet")
                        .code());
        Path manifest = sweep.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"ticks\" : 12", "\"ticks\" : 13"));
        o = BadInputTest.cli("replay", sweep.toString(), "p0000-r000");
        assertEquals(2, o.code(), o.err());
        assertEquals(
                "coshape: " + manifest + ": its scenario does not rebuild the sweep that ran (hash differs)",
                o.err().strip());
    }
}
