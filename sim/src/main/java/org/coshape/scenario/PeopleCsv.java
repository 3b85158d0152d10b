package org.coshape.scenario;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coshape.io.CsvCells;
import org.coshape.io.IoProblems;

/**
 * A population given as a CSV of people: {@code person,group,<one column per dimension>} and
 * optionally {@code susceptibility,anchoring,usage,stance,trust}. Read and checked row by row; a
 * bad cell is one message with file, line and column name.
 */
public record PeopleCsv(
        String file, String[] ids, int[] group, List<String> groupNames, float[] values, Map<String, float[]> traits) {

    public static final List<String> TRAIT_COLUMNS = List.of("susceptibility", "anchoring", "usage", "stance", "trust");

    public int size() {
        return ids.length;
    }

    /** Index of each person id, for edge lists that name people. */
    public Map<String, Integer> indexById() {
        Map<String, Integer> m = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            m.put(ids[i], i);
        }
        return m;
    }

    public static PeopleCsv read(Path file, List<String> dimensions) {
        String src = file.toString();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String headerLine = r.readLine();
            if (headerLine == null) {
                throw new ScenarioException(
                        src + ":1: empty file; expected a header person,group," + String.join(",", dimensions));
            }
            String[] header = CsvCells.trimmed(src, 1, headerLine);
            Map<String, Integer> col = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                Integer first = col.put(header[i], i);
                if (first != null) {
                    throw new ScenarioException(src + ":1: column '" + header[i] + "' appears twice (columns "
                            + (first + 1) + " and " + (i + 1) + "); which one holds the values would be a guess");
                }
            }
            for (String need : concat(List.of("person", "group"), dimensions)) {
                if (!col.containsKey(need)) {
                    throw new ScenarioException(src + ":1: missing column '" + need
                            + "' (header must hold person,group," + String.join(",", dimensions) + ")");
                }
            }
            for (String h : header) {
                if (!col.containsKey(h)
                        || (!h.equals("person")
                                && !h.equals("group")
                                && !dimensions.contains(h)
                                && !TRAIT_COLUMNS.contains(h))) {
                    throw new ScenarioException(src + ":1: unknown column '" + h + "'"
                            + MapView.suggest(
                                    h, concat(concat(List.of("person", "group"), dimensions), TRAIT_COLUMNS)));
                }
            }
            List<String> ids = new ArrayList<>();
            List<Integer> groups = new ArrayList<>();
            Map<String, Integer> groupIndex = new LinkedHashMap<>();
            List<float[]> rows = new ArrayList<>();
            List<String> traitCols =
                    TRAIT_COLUMNS.stream().filter(col::containsKey).toList();
            Map<String, Integer> seen = new HashMap<>();
            String line;
            int lineNo = 1;
            int d = dimensions.size();
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = CsvCells.row(src, lineNo, line, header.length);
                String id = cells[col.get("person")];
                if (id.isEmpty()) {
                    throw new ScenarioException(src + ":" + lineNo + ": column 'person' is empty");
                }
                Integer prev = seen.put(id, lineNo);
                if (prev != null) {
                    throw new ScenarioException(
                            src + ":" + lineNo + ": person '" + id + "' already listed at line " + prev);
                }
                String g = cells[col.get("group")];
                if (g.isEmpty()) {
                    throw new ScenarioException(src + ":" + lineNo + ": column 'group' is empty");
                }
                groups.add(groupIndex.computeIfAbsent(g, k -> groupIndex.size()));
                float[] row = new float[d + traitCols.size()];
                for (int k = 0; k < d; k++) {
                    row[k] = (float) number(src, lineNo, dimensions.get(k), cells[col.get(dimensions.get(k))], -1, 1);
                }
                for (int t = 0; t < traitCols.size(); t++) {
                    row[d + t] = (float) number(src, lineNo, traitCols.get(t), cells[col.get(traitCols.get(t))], 0, 1);
                }
                ids.add(id);
                rows.add(row);
            }
            if (ids.isEmpty()) {
                throw new ScenarioException(src + ": no people listed (only a header)");
            }
            int n = ids.size();
            float[] values = new float[n * d];
            Map<String, float[]> traits = new LinkedHashMap<>();
            for (String t : traitCols) {
                traits.put(t, new float[n]);
            }
            int[] group = new int[n];
            for (int i = 0; i < n; i++) {
                float[] row = rows.get(i);
                System.arraycopy(row, 0, values, i * d, d);
                for (int t = 0; t < traitCols.size(); t++) {
                    traits.get(traitCols.get(t))[i] = row[d + t];
                }
                group[i] = groups.get(i);
            }
            return new PeopleCsv(
                    src, ids.toArray(String[]::new), group, List.copyOf(groupIndex.keySet()), values, traits);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(src + ": file not found");
        } catch (IOException e) {
            throw new ScenarioException(src + ": cannot read (" + IoProblems.why(e) + ")");
        }
    }

    private static double number(String src, int line, String column, String cell, double min, double max) {
        double x;
        try {
            x = Double.parseDouble(cell.trim());
        } catch (NumberFormatException e) {
            throw new ScenarioException(
                    src + ":" + line + ": column '" + column + "': expected a number, found '" + cell + "'");
        }
        if (!(x >= min && x <= max)) {
            throw new ScenarioException(src + ":" + line + ": column '" + column + "': value " + x
                    + " is out of range [" + min + ", " + max + "]");
        }
        return x;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
