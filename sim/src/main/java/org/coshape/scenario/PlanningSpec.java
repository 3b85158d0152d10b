package org.coshape.scenario;

/**
 * How an engagement-optimising assistant plans ({@code ai.horizon}, {@code ai.shift_penalty}):
 * myopic at horizon 0; at horizon H it values an answer by the engagement it will earn once its
 * user has taken H more answers like it; a shift penalty lambda charges it lambda x the distance
 * its answer moves the user from their natural (no-AI twin) values (Carroll et al. 2022).
 */
public record PlanningSpec(int horizon, double shiftPenalty) {
    /** Whether the assistant does more than follow the myopic engagement gradient. */
    public boolean plans() {
        return horizon > 0 || shiftPenalty > 0;
    }
}
