package org.coshape.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.coshape.io.BadInput;
import org.coshape.io.CompleteLines;
import org.coshape.io.CsvCells;
import org.coshape.io.IoProblems;
import org.coshape.results.Manifest;
import org.coshape.results.ResultTables;

/**
 * One folder of {@code sweep --shard i/n}, read and checked before {@code merge} writes anything:
 * shards are copied between machines, so a truncated table, a row of another sweep or a broken
 * manifest is bad input named by file and line, not a merged table with a wrong row in it.
 *
 * @param summary summary.csv's data lines by run id (one per group of a run), in file order
 * @param series timeseries.csv's data lines by run id, in file order
 * @param assistants assistants.csv's data lines by run id, in file order
 */
public record ShardFolder(
        JsonNode manifest,
        String header,
        Map<String, List<String>> summary,
        Map<String, List<String>> series,
        Map<String, List<String>> assistants) {

    public static ShardFolder read(Path dir) {
        Path mf = dir.resolve("manifest.json");
        Path sf = dir.resolve("summary.csv");
        Path tf = dir.resolve("timeseries.csv");
        Path af = dir.resolve("assistants.csv");
        for (Path f : List.of(mf, sf, tf, af)) {
            if (!Files.isRegularFile(f)) {
                throw new BadInput(dir + ": not a sweep results folder (" + f.getFileName() + " missing)");
            }
        }
        JsonNode m = Manifest.read(mf);
        if (!"sweep".equals(m.path("command").asText())) {
            throw new BadInput(dir + ": written by '" + m.path("command").asText() + "', not by sweep");
        }
        Map<String, String> runs = new HashMap<>(); // run id -> status
        for (JsonNode r : m.path("runs")) {
            runs.put(r.path("run_id").asText(), r.path("status").asText());
        }
        List<String> lines = lines(sf);
        if (lines.isEmpty()) {
            throw new BadInput(sf + ": empty (no header line)");
        }
        String header = lines.get(0);
        List<String> columns = List.of(cells(sf, 1, header));
        int group = columns.indexOf("group");
        if (columns.isEmpty() || !columns.get(0).equals("run_id") || group < 0) {
            throw new BadInput(sf + ":1: not a coshape summary (expected run_id first and a group column)");
        }
        Map<String, List<String>> summary = new TreeMap<>();
        Set<String> rowKeys = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] c = checkedRow(sf, i + 1, lines.get(i), columns.size(), runs);
            if (!rowKeys.add(c[0] + "\u0000" + c[group])) {
                throw new BadInput(sf + ":" + (i + 1) + ": run " + c[0] + ", group '" + c[group] + "' appears twice");
            }
            summary.computeIfAbsent(c[0], k -> new ArrayList<>()).add(lines.get(i));
        }
        Map<String, List<String>> series = longTable(tf, ResultTables.TIMESERIES_HEADER, runs);
        Map<String, List<String>> assistants = longTable(af, ResultTables.ASSISTANTS_HEADER, runs);
        return new ShardFolder(m, header, summary, series, assistants);
    }

    /** A long table's data lines by run id, in file order, each checked against the manifest. */
    private static Map<String, List<String>> longTable(Path file, String expectedHeader, Map<String, String> runs) {
        List<String> lines = lines(file);
        if (lines.isEmpty() || !lines.get(0).equals(expectedHeader)) {
            throw new BadInput(file + ":1: expected the header " + expectedHeader);
        }
        int width = cells(file, 1, lines.get(0)).length;
        Map<String, List<String>> byRun = new TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String id = checkedRow(file, i + 1, lines.get(i), width, runs)[0];
            byRun.computeIfAbsent(id, k -> new ArrayList<>()).add(lines.get(i));
        }
        return byRun;
    }

    /**
     * The cells of a data line, after checking its width and that the manifest records its run as
     * done (rows of a run still pending were appended by a shard killed before it journaled them).
     */
    private static String[] checkedRow(Path file, int lineNo, String line, int width, Map<String, String> runs) {
        String[] c = cells(file, lineNo, line);
        if (c.length != width) {
            throw new BadInput(file + ":" + lineNo + ": expected " + width + " cells, found " + c.length);
        }
        String status = runs.get(c[0]);
        if (status == null) {
            throw new BadInput(file + ":" + lineNo + ": run '" + c[0] + "' is not in this folder's" + " manifest.json");
        }
        if (!status.equals("done")) {
            throw new BadInput(file + ":" + lineNo + ": run '" + c[0] + "' is " + status + " in this folder's"
                    + " manifest.json: the shard was interrupted; finish it with sweep --resume first");
        }
        return c;
    }

    private static String[] cells(Path file, int lineNo, String line) {
        try {
            return CsvCells.of(line);
        } catch (IllegalArgumentException e) {
            throw new BadInput(file + ":" + lineNo + ": " + e.getMessage());
        }
    }

    /** The file's whole lines: a last one cut short by a kill was never committed. */
    private static List<String> lines(Path file) {
        try {
            return CompleteLines.readAll(file);
        } catch (IOException e) {
            throw new BadInput(file + ": unreadable (" + IoProblems.why(e) + ")");
        }
    }
}
