package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report DIR} redraws from the files on disk what the command that wrote the folder drew:
 * the same chart files, byte for byte: pixels, vector paths and PDFs (whose file identifier is a
 * hash of their content, not of the time they were saved).
 */
class ReportCommandTest {
    @TempDir
    Path tmp;

    private static final String SMALL = """
            ticks: 6
            population: {size: 150}
            ai: {designers: {size: 5}}
            metrics: {every: 2}
            output: {charts: [png, svg, pdf]}
            """;

    private Path scenario(String name, String extra) throws Exception {
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, "name: " + name + "\n" + SMALL + extra);
        return f;
    }

    private static List<String> names(Path charts) throws Exception {
        try (Stream<Path> s = Files.list(charts)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Same file names, and every file byte for byte equal to {@code expected}'s. */
    private static void sameCharts(Path expected, Path got) throws Exception {
        List<String> want = names(expected);
        assertFalse(want.isEmpty());
        assertTrue(want.stream().anyMatch(n -> n.endsWith(".pdf")), "PDFs are compared too: " + want);
        assertEquals(want, names(got));
        for (String n : want) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(n)), Files.readAllBytes(got.resolve(n)), n);
        }
    }

    private static Path redrawn(Path dir, Path keep) throws Exception {
        Files.move(dir.resolve("charts"), keep);
        BadInputTest.Outcome o = BadInputTest.cli("report", dir.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("charts: "), o.out());
        return dir.resolve("charts");
    }

    @Test
    void aRunsChartsComeBackFromItsTimeSeries() throws Exception {
        Path out = tmp.resolve("run");
        BadInputTest.Outcome o = BadInputTest.cli(
                "run", scenario("r", "replications: 2\n").toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, o.code(), o.err());
        Path drawn = tmp.resolve("run-charts");
        sameCharts(drawn, redrawn(out, drawn));
    }

    @Test
    void aSobolSweepsChartsComeBackFromItsTables() throws Exception {
        Path out = tmp.resolve("sobol");
        BadInputTest.Outcome o =
                BadInputTest.cli("sweep", scenario("s", """
                sweep:
                  design: sobol
                  samples: 4
                  parameters:
                    ai.listening: {min: 0.0, max: 0.9}
                    ai.gain: {min: 0.5, max: 2.0}
                """).toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, o.code(), o.err());
        Path drawn = tmp.resolve("sobol-charts");
        Path again = redrawn(out, drawn);
        sameCharts(drawn, again);
        assertTrue(names(again).contains("sobol_welfare.png"), names(again).toString());
    }

    /** A sweep run in shards and merged has no charts until report draws them: those of the whole sweep. */
    @Test
    void mergedShardsGetTheChartsOfTheWholeSweep() throws Exception {
        Path s = scenario("g", """
                sweep:
                  design: grid
                  parameters:
                    ai.listening: [0.1, 0.5]
                    population.groups[0].mean: [[0.1, 0.2, 0.0, 0.0], [0.5, -0.5, 0.0, 0.0]]
                """);
        Path whole = tmp.resolve("whole");
        assertEquals(
                0,
                BadInputTest.cli("sweep", s.toString(), "--out", whole.toString(), "--quiet")
                        .code());
        for (int i = 1; i <= 2; i++) {
            BadInputTest.Outcome o = BadInputTest.cli(
                    "sweep",
                    s.toString(),
                    "--shard",
                    i + "/2",
                    "--out",
                    tmp.resolve("shard" + i).toString(),
                    "--quiet");
            assertEquals(0, o.code(), o.err());
        }
        Path merged = tmp.resolve("merged");
        BadInputTest.Outcome m = BadInputTest.cli(
                "merge",
                tmp.resolve("shard2").toString(),
                tmp.resolve("shard1").toString(),
                "--out",
                merged.toString());
        assertEquals(0, m.code(), m.err());
        assertFalse(Files.exists(merged.resolve("charts")));
        BadInputTest.Outcome r = BadInputTest.cli("report", merged.toString());
        assertEquals(0, r.code(), r.err());
        sameCharts(whole.resolve("charts"), merged.resolve("charts"));
    }

    /**
     * An undefined value is an empty cell (no table holds NaN or Infinity): charts leave it out
     * and statistics skip it, in run, sweep and comparison folders alike; a cell holding the text
     * Inf (which coshape never writes) is refused by its column.
     */
    @Test
    void undefinedValuesAreEmptyCellsThatChartsLeaveOut() throws Exception {
        Path run = tmp.resolve("nan-run");
        Path sweep = tmp.resolve("nan-sweep");
        Path compare = tmp.resolve("nan-compare");
        assertEquals(
                0,
                BadInputTest.cli(
                                "run",
                                scenario("ir", "replications: 2\n").toString(),
                                "--out",
                                run.toString(),
                                "--quiet")
                        .code());
        assertEquals(
                0,
                BadInputTest.cli(
                                "sweep",
                                scenario("is", BadInputTest.TWO_POINTS).toString(),
                                "--out",
                                sweep.toString(),
                                "--quiet")
                        .code());
        assertEquals(
                0,
                BadInputTest.cli(
                                "compare",
                                scenario(
                                                "ic",
                                                "replications: 2\n"
                                                        + "compare: {a: {ai.listening: 0.2}, b: {ai.listening: 0.6}}\n")
                                        .toString(),
                                "--out",
                                compare.toString(),
                                "--quiet")
                        .code());
        for (Path dir : List.of(run, sweep, compare)) {
            List<String> drawn = names(dir.resolve("charts"));
            for (String table : List.of("timeseries.csv", "summary.csv")) {
                Path file = dir.resolve(table);
                List<String> lines = new ArrayList<>(Files.readAllLines(file));
                String header = lines.get(0);
                int welfare = List.of(header.split(",")).indexOf("welfare"); // summary: a column
                Map<String, Integer> seen = new HashMap<>();
                for (int i = 1; i < lines.size(); i++) {
                    String[] cells = lines.get(i).split(",", -1);
                    if (welfare >= 0 && i % 2 == 1) {
                        cells[welfare] = "";
                    } else if (welfare < 0
                            && (cells[4].equals("welfare") || cells[4].equals("polarization"))
                            && seen.merge(cells[4], 1, Integer::sum) % 2 == 0) {
                        cells[5] = ""; // timeseries: long format, every other value of these two metrics
                    }
                    lines.set(i, String.join(",", cells));
                }
                Files.write(file, lines);
                String text = Files.readString(file);
                assertFalse(text.contains("NaN") || text.contains("Inf"), file.toString());
            }
            Files.move(dir.resolve("charts"), tmp.resolve(dir.getFileName() + "-charts"));
            BadInputTest.Outcome o = BadInputTest.cli("report", dir.toString());
            assertEquals(0, o.code(), dir + ": " + o.err());
            assertEquals(drawn, names(dir.resolve("charts")), dir.toString());
        }
        Path ts = run.resolve("timeseries.csv");
        List<String> lines = Files.readAllLines(ts);
        String[] cells = lines.get(1).split(",", -1);
        cells[5] = "Inf";
        Files.write(ts, List.of(lines.get(0), String.join(",", cells)));
        BadInputTest.Outcome o = BadInputTest.cli("report", run.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(
                o.err()
                        .contains("timeseries.csv:2: not a coshape time series (column 'value': expected a number,"
                                + " found 'Inf')"),
                o.err());
    }

    @Test
    void damagedFilesAreBadInputNamingFileAndLine() throws Exception {
        Path out = tmp.resolve("damaged");
        assertEquals(
                0,
                BadInputTest.cli("run", scenario("d", "").toString(), "--out", out.toString(), "--quiet")
                        .code());
        Path ts = out.resolve("timeseries.csv");
        List<String> lines = Files.readAllLines(ts);
        Files.write(ts, List.of(lines.get(0), lines.get(1), "r000,zero,0,all,welfare,1"));
        BadInputTest.Outcome o = BadInputTest.cli("report", out.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(
                o.err()
                        .contains("timeseries.csv:3: not a coshape time series (column 'tick': expected a whole"
                                + " number, found 'zero')"),
                o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        Files.writeString(out.resolve("manifest.json"), "{\"command\": \"bench\"}");
        o = BadInputTest.cli("report", out.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(
                o.err()
                        .contains("written by 'bench'; report redraws folders written by run, replay, sweep and"
                                + " compare"),
                o.err());
    }

    /**
     * A comparison's or a sweep's tables cut short or edited: report names the file and line in
     * one message (a comparison's gave Java's "Index 2 out of bounds" without a line, an empty time
     * series drew a report without its time charts, and a sweep's short row was skipped silently,
     * losing a point from its charts).
     */
    @Test
    void damagedComparisonAndSweepTablesAreNamedByLine() throws Exception {
        Path compared = comparison("c");
        Path swept = sweep("w");
        int summaryLines = Files.readAllLines(compared.resolve("summary.csv")).size();
        int seriesLines = Files.readAllLines(compared.resolve("timeseries.csv")).size();
        int sweptLines = Files.readAllLines(swept.resolve("summary.csv")).size();
        assertRefused(
                compared,
                "summary.csv",
                "x,y\n",
                true,
                "summary.csv:" + (summaryLines + 1) + ": not a coshape summary (expected ");
        assertRefused(
                compared,
                "timeseries.csv",
                "x,y\n",
                true,
                "timeseries.csv:" + (seriesLines + 1) + ": not a coshape time series (expected 6 cells, found 2)");
        assertRefused(
                compared,
                "timeseries.csv",
                "",
                false,
                "timeseries.csv:1: not a coshape time series (expected" + " the header");
        assertRefused(compared, "summary.csv", "", false, "summary.csv:1: not a coshape summary (the file is empty)");
        assertRefused(
                swept,
                "summary.csv",
                "x,y\n",
                true,
                "summary.csv: not a coshape sweep summary (line " + (sweptLines + 1) + ": expected ");
    }

    /**
     * A sweep that lists a number and a vector for one key runs, and report redraws it; a swept
     * value edited in summary.csv is refused against the manifest's record of its run. (Telling
     * numeric parameters from their cells alone made the first sweep fail at its charts.)
     */
    @Test
    void aSweepOfANumberAndAVectorRunsAndAnEditedValueIsRefused() throws Exception {
        Path out = tmp.resolve("mixed-swept");
        BadInputTest.Outcome o = BadInputTest.cli(
                "sweep",
                scenario(
                                "mixed",
                                "sweep: {design: grid, parameters:" + " {ai.listening: [0.1, [0.1, 0.2, 0.3, 0.4]]}}\n")
                        .toString(),
                "--out",
                out.toString(),
                "--quiet");
        assertEquals(0, o.code(), o.err());
        assertEquals(0, BadInputTest.cli("report", out.toString()).code());
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        String edited = summary.get(1).replaceFirst(",all,0\\.1,", ",all,0.2,");
        assertTrue(!edited.equals(summary.get(1)), summary.get(1));
        summary.set(1, edited);
        assertRefused(
                out,
                "summary.csv",
                String.join("\n", summary) + "\n",
                false,
                "summary.csv: not a coshape sweep"
                        + " summary (line 2: column 'ai.listening': found '0.2' where the manifest"
                        + " records 0.1 for run p0000-r000)");
    }

    /** A comparison's cell that is no number is named by its column, not in a parser's words. */
    @Test
    void aCellThatIsNoNumberIsNamedByItsColumn() throws Exception {
        Path compared = comparison("n");
        List<String> summary = Files.readAllLines(compared.resolve("summary.csv"));
        String[] header = summary.get(0).split(",", -1);
        String row = summary.get(1);
        assertRefused(
                compared,
                "summary.csv",
                summary.get(0) + "\n" + row.substring(0, row.lastIndexOf(',') + 1) + "abc\n",
                false,
                "summary.csv:2: not a coshape summary (column '" + header[header.length - 1]
                        + "': expected a number, found 'abc')");
        List<String> series = Files.readAllLines(compared.resolve("timeseries.csv"));
        String[] cells = series.stream()
                .skip(1)
                .map(l -> l.split(",", -1))
                .filter(c -> c[3].equals("all"))
                .findFirst()
                .orElseThrow();
        cells[1] = "ten";
        assertRefused(
                compared,
                "timeseries.csv",
                series.get(0) + "\n" + String.join(",", cells) + "\n",
                false,
                "timeseries.csv:2: not a coshape time series (column 'tick': expected a whole number, found 'ten')");
    }

    /**
     * A kill in the middle of a sweep's or comparison's append leaves a last row without its
     * newline: that row was never committed (resume cuts it off), so report draws the folder from
     * its whole rows instead of refusing it as damaged.
     */
    @Test
    void aRowCutShortByAKillIsLeftOut() throws Exception {
        Path compared = comparison("k");
        Path swept = sweep("v");
        for (Path dir : List.of(compared, swept)) {
            byte[] report = dir == compared ? Files.readAllBytes(dir.resolve("report.md")) : null;
            for (String table : List.of("summary.csv", "timeseries.csv")) {
                String last = Files.readAllLines(dir.resolve(table)).get(1);
                Files.writeString(dir.resolve(table), last.substring(0, last.length() / 2), StandardOpenOption.APPEND);
            }
            BadInputTest.Outcome o = BadInputTest.cli("report", dir.toString());
            assertEquals(0, o.code(), dir + ": " + o.err());
            if (report != null) {
                assertArrayEquals(report, Files.readAllBytes(dir.resolve("report.md")), "the same report");
            }
        }
    }

    /** The folder of a two-policy comparison of scenario {@code name}. */
    private Path comparison(String name) throws Exception {
        Path out = tmp.resolve(name + "-compared");
        assertEquals(
                0,
                BadInputTest.cli(
                                "compare",
                                scenario(name, "compare: {a: {ai.listening: 0.2}, b: {ai.listening:" + " 0.6}}\n")
                                        .toString(),
                                "--out",
                                out.toString(),
                                "--quiet")
                        .code());
        return out;
    }

    /** The folder of a two-point grid sweep of scenario {@code name}. */
    private Path sweep(String name) throws Exception {
        Path out = tmp.resolve(name + "-swept");
        assertEquals(
                0,
                BadInputTest.cli(
                                "sweep",
                                scenario(name, BadInputTest.TWO_POINTS).toString(),
                                "--out",
                                out.toString(),
                                "--quiet")
                        .code());
        return out;
    }

    /** Appends {@code text} to (or replaces with it) {@code file} of a copy of {@code dir}; report refuses it. */
    private void assertRefused(Path dir, String file, String text, boolean append, String want) throws Exception {
        Path copy = tmp.resolve(dir.getFileName() + "-" + file + "-" + append + "-" + text.length());
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        if (append) {
            Files.writeString(copy.resolve(file), text, StandardOpenOption.APPEND);
        } else {
            Files.writeString(copy.resolve(file), text);
        }
        BadInputTest.Outcome o = BadInputTest.cli("report", copy.toString(), "--formats", "png");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains(copy.getFileName() + "/" + want), "expected '" + want + "' in: " + o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
    }

    /** A report names the commit its results' build came from, and says when that build had changes not committed. */
    @Test
    void theReportNamesTheBuildCommit() throws Exception {
        var json = new ObjectMapper();
        String id = "c".repeat(40);
        assertEquals(
                id, ReportCommand.buildCommit(json.readTree("{\"git_commit\": \"" + id + "\", \"git_dirty\": false}")));
        assertEquals(
                id + " plus changes not committed",
                ReportCommand.buildCommit(json.readTree("{\"git_commit\": \"" + id + "\", \"git_dirty\": true}")));
        assertEquals(
                id, ReportCommand.buildCommit(json.readTree("{\"git_commit\": \"" + id + "\"}")), "older manifests");
        assertEquals(null, ReportCommand.buildCommit(json.readTree("{\"git_commit\": null, \"git_dirty\": null}")));
    }

    /** A chart format report cannot draw, or none at all ("--formats ,"), is refused before anything is redrawn. */
    @Test
    void badFormatsAreRefusedAndTheChartsKept() throws Exception {
        Path out = tmp.resolve("formats");
        assertEquals(
                0,
                BadInputTest.cli("run", scenario("f", "").toString(), "--out", out.toString(), "--quiet")
                        .code());
        List<String> charts = names(out.resolve("charts"));
        for (String[] c : new String[][] {
            {"gif", "--formats: unknown chart format 'gif'; expected png, svg, pdf"},
            {",", "--formats: expected one or more of png, svg, pdf"}
        }) {
            BadInputTest.Outcome o = BadInputTest.cli("report", out.toString(), "--formats", c[0]);
            assertEquals(2, o.code(), o.err());
            assertEquals("coshape: " + c[1], o.err().strip());
            assertEquals(charts, names(out.resolve("charts")), "the charts are left as they were");
        }
    }
}
