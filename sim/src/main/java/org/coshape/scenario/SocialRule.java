package org.coshape.scenario;

/**
 * The opinion-dynamics rule people apply to their neighbours each tick ({@code social.rule}); the
 * model's social phase gives each its update.
 */
public enum SocialRule implements Named {
    NONE,
    DEGROOT,
    FRIEDKIN_JOHNSEN,
    HEGSELMANN_KRAUSE,
    DEFFUANT;

    /** Whether the rule averages over neighbours (and so reads every neighbour's record each tick). */
    public boolean averages() {
        return this == DEGROOT || this == FRIEDKIN_JOHNSEN || this == HEGSELMANN_KRAUSE;
    }
}
