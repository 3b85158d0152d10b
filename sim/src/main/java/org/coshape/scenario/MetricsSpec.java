package org.coshape.scenario;

/**
 * When metrics are recorded and how clusters are counted. {@code clusterSample} bounds the
 * single-linkage clustering cost: above it, clusters are counted on a fixed random sample.
 * {@code baseline} also runs the matched no-AI counterfactual for {@code induced_drift}.
 */
public record MetricsSpec(int every, double clusterRadius, double clusterMinShare, int clusterSample,
        boolean baseline) {
}
