package org.coshape.scenario;

import java.util.List;

/**
 * Optional outputs: the per-person table, the network, whether both are gzip-compressed, and
 * the chart formats.
 */
public record OutputSpec(PeopleOutput people, boolean network, boolean compress, List<String> charts) {
    public OutputSpec {
        charts = List.copyOf(charts);
    }

    /** The default outputs: no per-person table, no network, uncompressed, every chart format. */
    public static OutputSpec defaults() {
        return new OutputSpec(
                Named.byKey(PeopleOutput.class, Parameter.OUTPUT_PEOPLE.defaultYaml()),
                false,
                false,
                Parameter.OUTPUT_CHARTS.defaultNames());
    }

    /** A per-person file's name: {@code stem}.csv, or .csv.gz when compressed. */
    public String fileName(String stem) {
        return stem + (compress ? ".csv.gz" : ".csv");
    }
}
