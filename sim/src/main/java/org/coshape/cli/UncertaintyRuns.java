package org.coshape.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coshape.experiment.DesignPoint;
import org.coshape.experiment.Designs;
import org.coshape.experiment.SweepPlan;
import org.coshape.io.BadInput;
import org.coshape.results.RunSpec;
import org.coshape.scenario.PolicySpec;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioLoader;
import org.coshape.scenario.SweepParameter;
import org.coshape.scenario.YamlNode;

/**
 * The runs of a comparison on its sampled assumptions: a Latin hypercube of
 * {@code uncertainties.samples} scenarios over the uncertain keys, and on each one every policy's
 * replicates, on seeds shared by all policies (sample s is design point s + 1; point 0 is the
 * scenario as written). Run ids are {@code cPP-sSSSS-rRRR}. Every scenario is bound before any
 * run, so a bad sample or a policy that sets an uncertain key is reported first (exit 2).
 */
final class UncertaintyRuns {
    private UncertaintyRuns() {}

    /** The sampled values of the uncertain keys (none without uncertainties). */
    static List<DesignPoint> samples(Scenario base, Path file) {
        if (base.uncertainties().isEmpty()) {
            return List.of();
        }
        if (base.replications() < 2) {
            throw new BadInput(file + ": uncertainties: each sampled scenario needs replications of 2 or more to"
                    + " tell a difference from chance (replications is " + base.replications() + ")");
        }
        for (PolicySpec p : base.compare()) {
            for (SweepParameter u : base.uncertainties().parameters()) {
                for (String key : p.overrides().keySet()) {
                    if (overlaps(key, u.path())) {
                        throw new BadInput(file + ": uncertainties.parameters." + u.path() + ": policy '" + p.name()
                                + "' sets " + key + ", so its value would not be uncertain under that policy; take"
                                + " the key out of the uncertainties or out of the policy");
                    }
                }
            }
        }
        return Designs.latinHypercube(
                base.uncertainties().parameters(), base.uncertainties().samples(), base.seed());
    }

    private static boolean overlaps(String a, String b) {
        String x = a.replace("[*]", "[0]");
        String y = b.replace("[*]", "[0]");
        String gx = x.replaceAll("population\\.groups\\[\\d+]", "population.groups[0]");
        String gy = y.replaceAll("population\\.groups\\[\\d+]", "population.groups[0]");
        boolean wildcard = a.contains("[*]") || b.contains("[*]");
        return x.equals(y) || x.startsWith(y + ".") || y.startsWith(x + ".") || (wildcard && gx.equals(gy));
    }

    /** Policy {@code pi}'s runs on every sample. */
    static List<RunSpec> of(YamlNode tree, Path file, Scenario base, int pi, PolicySpec p, List<DesignPoint> samples) {
        List<RunSpec> runs = new ArrayList<>();
        for (DesignPoint sample : samples) {
            Map<String, String> overrides = new LinkedHashMap<>(sample.values());
            overrides.putAll(SweepPlan.renormalisedShares(base, sample.values()));
            overrides.putAll(p.overrides());
            String origin = file + ": uncertainties sample " + sample.index() + " " + sample.values() + ", policy "
                    + p.name() + ":";
            Scenario s;
            try {
                s = ScenarioLoader.bind(
                        ScenarioLoader.applyOverrides(tree, ScenarioLoader.filesRelativeTo(file, overrides), origin),
                        file);
            } catch (BadInput e) {
                throw e.getMessage().contains("uncertainties sample") ? e : new BadInput(origin + " " + e.getMessage());
            }
            int point = sample.index() + 1;
            for (int r = 0; r < base.replications(); r++) {
                runs.add(new RunSpec(
                        String.format("c%02d-s%04d-r%03d", pi, sample.index(), r),
                        p.name(),
                        point,
                        r,
                        RunSpec.seedFor(base.seed(), point, r),
                        sample.values(),
                        s));
            }
        }
        return runs;
    }
}
