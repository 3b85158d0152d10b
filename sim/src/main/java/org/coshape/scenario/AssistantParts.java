package org.coshape.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The regime parts one assistant is trained by: who designs it, how their values are aggregated
 * and judged, what it learns from its users, how it listens and how strongly it is pulled to its
 * judged target. Without {@code ai.assistants} every assistant has the parts of {@code ai} (which
 * have no name); with
 * it each entry may set its own, and a market can hold, say, a configured, an engagement-optimising
 * and a mutual assistant side by side.
 */
public record AssistantParts(
        @JsonInclude(JsonInclude.Include.NON_NULL) String name,
        Regime regime,
        DesignerSpec designers,
        AggregationRule aggregator,
        JudgeSpec judge,
        FeedbackSource feedback,
        ListeningPolicy listeningPolicy,
        double targetPull) {

    /** These parts under another name. */
    public AssistantParts named(String other) {
        return new AssistantParts(other, regime, designers, aggregator, judge, feedback, listeningPolicy, targetPull);
    }

    /** Whether these parts draw the same designer panel and aggregate it the same way as {@code o}. */
    public boolean samePanel(AssistantParts o) {
        return designers.equals(o.designers) && aggregator == o.aggregator;
    }
}
