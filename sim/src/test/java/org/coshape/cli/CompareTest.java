package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare runs policies on matched seeds and writes a report that report DIR reproduces exactly. */
class CompareTest {
    @TempDir
    Path tmp;

    static final String SCENARIO = """
            name: cmp
            description: Does a narrow design hurt the minority more than a mutual one?
            seed: 4
            ticks: 40
            replications: 3
            population: {size: 600}
            network: {type: erdos_renyi, degree: 6}
            ai: {designers: {size: 10}}
            generations: {length: 20, turnover: 0.2}
            metrics: {every: 10, baseline: true}
            charts: {labels: {minority: minorité}}
            compare:
              configuration: {ai.regime: configuration}
              mutual: {ai.regime: mutual}
            """;

    static BadInputTest.Outcome cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CoshapeCli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new BadInputTest.Outcome(code, out.toString(), err.toString());
    }

    @Test
    void compareWritesTablesReportAndChartsThatReportReproduces() throws Exception {
        Path scenario = tmp.resolve("cmp.yaml");
        Files.writeString(scenario, SCENARIO);
        Path out = tmp.resolve("out");
        BadInputTest.Outcome o =
                cli("compare", scenario.toString(), "--out", out.toString(), "--quiet", "--threads", "2");
        assertEquals(0, o.code(), o.err());
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(1 + 2 * 3 * 3, summary.size(), "2 policies x 3 replicates x 3 groups");
        // common random numbers: replicate r has the same seed under both policies
        for (int r = 0; r < 3; r++) {
            String a = seedOf(summary, "c00-r00" + r);
            String b = seedOf(summary, "c01-r00" + r);
            assertEquals(a, b, "replicate " + r + " shares its seed across policies");
        }
        // the attribution metrics are there, against each run's twin (AttributionInvariantsTest: the
        // twin does not depend on the AI's settings, so every policy of replicate r has the same one)
        List<String> header = List.of(summary.get(0).split(","));
        int induced = header.indexOf("induced_drift");
        for (int r = 0; r < 3; r++) {
            for (String g : List.of("all", "majority", "minority")) {
                assertTrue(Double.parseDouble(row(summary, "c00-r00" + r, g)[induced]) > 0, "induced drift " + g);
                assertTrue(Double.parseDouble(row(summary, "c01-r00" + r, g)[induced]) > 0, "induced drift " + g);
            }
        }
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("Does a narrow design hurt the minority"), "the question is stated");
        assertTrue(md.contains("## Who benefits, who is disadvantaged"));
        assertTrue(md.contains("minority: welfare "), md);
        assertTrue(md.contains("[") && md.contains("mutual − configuration"), "differences with intervals");
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("data:image/png;base64,"), "charts embedded");
        assertFalse(html.contains("src=\"charts/"), "self-contained: no external images");
        for (String f : List.of("compare_welfare_time", "compare_welfare_final", "compare_diff_mutual")) {
            assertTrue(Files.exists(out.resolve("charts").resolve(f + ".png")), f);
            DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(out.resolve("charts").resolve(f + ".svg").toFile());
            try (PDDocument pdf =
                    Loader.loadPDF(out.resolve("charts").resolve(f + ".pdf").toFile())) {
                var img = new PDFRenderer(pdf).renderImageWithDPI(0, 50);
                assertTrue(img.getWidth() > 100, f + " renders");
            }
        }
        // the scenario's labels reach the charts, non-ASCII intact in vector output
        String svg = Files.readString(out.resolve("charts").resolve("compare_diff_mutual.svg"));
        assertTrue(svg.contains("minorité"), "non-ASCII survives in vector output");

        byte[] before = Files.readAllBytes(out.resolve("report.md"));
        Files.delete(out.resolve("report.md"));
        BadInputTest.Outcome r = cli("report", out.toString(), "--formats", "png");
        assertEquals(0, r.code(), r.err());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("report.md")), "report DIR gives identical tables");
        assertEquals("", r.err(), "a complete folder: no warning");
        Path manifest = out.resolve("manifest.json");
        String complete = Files.readString(manifest);
        Files.writeString(manifest, complete.replace("\"status\" : \"complete\"", "\"status\" : \"running\""));
        BadInputTest.Outcome running = cli("report", out.toString(), "--formats", "png");
        assertEquals(0, running.code(), running.err());
        assertTrue(running.err().contains("is 'running', not complete"), running.err());
        Files.writeString(manifest, complete);

        BadInputTest.Outcome again = cli("compare", scenario.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, again.code(), "existing results are not overwritten without --force");
        BadInputTest.Outcome badRef =
                cli("compare", scenario.toString(), "--out", tmp.resolve("x").toString(), "--reference", "mutal");
        assertEquals(2, badRef.code());
        assertTrue(badRef.err().contains("no policy named 'mutal'"), badRef.err());
    }

    /**
     * One policy is not a comparison: its report had an empty table of differences and no "who
     * benefits". And a report over one replication says that it has no intervals, instead of
     * heading bare means "mean [95% CI]".
     */
    @Test
    void onePolicyIsRefusedAndOneReplicationIsSaid() throws Exception {
        Path one = BadInputTest.small(tmp, "one", "compare: {only: {ai.listening: 0.2}}\n");
        BadInputTest.Outcome o =
                cli("compare", one.toString(), "--out", tmp.resolve("one-out").toString());
        assertEquals(2, o.code(), o.err());
        assertEquals(
                "coshape: " + one + ": compare: one policy (only); a comparison needs two or more (run runs a"
                        + " single scenario)",
                o.err().strip());
        assertFalse(Files.exists(tmp.resolve("one-out")));
        Path two = BadInputTest.small(
                tmp,
                "two",
                "output: {charts: [png]}\n" + "compare: {a: {ai.listening: 0.2}, b: {ai.listening: 0.6}}\n");
        o = cli("compare", two.toString(), "--out", tmp.resolve("two-out").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains(": 2 policies x 1 replication on matched seeds,"), o.out());
        assertTrue(Files.readString(tmp.resolve("two-out").resolve("report.md"))
                .contains("With one replication" + " there are no intervals"));
    }

    static String[] row(List<String> summary, String runId, String group) {
        return summary.stream()
                .filter(l -> l.startsWith(runId + ","))
                .map(l -> l.split(",", -1))
                .filter(f -> f[4].equals(group))
                .findFirst()
                .orElseThrow();
    }

    static String seedOf(List<String> summary, String runId) {
        return summary.stream()
                .filter(l -> l.startsWith(runId + ","))
                .findFirst()
                .orElseThrow()
                .split(",", -1)[3];
    }

    /**
     * Group and policy names the result files must quote (a comma, a quote) come through to the
     * report: its readers split rows as RFC 4180, not at every comma.
     */
    @Test
    void namesWithCommasAndQuotesReachTheReport() throws Exception {
        Path scenario = tmp.resolve("quoted.yaml");
        Files.writeString(scenario, """
                name: quoted
                ticks: 4
                replications: 2
                population:
                  size: 300
                  groups:
                    - {name: "north, rural", share: 0.5}
                    - {name: 'say "hi"', share: 0.5}
                ai: {designers: {size: 5}}
                compare:
                  "listen, a little": {ai.listening: 0.1}
                  listen: {ai.listening: 0.6}
                """);
        Path out = tmp.resolve("quoted-out");
        BadInputTest.Outcome o = cli("compare", scenario.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, o.code(), o.err());
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("| north, rural |"), report);
        assertTrue(report.contains("| say \"hi\" |"), report);
        assertTrue(report.contains("listen, a little"), report);
    }
}
