package org.coshape.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One point of an experimental design: a value (scenario text) for each swept path, in the order
 * the sweep lists them. {@code block} and {@code role} place Saltelli points in their matrices
 * (role "A", "B", or the index of the parameter taken from B); other designs leave them empty.
 */
public record DesignPoint(int index, Map<String, String> values, int block, String role) {
    public DesignPoint {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
