package org.coshape.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coshape.results.ResultTables;
import org.coshape.scenario.Scenario;

/**
 * Warns when runs that were asked to stop at steady state ({@code stop.steady}) reached their
 * last tick without becoming steady: their final values are not an equilibrium, and a
 * comparison of them compares transients.
 */
final class SteadyWarning {
    private SteadyWarning() {}

    static void check(Scenario s, Path summary, PrintWriter err) {
        if (!s.stop().steady() || !Files.exists(summary)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> header = List.of(lines.get(0).split(",", -1));
        int id = header.indexOf("run_id");
        int steady = header.indexOf(ResultTables.TICKS_TO_STEADY);
        Set<String> runs = new HashSet<>();
        Set<String> unsteady = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            runs.add(c[id]);
            if (c[steady].isEmpty()) {
                unsteady.add(c[id]);
            }
        }
        if (!unsteady.isEmpty()) {
            err.printf(
                    "coshape: warning: %d of %d runs reached ticks (%d) without becoming steady (stop.steady:"
                            + " tolerance %s for %d ticks); their final values are not an equilibrium, and"
                            + " ticks_to_steady is empty for them: raise ticks or the tolerance%n",
                    unsteady.size(),
                    runs.size(),
                    s.ticks(),
                    s.stop().tolerance(),
                    s.stop().window());
            err.flush();
        }
    }
}
