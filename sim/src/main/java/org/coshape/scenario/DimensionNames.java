package org.coshape.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * What a value dimension may be called: its name becomes a column of people.csv and of
 * population.file (and {@code own_<name>} another), so it must be a plain word that meets no
 * other column.
 */
final class DimensionNames {
    private DimensionNames() {}

    /** Columns named after the dimensions (people.csv, population.file) must not meet other columns. */
    static void check(MapView values, List<String> dims) {
        List<String> reserved = new ArrayList<>(List.of("run_id", "tick", "person", "group"));
        reserved.addAll(PeopleCsv.TRAIT_COLUMNS);
        for (String d : dims) {
            if (d.isBlank()) {
                throw values.error("dimensions", "a dimension needs a name (it becomes a column)");
            }
            if (!d.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
                throw values.error(
                        "dimensions",
                        "'" + YamlText.brief(d) + "': a dimension's name becomes a CSV"
                                + " column: start with a letter, then letters, digits, '_', '.' or '-'");
            }
            if (reserved.contains(d)) {
                throw values.error(
                        "dimensions",
                        "'" + d + "' is already a column of people.csv or population.file" + " ("
                                + String.join(", ", reserved) + "); name the dimension otherwise");
            }
            if (d.startsWith("own_") && dims.contains(d.substring(4))) {
                throw values.error(
                        "dimensions",
                        "'" + d + "' would be the own-values column of dimension '" + d.substring(4)
                                + "' in people.csv; name it otherwise");
            }
        }
    }
}
