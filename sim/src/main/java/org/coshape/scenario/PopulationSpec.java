package org.coshape.scenario;

import java.util.List;

/** Who lives in the simulated society: a size and groups, or a CSV file of people. */
public record PopulationSpec(int size, String file, List<GroupSpec> groups) {
    public PopulationSpec {
        groups = List.copyOf(groups);
    }
}
