package org.coshape.scenario;

import java.util.Map;

/** A named policy of a comparison: overrides (dotted path to scenario text) on the base scenario. */
public record PolicySpec(String name, Map<String, String> overrides) {
    public PolicySpec {
        overrides = Map.copyOf(overrides);
    }
}
