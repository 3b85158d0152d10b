package org.coshape.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
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

        PopulationSpec population = PopulationBinder.population(top.child("population"), d, dims);
        NetworkSpec network = network(top.child("network"), population.size());
        SocialSpec social = social(top.child("social"));
        AiSpec ai = ai(top.child("ai"), d, dims, population);
        GenerationSpec generations = generations(top.child("generations"));
        MetricsSpec metrics = metrics(top.child("metrics"));
        OutputSpec output = output(top.child("output"));
        SweepSpec sweep = BatchBinder.sweep(top.child("sweep"));
        List<PolicySpec> compare = BatchBinder.compare(top.child("compare"));
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

    static String resolve(SourcePosition where, String file) {
        Path p = Path.of(file);
        if (!p.isAbsolute() && where.line() > 0) {
            Path parent = Path.of(where.source()).getParent();
            if (parent != null) {
                p = parent.resolve(p);
            }
        }
        return p.normalize().toString();
    }

    static double round(double x) {
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
