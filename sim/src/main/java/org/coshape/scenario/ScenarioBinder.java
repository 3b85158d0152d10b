package org.coshape.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a merged scenario tree into a checked, immutable {@link Scenario}. Defaults follow
 * {@code scenario-reference.yaml}; the regime preset fills the AI parts the file leaves out.
 * Every rejection is one {@link ScenarioException} naming file, line, column and key path.
 */
final class ScenarioBinder {
    static final List<String> DEFAULT_DIMENSIONS = List.of("caution", "pushback", "privacy", "autonomy");
    static final List<String> CHART_FORMATS = List.of("png", "svg", "pdf");
    /** The largest population a scenario may ask for; memory is checked separately before a run. */
    static final int MAX_PEOPLE = 200_000_000;

    private ScenarioBinder() {}

    static Scenario bind(YamlNode root, String sourceFile) {
        MapView top = new MapView(root, "", root.position());
        top.raw("extends"); // consumed by the loader
        if (!top.has("name")) {
            throw ScenarioException.at(
                    top.position(), "name", "required key is missing (results go to results/<name>/)");
        }
        String name = top.string("name", null);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw top.error("name", "'" + name + "' is not usable as a folder name (letters, digits, '.', '_', '-')");
        }
        String description = top.string("description", "");
        long seed = top.longValue("seed", 1);
        int ticks = top.integer("ticks", 500, 0, 100_000_000);
        int replications = top.integer("replications", 1, 1, 1_000_000);

        MapView values = top.child("values");
        List<String> dims = values.strings("dimensions", DEFAULT_DIMENSIONS);
        if (dims.isEmpty()) {
            throw values.error("dimensions", "at least one value dimension is needed");
        }
        if (dims.stream().distinct().count() != dims.size()) {
            throw values.error("dimensions", "dimension names must be distinct: " + dims);
        }
        values.finish();
        int d = dims.size();

