package org.coshape.scenario;

/** The opinion-dynamics rule people apply to their neighbours each tick. */
public record SocialSpec(SocialRule rule, double rate, double confidence) {}
