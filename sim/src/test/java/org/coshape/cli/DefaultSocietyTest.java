package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defaults are not degenerate: without any AI the default society keeps plural values;
 * satisfaction does not saturate in any regime whose answers are not each user's own setting;
 * adaptive listening settles where its users' trust meets the target, from a low and a high
 * start. Each of these failed with the earlier defaults (anchoring 0.02, sigma 0.5), which is why
 * they are tests: a change of default that breaks one has to say so.
 */
class DefaultSocietyTest {
    @TempDir
    Path tmp;

    static final Path SCENARIOS = Path.of("..", "scenarios");

    @Test
    void withoutAnyAiTheDefaultSocietyKeepsPluralValues() throws IOException {
        Path bare = Files.writeString(tmp.resolve("bare.yaml"), "name: bare\nticks: 300\n");
        for (Path scenario : List.of(bare, SCENARIOS.resolve("society.yaml"))) {
            Summary s = run(scenario, "--set", "ai.count=0", "--set", "ai.assignment=[]", "--set", "ticks=300");
            double homogenization = s.value("all", "homogenization");
            double clusters = s.value("all", "clusters");
            assertTrue(homogenization <= 0.5, scenario + ": homogenization " + homogenization);
            assertTrue(clusters >= 2, scenario + ": clusters " + clusters);
        }
    }

    /**
     * Satisfaction over the whole population lies in [0.3, 0.9] for every regime but the
     * pluralistic one, where each user sets the listening that puts the answer at the distance
     * they asked for: its satisfaction is the kernel's top by construction, whatever its width.
     */
    @Test
    void satisfactionDoesNotSaturate() throws IOException {
        for (String regime : List.of("configuration", "engagement", "mutual", "negotiated", "pluralistic")) {
            Summary s = run(SCENARIOS.resolve(regime + ".yaml"));
            double sat = s.value("all", "satisfaction");
            if (regime.equals("pluralistic")) {
                assertTrue(sat > 0.95, "personal listening gives users what they ask for: " + sat);
            } else {
                assertTrue(sat >= 0.3 && sat <= 0.9, regime + ": satisfaction " + sat);
            }
            double trust = s.value("all", "trust");
            assertTrue(trust < 0.99, regime + ": trust " + trust);
        }
    }

    @Test
    void adaptiveListeningSettlesWhereTrustMeetsItsTarget() throws IOException {
        for (String start : List.of("0.2", "0.8")) {
            Path out = tmp.resolve("listening-" + start);
            run(out, SCENARIOS.resolve("mutual.yaml"), "--set", "ai.listening=" + start);
            List<String> lines = Files.readAllLines(out.resolve("assistants.csv"));
            List<Double> finalTrust = new ArrayList<>();
            int listeningRows = 0;
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split(",", -1);
                if (!c[3].equals("listening") && !c[3].equals("trust")) {
                    continue;
                }
                double v = Double.parseDouble(c[4]);
                if (c[3].equals("listening")) {
                    listeningRows++;
                    assertTrue(v > 0.02 && v < 0.98, "start " + start + ": listening at a bound: " + line);
                }
                if (c[3].equals("trust") && c[1].equals("300")) {
                    finalTrust.add(v);
                }
            }
            assertTrue(listeningRows >= 4 * 31, "a listening row per assistant and record: " + listeningRows);
            assertEquals(4, finalTrust.size());
            for (double t : finalTrust) {
                assertEquals(0.6, t, 0.05, "start " + start + ": trust settles at the target");
            }
        }
    }

    private Summary run(Path scenario, String... extra) throws IOException {
        return run(tmp.resolve(scenario.getFileName().toString() + "-" + extra.length), scenario, extra);
    }

    private Summary run(Path out, Path scenario, String... extra) throws IOException {
        List<String> args = new ArrayList<>(
                List.of("run", scenario.toString(), "--out", out.toString(), "--quiet", "--set", "output.charts=[]"));
        args.addAll(List.of(extra));
        BadInputTest.Outcome o = BadInputTest.cli(args.toArray(String[]::new));
        assertEquals(0, o.code(), o.err());
        return new Summary(Files.readAllLines(out.resolve("summary.csv")));
    }

    /** The whole-run summary: one row per group. */
    record Summary(List<String> lines) {
        double value(String group, String metric) {
            List<String> header = List.of(lines.get(0).split(",", -1));
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split(",", -1);
                if (c[header.indexOf("group")].equals(group)) {
                    return Double.parseDouble(c[header.indexOf(metric)]);
                }
            }
            throw new AssertionError("no row for " + group);
        }
    }
}
