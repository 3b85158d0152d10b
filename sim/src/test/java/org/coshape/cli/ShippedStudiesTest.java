package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped studies, at a reduced size: what their questions need the metrics to show, and the
 * output contract on every file they write.
 */
class ShippedStudiesTest {
    @TempDir
    Path tmp;

    static final Path SCENARIOS = Path.of("..", "scenarios");

    /**
     * The recursive loop: under narrow designers the assistants move people farther from their
     * no-AI selves than under representative ones, generation after generation, and closer to
     * what the first designers wanted; measured person by person against each run's twin.
     */
    @Test
    void narrowDesignersInduceMoreDriftThanRepresentativeOnesOverGenerations() throws IOException {
        Path out = tmp.resolve("designers");
        BadInputTest.Outcome o = BadInputTest.cli(
                "compare",
                SCENARIOS.resolve("compare-designers.yaml").toString(),
                "--out",
                out.toString(),
                "--quiet",
                "--set",
                "population.size=1000",
                "--set",
                "replications=3",
                "--set",
                "ticks=150",
                "--set",
                "output.charts=[]");
        assertEquals(0, o.code(), o.err());
        List<String> lines = Files.readAllLines(out.resolve("summary.csv"));
        List<String> header = List.of(lines.get(0).split(",", -1));
        for (String group : List.of("all", "majority", "minority")) {
            double narrow = mean(lines, header, "narrow", group, "induced_drift");
            double representative = mean(lines, header, "representative", group, "induced_drift");
            assertTrue(
                    narrow > 1.5 * representative,
                    group + ": induced_drift narrow " + narrow + " vs representative " + representative);
            double dominanceNarrow = mean(lines, header, "narrow", group, "designer_dominance");
            double dominanceRepresentative = mean(lines, header, "representative", group, "designer_dominance");
            assertTrue(
                    dominanceNarrow > dominanceRepresentative,
                    group + ": designer_dominance " + dominanceNarrow + " vs " + dominanceRepresentative);
        }
        // five generations of turnover: the drift is the recursive loop's, not one generation's
        assertTrue(mean(lines, header, "narrow", "all", "lineage_drift") > 0);
    }

    /** Every table any shipped scenario writes holds numbers or empty cells, never NaN or Infinity. */
    @Test
    void noShippedScenarioWritesNanOrInfinity() throws IOException {
        List<String> small = List.of(
                "--quiet",
                "--set",
                "population.size=300",
                "--set",
                "ticks=20",
                "--set",
                "output.charts=[]",
                "--set",
                "replications=2");
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String name = f.getFileName().toString().replace(".yaml", "");
                String text = Files.readString(f);
                List<String> args = new ArrayList<>();
                if (text.contains("\ncompare:")) {
                    args.add("compare");
                } else if (text.contains("\nsweep:")) {
                    args.addAll(List.of("sweep"));
                } else {
                    args.add("run");
                }
                Path out = tmp.resolve(name);
                args.addAll(List.of(f.toString(), "--out", out.toString()));
                args.addAll(small);
                if (text.contains("design: sobol")) {
                    args.addAll(List.of("--set", "sweep.samples=4"));
                }
                BadInputTest.Outcome o = BadInputTest.cli(args.toArray(String[]::new));
                assertEquals(0, o.code(), name + ": " + o.err());
                folders.add(out);
            }
        }
        assertTrue(folders.size() >= 12, "every shipped scenario ran: " + folders);
        int tables = 0;
        for (Path dir : folders) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                    for (String line : Files.readAllLines(csv)) {
                        for (String cell : line.split(",", -1)) {
                            assertFalse(
                                    cell.equals("NaN")
                                            || cell.contains("Infinity")
                                            || cell.equals("Inf")
                                            || cell.equals("-Inf"),
                                    csv + ": " + line);
                        }
                    }
                    tables++;
                }
            }
        }
        assertTrue(tables >= 3 * folders.size(), "summary, time series and assistants of every folder: " + tables);
    }

    private static double mean(List<String> lines, List<String> header, String policy, String group, String metric) {
        int p = header.indexOf("policy");
        int g = header.indexOf("group");
        int m = header.indexOf(metric);
        double sum = 0;
        int n = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            if (c[p].equals(policy) && c[g].equals(group)) {
                sum += Double.parseDouble(c[m]);
                n++;
            }
        }
        assertTrue(n > 0, policy + " " + group);
        return sum / n;
    }
}
