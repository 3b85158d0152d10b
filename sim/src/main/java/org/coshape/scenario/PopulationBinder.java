package org.coshape.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds {@code population}: the groups (share, value distribution, traits), or the people of a
 * population file with the groups' traits; shares are checked to sum to 1 and names to be
 * distinct. Part of {@link ScenarioBinder}.
 */
final class PopulationBinder {
    /** The number of dimensions the default groups' means are written for. */
    private static final int DEFAULT_DIMENSIONS = 4;

    private PopulationBinder() {}

    static PopulationSpec population(MapView p, int d, List<String> dims) {
        int size = p.integer(Parameter.POPULATION_SIZE);
        String file = p.has(p.key(Parameter.POPULATION_FILE))
                ? ScenarioPaths.resolve(p.where("file"), p.keyPath("file"), p.string(Parameter.POPULATION_FILE, null))
                : null;
        YamlNode groupsNode = p.raw(p.key(Parameter.POPULATION_GROUPS));
        List<GroupSpec> groups = new ArrayList<>();
        if ((groupsNode == null || MapView.isNull(groupsNode)) && file == null) {
            if (d != DEFAULT_DIMENSIONS) {
                throw p.error(
                        "groups",
                        "the default groups have " + DEFAULT_DIMENSIONS + " values each, for the default dimensions;"
                                + " with " + d + " values.dimensions, give population.groups (each mean with " + d
                                + " elements) or a population.file");
            }
            groupsNode = defaultGroups();
        }
        if (groupsNode == null || MapView.isNull(groupsNode)) {
            // groups come from the population file
        } else if (!(groupsNode instanceof YamlNode.ListNode list)) {
            throw ScenarioException.at(
                    groupsNode.position(),
                    p.keyPath("groups"),
                    "expected a list of groups, found " + groupsNode.kind());
        } else {
            if (list.items().isEmpty()) {
                throw ScenarioException.at(list.position(), p.keyPath("groups"), "at least one group is needed");
            }
            int n = list.items().size();
            int withShare = 0;
            for (YamlNode item : list.items()) {
                if (item instanceof YamlNode.MapNode m && m.get("share") != null) {
                    withShare++;
                }
            }
            if (withShare != 0 && withShare != n) {
                throw ScenarioException.at(
                        list.position(),
                        p.keyPath("groups"),
                        "give every group a share, or none (equal" + " shares); " + withShare + " of " + n
                                + " have one");
            }
            for (int i = 0; i < n; i++) {
                MapView g = new MapView(list.items().get(i), p.keyPath("groups[" + i + "]"), list.position());
                groups.add(group(g, 1.0 / n, "group" + (i + 1), ScenarioBinder.zeros(d), d));
            }
            List<String> names = groups.stream().map(GroupSpec::name).toList();
            for (int i = 0; i < names.size(); i++) {
                if (BatchBinder.hasLineBreak(names.get(i))) {
                    throw ScenarioException.at(
                            list.items().get(i).position(),
                            p.keyPath("groups[" + i + "].name"),
                            BatchBinder.LINE_BREAK);
                }
                if (names.indexOf(names.get(i)) != i) {
                    throw ScenarioException.at(
                            list.items().get(i).position(),
                            p.keyPath("groups[" + i + "].name"),
                            "group name '" + names.get(i) + "' is used twice");
                }
            }
            if (names.contains("all")) {
                throw ScenarioException.at(
                        list.position(),
                        p.keyPath("groups"),
                        "'all' is reserved for whole-population rows; rename the group");
            }
            if (file == null) {
                double sum = groups.stream().mapToDouble(GroupSpec::share).sum();
                if (Math.abs(sum - 1.0) > 1e-6) {
                    throw ScenarioException.at(
                            list.position(),
                            p.keyPath("groups"),
                            "group shares sum to " + ScenarioBinder.round(sum) + ", not 1");
                }
            }
        }
        p.finish();
        if (file != null) {
            PeopleCsv csv = PeopleCsv.read(Path.of(file), dims);
            Map<String, GroupSpec> declared = new LinkedHashMap<>();
            for (GroupSpec g : groups) {
                declared.put(g.name(), g);
            }
            for (String g : declared.keySet()) {
                if (!csv.groupNames().contains(g)) {
                    throw ScenarioException.at(
                            p.where("groups"),
                            p.keyPath("groups"),
                            "group '" + g + "' is declared but nobody in " + file + " belongs to it");
                }
            }
            int[] counts = new int[csv.groupNames().size()];
            for (int gi : csv.group()) {
                counts[gi]++;
            }
            List<GroupSpec> fromFile = new ArrayList<>();
            for (int i = 0; i < csv.groupNames().size(); i++) {
                String gname = csv.groupNames().get(i);
                GroupSpec base = declared.get(gname);
                if (base == null) {
                    base = group(
                            new MapView(null, p.keyPath("groups[" + i + "]"), p.position()),
                            0,
                            gname,
                            ScenarioBinder.zeros(d),
                            d);
                }
                double share = counts[i] / (double) csv.size();
                fromFile.add(new GroupSpec(
                        gname,
                        share,
                        ValueDistribution.FILE,
                        groupMean(csv, i, d),
                        groupSpread(csv, i, d),
                        base.susceptibility(),
                        base.anchoring(),
                        base.usage(),
                        base.stance(),
                        base.trust(),
                        base.feedback(),
                        base.need(),
                        base.answerHarm()));
            }
            return new PopulationSpec(csv.size(), file, fromFile);
        }
        return new PopulationSpec(size, null, groups);
    }

