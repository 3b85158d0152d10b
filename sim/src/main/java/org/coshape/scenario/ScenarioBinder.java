package org.coshape.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a merged scenario tree into a checked, immutable {@link Scenario}. Every key is read
 * through its {@link Parameter} entry (default, range); the regime preset fills the AI parts the
 * file leaves out.
 * Every rejection is one {@link ScenarioException} naming file, line, column and key path.
 */
final class ScenarioBinder {
    static final List<String> DEFAULT_DIMENSIONS = Parameter.VALUES_DIMENSIONS.defaultNames();
    static final List<String> CHART_FORMATS = Parameter.OUTPUT_CHARTS.defaultNames();
    /** The largest population a scenario may ask for; memory is checked separately before a run. */
    static final int MAX_PEOPLE = 200_000_000;

    private ScenarioBinder() {}

    /** The longest study name: results/<name> and its files stay well inside the usual 255-byte limit. */
    static final int MAX_NAME = 100;

    static Scenario bind(YamlNode root, String sourceFile) {
        MapView top = new MapView(root, "", root.position());
        top.raw("extends"); // consumed by the loader
        if (!top.has("name")) {
            throw ScenarioException.at(
                    top.position(), "name", "required key is missing (results go to results/<name>/)");
        }
        String name = top.string(Parameter.NAME, null);
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw top.error(
                    "name",
                    "'" + YamlText.brief(name) + "' is not usable as a folder name (letters, digits, '.', '_', '-')");
        }
        if (name.length() > MAX_NAME) {
            throw top.error(
                    "name",
                    "'" + YamlText.brief(name) + "' is longer than " + MAX_NAME + " characters; it"
                            + " names the results folder, and file systems refuse long names");
        }
        String description = top.string(Parameter.DESCRIPTION, "");
        long seed = top.longValue(top.key(Parameter.SEED), (long) Parameter.SEED.number());
        int ticks = top.integer(Parameter.TICKS);
        int replications = top.integer(Parameter.REPLICATIONS);
        StopSpec stop = stop(top.child("stop"));

        MapView values = top.child("values");
        List<String> dims = values.strings(Parameter.VALUES_DIMENSIONS, DEFAULT_DIMENSIONS);
        if (dims.isEmpty()) {
            throw values.error("dimensions", "at least one value dimension is needed");
        }
        if (dims.stream().distinct().count() != dims.size()) {
            throw values.error("dimensions", "dimension names must be distinct: " + dims);
        }
        DimensionNames.check(values, dims);
        MapView en = values.child("endorsement");
        EndorsementSpec endorsement =
                new EndorsementSpec(en.number(Parameter.ENDORSEMENT_RATE), en.number(Parameter.ENDORSEMENT_LATITUDE));
        en.finish();
        values.finish();
        int d = dims.size();

