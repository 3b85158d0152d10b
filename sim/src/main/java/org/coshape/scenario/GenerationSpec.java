package org.coshape.scenario;

/** The recursive loop: every {@code length} ticks people are replaced and designers redrawn. */
public record GenerationSpec(int length, double turnover, double mutation) {}
