package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.coshape.concurrent.ChunkPool;
import org.coshape.experiment.Runner;
import org.coshape.results.ResultTables;
import org.coshape.results.RunResult;
import org.coshape.results.RunSpec;
import org.coshape.scenario.Named;
import org.coshape.scenario.Regime;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.SocialRule;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden master: the engine's tables (summary, time series, assistants) equal, byte for byte,
 * those of {@link ReferenceRun}, the whole run written plainly. Every regime meets every social
 * rule once, at widths that take each kernel path (4 and 8 written out, 2 and 5 through the narrow
 * kernels and the readable interaction), at 1, 2 and 3 threads, with generations, turnover and
 * metrics on; some cases span several chunks, some run without the twin, one reads a weighted
 * directed network from a file. Any optimisation that changes a bit anywhere fails here.
 */
class ReferenceTickTest {
    static final int[] WIDTHS = {4, 8, 2, 5};

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        int c = 0;
        for (Regime regime : Regime.values()) {
            for (SocialRule rule : SocialRule.values()) {
                int d = WIDTHS[c % WIDTHS.length];
                int threads = 1 + c % 3;
                int people = c % 4 == 1 ? 9000 : 1200; // 9,000 people: three chunks
                boolean twin = c % 5 != 3;
                out.add(Arguments.of(regime.key(), rule.key(), d, threads, people, twin));
                c++;
            }
        }
        return out.stream();
    }

    static Scenario scenario(String regime, String rule, int d, int people, boolean twin) {
        return TestScenarios.yaml(scenarioText(regime, rule, d, people, twin));
    }

    static String scenarioText(String regime, String rule, int d, int people, boolean twin) {
        List<String> names = List.of("a", "b", "c", "e", "f", "g", "h", "k");
        String dims = String.join(", ", names.subList(0, d));
        String mean1 = String.join(
                ", ",
                List.of("0.3", "-0.2", "0.1", "0.5", "-0.4", "0.2", "0", "0.6").subList(0, d));
        String mean2 = String.join(
                ", ",
                List.of("-0.4", "0.4", "-0.3", "-0.2", "0.3", "0", "0.5", "-0.6")
                        .subList(0, d));
        return """
                name: reference
                seed: 31
                ticks: 24
                values: {dimensions: [%s]}
                population:
                  size: %d
                  groups:
                    - {name: majority, share: 0.65, mean: [%s], spread: 0.3, anchoring: 0.15,
                       susceptibility: {dist: beta, a: 2, b: 5}, usage: 0.7, stance: {dist: uniform, min: 0, max: 1}}
                    - {name: minority, share: 0.35, mean: [%s], spread: 0.35, feedback: 0.5, anchoring: 0.1,
                       usage: {dist: uniform, min: 0.2, max: 0.9}}
                network: {type: sbm, degree: 6, homophily: 0.7}
                social: {rule: %s, rate: 0.25, confidence: 0.45}
                ai:
                  count: 3
                  regime: %s
                  designers: {size: 15}
                  refusal_threshold: [1.0, 0.9, 0.7]
                  gain: [1.0, 1.5, 0.8]
                  persuasiveness: [1.0, 2.0, 0.6]
                  confidence: 0.8
                  extremity_bonus: 0.2
                  judge: {unmeasured: %s}
                generations: {length: 8, turnover: 0.2, mutation: 0.05}
                metrics: {every: 4, baseline: %s}
                output: {charts: []}
                """.formatted(
                        dims,
                        people,
                        mean1,
                        mean2,
                        rule,
                        regime,
                        List.of("free", "zero", "designers").get((rule.length() + regime.length()) % 3),
                        twin);
    }

    @ParameterizedTest(name = "{0}, {1}, d = {2}, {3} threads, {4} people, twin {5}")
    @MethodSource("cases")
    void theEngineEqualsThePlainRunByteForByte(String regime, String rule, int d, int threads, int people, boolean twin)
            throws IOException {
        RunResult engine = engineEqualsReference(scenario(regime, rule, d, people, twin), threads);
        String row = ResultTables.summaryRows(List.of(), engine).get(0);
        String dominance =
                row.split(",", -1)[ResultTables.summaryHeader(List.of()).indexOf("designer_dominance")];
        assertEquals(twin, !dominance.isEmpty(), "designer_dominance is defined exactly when the twin runs: " + row);
    }

    /**
     * On a complete network Deffuant's accept pass takes each proposal once instead of scanning
     * every listener's N - 1 in-neighbours: the same pairs as the reference's scan.
     */
    @Test
    void deffuantOnACompleteNetworkEqualsThePlainRun() throws IOException {
        String text = scenarioText("mutual", "deffuant", 4, 400, true)
                .replace("network: {type: sbm, degree: 6, homophily: 0.7}", "network: {type: complete}");
        assertTrue(text.contains("type: complete"));
        engineEqualsReference(TestScenarios.yaml(text), 2);
    }

    /** Runs {@code s} in the engine and in the reference and compares their tables; returns the engine's run. */
    private static RunResult engineEqualsReference(Scenario s, int threads) throws IOException {
        RunSpec spec = new RunSpec("p0000-r000", "base", 0, 0, 77, Map.of(), s);
        RunResult engine;
        try (ChunkPool pool = new ChunkPool(threads)) {
            engine = Runner.run(spec, pool, null);
        }
        RunResult reference = new RunResult(spec, new ReferenceRun(s, 77).run(), "done", "", 0, 0);
        assertEquals(tables(reference), tables(engine));
        return engine;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aWeightedDirectedNetworkFromAFileToo(String rule) throws IOException {
        Path dir = Files.createTempDirectory("reference");
        StringBuilder people = new StringBuilder("person,group,a,b,c,e\n");
        StringBuilder edges = new StringBuilder("source,target,weight\n");
        Random r = new Random(5);
        for (int i = 0; i < 300; i++) {
            people.append("id").append(i).append(',').append(i % 3 == 0 ? "minority" : "majority");
            for (int k = 0; k < 4; k++) {
                people.append(',').append(String.format(Locale.ROOT, "%.3f", 2 * r.nextDouble() - 1));
            }
            people.append('\n');
            for (int e = 0; e < 4; e++) {
                edges.append("id")
                        .append(i)
                        .append(",id")
                        .append(r.nextInt(300))
                        .append(',')
                        .append(String.format(Locale.ROOT, "%.2f", 0.1 + r.nextDouble()))
                        .append('\n');
            }
        }
        Files.writeString(dir.resolve("people.csv"), people);
        Files.writeString(dir.resolve("edges.csv"), edges);
        Scenario s = TestScenarios.yaml("""
                name: files
                seed: 8
                ticks: 16
                values: {dimensions: [a, b, c, e]}
                population: {file: %s}
                network: {type: file, file: %s}
                social: {rule: %s, rate: 0.3, confidence: 0.5}
                ai: {count: 2, regime: mutual, designers: {size: 10}}
                generations: {length: 6, turnover: 0.1}
                metrics: {every: 4}
                """.formatted(dir.resolve("people.csv"), dir.resolve("edges.csv"), rule));
        RunSpec spec = new RunSpec("p0000-r000", "base", 0, 0, 9, Map.of(), s);
        RunResult engine;
        try (ChunkPool pool = new ChunkPool(2)) {
            engine = Runner.run(spec, pool, null);
        }
        RunResult reference = new RunResult(spec, new ReferenceRun(s, 9).run(), "done", "", 0, 0);
        assertEquals(tables(reference), tables(engine));
    }

    static Stream<String> files() {
        return Named.keys(SocialRule.class).stream();
    }

    /** The run's rows of the three tables, as the results files hold them. */
    static String tables(RunResult r) throws IOException {
        StringWriter w = new StringWriter();
        for (String line : ResultTables.summaryRows(List.of(), r)) {
            w.write(line + "\n");
        }
        ResultTables.writeTimeseriesRows(w, r);
        ResultTables.writeAssistantsRows(w, r);
        return w.toString();
    }
}