        PopulationSpec population = PopulationBinder.population(top.child("population"), d, dims);
        NetworkSpec network = network(top.child("network"), population.size());
        SocialSpec social = social(top.child("social"));
        AiSpec ai = AiBinder.ai(top.child("ai"), d, dims, population);
        GenerationSpec generations = generations(top.child("generations"));
        MetricsSpec metrics = metrics(top.child("metrics"));
        OutputSpec output = output(top.child("output"));
        SweepSpec sweep = BatchBinder.sweep(top.child("sweep"));
        List<PolicySpec> compare = BatchBinder.compare(top.child("compare"));
        UncertaintySpec uncertainties = BatchBinder.uncertainties(top.child("uncertainties"));
        ChartsSpec charts = PresentationBinder.charts(top.child("charts"));
        ReportSpec report = PresentationBinder.report(top.child("report"));
        top.finish();
        CombinedParts.check(top, stop, social, ai, metrics);
        Scenario s = new Scenario(
                name,
                description,
                sourceFile,
                seed,
                ticks,
                replications,
                stop,
                new Scenario.ValuesSpec(dims, endorsement),
                population,
                network,
                social,
                ai,
                generations,
                metrics,
                output,
                sweep,
                compare,
                uncertainties,
                charts,
                report);
        boolean ranges = s.sweep().parameters().stream().anyMatch(SweepParameter::isRange)
                || s.uncertainties().parameters().stream().anyMatch(SweepParameter::isRange);
        return ranges ? withWholeRanges(s) : s;
    }

    /**
     * A swept range gives whole numbers exactly when its key holds whole numbers (ai.count,
     * population.size, ticks, ...), read from the resolved scenario. It used to depend on how the
     * bounds were written, so {@code ai.listening: {min: 0, max: 1}} swept only 0 and 1, and a
     * manifest, which prints bounds as 0.0 and 1.0, rebuilt other points than the sweep ran.
     */
    private static Scenario withWholeRanges(Scenario s) {
        Map<String, Object> flat = ScenarioPrinter.flat(s);
        List<SweepParameter> params = wholeRanges(s.sweep().parameters(), flat);
        List<SweepParameter> uncertain = wholeRanges(s.uncertainties().parameters(), flat);
        return s.withBatch(
                new SweepSpec(
                        s.sweep().design(),
                        s.sweep().samples(),
                        params,
                        s.sweep().secondOrder(),
                        s.sweep().levels()),
                s.compare(),
                new UncertaintySpec(s.uncertainties().samples(), uncertain));
    }

    private static List<SweepParameter> wholeRanges(List<SweepParameter> list, Map<String, Object> flat) {
        List<SweepParameter> out = new ArrayList<>();
        for (SweepParameter p : list) {
            out.add(
                    p.isRange()
                            ? new SweepParameter(
                                    p.path(),
                                    null,
                                    p.min(),
                                    p.max(),
                                    p.steps(),
                                    holdsWholeNumbers(flat.get(p.path().replace("[*]", "[0]"))))
                            : p);
        }
        return out;
    }

    private static boolean holdsWholeNumbers(Object v) {
        if (v instanceof List<?> l) {
            return !l.isEmpty() && l.stream().allMatch(e -> e instanceof Integer || e instanceof Long);
        }
        return v instanceof Integer || v instanceof Long;
    }

    private static NetworkSpec network(MapView n, int size) {
        NetworkType type = n.choice(Parameter.NETWORK_TYPE, NetworkType.class);
        double degree = n.number(Parameter.NETWORK_DEGREE);
        double rewire = n.number(Parameter.NETWORK_REWIRE);
        double homophily = n.number(Parameter.NETWORK_HOMOPHILY);
        String file = n.has(n.key(Parameter.NETWORK_FILE))
                ? ScenarioPaths.resolve(n.where("file"), n.keyPath("file"), n.string(Parameter.NETWORK_FILE, null))
                : null;
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
                s.choice(Parameter.SOCIAL_RULE, SocialRule.class),
                s.number(Parameter.SOCIAL_RATE),
                s.number(Parameter.SOCIAL_CONFIDENCE),
                s.choice(Parameter.SOCIAL_MATCHING, Matching.class),
                s.number(Parameter.SOCIAL_REPULSION));
        s.finish();
        return spec;
    }

    private static GenerationSpec generations(MapView g) {
        GenerationSpec spec = new GenerationSpec(
                g.integer(Parameter.GENERATIONS_LENGTH),
                g.number(Parameter.GENERATIONS_TURNOVER),
                g.number(Parameter.GENERATIONS_MUTATION));
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
                m.integer(Parameter.METRICS_EVERY),
                m.number(Parameter.METRICS_CLUSTER_RADIUS),
                m.number(Parameter.METRICS_CLUSTER_MIN_SHARE),
                m.bool(Parameter.METRICS_CLUSTERS),
                m.bool(Parameter.METRICS_BASELINE));
        m.finish();
        return spec;
    }

    private static OutputSpec output(MapView o) {
        PeopleOutput people = o.choice(Parameter.OUTPUT_PEOPLE, PeopleOutput.class);
        boolean network = o.bool(Parameter.OUTPUT_NETWORK);
        boolean compress = o.bool(Parameter.OUTPUT_COMPRESS);
        List<String> charts = o.strings(Parameter.OUTPUT_CHARTS, CHART_FORMATS);
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
        return new OutputSpec(people, network, compress, charts);
    }

    /** {@code stop.steady}: present (even empty) means runs end once steady. */
    private static StopSpec stop(MapView st) {
        boolean steady = st.has("steady");
        MapView s = st.child("steady");
        StopSpec spec = new StopSpec(
                steady,
                s.number(Parameter.STOP_TOLERANCE),
                s.integer(Parameter.STOP_WINDOW),
                st.bool(Parameter.STOP_ABSORBED));
        s.finish();
        st.finish();
        return spec;
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