        PopulationSpec population = population(top.child("population"), d, dims);
        NetworkSpec network = network(top.child("network"), population.size());
        SocialSpec social = social(top.child("social"));
        AiSpec ai = ai(top.child("ai"), d, dims, population);
        GenerationSpec generations = generations(top.child("generations"));
        MetricsSpec metrics = metrics(top.child("metrics"));
        OutputSpec output = output(top.child("output"));
        SweepSpec sweep = sweep(top.child("sweep"));
        List<PolicySpec> compare = compare(top.child("compare"));
        top.finish();
        Scenario s = new Scenario(
                name,
                description,
                sourceFile,
                seed,
                ticks,
                replications,
                new Scenario.ValuesSpec(dims),
                population,
                network,
                social,
                ai,
                generations,
                metrics,
                output,
                sweep,
                compare);
        return s.sweep().parameters().stream().anyMatch(SweepParameter::isRange) ? withWholeRanges(s) : s;
    }

    /**
     * A swept range gives whole numbers exactly when its key holds whole numbers (ai.count,
     * population.size, ticks, ...), read from the resolved scenario. It used to depend on how the
     * bounds were written, so {@code ai.listening: {min: 0, max: 1}} swept only 0 and 1, and a
     * manifest, which prints bounds as 0.0 and 1.0, rebuilt other points than the sweep ran.
     */
    private static Scenario withWholeRanges(Scenario s) {
        Map<String, Object> flat = ScenarioPrinter.flat(s);
        List<SweepParameter> params = new ArrayList<>();
        for (SweepParameter p : s.sweep().parameters()) {
            params.add(
                    p.isRange()
                            ? new SweepParameter(
                                    p.path(), null, p.min(), p.max(), p.steps(), holdsWholeNumbers(flat.get(p.path())))
                            : p);
        }
        return new Scenario(
                s.name(),
                s.description(),
                s.sourceFile(),
                s.seed(),
                s.ticks(),
                s.replications(),
                s.values(),
                s.population(),
                s.network(),
                s.social(),
                s.ai(),
                s.generations(),
                s.metrics(),
                s.output(),
                new SweepSpec(s.sweep().design(), s.sweep().samples(), params),
                s.compare());
    }

    private static boolean holdsWholeNumbers(Object v) {
        if (v instanceof List<?> l) {
            return !l.isEmpty() && l.stream().allMatch(e -> e instanceof Integer || e instanceof Long);
        }
        return v instanceof Integer || v instanceof Long;
    }

    private static PopulationSpec population(MapView p, int d, List<String> dims) {
        int size = p.integer("size", 10_000, 1, MAX_PEOPLE);
        String file = p.has("file") ? resolve(p.where("file"), p.string("file", null)) : null;
        YamlNode groupsNode = p.raw("groups");
        List<GroupSpec> groups = new ArrayList<>();
        if ((groupsNode == null || MapView.isNull(groupsNode)) && file == null) {
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
                groups.add(group(g, 1.0 / n, "group" + (i + 1), zeros(d), d));
            }
            List<String> names = groups.stream().map(GroupSpec::name).toList();
            for (int i = 0; i < names.size(); i++) {
                if (hasLineBreak(names.get(i))) {
                    throw ScenarioException.at(
                            list.items().get(i).position(), p.keyPath("groups[" + i + "].name"), LINE_BREAK);
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
                            list.position(), p.keyPath("groups"), "group shares sum to " + round(sum) + ", not 1");
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
                    base = group(new MapView(null, p.keyPath("groups"), p.position()), 0, gname, zeros(d), d);
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
                        base.feedback()));
            }
            return new PopulationSpec(csv.size(), file, fromFile);
        }
        return new PopulationSpec(size, null, groups);
    }

    /** The reference's two default groups, as a tree (overrides such as groups[1].share edit it). */
    static final String DEFAULT_GROUPS = "[{name: majority, share: 0.7, mean: [0.2, -0.1, 0.3, 0.0], spread: 0.3},"
            + " {name: minority, share: 0.3, mean: [-0.5, 0.4, -0.2, 0.3], spread: 0.3}]";

    static YamlNode defaultGroups() {
        return YamlText.read(DEFAULT_GROUPS, SourcePosition.DEFAULT);
    }

    private static GroupSpec group(MapView g, double defShare, String defName, List<Double> defMean, int d) {
        String name = g.string("name", defName);
        double share = g.number("share", defShare, 0, 1);
        ValueDistribution dist = Named.byKey(
                ValueDistribution.class,
                g.choice("distribution", ValueDistribution.NORMAL.key(), ValueDistribution.WRITABLE));
        List<Double> mean = g.vector("mean", defMean, d, -1, 1, false, "the number of values.dimensions");
        double spread = g.number("spread", 0.3, 0, 10);
        TraitSpec susc = trait(g, "susceptibility", new TraitSpec(TraitSpec.Kind.BETA, 2, 8));
        TraitSpec anchoring = trait(g, "anchoring", TraitSpec.constant(0.02));
        TraitSpec usage = trait(g, "usage", TraitSpec.constant(0.6));
        TraitSpec stance = trait(g, "stance", TraitSpec.constant(0.3));
        TraitSpec trust = trait(g, "trust", TraitSpec.constant(0.5));
        TraitSpec feedback = trait(g, "feedback", TraitSpec.constant(1.0));
        g.finish();
        return new GroupSpec(name, share, dist, mean, spread, susc, anchoring, usage, stance, trust, feedback);
    }

    private static TraitSpec trait(MapView g, String key, TraitSpec def) {
        YamlNode v = g.raw(key);
        if (v == null || MapView.isNull(v)) {
            return def;
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

    private static NetworkSpec network(MapView n, int size) {
        NetworkType type = n.choice("type", NetworkType.SBM, NetworkType.class);
        double degree = n.number("degree", 10, 0, 1e6);
        double rewire = n.number("rewire", 0.1, 0, 1);
        double homophily = n.number("homophily", 0.8, 0, 1);
        String file = n.has("file") ? resolve(n.where("file"), n.string("file", null)) : null;
        if (type == NetworkType.FILE && file == null) {
            throw n.error("file", "network.type is 'file' but network.file is not set");
        }
        if (file != null && type != NetworkType.FILE) {
            throw n.error("file", "network.file is set but network.type is '" + type.key() + "' (use type: file)");
        }
        if (type.hasMeanDegree() && size > 1 && degree > size - 1) {
            throw n.error("degree", "mean degree " + degree + " exceeds the " + (size - 1) + " possible neighbours");
        }
        if (type == NetworkType.COMPLETE && (long) size * (size - 1) > 400_000_000L) {
            throw n.error(
                    "type",
                    "a complete network of " + size + " people needs " + ((long) size * (size - 1))
                            + " links; use at most 20000 people, or a random network");
        }
        n.finish();
        return new NetworkSpec(type, degree, rewire, homophily, file);
    }

    private static SocialSpec social(MapView s) {
        SocialSpec spec = new SocialSpec(
                s.choice("rule", SocialRule.FRIEDKIN_JOHNSEN, SocialRule.class),
                s.number("rate", 0.1, 0, 1),
                s.number("confidence", 0.5, 0, 100));
        s.finish();
        return spec;
    }

    private static AiSpec ai(MapView a, int d, List<String> dims, PopulationSpec pop) {
        int count = a.integer("count", 4, 0, 10_000);
        List<Double> defAssign = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            defAssign.add(1.0 / count);
        }
        List<Double> assignment = a.vector("assignment", defAssign, count, 0, 1, false, "ai.count");
        if (count > 0
                && Math.abs(assignment.stream().mapToDouble(Double::doubleValue).sum() - 1) > 1e-6) {
            throw a.error(
                    "assignment",
                    "market shares sum to "
                            + round(assignment.stream()
                                    .mapToDouble(Double::doubleValue)
                                    .sum()) + ", not 1");
        }
        Regime regime = a.choice("regime", Regime.MUTUAL, Regime.class);
        Regime preset = regime;

        MapView ds = a.child("designers");
        int dsize = ds.integer("size", 20, 1, Integer.MAX_VALUE);
        DesignerSelection selection = ds.choice("selection", preset.selection, DesignerSelection.class);
        List<String> groupNames = pop.groups().stream().map(GroupSpec::name).toList();
        String dgroup = ds.string("group", groupNames.isEmpty() ? "" : groupNames.get(0));
        if (!groupNames.contains(dgroup)) {
            throw ds.error(
                    "group",
                    "no group named '" + dgroup + "'" + MapView.suggest(dgroup, groupNames) + "; groups are "
                            + String.join(", ", groupNames));
        }
        double critics = ds.number("critics_share", preset.criticsShare, 0, 1);
        ds.finish();
        if (count > 0 && dsize > pop.size()) {
            throw a.child("designers").error("size", "more designers (" + dsize + ") than people (" + pop.size() + ")");
        }
        DesignerSpec designers = new DesignerSpec(dsize, selection, dgroup, critics);

        AggregationRule aggregator = a.choice("aggregator", preset.aggregator, AggregationRule.class);
        MapView j = a.child("judge");
        List<Double> bias = j.vector("bias", zeros(d), d, -2, 2, false, "the number of values.dimensions");
        double noise = j.number("noise", 0.05, 0, 10);
        List<String> defMeasured = preset.measureAll ? dims : dims.subList(0, (d + 1) / 2);
        List<String> measured = j.strings("measured_dimensions", defMeasured);
        for (int i = 0; i < measured.size(); i++) {
            if (!dims.contains(measured.get(i))) {
                YamlNode list = j.raw("measured_dimensions");
                SourcePosition at =
                        list instanceof YamlNode.ListNode l ? l.items().get(i).position() : j.position();
                throw ScenarioException.at(
                        at,
                        j.keyPath("measured_dimensions[" + i + "]"),
                        "no dimension named '"
                                + measured.get(i) + "'" + MapView.suggest(measured.get(i), dims) + "; dimensions are "
                                + String.join(", ", dims));
            }
        }
        Unmeasured unmeasured = j.choice("unmeasured", Unmeasured.FREE, Unmeasured.class);
        j.finish();
        JudgeSpec judge = new JudgeSpec(bias, noise, measured, unmeasured);

        FeedbackSource feedback = a.choice("feedback", preset.feedback, FeedbackSource.class);
        ListeningPolicy listeningPolicy = a.choice("listening_policy", preset.listeningPolicy, ListeningPolicy.class);
        double targetPull = a.number("target_pull", preset.targetPull, 0, 1e3);
        List<Double> listening = a.vector("listening", repeat(preset.listening, count), count, 0, 1, true, "ai.count");
        List<Double> gain = a.vector("gain", repeat(1.0, count), count, 0, 100, true, "ai.count");
        List<Double> pers = a.vector("persuasiveness", repeat(1.0, count), count, 0, 100, true, "ai.count");
        double lr = a.number("learning_rate", 0.05, 0, 1);
        double confidence = a.number("confidence", 2.0, 0, 1e6);
        List<Double> refusal = a.vector("refusal_threshold", repeat(1.0, count), count, 0, 1, true, "ai.count");
        double guardrail = a.number("guardrail", 1.0, 0, 1);
        double trustTarget = a.number("trust_target", 0.6, 0, 1);
        double extremity = a.number("extremity_bonus", 0.0, 0, 100);
        MapView s = a.child("satisfaction");
        SatisfactionSpec sat = new SatisfactionSpec(
                s.number("sigma", 0.5, 1e-6, 100), s.number("delta", 0.5, 0, 100), s.number("trust_rate", 0.1, 0, 1));
        s.finish();
        a.finish();
        return new AiSpec(
                count,
                assignment,
                regime,
                designers,
                aggregator,
                judge,
                feedback,
                listeningPolicy,
                targetPull,
                listening,
                gain,
                pers,
                lr,
                confidence,
                refusal,
                guardrail,
                trustTarget,
                extremity,
                sat);
    }

    private static GenerationSpec generations(MapView g) {
        GenerationSpec spec = new GenerationSpec(
                g.integer("length", 100, 1, Integer.MAX_VALUE),
                g.number("turnover", 0.0, 0, 1),
                g.number("mutation", 0.05, 0, 10));
        g.finish();
        return spec;
    }

    private static MetricsSpec metrics(MapView m) {
        if (m.has("cluster_sample")) {
            throw m.error(
                    "cluster_sample",
                    "metrics.cluster_sample is gone: clusters are now counted exactly on the"
                            + " whole population, so no sample size is needed; remove the key");
        }
        MetricsSpec spec = new MetricsSpec(
                m.integer("every", 10, 1, Integer.MAX_VALUE),
                m.number("cluster_radius", 0.05, 0, 100),
                m.number("cluster_min_share", 0.01, 0, 1),
                m.bool("clusters", true),
                m.bool("baseline", true));
        m.finish();
        return spec;
    }

    private static OutputSpec output(MapView o) {
        PeopleOutput people = o.choice("people", PeopleOutput.NONE, PeopleOutput.class);
        List<String> charts = o.strings("charts", CHART_FORMATS);
        for (int i = 0; i < charts.size(); i++) {
            if (!CHART_FORMATS.contains(charts.get(i))) {
                throw ScenarioException.at(
                        o.where("charts"),
                        o.keyPath("charts[" + i + "]"),
                        "unknown chart format '" + charts.get(i) + "'" + MapView.suggest(charts.get(i), CHART_FORMATS)
                                + "; expected png, svg, pdf");
            }
        }
        o.finish();
        return new OutputSpec(people, charts);
    }

    private static SweepSpec sweep(MapView s) {
        SweepDesign design = s.choice("design", SweepDesign.GRID, SweepDesign.class);
        int samples = s.integer("samples", 16, 1, 10_000_000);
        MapView params = s.child("parameters");
        List<SweepParameter> list = new ArrayList<>();
        for (String path : params.keys()) {
            YamlNode v = params.raw(path);
            SourcePosition at = v.position();
            TreeOps.parsePath(path, at);
            refuseBatchKey(path, params.where(path), params.keyPath(path), "sweep point");
            if (v instanceof YamlNode.ListNode l) {
                if (l.items().isEmpty()) {
                    throw ScenarioException.at(at, params.keyPath(path), "empty list of values");
                }
                List<String> texts = new ArrayList<>();
                for (YamlNode item : l.items()) {
                    texts.add(YamlText.write(item));
                }
                list.add(new SweepParameter(path, texts, null, null, null, false));
            } else if (v instanceof YamlNode.MapNode) {
                MapView r = params.child(path);
                if (!r.has("min") && !r.has("max") && !r.keys().isEmpty()) {
                    // e.g. --set sweep.parameters.ai.gain.min=0.5 for a key the file does not sweep yet
                    throw ScenarioException.at(
                            at,
                            params.keyPath(path),
                            "a range needs both min and max; a swept key"
                                    + " is one dotted path (ai.gain: {min: 0.5, max: 2.0}), not mappings nested under '"
                                    + path + "'");
                }
                if (!r.has("min") || !r.has("max")) {
                    throw ScenarioException.at(at, params.keyPath(path), "a range needs both min and max");
                }
                double lo = r.number("min", 0, -1e12, 1e12);
                double hi = r.number("max", 0, -1e12, 1e12);
                if (hi < lo) {
                    throw r.error("max", "max " + hi + " is below min " + lo);
                }
                Integer steps = r.has("steps") ? r.integer("steps", 2, 1, 1_000_000) : null;
                r.finish();
                list.add(new SweepParameter(
                        path, null, lo, hi, steps, false)); // whole: set once the key's type is known
            } else {
                throw ScenarioException.at(
                        at, params.keyPath(path), "expected a list of values or {min, max, steps}, found " + v.kind());
            }
        }
        s.finish();
        return new SweepSpec(design, samples, list);
    }

    /**
     * Refuses a sweep parameter or policy override of a key that belongs to the whole batch: each
     * such override used to be accepted, printed in the report and results as if it had applied,
     * and ignored (a swept seed even gave the summary two columns named seed).
     */
    private static void refuseBatchKey(String path, SourcePosition at, String keyPath, String one) {
        boolean sweep = one.equals("sweep point");
        String whole = sweep ? "sweep" : "comparison";
        String top = path.split("[.\\[]", 2)[0];
        String why = switch (top) {
            case "seed" ->
                (sweep
                                ? "each run's seed derives from the scenario's seed, the point and the replicate"
                                : "every policy runs on the same seeds (common random numbers),"
                                        + " derived from the scenario's seed")
                        + ": set seed once for the whole " + whole + ", or add replications";
            case "replications" -> "the number of runs per " + one + " is set once for the whole " + whole;
            case "extends" -> "the base scenario is read with the file: write extends at the top of a scenario file";
            case "name", "output", "sweep", "compare" -> top + " belongs to the whole " + whole + ", not to one " + one;
            default -> null;
        };
        if (why != null) {
            throw ScenarioException.at(at, keyPath, "cannot vary per " + one + ": " + why);
        }
    }

    /**
     * A policy's overrides as dotted paths to values: {@code ai: {listening: 0.9}} is
     * {@code ai.listening: 0.9}, as in a file that extends another (it used to replace the whole
     * {@code ai} block, so every other key of it fell back to its default). A trait distribution
     * (a mapping with {@code dist}) and an empty mapping stay whole values.
     */
    private static void leaves(String path, YamlNode v, Map<String, YamlNode> out) {
        if (v instanceof YamlNode.MapNode m
                && !m.entries().isEmpty()
                && !m.entries().containsKey("dist")) {
            for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
                leaves(path + "." + e.getKey(), e.getValue(), out);
            }
        } else {
            out.put(path, v);
        }
    }

    /** Result files hold one row per line, and group and policy names are cells of those rows. */
    private static final String LINE_BREAK = "a name cannot hold a line break (it is a cell of the result files' rows)";

    private static boolean hasLineBreak(String name) {
        return name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0;
    }

    private static List<PolicySpec> compare(MapView c) {
        List<PolicySpec> out = new ArrayList<>();
        for (String name : c.keys()) {
            if (hasLineBreak(name)) {
                throw ScenarioException.at(c.where(name), c.keyPath(name), LINE_BREAK);
            }
            MapView p = c.child(name);
            Map<String, String> overrides = new LinkedHashMap<>();
            for (String key : p.keys()) {
                Map<String, YamlNode> leaves = new LinkedHashMap<>();
                leaves(key, p.raw(key), leaves);
                for (Map.Entry<String, YamlNode> e : leaves.entrySet()) {
                    String path = e.getKey();
                    YamlNode v = e.getValue();
                    TreeOps.parsePath(path, v.position());
                    refuseBatchKey(path, v.position(), c.keyPath(name) + "." + path, "policy");
                    overrides.put(path, YamlText.write(v));
                }
            }
            out.add(new PolicySpec(name, overrides));
        }
        c.finish();
        return out;
    }

    private static String resolve(SourcePosition where, String file) {
        Path p = Path.of(file);
        if (!p.isAbsolute() && where.line() > 0) {
            Path parent = Path.of(where.source()).getParent();
            if (parent != null) {
                p = parent.resolve(p);
            }
        }
        return p.normalize().toString();
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
            out.add(round(sum[k] / n));
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
        return round(Math.sqrt(ss / Math.max(1, n * d)));
    }

    private static double round(double x) {
        return Math.round(x * 1e6) / 1e6;
    }

    static List<Double> zeros(int d) {
        return repeat(0.0, d);
    }

    static List<Double> repeat(double x, int n) {
        List<Double> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(x);
        }
        return out;
    }
}
