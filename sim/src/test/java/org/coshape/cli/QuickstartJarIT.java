package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, end to end through the packaged jar in a child JVM: the quickstart
 * runs, prints where results went, and writes the results contract with readable charts.
 */
class QuickstartJarIT {
    @TempDir
    Path tmp;

    record Proc(int code, String out, String err, double seconds) {}

    static Proc jar(String... args) throws Exception {
        return jarIn(Path.of("").toAbsolutePath(), args);
    }

    /** Runs the packaged jar with {@code dir} as the working directory. */
    static Proc jarIn(Path dir, String... args) throws Exception {
        return jarIn(dir, List.of(), args);
    }

    /** Runs the packaged jar in a Java started with {@code javaOptions}. */
    static Proc jarIn(Path dir, List<String> javaOptions, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(javaOptions);
        cmd.addAll(
                List.of("-jar", Path.of("target/coshape.jar").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        File out = File.createTempFile("out", ".txt");
        File err = File.createTempFile("err", ".txt");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd)
                .directory(dir.toFile())
                .redirectOutput(out)
                .redirectError(err)
                .start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "jar did not finish");
        return new Proc(
                p.exitValue(),
                Files.readString(out.toPath()),
                Files.readString(err.toPath()),
                (System.nanoTime() - t0) / 1e9);
    }

    @Test
    void quickstartWritesTheResultsContract() throws Exception {
        Path out = tmp.resolve("quickstart");
        Proc p = jar("run", "../scenarios/quickstart.yaml", "--out", out.toString());
        assertEquals(0, p.code(), p.err());
        assertTrue(p.seconds() < 60, "quickstart must run well under a minute, took " + p.seconds());
        assertTrue(p.out().contains("results: " + out.toAbsolutePath()), p.out());
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(4, summary.size(), "header + all, majority, minority");
        assertTrue(summary.get(0).startsWith("run_id,policy,replicate,seed,group,alignment_gap,own_value_gap,"));
        assertTrue(summary.get(0)
                .endsWith(",induced_drift,manufactured_satisfaction,conformity_share,designer_dominance,"
                        + "churn,non_users,assistant_diversity,sorting,trust_calibration,refusal_harm,answer_harm,"
                        + "endorsed_drift,judge_drift,ticks_to_steady,ticks_to_absorption,interactions_per_person"));
        for (String line : summary.subList(1, 4)) {
            // the run's properties: it watches neither steady state nor absorption, and has no meetings
            assertTrue(line.endsWith(",,,"), "the last three cells are empty in the quickstart: " + line);
            String row = line.substring(0, line.length() - 3);
            assertTrue(
                    !row.contains("NaN") && !row.contains(",,") && !row.endsWith(","),
                    "every final metric is defined in the quickstart (no empty cell): " + row);
        }
        List<String> ts = Files.readAllLines(out.resolve("timeseries.csv"));
        assertEquals("run_id,tick,generation,group,metric,value", ts.get(0));
        assertEquals(1 + 31 * 3 * 39, ts.size(), "ticks 0..300 every 10, 3 rows, 39 metrics");
        List<String> as = Files.readAllLines(out.resolve("assistants.csv"));
        assertEquals("run_id,tick,assistant,quantity,value", as.get(0));
        assertEquals(1 + 31 * 4 * (2 * 4 + 9), as.size(), "ticks 0..300 every 10, 4 assistants, 17 quantities");
        JsonNode manifest =
                new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("quickstart", manifest.get("scenario").get("name").asText());
        assertEquals("done", manifest.get("runs").get(0).get("status").asText());
        assertTrue(manifest.get("runs").get(0).get("seed").asText().matches("\\d+"));

        Path charts = out.resolve("charts");
        byte[] png = Files.readAllBytes(charts.resolve("welfare.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(charts.resolve("welfare.svg").toFile());
        try (PDDocument pdf = Loader.loadPDF(charts.resolve("welfare.pdf").toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            var image = new PDFRenderer(pdf).renderImageWithDPI(0, 72);
            int distinct = (int) IntStream.range(0, image.getWidth() * image.getHeight())
                    .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth()))
                    .distinct()
                    .count();
            assertTrue(distinct > 3, "the PDF renders to a real chart, not a blank page");
        }
        String svg = Files.readString(charts.resolve("welfare.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains("minority"), "legend names the groups");
    }

    @Test
    void sameSeedSameBytesAcrossThreadCountsThroughTheJar() throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        String[] common = {"--set", "ticks=60", "--set", "population.size=9000", "--set", "output.charts=[]"};
        Proc pa = jar(concat(
                new String[] {"run", "../scenarios/quickstart.yaml", "--threads", "1", "--quiet", "--out", a.toString()
                },
                common));
        Proc pb = jar(concat(
                new String[] {"run", "../scenarios/quickstart.yaml", "--threads", "2", "--quiet", "--out", b.toString()
                },
                common));
        assertEquals(0, pa.code(), pa.err());
        assertEquals(0, pb.code(), pb.err());
        assertEquals("", pa.out() + pa.err(), "--quiet prints nothing");
        assertArrayEquals(Files.readAllBytes(a.resolve("summary.csv")), Files.readAllBytes(b.resolve("summary.csv")));
        assertArrayEquals(
                Files.readAllBytes(a.resolve("timeseries.csv")), Files.readAllBytes(b.resolve("timeseries.csv")));
    }

    /**
     * The manifest names the commit the jar was built from, also when the jar runs in a folder that
     * is not a checkout of coshape (it used to ask git about the working directory: no commit there,
     * or the commit of the user's own repository).
     */
    @Test
    void theManifestNamesTheCommitTheJarWasBuiltFromWhereverItRuns() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("elsewhere"));
        Proc p = jarIn(
                work,
                "run",
                Path.of("../scenarios/quickstart.yaml").toAbsolutePath().toString(),
                "--quiet",
                "--set",
                "ticks=2",
                "--set",
                "population.size=300",
                "--set",
                "output.charts=[]",
                "--set",
                "metrics.baseline=false",
                "--out",
                "r");
        assertEquals(0, p.code(), p.err());
        JsonNode manifest =
                new ObjectMapper().readTree(work.resolve("r/manifest.json").toFile());
        String head = checkoutHead();
        if (head == null) {
            assertTrue(manifest.get("git_commit").isNull(), "built without git: no commit to name");
        } else {
            assertEquals(head, manifest.get("git_commit").asText(), "the commit of the checkout the jar was built in");
            assertTrue(manifest.get("git_dirty").isBoolean());
        }
    }

    /** HEAD of the checkout this module is built in, or null when it is not one. */
    private static String checkoutHead() throws Exception {
        Process git;
        try {
            git = new ProcessBuilder("git", "rev-parse", "HEAD")
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException noGit) {
            return null;
        }
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return git.waitFor() == 0 && out.matches("[0-9a-f]{40}") ? out : null;
    }

    static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
