package org.coshape.scenario;

/** How the designers' values become one target ({@code ai.aggregator}). */
public enum AggregationRule implements Named {
    MEAN,
    MEDIAN,
    MAXMIN,
    NASH
}
