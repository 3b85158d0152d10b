package org.coshape.scenario;

import java.util.List;

/**
 * One swept key: either explicit {@code values} (scenario text, applied like {@code --set}) or a
 * numeric range {@code [min, max]} that designs sample ({@code steps} points for a grid). A range
 * of a key that holds whole numbers (ai.count, population.size, ...) yields whole numbers
 * ({@code integer}), whatever the bounds look like.
 */
public record SweepParameter(String path, List<String> values, Double min, Double max, Integer steps, boolean integer) {
    public SweepParameter {
        values = values == null ? null : List.copyOf(values);
    }

    public boolean isRange() {
        return values == null;
    }
}
