package org.coshape.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds {@code ai}: the market's size and shares, the regime parts of {@code ai} (the regime preset
 * fills what the file leaves out), the per-assistant numbers, and, with {@code ai.assistants}, each
 * assistant's own parts. An entry inherits the parts written under {@code ai} and overrides any of
 * them; its regime's preset fills the rest, so {@code {regime: engagement}} is an engagement
 * optimiser whatever the others are.
 */
final class AiBinder {
    /** The keys of {@code ai} an assistant's entry inherits: its regime parts. */
    private static final List<String> PART_KEYS =
            List.of("regime", "designers", "aggregator", "judge", "feedback", "listening_policy", "target_pull");

    private AiBinder() {}

    static AiSpec ai(MapView a, int d, List<String> dims, PopulationSpec pop) {
        YamlNode entries = a.raw("assistants");
        int listed = entries instanceof YamlNode.ListNode l ? l.items().size() : -1;
        int count = listed >= 0 && !a.has("count") ? listed : a.integer(Parameter.AI_COUNT);
        if (listed >= 0 && listed != count) {
            throw a.error("assistants", listed + " assistant(s) listed but ai.count is " + count);
        }
        List<Double> defAssign = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            defAssign.add(1.0 / count);
        }
        List<Double> assignment = a.vector(Parameter.AI_ASSIGNMENT, defAssign, count, false, "ai.count");
        if (count > 0
                && Math.abs(assignment.stream().mapToDouble(Double::doubleValue).sum() - 1) > 1e-6) {
            throw a.error(
                    "assignment",
                    "market shares sum to "
                            + ScenarioBinder.round(assignment.stream()
                                    .mapToDouble(Double::doubleValue)
                                    .sum()) + ", not 1");
        }
        AssistantParts global = parts(a, d, dims, pop, count, null);
        Regime preset = global.regime();
        List<Double> listening = a.vector(
                Parameter.AI_LISTENING, ScenarioBinder.repeat(preset.listening, count), count, true, "ai.count");
        boolean listeningWritten = a.has("listening");
        List<Double> gain = perAssistant(a, Parameter.AI_GAIN, count);
        List<Double> pers = perAssistant(a, Parameter.AI_PERSUASIVENESS, count);
        double lr = a.number(Parameter.AI_LEARNING_RATE);
        double confidence = a.number(Parameter.AI_CONFIDENCE);
        List<Double> refusal = perAssistant(a, Parameter.AI_REFUSAL, count);
        List<Double> refusalLearning = perAssistant(a, Parameter.AI_REFUSAL_LEARNING, count);
        List<Double> disclosure = perAssistant(a, Parameter.AI_DISCLOSURE, count);
        double guardrail = a.number(Parameter.AI_GUARDRAIL);
        double trustTarget = a.number(Parameter.AI_TRUST_TARGET);
        double extremity = a.number(Parameter.AI_EXTREMITY);
        double repulsion = a.number(Parameter.AI_REPULSION);
        PlanningSpec planning = new PlanningSpec(a.integer(Parameter.AI_HORIZON), a.number(Parameter.AI_SHIFT_PENALTY));
        MapView e = a.child("exposure");
        List<Double> gamma = perAssistant(e, Parameter.AI_EXPOSURE_GAMMA, count);
        e.finish();
        MapView s = a.child("satisfaction");
        SatisfactionSpec sat = new SatisfactionSpec(
                s.number(Parameter.SAT_SIGMA), s.number(Parameter.SAT_DELTA), s.number(Parameter.SAT_TRUST_RATE));
        s.finish();
        ChoiceSpec choice = choice(a.child("choice"));
        MapView dv = a.child("deliberation");
        DeliberationSpec deliberation = new DeliberationSpec(
                dv.integer(Parameter.DELIBERATION_ROUNDS),
                dv.number(Parameter.DELIBERATION_CONFIDENCE),
                dv.number(Parameter.DELIBERATION_RATE));
        dv.finish();
        List<AssistantParts> assistants = new ArrayList<>();
        Map<Integer, YamlNode> byIndex = entries(a, entries, count);
        if (byIndex != null) {
            listening = new ArrayList<>(listening);
            gain = new ArrayList<>(gain);
            pers = new ArrayList<>(pers);
            refusal = new ArrayList<>(refusal);
            disclosure = new ArrayList<>(disclosure);
            refusalLearning = new ArrayList<>(refusalLearning);
            gamma = new ArrayList<>(gamma);
            YamlNode inherited = inherited(a);
            Map<String, Integer> names = new HashMap<>();
            for (int j = 0; j < count; j++) {
                YamlNode own = byIndex.get(j);
                YamlNode merged = own == null ? inherited : TreeOps.merge(inherited, own);
                MapView ev = new MapView(merged, "ai.assistants[" + j + "]", a.where("assistants"), "ai");
                AssistantParts pj = parts(ev, d, dims, pop, count, names);
                double listenDefault = listeningWritten ? listening.get(j) : pj.regime().listening;
                listening.set(j, ev.number(Parameter.AI_LISTENING, listenDefault));
                gain.set(j, ev.number(Parameter.AI_GAIN, gain.get(j)));
                pers.set(j, ev.number(Parameter.AI_PERSUASIVENESS, pers.get(j)));
                refusal.set(j, ev.number(Parameter.AI_REFUSAL, refusal.get(j)));
                disclosure.set(j, ev.number(Parameter.AI_DISCLOSURE, disclosure.get(j)));
                refusalLearning.set(j, ev.number(Parameter.AI_REFUSAL_LEARNING, refusalLearning.get(j)));
                MapView ej = ev.child("exposure");
                gamma.set(j, ej.number(Parameter.AI_EXPOSURE_GAMMA, gamma.get(j)));
                ej.finish();
                ev.finish();
                assistants.add(pj.name() != null ? pj : pj.named(pj.regime().key() + "-" + j));
            }
        }
        a.finish();
        return new AiSpec(
                count,
                assignment,
                assistants,
                global,
                listening,
                gain,
                pers,
                lr,
                confidence,
                refusal,
                refusalLearning,
                disclosure,
                guardrail,
                trustTarget,
                extremity,
                sat,
                new ExposureSpec(gamma),
                repulsion,
                planning,
                choice,
                deliberation);
    }

    /**
     * {@code ai.assistants} as entries by index: a list of one entry per assistant, or a mapping from
     * an assistant's index to its overrides (the others keep the parts of {@code ai}); null when absent.
     */
    private static Map<Integer, YamlNode> entries(MapView a, YamlNode node, int count) {
        if (node == null || MapView.isNull(node)) {
            return null;
        }
        Map<Integer, YamlNode> out = new LinkedHashMap<>();
        if (node instanceof YamlNode.ListNode list) {
            for (int j = 0; j < list.items().size(); j++) {
                out.put(j, list.items().get(j));
            }
            return out;
        }
        if (!(node instanceof YamlNode.MapNode map)) {
            throw a.error(
                    "assistants",
                    "expected a list with one entry per assistant, or a mapping from an assistant's index (0 to "
                            + (count - 1) + ") to its keys; found " + node.kind());
        }
        for (Map.Entry<String, YamlNode> en : map.entries().entrySet()) {
            int j;
            try {
                j = Integer.parseInt(en.getKey());
            } catch (NumberFormatException ex) {
                j = -1;
            }
            if (j < 0 || j >= count) {
                throw ScenarioException.at(
                        map.keyPosition(en.getKey()),
                        "ai.assistants." + en.getKey(),
                        "'" + YamlText.brief(en.getKey()) + "' is not an assistant's index: expected 0 to "
                                + (count - 1));
            }
            out.put(j, en.getValue());
        }
        return out;
    }

    /** The regime parts written under {@code ai}, which every entry inherits. */
    private static YamlNode inherited(MapView a) {
        Map<String, YamlNode> e = new LinkedHashMap<>();
        Map<String, SourcePosition> k = new LinkedHashMap<>();
        for (String key : PART_KEYS) {
            YamlNode v = a.raw(key);
            if (v != null && !MapView.isNull(v)) {
                e.put(key, v);
                k.put(key, a.where(key));
            }
        }
        return new YamlNode.MapNode(a.position(), e, k);
    }

    /**
     * The regime parts of one mapping ({@code ai}, or an assistant's entry with {@code names} of
     * the entries so far, whose {@code name} it reads).
     */
    private static AssistantParts parts(
            MapView a, int d, List<String> dims, PopulationSpec pop, int count, Map<String, Integer> names) {
        String name = null;
        if (names != null && a.has("name")) {
            name = a.string("name", null);
            Integer twice = names.put(name, names.size());
            if (twice != null) {
                throw a.error("name", "assistant " + twice + " is already named '" + YamlText.brief(name) + "'");
            }
        }
        Regime preset = a.choice(Parameter.AI_REGIME, Regime.class);
        MapView ds = a.child("designers");
        int dsize = ds.integer(Parameter.DESIGNERS_SIZE);
        DesignerSelection selection =
                ds.choice(Parameter.DESIGNERS_SELECTION, preset.selection, DesignerSelection.class);
        List<String> groupNames = pop.groups().stream().map(GroupSpec::name).toList();
        String dgroup = ds.string(Parameter.DESIGNERS_GROUP, groupNames.isEmpty() ? "" : groupNames.get(0));
        if (!groupNames.contains(dgroup)) {
            throw ds.error(
                    "group",
                    "no group named '" + dgroup + "'" + MapView.suggest(dgroup, groupNames) + "; groups are "
                            + String.join(", ", groupNames));
        }
        double critics = ds.number(Parameter.DESIGNERS_CRITICS, preset.criticsShare);
        ds.finish();
        if (count > 0 && dsize > pop.size()) {
            throw a.child("designers").error("size", "more designers (" + dsize + ") than people (" + pop.size() + ")");
        }
        AggregationRule aggregator = a.choice(Parameter.AI_AGGREGATOR, preset.aggregator, AggregationRule.class);
        MapView j = a.child("judge");
        List<Double> bias =
                j.vector(Parameter.JUDGE_BIAS, ScenarioBinder.zeros(d), d, false, "the number of values.dimensions");
        double noise = j.number(Parameter.JUDGE_NOISE);
        List<String> defMeasured = preset.measureAll ? dims : dims.subList(0, (d + 1) / 2);
        List<String> measured = j.strings(Parameter.JUDGE_MEASURED, defMeasured);
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
        Unmeasured unmeasured = j.choice(Parameter.JUDGE_UNMEASURED, Unmeasured.class);
        JudgeKind kind = j.choice(Parameter.JUDGE_KIND, JudgeKind.class);
        double judgeRate = j.number(Parameter.JUDGE_LEARNING_RATE);
        double selfTraining = j.number(Parameter.JUDGE_SELF_TRAINING);
        j.finish();
        return new AssistantParts(
                name,
                preset,
                new DesignerSpec(dsize, selection, dgroup, critics),
                aggregator,
                new JudgeSpec(bias, noise, measured, unmeasured, kind, judgeRate, selfTraining),
                a.choice(Parameter.AI_FEEDBACK, preset.feedback, FeedbackSource.class),
                a.choice(Parameter.AI_LISTENING_POLICY, preset.listeningPolicy, ListeningPolicy.class),
                a.number(Parameter.AI_TARGET_PULL, preset.targetPull));
    }

    private static ChoiceSpec choice(MapView c) {
        ChoiceSpec spec = new ChoiceSpec(
                c.choice(Parameter.CHOICE_RULE, ChoiceRule.class),
                c.choice(Parameter.CHOICE_ON, ChoiceBasis.class),
                c.number(Parameter.CHOICE_RATE),
                c.number(Parameter.CHOICE_BETA),
                c.number(Parameter.CHOICE_INERTIA),
                c.number(Parameter.CHOICE_OUTSIDE),
                c.number(Parameter.CHOICE_USAGE_EXPONENT));
        c.finish();
        return spec;
    }

    private static List<Double> perAssistant(MapView a, Parameter p, int count) {
        return a.vector(p, ScenarioBinder.repeat(p.number(), count), count, true, "ai.count");
    }
}
