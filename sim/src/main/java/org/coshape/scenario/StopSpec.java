package org.coshape.scenario;

/**
 * When a run ends before its last tick: with {@code steady}, once everything has moved less than
 * {@code tolerance} (RMS per dimension) in each of {@code window} consecutive ticks.
 */
public record StopSpec(boolean steady, double tolerance, int window) {}
