package org.coshape.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds the keys of a whole batch: {@code sweep} (design, samples, parameters by dotted path) and
 * {@code compare} (named policies of overrides), refusing keys that cannot vary per point or
 * policy. Part of {@link ScenarioBinder}.
 */
final class BatchBinder {
    private BatchBinder() {}

    static SweepSpec sweep(MapView s) {
        SweepDesign design = s.choice(Parameter.SWEEP_DESIGN, SweepDesign.class);
        int samples = s.integer(Parameter.SWEEP_SAMPLES);
        boolean secondOrder = s.bool(Parameter.SWEEP_SECOND_ORDER);
        int levels = s.integer(Parameter.SWEEP_LEVELS);
        if (levels % 2 != 0) {
            throw s.error("levels", "a Morris design needs an even number of levels (Morris 1991), found " + levels);
        }
        List<SweepParameter> list = parameters(s.child(s.key(Parameter.SWEEP_PARAMETERS)), "sweep point");
        s.finish();
        return new SweepSpec(design, samples, list, secondOrder, levels);
    }

    /**
     * {@code uncertainties}: the keys a comparison's verdicts must survive, read like a sweep's
     * parameters and sampled by a Latin hypercube.
     */
    static UncertaintySpec uncertainties(MapView u) {
        int samples = u.integer(Parameter.UNCERTAINTIES_SAMPLES);
        List<SweepParameter> list =
                parameters(u.child(u.key(Parameter.UNCERTAINTIES_PARAMETERS)), "uncertain scenario");
        u.finish();
        return new UncertaintySpec(samples, list);
    }

    private static List<SweepParameter> parameters(MapView params, String one) {
        List<SweepParameter> list = new ArrayList<>();
        for (String path : params.keys()) {
            YamlNode v = params.raw(path);
            SourcePosition at = v.position();
            TreeOps.parsePath(path.replace("[*]", "[0]"), at);
            refuseBatchKey(path, params.where(path), params.keyPath(path), one);
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
        return list;
    }

    /**
     * Refuses a sweep parameter or policy override of a key that belongs to the whole batch: each
     * such override used to be accepted, printed in the report and results as if it had applied,
     * and ignored (a swept seed even gave the summary two columns named seed).
     */
    private static void refuseBatchKey(String path, SourcePosition at, String keyPath, String one) {
        boolean sweep = one.equals("sweep point");
        String whole = sweep ? "sweep" : "comparison";
        if (path.split("[.\\[]", 2)[0].equals("uncertainties")) {
            throw ScenarioException.at(
                    at, keyPath, "cannot vary per " + one + ": uncertainties belong to the whole " + whole);
        }
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
            case "name", "output", "sweep", "compare", "charts", "report" ->
                top + " belongs to the whole " + whole + ", not to one " + one;
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
    static final String LINE_BREAK = "a name cannot hold a line break (it is a cell of the result files' rows)";

    static boolean hasLineBreak(String name) {
        return name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0;
    }

    static List<PolicySpec> compare(MapView c) {
        List<PolicySpec> out = new ArrayList<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : c.keys()) {
            if (hasLineBreak(name)) {
                throw ScenarioException.at(c.where(name), c.keyPath(name), LINE_BREAK);
            }
            String other = files.putIfAbsent(PolicySpec.fileName(name), name);
            if (other != null) {
                throw ScenarioException.at(
                        c.where(name),
                        c.keyPath(name),
                        "policies '" + other + "' and '" + name + "' would write the same chart files ("
                                + PolicySpec.fileName(name) + "); name them apart in letters, digits, '.', '_' or '-'");
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
}
