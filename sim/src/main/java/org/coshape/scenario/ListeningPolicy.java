package org.coshape.scenario;

/**
 * How much an assistant adapts its output to each user ({@code ai.listening_policy}): a fixed
 * level, a level that follows its users' trust, or each user's own setting.
 */
public enum ListeningPolicy implements Named {
    FIXED,
    ADAPTIVE,
    PERSONAL
}
