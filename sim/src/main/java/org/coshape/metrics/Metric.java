package org.coshape.metrics;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The metrics, in output order, each with its definition: a function of one {@link Row}. This is
 * the one place to read what a metric means (sim/ODD.md, section 7, points here). Their names are
 * the results contract: notebooks and papers read columns by these names. Distances are RMS per
 * dimension, {@code |x| / sqrt(d)}. A metric that is undefined (no answers in the window, no
 * twin, no target) is NaN here and an empty cell in every table.
 */
public enum Metric {
    /** RMS |o - v| over the window's answers: how far answers are from what people now think. */
    ALIGNMENT_GAP(r -> perAnswer(r, Math.sqrt(r.gap2 / (r.answered * r.d)))),
    /** RMS |o - own| over the window's answers: how far answers are from what people endorse. */
    OWN_VALUE_GAP(r -> perAnswer(r, Math.sqrt(r.ownGap2 / (r.answered * r.d)))),
    /** RMS |v - own| over people. */
    VALUE_DRIFT(r -> perPerson(r, Math.sqrt(r.drift2 / (r.people * r.d)))),
    /** RMS |v - origin| over people, origin the founding own values of the person's lineage. */
    LINEAGE_DRIFT(r -> perPerson(r, Math.sqrt(r.lineage2 / (r.people * r.d)))),
    /** Mean per-dimension variance of v. */
    DIVERSITY(r -> perPerson(r, Metric.diversity(r))),
    /** 1 - diversity / diversity at tick 0. */
    HOMOGENIZATION(r -> r.diversityAtStart > 0 ? 1 - diversity(r) / r.diversityAtStart : Double.NaN),
    /** Mean pairwise RMS distance between people's current values. */
    POLARIZATION(r -> r.meanPairwiseDistance),
    /** Sarle's bimodality coefficient of v projected on its first principal axis (above 5/9: bimodal). */
    BIMODALITY(r -> Stats.bimodality(r.people, r.axis2, r.axis3, r.axis4)),
    /** Single-linkage clusters of v within the cluster radius holding at least the minimum share of people. */
    CLUSTERS(r -> r.people > 0 && r.clusterSizes != null
            ? Clusters.countAtLeast(r.clusterSizes, r.clusterMinShare)
            : Double.NaN),
    /** Participation ratio (sum s)^2 / sum s^2 over all single-linkage clusters. */
    EFFECTIVE_CLUSTERS(r -> r.clusterSizes != null ? Clusters.effective(r.clusterSizes) : Double.NaN),
    /** Mean trust. */
    TRUST(r -> perPerson(r, r.trust / r.people)),
    /** Mean satisfaction of the window's answers (against current values: what a proxy sees). */
    SATISFACTION(r -> perAnswer(r, r.satisfaction / r.answered)),
    /** Mean welfare of the window's answers (against own values: what people endorse). */
    WELFARE(r -> perAnswer(r, r.welfare / r.answered)),
    /** Mean engagement of the window's answers. */
    ENGAGEMENT(r -> perAnswer(r, r.engagement / r.answered)),
    /** Satisfaction minus welfare: what a proxy sees minus what people endorse, whatever moved v. */
    SATISFACTION_GAP(r -> perAnswer(r, (r.satisfaction - r.welfare) / r.answered)),
    /** Gini coefficient of the answered people's mean welfare over the window. */
    WELFARE_GINI(r -> Stats.giniOfSorted(r.sortedWelfare, r.welfareCount)),
    /** The lowest group welfare (for a group: its welfare). */
    WORST_GROUP_WELFARE(Metric::worstGroupWelfare),
    /** User-weighted mean over assistants of RMS |judged target - mean own|, on the judged dimensions. */
    PROXY_GAP(Metric::proxyGap),
    /** Refusals per ask in the window. */
    REFUSAL_RATE(r -> r.asks > 0 ? r.refusals / r.asks : Double.NaN),
    /** Share of the window's askers who were never answered. */
    UNMET_NEED(r -> r.askers > 0 ? r.unmet / r.askers : Double.NaN),
    /** Frechet distance (RMS) between Gaussian fits of the window's outputs and of people's own values. */
    OUTPUT_PLURALISM(r -> Math.sqrt(frechet(r, 0) + frechet(r, 1))),
    /** Its mean term: RMS distance between the outputs' mean and the own values' mean. */
    OUTPUT_PLURALISM_MEAN(r -> Math.sqrt(frechet(r, 0))),
    /** Its spread term: the (RMS) covariance part of the Frechet distance. */
    OUTPUT_PLURALISM_SPREAD(r -> Math.sqrt(frechet(r, 1))),
    /** Mean RMS length of people's movement by the AI influence term over the window. */
    MOVEMENT_AI(r -> movement(r, r.movementAi)),
    /** Mean RMS length of people's movement by the social rule (anchoring included) over the window. */
    MOVEMENT_SOCIAL(r -> movement(r, r.movementSocial)),
    /** Mean RMS length of people's movement by replacement at generation boundaries over the window. */
    MOVEMENT_TURNOVER(r -> movement(r, r.movementTurnover)),
    /** RMS |v - v0| over people, v0 the same person in the no-AI twin: how far the AI moved people. */
    INDUCED_DRIFT(r -> r.twin ? perPerson(r, Math.sqrt(r.induced2 / (r.people * r.d))) : Double.NaN),
    /** Mean over answers of sat(o, v) - sat(o, v0): satisfaction earned by having reshaped the person. */
    MANUFACTURED_SATISFACTION(
            r -> r.twin ? perAnswer(r, (r.satisfaction - r.satisfactionTwin) / r.answered) : Double.NaN),
    /** Share of the gap between people and assistants closed in the window that people's moving closed. */
    CONFORMITY_SHARE(Metric::conformityShare),
    /** Mean of RMS |v0 - t1| - RMS |v - t1|: how much closer to the first designers' target the AI brought people. */
    DESIGNER_DOMINANCE(r -> r.twin && r.dominanceCount > 0 ? r.dominance / r.dominanceCount : Double.NaN),
    /** Assistant changes (switching, leaving, coming back) per person per tick over the window. */
    CHURN(r -> r.assistantUsers.length > 0 && r.windowTicks > 0 && r.people > 0
            ? r.changes / (r.people * r.windowTicks)
            : Double.NaN),
    /** Share of people who use no assistant. */
    NON_USERS(r -> r.assistantUsers.length > 0 && r.people > 0 ? 1 - Market.users(r) / r.people : Double.NaN),
    /** User-weighted RMS spread of the assistants' promoted values around their user-weighted mean. */
    ASSISTANT_DIVERSITY(Market::assistantDiversity),
    /** Share of users' value variance between assistants (eta squared): how well values predict the assistant. */
    SORTING(Market::sorting),
    /** Correlation across the window's answered people of their trust and their mean welfare over the window. */
    TRUST_CALIBRATION(r -> Stats.correlation(r.calibration)),
    /** Harm of refusals per ask in the window: a refused ask harms the asker by their need. */
    REFUSAL_HARM(r -> r.asks > 0 ? r.refusalHarm / r.asks : Double.NaN),
    /** Harm of answers per ask in the window: an answered ask harms by the group's answer_harm x the topic's risk. */
    ANSWER_HARM(r -> r.asks > 0 ? r.answerHarm / r.asks : Double.NaN),
    /**
     * RMS |own - origin| over people: change people have made their own (endorsed, or inherited as a
     * newcomer's own values); {@code value_drift} is the change they have not.
     */
    ENDORSED_DRIFT(r -> perPerson(r, Math.sqrt(r.endorsed2 / (r.people * r.d)))),
    /**
     * User-weighted mean over assistants of RMS |judged target - clamped designers' aggregate|, on
     * the dimensions the judge sets: how far the proxy has moved from the people it stands for.
     */
    JUDGE_DRIFT(Metric::judgeDrift);