    /** The two default groups, as a tree (overrides such as groups[1].share edit it). */
    static YamlNode defaultGroups() {
        return YamlText.read(Parameter.POPULATION_GROUPS.defaultYaml(), SourcePosition.DEFAULT);
    }

    private static GroupSpec group(MapView g, double defShare, String defName, List<Double> defMean, int d) {
        String name = g.string(Parameter.GROUP_NAME, defName);
        double share = g.number(Parameter.GROUP_SHARE, defShare);
        ValueDistribution dist = g.choice(Parameter.GROUP_DISTRIBUTION, ValueDistribution.class);
        List<Double> mean = g.vector(Parameter.GROUP_MEAN, defMean, d, false, "the number of values.dimensions");
        double spread = g.number(Parameter.GROUP_SPREAD);
        TraitSpec susc = trait(g, Parameter.GROUP_SUSCEPTIBILITY);
        TraitSpec anchoring = trait(g, Parameter.GROUP_ANCHORING);
        TraitSpec usage = trait(g, Parameter.GROUP_USAGE);
        TraitSpec stance = trait(g, Parameter.GROUP_STANCE);
        TraitSpec trust = trait(g, Parameter.GROUP_TRUST);
        TraitSpec feedback = trait(g, Parameter.GROUP_FEEDBACK);
        TraitSpec need = trait(g, Parameter.GROUP_NEED);
        double answerHarm = g.number(Parameter.GROUP_ANSWER_HARM);
        g.finish();
        return new GroupSpec(
                name, share, dist, mean, spread, susc, anchoring, usage, stance, trust, feedback, need, answerHarm);
    }

    /** A trait as written, or its table default (read by the same rules). */
    private static TraitSpec trait(MapView g, Parameter p) {
        String key = g.key(p);
        YamlNode v = g.raw(key);
        if (v == null || MapView.isNull(v)) {
            MapView holder = new MapView(
                    YamlText.read("{" + key + ": " + p.defaultYaml() + "}", SourcePosition.DEFAULT),
                    g.path(),
                    SourcePosition.DEFAULT);
            return trait(holder, p);
        }
        if (v instanceof YamlNode.Scalar) {
            return TraitSpec.constant(g.number(key, 0, 0, 1));
        }
        MapView m = g.child(key);
        String dist = m.choice("dist", "constant", List.of("constant", "uniform", "beta", "normal"));
        TraitSpec t = switch (dist) {
            case "constant" -> TraitSpec.constant(m.number("value", 0, 0, 1));
            case "uniform" -> {
                double lo = m.number("min", 0, 0, 1);
                double hi = m.number("max", 1, 0, 1);
                if (hi < lo) {
                    throw m.error("max", "max " + hi + " is below min " + lo);
                }
                yield new TraitSpec(TraitSpec.Kind.UNIFORM, lo, hi);
            }
            case "beta" -> new TraitSpec(TraitSpec.Kind.BETA, m.number("a", 2, 1e-3, 1e6), m.number("b", 2, 1e-3, 1e6));
            default -> new TraitSpec(TraitSpec.Kind.NORMAL, m.number("mean", 0.5, -10, 10), m.number("sd", 0.1, 0, 10));
        };
        m.finish();
        return t;
    }

    private static List<Double> groupMean(PeopleCsv csv, int g, int d) {
        double[] sum = new double[d];
        int n = 0;
        for (int i = 0; i < csv.size(); i++) {
            if (csv.group()[i] == g) {
                n++;
                for (int k = 0; k < d; k++) {
                    sum[k] += csv.values()[i * d + k];
                }
            }
        }
        List<Double> out = new ArrayList<>();
        for (int k = 0; k < d; k++) {
            out.add(ScenarioBinder.round(sum[k] / n));
        }
        return out;
    }

    private static double groupSpread(PeopleCsv csv, int g, int d) {
        List<Double> mean = groupMean(csv, g, d);
        double ss = 0;
        int n = 0;
        for (int i = 0; i < csv.size(); i++) {
            if (csv.group()[i] == g) {
                n++;
                for (int k = 0; k < d; k++) {
                    double x = csv.values()[i * d + k] - mean.get(k);
                    ss += x * x;
                }
            }
        }
        return ScenarioBinder.round(Math.sqrt(ss / Math.max(1, n * d)));
    }
}
