package org.coshape.scenario;

/** The social network's generator, or an edge-list file ({@code network.type}). */
public enum NetworkType implements Named {
    NONE,
    COMPLETE,
    ERDOS_RENYI,
    WATTS_STROGATZ,
    BARABASI_ALBERT,
    SBM,
    FILE;

    /** Whether {@code network.degree} sets the network's mean degree. */
    public boolean hasMeanDegree() {
        return this != NONE && this != COMPLETE && this != FILE;
    }
}
