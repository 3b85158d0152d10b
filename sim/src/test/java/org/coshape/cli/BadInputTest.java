package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coshape.experiment.SweepStore;
import org.coshape.results.Build;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every malformed input in the corpus ({@code src/test/resources/bad-scenarios} and
 * {@code bad-inputs}, each file naming the message it must produce) gives exit code 2, one
 * message naming the place, no stack trace, and no results folder, through both {@code validate}
 * and {@code run}.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    record Outcome(int code, String out, String err) {}

    /**
     * A small scenario file, {@code name}.yaml in {@code dir} (50 people, one tick, five
     * designers), followed by {@code extra} YAML (a sweep, a comparison, output keys).
     */
    static Path small(Path dir, String name, String extra) throws IOException {
        Path f = dir.resolve(name + ".yaml");
        Files.writeString(
                f, "name: " + name + "\nticks: 1\npopulation: {size: 50}\nai: {designers: {size: 5}}\n" + extra);
        return f;
    }

    /** Two points of ai.listening on a grid: the smallest sweep with something to compare. */
    static final String TWO_POINTS = "sweep: {design: grid, parameters: {ai.listening: [0.1, 0.5]}}\n";

    static Outcome cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CoshapeCli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Outcome(code, out.toString(), err.toString());
    }

    static List<Path> corpus() throws Exception {
        try (Stream<Path> a = Files.list(Path.of("src/test/resources/bad-scenarios"));
                Stream<Path> b = Files.list(Path.of("src/test/resources/bad-inputs"))) {
            return Stream.concat(a, b)
                    .filter(p -> p.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }

    static String expected(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        if (text.startsWith("# expect: ")) {
            return text.substring(10, text.indexOf('\n')).trim();
        }
        return "not a text file";
    }

    @Test
    void theCorpusCoversTheCasesTheSpecificationNames() throws Exception {
        assertTrue(corpus().size() >= 30, "at least 30 malformed files, found " + corpus().size());
    }

    @TestFactory
    Stream<DynamicTest> everyBadFileIsOneClearMessageWithExitCode2() throws Exception {
        return corpus().stream()
                .flatMap(file -> Stream.of("validate", "run", "sweep").map(cmd -> check(cmd, file)));
    }

    /**
     * Sweep-specific mistakes show when the design is expanded: by {@code sweep}, and by
     * {@code validate}, which expands it too; a sweep block without parameters is still a valid
     * scenario to {@code run} and {@code validate}, so only {@code sweep} refuses that one.
     */
    @TestFactory
    Stream<DynamicTest> everyBadSweepIsOneClearMessageWithExitCode2() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/bad-sweeps"))) {
            List<Path> list = files.sorted().toList();
            assertTrue(list.size() >= 7);
            return list.stream()
                    .flatMap(file -> file.getFileName().toString().equals("no-parameters.yaml")
                            ? Stream.of(check("sweep", file))
                            : Stream.of(check("sweep", file), check("validate", file)));
        }
    }

    /**
     * A device or a pipe given as the scenario is refused at once: /dev/zero was read for 10-50 s
     * and ended in advice for a larger heap, and a FIFO hung. A folder is refused too.
     */
    @Test
    void aDeviceAPipeOrAFolderIsNoScenario() throws Exception {
        List<String> given = new ArrayList<>(List.of(tmp.toString()));
        if (Files.exists(Path.of("/dev/zero"))) {
            given.add("/dev/zero");
        }
        Path fifo = tmp.resolve("fifo.yaml");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            given.add(fifo.toString());
        }
        for (String f : given) {
            long t0 = System.nanoTime();
            Outcome o = cli("validate", f);
            assertEquals(2, o.code(), f + ": " + o.err());
            assertTrue(o.err().contains(f), o.err());
            assertTrue(System.nanoTime() - t0 < 5_000_000_000L, f + " refused at once");
        }
    }

    /** A long value is not echoed whole: messages reached 100 KB when a file held one. */
    @Test
    void aLongValueGivesAShortMessage() throws Exception {
        Path f = tmp.resolve("long.yaml");
        Files.writeString(f, "name: l\nsocial: {rule: " + "x".repeat(100_000) + "}\n");
        Outcome o = cli("validate", f.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().length() < 1_000, o.err().length() + " characters");
        assertTrue(o.err().contains("social.rule") && o.err().contains("characters cut"), o.err());
    }

    /** run replaces an earlier run's results, but refuses to write over a sweep's: nothing of it changes. */
    @Test
    void runDoesNotWriteOverASweep() throws Exception {
        Path sweep = small(tmp, "over", TWO_POINTS);
        Path runs = tmp.resolve("runs");
        assertEquals(
                0,
                cli("run", sweep.toString(), "--out", runs.toString(), "--quiet")
                        .code());
        assertEquals(
                0,
                cli("run", sweep.toString(), "--out", runs.toString(), "--quiet")
                        .code(),
                "a re-run");
        // a --set that changes the model makes another scenario: its run does not replace these results
        String before = Files.readString(runs.resolve("summary.csv"));
        Outcome other = cli("run", sweep.toString(), "--out", runs.toString(), "--quiet", "--set", "ai.gain=2");
        assertEquals(2, other.code(), other.err());
        assertTrue(
                other.err().contains("holds the results of another scenario")
                        && other.err().contains("--force"),
                other.err());
        assertEquals(before, Files.readString(runs.resolve("summary.csv")), "nothing replaced");
        assertEquals(
                0,
                cli("run", sweep.toString(), "--out", runs.toString(), "--quiet", "--set", "ai.gain=2", "--force")
                        .code(),
                "--force replaces them");
        assertEquals(
                0,
                cli(
                                "run",
                                sweep.toString(),
                                "--out",
                                runs.toString(),
                                "--quiet",
                                "--set",
                                "ai.gain=2",
                                "--set",
                                "charts.titles=true")
                        .code(),
                "the charts block is no part of the scenario's identity");
        Path out = tmp.resolve("swept");
        assertEquals(
                0,
                cli("sweep", sweep.toString(), "--out", out.toString(), "--quiet")
                        .code());
        String summary = Files.readString(out.resolve("summary.csv"));
        String manifest = Files.readString(out.resolve("manifest.json"));
        Outcome o = cli("run", sweep.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, o.code(), o.err());
        assertEquals(
                "coshape: --out " + out + ": holds the results of a sweep; run would overwrite them: choose another"
                        + " folder",
                o.err().strip());
        assertEquals(summary, Files.readString(out.resolve("summary.csv")));
        assertEquals(manifest, Files.readString(out.resolve("manifest.json")));
        Files.delete(out.resolve("manifest.json")); // until its first run ends, a sweep has a journal, no manifest
        o = cli("run", sweep.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("holds the results of a sweep or comparison"), o.err());
        assertEquals(summary, Files.readString(out.resolve("summary.csv")));
        // a manifest that is not JSON cannot say whose results these are: refused, not written over
        Files.delete(out.resolve(SweepStore.JOURNAL));
        Files.writeString(out.resolve("manifest.json"), "{\"command\": \"sweep\"\n");
        o = cli("run", sweep.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains(out.resolve("manifest.json") + ":2:1: not valid JSON"), o.err());
        assertEquals(summary, Files.readString(out.resolve("summary.csv")));
    }

    /**
     * --resume checks that the sweep in the folder was started from the same scenario, by the hash
     * in its manifest: a manifest that is not JSON cannot tell, so it is refused (it was taken as
     * "no manifest yet", and the journal's runs were kept whatever scenario they came from).
     */
    @Test
    void resumeRefusesAManifestThatIsNotJson() throws Exception {
        Path sweep = small(tmp, "resumed", TWO_POINTS);
        Path out = tmp.resolve("resumed");
        assertEquals(
                0,
                cli("sweep", sweep.toString(), "--out", out.toString(), "--quiet")
                        .code());
        String summary = Files.readString(out.resolve("summary.csv"));
        Files.writeString(out.resolve("manifest.json"), "{\"command\": \"sweep\",\n  oops\n");
        Outcome o = cli("sweep", sweep.toString(), "--out", out.toString(), "--resume", "--quiet");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().startsWith("coshape: " + out.resolve("manifest.json") + ":2:3: not valid JSON"), o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertEquals(summary, Files.readString(out.resolve("summary.csv")));
        Files.delete(out.resolve("manifest.json")); // killed before the first manifest: resume goes by the journal
        assertEquals(
                0,
                cli("sweep", sweep.toString(), "--out", out.toString(), "--resume", "--quiet")
                        .code());
        assertEquals(summary, Files.readString(out.resolve("summary.csv")));
    }

    /**
     * --resume also checks that the folder's runs came from this build: another version, another
     * known commit, or other changes not committed on the same commit could give other results for
     * the same seed, and the finished runs beside the new ones would make tables no single build
     * reproduces.
     */
    @Test
    void resumeRefusesAFolderStartedByAnotherBuild() throws Exception {
        Path sweep = small(tmp, "rebuilt", TWO_POINTS);
        Path out = tmp.resolve("rebuilt");
        assertEquals(
                0,
                cli("sweep", sweep.toString(), "--out", out.toString(), "--quiet")
                        .code());
        String summary = Files.readString(out.resolve("summary.csv"));
        Build now = Build.current();
        ShardMergeTest.stampBuild(out, "0.0.1", now.commit());
        Outcome o = cli("sweep", sweep.toString(), "--out", out.toString(), "--resume", "--quiet");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().startsWith("coshape: " + out + ": the sweep there was started by coshape 0.0.1"), o.err());
        assertTrue(o.err().contains(", this is " + now + "; "), o.err());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertEquals(summary, Files.readString(out.resolve("summary.csv")));
        if (now.commit() != null) {
            ShardMergeTest.stampBuild(out, now.version(), "0".repeat(40));
            o = cli("sweep", sweep.toString(), "--out", out.toString(), "--resume", "--quiet");
            assertEquals(2, o.code(), o.err());
            assertTrue(o.err().contains("started by coshape " + now.version() + " at commit 000000000000"), o.err());
        }
        // the same commit with other changes not committed: only the code tells the two apart
        ShardMergeTest.stampBuild(out, new Build(now.version(), now.commit(), true, "0".repeat(64)));
        o = cli("sweep", sweep.toString(), "--out", out.toString(), "--resume", "--quiet");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("(code 000000000000), this is " + now + "; "), o.err());
        ShardMergeTest.stampBuild(out, now);
        assertEquals(
                0,
                cli("sweep", sweep.toString(), "--out", out.toString(), "--resume", "--quiet")
                        .code());
        assertEquals(summary, Files.readString(out.resolve("summary.csv")));
    }

    /**
     * validate reads the input files of every sweep point and policy, as sweep and compare do, not
     * only the base scenario's; and file paths written in the scenario's sweep or policies are
     * relative to the scenario's folder, as in its body (the tests run in another folder).
     */
    @Test
    void validateReadsTheFilesOfEverySweepPoint() throws Exception {
        Files.copy(Path.of("src/test/resources/bad-inputs/people.csv"), tmp.resolve("people.csv"));
        Files.writeString(tmp.resolve("good.csv"), "source,target,weight\np1,p2,1\n");
        Files.writeString(tmp.resolve("bad.csv"), "source,target,weight\np1,p9,1\n");
        Path file = tmp.resolve("swept-files.yaml");
        Files.writeString(
                file,
                "name: f\nticks: 1\nvalues: {dimensions: [a, b]}\npopulation: {file: people.csv}\n"
                        + "network: {type: file, file: good.csv}\nai: {designers: {size: 1}}\n"
                        + "sweep: {design: grid, parameters: {network.file: [good.csv, bad.csv]}}\n");
        String badRow = "bad.csv:2: column 'target': no person 'p9' in the population file";
        assertRefused("validate", file, badRow);
        assertRefused("sweep", file, badRow);
        Path compare = tmp.resolve("policy-files.yaml");
        Files.writeString(
                compare,
                "name: f\nticks: 1\nvalues: {dimensions: [a, b]}\npopulation: {file: people.csv}\n"
                        + "network: {type: file, file: good.csv}\nai: {designers: {size: 1}}\n"
                        + "compare: {good: {network.file: good.csv}, bad: {network.file: bad.csv}}\n");
        assertRefused("validate", compare, badRow);
        assertRefused("compare", compare, badRow);
        Files.writeString(tmp.resolve("bad.csv"), "source,target,weight\np2,p1,1\n");
        assertEquals(
                0,
                cli("sweep", file.toString(), "--out", tmp.resolve("swept-ok").toString(), "--quiet")
                        .code(),
                "relative swept paths found from another working folder");
        assertEquals(
                0,
                cli(
                                "compare",
                                compare.toString(),
                                "--out",
                                tmp.resolve("compared-ok").toString(),
                                "--quiet")
                        .code());
    }

    /** A policy that names an unknown key or a bad value is refused by validate as by compare. */
    @Test
    void badPoliciesAreRefusedByValidateAsByCompare() throws Exception {
        Path file = small(tmp, "policies", "compare: {a: {ai.listening: 0.3}, b: {ai.listning: 0.2}}\n");
        String unknown = "compare.b: ai.listning=0.2: ai.listning: unknown key (did you mean 'listening'?)";
        assertRefused("validate", file, unknown);
        assertRefused("compare", file, unknown);
    }

    private DynamicTest check(String cmd, Path file) {
        return DynamicTest.dynamicTest(cmd + " " + file.getFileName(), () -> assertRefused(cmd, file, expected(file)));
    }

    /**
     * {@code cmd} on {@code file} (with an --out, except validate) exits 2 with one message that
     * contains {@code want} and names the file, no stack trace, and writes nothing.
     */
    private void assertRefused(String cmd, Path file, String want) throws Exception {
        Path out = tmp.resolve(cmd + "-" + file.getFileName());
        Outcome o = cmd.equals("validate")
                ? cli("validate", file.toString())
                : cli(cmd, file.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, o.code(), cmd + ": " + o.err());
        assertTrue(o.err().contains(want), cmd + ": expected '" + want + "' in: " + o.err());
        assertTrue(namesTheFile(o.err(), file), "message names the file: " + o.err());
        assertEquals(1, o.err().strip().lines().count(), "one message: " + o.err());
        assertFalse(o.err().contains("Exception") || o.err().contains("\tat "), "no stack trace: " + o.err());
        assertFalse(leaksClassNames(o.err()), "no Java or library class names: " + o.err());
        assertFalse(Files.exists(out), "nothing written for bad input");
    }

    /** A qualified Java or library class name (java.nio..., com.fasterxml..., org.yaml...) in a message. */
    static boolean leaksClassNames(String message) {
        return Pattern.compile("\\b(?:java|javax|jdk|com|org|sim)\\.[a-z]\\w*\\.[A-Za-z]")
                .matcher(message)
                .find();
    }

    /**
     * The message names the scenario file, or (for errors inside a CSV it points to) that CSV,
     * which must be a file the scenario itself names.
     */
    static boolean namesTheFile(String err, Path file) throws Exception {
        if (err.contains(file.getFileName().toString())) {
            return true;
        }
        Matcher m = Pattern.compile("([\\w.-]+\\.csv)").matcher(err);
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        return m.find() && text.contains(m.group(1));
    }

    @Test
    void badFlagsAreUsageErrors() throws Exception {
        Path ok = small(tmp, "ok", "");
        Outcome o = cli("run", ok.toString(), "--threads", "zero");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--threads"), o.err());
        o = cli(
                "run",
                ok.toString(),
                "--set",
                "ai.gian=2",
                "--out",
                tmp.resolve("x").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("--set ai.gian=2: ai.gian: unknown key (did you mean 'gain'?)"), o.err());
        assertFalse(Files.exists(tmp.resolve("x")));
        o = cli("run", ok.toString(), "--set", "nonsense");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("expected path=value"), o.err());
        o = cli("run", ok.toString(), "--set", "population.groups[99999999999].share=0.1");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("population.groups[99999999999].share: index [99999999999] is too large"), o.err());
        // extends is followed when the file is read: as an override it was accepted and ignored
        o = cli(
                "run",
                ok.toString(),
                "--set",
                "extends=other.yaml",
                "--out",
                tmp.resolve("x").toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(
                o.err().contains("--set extends=other.yaml: extends: the base scenario is read with the file"),
                o.err());
        assertFalse(Files.exists(tmp.resolve("x")));
        o = cli("frobnicate");
        assertEquals(2, o.code());
        o = cli();
        assertEquals(2, o.code());
        assertTrue(
                o.err()
                        .startsWith("coshape: a command is required: run, sweep, merge, compare, replay, report,"
                                + " validate, parameters, bench, gui\n"),
                o.err());
        // a Spark master without the Spark executor was ignored: the sweep ran on local threads
        o = cli(
                "sweep",
                ok.toString(),
                "--master",
                "local[2]",
                "--out",
                tmp.resolve("m").toString());
        assertEquals(2, o.code(), o.err());
        assertEquals(
                "coshape: --master local[2]: a Spark master needs --executor spark",
                o.err().strip());
        assertFalse(Files.exists(tmp.resolve("m")));
        o = cli("run", tmp.resolve("missing.yaml").toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("missing.yaml: file not found"), o.err());
    }

    /** sweep and compare do not write people.csv; a scenario that asks for it is told so, not ignored silently. */
    @Test
    void sweepSaysItSkipsPeopleCsv() throws Exception {
        Path sweep = small(tmp, "people", "output: {people: final, charts: []}\n" + TWO_POINTS);
        Outcome o =
                cli("sweep", sweep.toString(), "--out", tmp.resolve("people").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(
                o.err()
                        .contains("coshape: warning: output.people is written by run only; sweep keeps each"
                                + " run's summary and time series, not people.csv"),
                o.err());
        assertFalse(Files.exists(tmp.resolve("people").resolve("people.csv")));
    }

    /**
     * Every command's --help prints its usage and nothing else: picocli reads descriptions as
     * format strings, and compare's "95% CIs" made it print a warning to the console.
     */
    @Test
    void everyCommandsHelpIsCleanUsage() throws Exception {
        PrintStream console = System.err;
        for (String name : CoshapeCli.commandLine().getSubcommands().keySet()) {
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            Outcome o;
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                o = cli(name, "--help");
            } finally {
                System.setErr(console);
            }
            assertEquals(0, o.code(), name + ": " + o.err());
            assertTrue(o.out().contains("Usage: coshape " + name), name + ": " + o.out());
            assertEquals("", o.err() + captured.toString(StandardCharsets.UTF_8), name);
        }
    }

    /** A results folder that cannot be made is bad input, found before any run spends its time. */
    @Test
    void anOutputFolderThatCannotBeMadeIsRefusedBeforeAnythingRuns() throws Exception {
        Path file = tmp.resolve("taken");
        Files.writeString(file, "not a folder");
        Path sweep = small(tmp, "sweep", TWO_POINTS);
        Path compare = small(tmp, "compare", "compare: {a: {ai.listening: 0.1}, b: {ai.listening: 0.2}}\n");
        for (String[] cmd :
                new String[][] {{"run", sweep.toString()}, {"sweep", sweep.toString()}, {"compare", compare.toString()}
                }) {
            for (Path out : new Path[] {file, file.resolve("inside")}) {
                Outcome o = cli(cmd[0], cmd[1], "--out", out.toString(), "--quiet");
                assertEquals(2, o.code(), cmd[0] + ": " + o.err());
                assertEquals(1, o.err().strip().lines().count(), o.err());
                assertTrue(o.err().contains("--out " + out + ": "), o.err());
                assertEquals("not a folder", Files.readString(file), "the file is left alone");
            }
            for (String blank : new String[] {"", "  "}) {
                Outcome o = cli(cmd[0], cmd[1], "--out", blank, "--quiet");
                assertEquals(2, o.code(), cmd[0] + " --out '" + blank + "': " + o.err());
                assertEquals(
                        "coshape: --out is empty; give a folder, e.g. --out results/study (or --out . for this one)",
                        o.err().strip());
            }
        }
        Outcome merge = cli("merge", tmp.resolve("any-shard").toString(), "--out", "");
        assertEquals(2, merge.code(), merge.err());
        assertTrue(merge.err().startsWith("coshape: --out is empty"), merge.err());
        Outcome intoFile = cli("merge", tmp.resolve("any-shard").toString(), "--out", file.toString());
        assertEquals(2, intoFile.code(), intoFile.err());
        assertTrue(intoFile.err().contains("--out " + file + ": exists and is not a folder"), intoFile.err());
    }

    /**
     * A folder the file system refuses although the checks foresaw nothing (under /proc a root
     * user passes the writability check, and the folder still cannot be made): bad input named by
     * --out, not a failure while running with an exception's name.
     */
    @Test
    void aFolderTheFileSystemRefusesIsBadInput() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux /proc");
        Path sweep = small(tmp, "sweep", TWO_POINTS);
        Path compare = small(tmp, "compare", "compare: {a: {ai.listening: 0.1}, b: {ai.listening: 0.2}}\n");
        Path out = Path.of("/proc/coshape-results");
        for (String[] cmd :
                new String[][] {{"run", sweep.toString()}, {"sweep", sweep.toString()}, {"compare", compare.toString()}
                }) {
            Outcome o = cli(cmd[0], cmd[1], "--out", out.toString(), "--quiet");
            assertEquals(2, o.code(), cmd[0] + ": " + o.err());
            assertEquals(1, o.err().strip().lines().count(), o.err());
            assertTrue(o.err().startsWith("coshape: --out " + out + ": "), o.err());
        }
    }

    @Test
    void aScenarioTooBigForTheHeapIsRefusedBeforeAnythingRuns() throws Exception {
        Path huge = tmp.resolve("huge.yaml");
        Files.writeString(
                huge, "name: huge\npopulation: {size: 150000000}\nnetwork: {type: erdos_renyi, degree: 10}\n");
        Path out = tmp.resolve("huge-out");
        Outcome o = cli("run", huge.toString(), "--out", out.toString());
        assertEquals(2, o.code(), o.err());
        assertTrue(
                o.err()
                        .contains("population.size: 150000000 people with 4 values and about"
                                + " 1500000000 links need about"),
                o.err());
        assertTrue(o.err().contains("run with more heap (java -Xmx"), o.err());
        assertFalse(Files.exists(out));
        Outcome v = cli("validate", huge.toString());
        assertEquals(0, v.code(), "validate checks the file; memory is only a warning there");
        assertTrue(v.err().contains("warning"), v.err());
    }

    @Test
    void validatePrintsTheResolvedScenarioWithDefaults() throws Exception {
        Path ok = tmp.resolve("ok.yaml");
        Files.writeString(ok, "name: ok\nai: {regime: pluralistic}\n");
        Outcome o = cli("validate", ok.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("listening_policy: personal"), o.out());
        assertTrue(o.out().contains("selection: representative"), o.out());
        assertTrue(o.out().contains("cluster_radius: 0.05"), o.out());
    }
}
