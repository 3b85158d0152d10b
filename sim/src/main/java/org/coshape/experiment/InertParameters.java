package org.coshape.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.inference.TTest;
import org.coshape.io.CsvCells;
import org.coshape.results.Numbers;
import org.coshape.scenario.ListeningPolicy;
import org.coshape.scenario.NetworkType;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.SocialRule;
import org.coshape.scenario.SweepDesign;

/**
 * Swept keys that cannot change a result. Before a sweep runs: a key no part of the model reads
 * under the scenario of any point (the social rate under Hegselmann-Krause, anchoring without
 * Friedkin-Johnsen, every assistant key without assistants, ...) or that the regime turns into a
 * mere starting value (listening under adaptive listening). After a grid sweep: a key whose
 * values, all else equal, gave the same final metrics everywhere. Each is a warning, not an
 * error: a sweep may mean to show that a key does nothing.
 */
public final class InertParameters {
    private InertParameters() {}

    /** Warnings for the swept keys the model does not read (or reads only as a start) at any point. */
    public static List<String> beforeRunning(SweepPlan plan) {
        List<String> out = new ArrayList<>();
        for (String key : plan.parameters()) {
            String why = null;
            for (DesignPoint pt : plan.points()) {
                String w = unread(key, scenarioOf(plan, pt));
                if (w == null) {
                    why = null;
                    break;
                }
                why = w;
            }
            if (why != null) {
                out.add("sweep.parameters." + key + ": at every point, " + why);
            }
        }
        return out;
    }

    private static Scenario scenarioOf(SweepPlan plan, DesignPoint pt) {
        for (var r : plan.runs()) {
            if (r.point() == pt.index()) {
                return r.scenario();
            }
        }
        return plan.base();
    }

    /** Why the model does not read {@code key} under {@code s} (or reads it only as a start), or null. */
    static String unread(String key, Scenario s) {
        String k = key.replaceAll("\\[(\\d+|\\*)]", "[]");
        SocialRule rule = s.social().rule();
        if (k.startsWith("ai.") && !k.equals("ai.count") && s.ai().count() == 0) {
            return "there are no assistants (ai.count 0), so nothing reads it";
        }
        if (k.equals("ai.listening") && s.ai().defaults().listeningPolicy() == ListeningPolicy.ADAPTIVE) {
            return "adaptive listening moves it toward ai.trust_target: it only sets where listening starts"
                    + " (sweep it with listening_policy fixed, or sweep ai.trust_target)";
        }
        if (k.equals("ai.listening") && s.ai().defaults().listeningPolicy() == ListeningPolicy.PERSONAL) {
            return "each user sets their own listening (listening_policy personal), so nothing reads it";
        }
        if (k.equals("ai.trust_target") && s.ai().defaults().listeningPolicy() != ListeningPolicy.ADAPTIVE) {
            return "only adaptive listening reads it, and the listening policy is not adaptive";
        }
        if (k.equals("social.rate") && (rule == SocialRule.NONE || rule == SocialRule.HEGSELMANN_KRAUSE)) {
            return "the social rule " + rule.key() + " has no rate, so nothing reads it";
        }
        if (k.equals("social.confidence") && rule != SocialRule.HEGSELMANN_KRAUSE && rule != SocialRule.DEFFUANT) {
            return "only bounded-confidence rules read it, and the rule is " + rule.key();
        }
        if (k.equals("population.groups[].anchoring") && rule != SocialRule.FRIEDKIN_JOHNSEN) {
            return "only friedkin_johnsen anchors, and the rule is " + rule.key();
        }
        if (k.startsWith("network.") && rule == SocialRule.NONE) {
            return "the social rule is none, so the network is not used";
        }
        if (k.equals("network.rewire") && s.network().type() != NetworkType.WATTS_STROGATZ) {
            return "only watts_strogatz rewires, and the network is not one";
        }
        if (k.equals("network.homophily") && s.network().type() != NetworkType.SBM) {
            return "only sbm has homophily, and the network is not one";
        }
        if (k.equals("network.degree") && !s.network().type().hasMeanDegree()) {
            return "a " + s.network().type().key() + " network has no mean degree to set";
        }
        if (k.equals("generations.mutation") && s.generations().turnover() == 0) {
            return "nobody is replaced (generations.turnover 0), so no mutation happens";
        }
        return null;
    }

