package org.coshape.scenario;

import java.util.List;

/** Optional outputs: the per-person table and the chart formats. */
public record OutputSpec(PeopleOutput people, List<String> charts) {
    public OutputSpec {
        charts = List.copyOf(charts);
    }
}
