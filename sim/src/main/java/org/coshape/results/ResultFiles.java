package org.coshape.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a command leaves in a results folder, removed together when a new command's results
 * replace them: a file the new command does not write (a run's people.csv under a sweep, an old
 * sweep's sensitivity.csv under a grid, charts in a format no longer asked for) would otherwise
 * pass for the new results, and report would draw from it.
 */
public final class ResultFiles {
    /** Every table, journal and report coshape writes at the top of a results folder, the manifest first. */
    public static final List<String> NAMES = List.of(
            "manifest.json",
            "summary.csv",
            "timeseries.csv",
            "assistants.csv",
            "people.csv",
            "people.csv.gz",
            "network.csv",
            "network.csv.gz",
            "sweep.journal",
            "sensitivity.csv",
            "sensitivity_convergence.csv",
            "sensitivity_second_order.csv",
            "morris.csv",
            "comparison.csv",
            "robustness.csv",
            "report.md",
            "report.html");

    private ResultFiles() {}

    /**
     * Removes an earlier command's results from {@code dir}: the manifest first (a folder without
     * one is not a finished result, whatever else it holds), then the other files and the chart
     * files (.png, .svg, .pdf) in {@code charts/} and the per-run people tables in {@code people/}.
     * Anything else in the folder is left alone.
     */
    public static void clear(Path dir) throws IOException {
        for (String name : NAMES) {
            Files.deleteIfExists(dir.resolve(name));
        }
        Path people = dir.resolve("people");
        if (Files.isDirectory(people)) {
            try (Stream<Path> files = Files.list(people)) {
                for (Path f : files.toList()) {
                    String n = f.getFileName().toString();
                    if (Files.isRegularFile(f) && (n.endsWith(".csv") || n.endsWith(".csv.gz"))) {
                        Files.delete(f);
                    }
                }
            }
        }
        Path charts = dir.resolve("charts");
        if (!Files.isDirectory(charts)) {
            return;
        }
        try (Stream<Path> files = Files.list(charts)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (Files.isRegularFile(f) && (n.endsWith(".png") || n.endsWith(".svg") || n.endsWith(".pdf"))) {
                    Files.delete(f);
                }
            }
        }
    }
}
