package org.coshape.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coshape.io.BadInput;
import org.coshape.results.RunSpec;
import org.coshape.scenario.GroupSpec;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioLoader;
import org.coshape.scenario.SweepParameter;
import org.coshape.scenario.YamlNode;

/**
 * Every run of a sweep, resolved before any runs: each design point is applied to the scenario
 * tree like {@code --set} and bound, so a bad point is reported (exit 2) before anything is
 * written. A swept group share keeps the shares summing to 1: the groups that are not swept are
 * rescaled in proportion to their base shares to fill what the swept ones leave.
 */
public record SweepPlan(Scenario base, List<DesignPoint> points, List<String> parameters, List<RunSpec> runs) {
    /** The most runs one sweep plans: each is a row of the plan, the store and the manifest. */
    public static final long MAX_RUNS = 10_000_000;

    private static final Pattern SHARE = Pattern.compile("population\\.groups\\[(\\d+)]\\.share");

    public static SweepPlan of(YamlNode tree, Path file, Scenario base) {
        long count = Designs.count(base.sweep());
        if (count <= Designs.MAX_POINTS && count * base.replications() > MAX_RUNS) { // checked before making them
            throw new BadInput((file == null ? "" : file + ": ") + "sweep: " + count + " points x "
                    + base.replications() + " replications = " + count * base.replications() + " runs; at most "
                    + MAX_RUNS + " in one sweep (split the study into several sweeps, or use fewer replications)");
        }
        List<DesignPoint> points;
        try {
            points = Designs.points(base.sweep(), base.seed());
        } catch (BadInput e) {
            throw new BadInput((file == null ? "" : file + ": ") + e.getMessage());
        }
        List<String> params =
                base.sweep().parameters().stream().map(SweepParameter::path).toList();
        List<RunSpec> runs = new ArrayList<>();
        for (DesignPoint pt : points) {
            Scenario s = bind(tree, file, base, pt);
            for (int r = 0; r < base.replications(); r++) {
                runs.add(new RunSpec(
                        RunSpec.runId(pt.index(), r),
                        "sweep",
                        pt.index(),
                        r,
                        RunSpec.seedFor(base.seed(), pt.index(), r),
                        pt.values(),
                        s));
            }
        }
        return new SweepPlan(base, points, params, runs);
    }

    static Scenario bind(YamlNode tree, Path file, Scenario base, DesignPoint pt) {
        Map<String, String> overrides = new LinkedHashMap<>(pt.values());
        overrides.putAll(renormalisedShares(base, pt.values()));
        String origin = (file == null ? "" : file + ": ") + "sweep point " + pt.index() + ":";
        YamlNode applied = ScenarioLoader.applyOverrides(tree, ScenarioLoader.filesRelativeTo(file, overrides), origin);
        try {
            return ScenarioLoader.bind(applied, file);
        } catch (BadInput e) {
            String m = e.getMessage();
            // errors about other keys than the swept ones come from the point as a whole
            throw m.contains("sweep point ") ? e : new BadInput(origin + " " + pt.values() + ": " + m);
        }
    }

    /** Shares for the groups not swept, rescaled so that all shares still sum to 1. */
    public static Map<String, String> renormalisedShares(Scenario base, Map<String, String> values) {
        TreeSet<Integer> swept = new TreeSet<>();
        double sweptSum = 0;
        for (Map.Entry<String, String> e : values.entrySet()) {
            Matcher m = SHARE.matcher(e.getKey());
            if (m.matches()) {
                swept.add(Integer.parseInt(m.group(1)));
                try {
                    sweptSum += Double.parseDouble(e.getValue());
                } catch (NumberFormatException ex) {
                    return Map.of(); // the binder reports the bad value
                }
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (swept.isEmpty()) {
            return out;
        }
        List<GroupSpec> groups = base.population().groups();
        double rest = 0;
        for (int g = 0; g < groups.size(); g++) {
            if (!swept.contains(g)) {
                rest += groups.get(g).share();
            }
        }
        double left = 1 - sweptSum;
        for (int g = 0; g < groups.size(); g++) {
            if (!swept.contains(g)) {
                double share = rest > 0 ? groups.get(g).share() * left / rest : left / (groups.size() - swept.size());
                out.put("population.groups[" + g + "].share", Double.toString(Math.max(0, share)));
            }
        }
        return out;
    }
}
