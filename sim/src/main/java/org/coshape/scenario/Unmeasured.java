package org.coshape.scenario;

/**
 * What the judge does on a dimension it cannot measure ({@code ai.judge.unmeasured}): no target
 * there, the scale's midpoint, or the designers' aggregate unjudged.
 */
public enum Unmeasured implements Named {
    FREE,
    ZERO,
    DESIGNERS
}
