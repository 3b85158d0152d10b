package org.coshape.metrics;

/**
 * The metrics of MODEL.md, in output order. Their names are the results contract: notebooks and
 * papers read columns by these names.
 */
public enum Metric {
    ALIGNMENT_GAP,
    OWN_VALUE_GAP,
    VALUE_DRIFT,
    DIVERSITY,
    HOMOGENIZATION,
    POLARIZATION,
    CLUSTERS,
    TRUST,
    SATISFACTION,
    WELFARE,
    ENGAGEMENT,
    MANUFACTURED_SATISFACTION,
    WELFARE_GINI,
    WORST_GROUP_WELFARE,
    DESIGNER_DOMINANCE,
    PROXY_GAP,
    CONFORMITY_SHARE,
    REFUSAL_RATE,
    UNMET_NEED,
    OUTPUT_PLURALISM,
    INDUCED_DRIFT;

    /** The contract name, e.g. {@code alignment_gap}. */
    public String key() {
        return name().toLowerCase();
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
}
