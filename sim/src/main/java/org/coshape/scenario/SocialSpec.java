package org.coshape.scenario;

/**
 * The opinion-dynamics rule people apply to their neighbours each tick; for Deffuant also how
 * meetings are drawn and the distance beyond which a met pair repels ({@link #NO_REPULSION}: never).
 */
public record SocialSpec(SocialRule rule, double rate, double confidence, Matching matching, double repulsion) {
    /** The largest RMS distance between values in [-1, 1]^d: a repulsion threshold here never acts. */
    public static final double NO_REPULSION = 2.0;

    public boolean repels() {
        return repulsion < NO_REPULSION;
    }
}
