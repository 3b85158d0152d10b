package org.coshape.scenario;

/**
 * How people choose among the assistants ({@code ai.choice}). Under {@code logit}, each tick a
 * share {@code rate} of people reconsider: assistant j is worth the mean satisfaction (or welfare,
 * {@code on}) its answers gave the person's group on the last tick, the assistant they use now
 * gains {@code inertia}, and not using any is worth {@code outside}; they pick j with probability
 * proportional to {@code exp(beta x worth)}. Independently of the rule, a person asks with
 * probability {@code usage x trust^usage_exponent}: exponent 0 keeps usage a fixed trait.
 */
public record ChoiceSpec(
        ChoiceRule rule,
        ChoiceBasis on,
        double rate,
        double beta,
        double inertia,
        double outside,
        double usageExponent) {

    /** Whether people may switch assistant or leave. */
    public boolean switches() {
        return rule == ChoiceRule.LOGIT;
    }

    /** Whether usage follows trust. */
    public boolean usageFollowsTrust() {
        return usageExponent > 0;
    }

    /** Whether anything about choice differs from fixed assignment and fixed usage. */
    public boolean any() {
        return switches() || usageFollowsTrust();
    }
}
