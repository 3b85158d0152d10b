package org.coshape.scenario;

/** Shape of the satisfaction/welfare kernel and how fast trust follows satisfaction. */
public record SatisfactionSpec(double sigma, double delta, double trustRate) {}
