package org.coshape.scenario;

import java.util.List;

/**
 * A culture or constituency: its share of the population, where its members' own values sit, and
 * how their traits are drawn. {@code feedback} is the chance that a member's interaction is fed
 * back to the AI: who gets heard. {@code need} is how much a member needs an answer (refusing them
 * harms them by it); {@code answerHarm} is how much answering a risky topic harms a member (by
 * this times the topic's risk).
 */
public record GroupSpec(
        String name,
        double share,
        ValueDistribution distribution,
        List<Double> mean,
        double spread,
        TraitSpec susceptibility,
        TraitSpec anchoring,
        TraitSpec usage,
        TraitSpec stance,
        TraitSpec trust,
        TraitSpec feedback,
        TraitSpec need,
        double answerHarm) {

    public GroupSpec {
        mean = List.copyOf(mean);
    }
}
