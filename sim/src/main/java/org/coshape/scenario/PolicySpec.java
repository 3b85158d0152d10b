package org.coshape.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named policy of a comparison: overrides (dotted path to scenario text) on the base scenario,
 * in the order the file writes them, which is the order they apply in (a later one wins where two
 * touch the same key; an unordered map applied them in an order that changed from run to run).
 */
public record PolicySpec(String name, Map<String, String> overrides) {
    public PolicySpec {
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }

    /** A policy's name as chart file names carry it (charts/compare_diff_<name>.png). */
    public static String fileName(String policy) {
        return policy.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
