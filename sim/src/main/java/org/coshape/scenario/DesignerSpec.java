package org.coshape.scenario;

/**
 * Who designs the AI each generation: {@code size} people chosen by {@code selection}
 * ({@code narrow} from {@code group}, {@code random}, {@code representative}, {@code engaged}),
 * with {@code criticsShare} of the seats reserved for the group farthest from the population mean.
 */
public record DesignerSpec(int size, DesignerSelection selection, String group, double criticsShare) {}
