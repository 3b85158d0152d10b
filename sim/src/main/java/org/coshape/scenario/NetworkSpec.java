package org.coshape.scenario;

/** The social network among humans: a generator and its parameters, or an edge-list file. */
public record NetworkSpec(NetworkType type, double degree, double rewire, double homophily, String file) {}