    @SuppressWarnings("ImmutableEnumChecker") // a stateless function of its argument
    private final ToDoubleFunction<Row> definition;

    Metric(ToDoubleFunction<Row> definition) {
        this.definition = definition;
    }

    /** This metric's value for a row. */
    public double of(Row row) {
        return definition.applyAsDouble(row);
    }

    /** The contract name, e.g. {@code alignment_gap}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static final int COUNT = values().length;

    /** The metric with contract name {@code key}, or null when there is none. */
    public static Metric byKey(String key) {
        for (Metric m : values()) {
            if (m.key().equals(key)) {
                return m;
            }
        }
        return null;
    }

    /** Whether the metric compares the run with its no-AI twin (empty without it). */
    public boolean needsTwin() {
        return this == INDUCED_DRIFT
                || this == MANUFACTURED_SATISFACTION
                || this == CONFORMITY_SHARE
                || this == DESIGNER_DOMINANCE;
    }

    private static double perAnswer(Row r, double value) {
        return r.answered > 0 ? value : Double.NaN;
    }

    private static double perPerson(Row r, double value) {
        return r.people > 0 ? value : Double.NaN;
    }

    private static double diversity(Row r) {
        double div = 0;
        for (int k = 0; k < r.d; k++) {
            div += r.covV[k][k];
        }
        return div / r.d;
    }

