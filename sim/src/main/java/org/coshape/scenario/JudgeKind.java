package org.coshape.scenario;

/**
 * What the judge is ({@code ai.judge.kind}): a {@code fixed} affine map of the designers' aggregate,
 * recomputed each generation, or a {@code learned} model fitted online, tick by tick, to the
 * designers' ratings and, with {@code self_training}, partly to the assistant's own outputs.
 */
public enum JudgeKind implements Named {
    FIXED,
    LEARNED
}
