package org.coshape.scenario;

/** The experimental design of a sweep ({@code sweep.design}). */
public enum SweepDesign implements Named {
    GRID,
    RANDOM,
    LHS,
    SOBOL,
    MORRIS
}
