package org.coshape.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * The competing AI assistants and the alignment regime that trains them. The regime preset only
 * supplies defaults for its parts (designers, aggregator, judge, feedback, listening policy,
 * target pull); every part written in the scenario wins over the preset. Per-AI parameters are
 * lists of length {@code count} (a single number in the file applies to every AI). The parts
 * written under {@code ai} are {@link #defaults}; with {@code ai.assistants} each assistant has its
 * own ({@link #parts}), inheriting those.
 */
public record AiSpec(
        int count,
        List<Double> assignment,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AssistantParts> assistants,
        @JsonUnwrapped AssistantParts defaults,
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

    /**
     * Assistant j's regime parts: its entry in {@code ai.assistants}, or the parts written under
     * {@code ai} ({@link #defaults}, which have no name).
     */
    public AssistantParts parts(int j) {
        return assistants.isEmpty() ? defaults : assistants.get(j);
    }
}