    private static double movement(Row r, double sum) {
        return r.windowed && r.people > 0 ? sum / r.people : Double.NaN;
    }

    /** A Frechet term per dimension, NaN without answers. */
    private static double frechet(Row r, int term) {
        double[] t = r.frechetTerms();
        return t == null ? Double.NaN : t[term] / r.d;
    }

    private static double worstGroupWelfare(Row r) {
        if (r.groups == null) {
            return WELFARE.of(r);
        }
        double worst = Double.NaN;
        for (Row g : r.groups) {
            double w = WELFARE.of(g);
            if (!Double.isNaN(w) && (Double.isNaN(worst) || w < worst)) {
                worst = w;
            }
        }
        return worst;
    }

    private static double proxyGap(Row r) {
        return targetGap(r, (j, k) -> r.meanOwn[k]);
    }

    private static double judgeDrift(Row r) {
        return targetGap(r, (j, k) -> Math.max(-1, Math.min(1, r.designerAggregates[j * r.d + k])));
    }

    /**
     * User-weighted mean over assistants of the RMS distance between each assistant's judged target
     * and {@code reference(j, k)}, on the dimensions where the judge sets a target.
     */
    private static double targetGap(Row r, IntIntToDouble reference) {
        int m = r.assistantUsers.length;
        double total = 0;
        double users = 0;
        for (int j = 0; j < m; j++) {
            double u = r.assistantUsers[j];
            double dist = 0;
            int judged = 0;
            for (int k = 0; k < r.d; k++) {
                double t = r.targets[j * r.d + k];
                if (!Double.isNaN(t)) {
                    double x = t - reference.at(j, k);
                    dist += x * x;
                    judged++;
                }
            }
            if (u > 0 && judged > 0) {
                total += u * Math.sqrt(dist / judged);
                users += u;
            }
        }
        return users > 0 ? total / users : Double.NaN;
    }

    /** A value per assistant and dimension. */
    @FunctionalInterface
    private interface IntIntToDouble {
        double at(int j, int k);
    }

    /** H / (H + A): 0 when people were not moved, 1 when assistants did not move, empty when nothing closed. */
    private static double conformityShare(Row r) {
        double closed = r.closedByPeople + r.closedByAi;
        return r.twin && closed > 0 ? r.closedByPeople / closed : Double.NaN;
    }
}
