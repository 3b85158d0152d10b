package org.coshape.scenario;

/**
 * When metrics are recorded and how clusters are counted ({@code clusterRadius} RMS per
 * dimension; {@code clusters} false leaves the two cluster metrics empty, for populations where
 * their exact count costs too much). {@code baseline} steps the matched no-AI twin in lockstep
 * with the run, which the attribution metrics compare against.
 */
public record MetricsSpec(
        int every, double clusterRadius, double clusterMinShare, boolean clusters, boolean baseline) {}
