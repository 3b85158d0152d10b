package org.coshape.scenario;

/** The opinion-dynamics rule people apply to their neighbours each tick. */
public record SocialSpec(String rule, double rate, double confidence) {
}