    /**
     * After a grid sweep with replications: the swept keys for which no pair of values, with every
     * other swept key held at the same values, gave whole-population final metrics that differ
     * beyond chance (Welch t-tests over the replicates, Bonferroni-corrected over every comparison
     * made for the key). Points run on different seeds, so identical results cannot be asked for.
     */
    public static List<String> afterRunning(SweepPlan plan, List<String> summary) {
        if (plan.base().sweep().design() != SweepDesign.GRID || plan.base().replications() < 2) {
            return List.of();
        }
        String[] header = CsvCells.of(summary.get(0));
        int run = indexOf(header, "run_id");
        int group = indexOf(header, "group");
        int first = indexOf(header, "alignment_gap");
        int last = header[header.length - 1].equals("ticks_to_steady") ? header.length - 1 : header.length;
        // point -> metric column -> the replicates' final values (whole population)
        Map<Integer, Map<Integer, List<Double>>> byPoint = new LinkedHashMap<>();
        for (String line : summary.subList(1, summary.size())) {
            String[] c = CsvCells.of(line);
            if (c.length != header.length || !c[group].equals("all")) {
                continue;
            }
            int point = Integer.parseInt(c[run].substring(1, c[run].indexOf('-')));
            for (int m = first; m < last; m++) {
                double x = Numbers.parse(c[m]);
                if (!Double.isNaN(x)) {
                    byPoint.computeIfAbsent(point, q -> new LinkedHashMap<>())
                            .computeIfAbsent(m, q -> new ArrayList<>())
                            .add(x);
                }
            }
        }
        TTest t = new TTest();
        List<String> out = new ArrayList<>();
        for (String key : plan.parameters()) {
            Map<String, List<Integer>> siblings = new LinkedHashMap<>();
            for (DesignPoint pt : plan.points()) {
                Map<String, String> others = new LinkedHashMap<>(pt.values());
                others.remove(key);
                siblings.computeIfAbsent(others.toString(), x -> new ArrayList<>())
                        .add(pt.index());
            }
            List<Double> pValues = new ArrayList<>();
            for (List<Integer> points : siblings.values()) {
                for (int i = 0; i < points.size(); i++) {
                    for (int j = i + 1; j < points.size(); j++) {
                        Map<Integer, List<Double>> a = byPoint.getOrDefault(points.get(i), Map.of());
                        Map<Integer, List<Double>> b = byPoint.getOrDefault(points.get(j), Map.of());
                        for (int m = first; m < last; m++) {
                            double[] x = values(a.get(m));
                            double[] y = values(b.get(m));
                            if (x.length < 2 || y.length < 2) {
                                continue;
                            }
                            boolean constant = variance(x) == 0 && variance(y) == 0;
                            pValues.add(constant ? (x[0] == y[0] ? 1.0 : 0.0) : t.tTest(x, y));
                        }
                    }
                }
            }
            if (pValues.isEmpty()) {
                continue;
            }
            double alpha = 0.05 / pValues.size();
            if (pValues.stream().noneMatch(p -> p < alpha)) {
                out.add("sweep.parameters." + key + ": no value changed any whole-population final metric beyond"
                        + " chance, all else equal (" + pValues.size() + " Welch t-tests over the replications,"
                        + " Bonferroni 5%); the model did not respond to it in this sweep");
            }
        }
        return out;
    }

    private static double[] values(List<Double> l) {
        return l == null
                ? new double[0]
                : l.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double variance(double[] x) {
        double m = 0;
        for (double v : x) {
            m += v;
        }
        m /= x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return ss;
    }

    private static int indexOf(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + name);
    }
}
