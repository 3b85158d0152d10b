package org.coshape.scenario;

/**
 * The five alignment regimes as defaults for the parts of the AI update ({@code ai.regime}). A
 * regime is nothing but these defaults: any part written in a scenario overrides its preset value,
 * so new regimes need a scenario, not code.
 */
public enum Regime implements Named {
    /** Narrow designers, judged target trained on, users never heard, little listening. */
    CONFIGURATION(
            DesignerSelection.NARROW,
            0.0,
            AggregationRule.MEAN,
            false,
            1.0,
            FeedbackSource.NONE,
            ListeningPolicy.FIXED,
            0.1),
    /** The engagement gradient instead of a target (Goodhart). */
    ENGAGEMENT(
            DesignerSelection.NARROW,
            0.0,
            AggregationRule.MEAN,
            false,
            0.0,
            FeedbackSource.ENGAGEMENT,
            ListeningPolicy.FIXED,
            0.3),
    /** Learning from users' direct feedback; listening follows their trust. */
    MUTUAL(
            DesignerSelection.NARROW,
            0.0,
            AggregationRule.MEAN,
            false,
            0.0,
            FeedbackSource.DIRECT,
            ListeningPolicy.ADAPTIVE,
            0.3),
    /** Representative guardrails; each user sets their own listening. */
    PLURALISTIC(
            DesignerSelection.REPRESENTATIVE,
            0.0,
            AggregationRule.MEAN,
            false,
            1.0,
            FeedbackSource.NONE,
            ListeningPolicy.PERSONAL,
            0.3),
    /** Representative designers with critics in the room, best for the worst-off group, every dimension judged. */
    NEGOTIATED(
            DesignerSelection.REPRESENTATIVE,
            0.5,
            AggregationRule.MAXMIN,
            true,
            1.0,
            FeedbackSource.NONE,
            ListeningPolicy.FIXED,
            0.3);

    /** Designer selection rule. */
    public final DesignerSelection selection;
    /** Share of designer seats reserved for the group farthest from the mean. */
    public final double criticsShare;
    /** How designers' values become one target. */
    public final AggregationRule aggregator;
    /** Whether the judge measures every dimension (else the first half). */
    public final boolean measureAll;
    /** Weight of the judged target in the AI update (0: targets are not trained on). */
    public final double targetPull;

    public final FeedbackSource feedback;
    public final ListeningPolicy listeningPolicy;
    /** Default listening level. */
    public final double listening;

    Regime(
            DesignerSelection selection,
            double criticsShare,
            AggregationRule aggregator,
            boolean measureAll,
            double targetPull,
            FeedbackSource feedback,
            ListeningPolicy listeningPolicy,
            double listening) {
        this.selection = selection;
        this.criticsShare = criticsShare;
        this.aggregator = aggregator;
        this.measureAll = measureAll;
        this.targetPull = targetPull;
        this.feedback = feedback;
        this.listeningPolicy = listeningPolicy;
        this.listening = listening;
    }
}
