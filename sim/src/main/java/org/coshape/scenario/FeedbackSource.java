package org.coshape.scenario;

/**
 * What an assistant learns from its users ({@code ai.feedback}): nothing, the engagement
 * gradient, or the direct difference between their values and its own.
 */
public enum FeedbackSource implements Named {
    NONE,
    ENGAGEMENT,
    DIRECT;

    /** Whether users' feedback coins are tossed at all. */
    public boolean readsUsers() {
        return this != NONE;
    }
}
