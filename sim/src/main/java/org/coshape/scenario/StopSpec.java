package org.coshape.scenario;

/**
 * When a run ends before its last tick: with {@code steady}, once everything has moved less than
 * {@code tolerance} (RMS per dimension) in each of {@code window} consecutive ticks; with
 * {@code absorbed}, once no meeting of a bounded-confidence rule can change anyone.
 */
public record StopSpec(boolean steady, double tolerance, int window, boolean absorbed) {
    /**
     * Pairs closer than this (RMS per dimension) count as agreeing when absorption is judged:
     * averaging approaches agreement without reaching it in floating point at every rate.
     */
    public static final double AGREEMENT = 1e-5;
}
