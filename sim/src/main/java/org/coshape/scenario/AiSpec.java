package org.coshape.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * The competing AI assistants and the alignment regime that trains them. The regime preset only
 * supplies defaults for its parts (designers, aggregator, judge, feedback, listening policy,
 * target pull); every part written in the scenario wins over the preset. Per-AI parameters are
 * lists of length {@code count} (a single number in the file applies to every AI). With
 * {@code ai.assistants} each assistant has its own parts ({@link #parts}); without it, every
 * assistant has the parts written here.
 */
public record AiSpec(
        int count,
        List<Double> assignment,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AssistantParts> assistants,
        Regime regime,
        DesignerSpec designers,
        AggregationRule aggregator,
        JudgeSpec judge,
        FeedbackSource feedback,
        ListeningPolicy listeningPolicy,
        double targetPull,
        List<Double> listening,
        List<Double> gain,
        List<Double> persuasiveness,
        double learningRate,
        double confidence,
        List<Double> refusalThreshold,
        List<Double> refusalLearning,
        List<Double> disclosure,
        double guardrail,
        double trustTarget,
        double extremityBonus,
        SatisfactionSpec satisfaction,
        ExposureSpec exposure,
        double repulsion,
        @JsonUnwrapped PlanningSpec planning,
        ChoiceSpec choice,
        DeliberationSpec deliberation) {

    /** Whether answers farther than {@code repulsion} push people away (2.0, the largest distance: never). */
    public boolean repels() {
        return repulsion < SocialSpec.NO_REPULSION;
    }

    public AiSpec {
        assignment = List.copyOf(assignment);
        assistants = List.copyOf(assistants);
        listening = List.copyOf(listening);
        gain = List.copyOf(gain);
        persuasiveness = List.copyOf(persuasiveness);
        refusalThreshold = List.copyOf(refusalThreshold);
        disclosure = List.copyOf(disclosure);
        refusalLearning = List.copyOf(refusalLearning);
    }

    /** Assistant j's regime parts: its entry in {@code ai.assistants}, or those of {@code ai}. */
    public AssistantParts parts(int j) {
        return assistants.isEmpty()
                ? new AssistantParts(
                        regime.key() + "-" + j,
                        regime,
                        designers,
                        aggregator,
                        judge,
                        feedback,
                        listeningPolicy,
                        targetPull)
                : assistants.get(j);
    }
}
