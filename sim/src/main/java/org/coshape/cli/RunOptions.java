package org.coshape.cli;

import java.nio.file.Path;
import org.coshape.io.BadInput;
import org.coshape.scenario.Scenario;
import picocli.CommandLine.Option;

/** Options of commands that run simulations: output folder, threads, quiet. */
final class RunOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "results folder (default: results/<scenario name>/)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--quiet", description = "print nothing but errors")
    boolean quiet;

    int threads() {
        return threads(threads);
    }

    /** The {@code --threads} option of any command: all cores when not given, else 1 to 4096. */
    static int threads(Integer option) {
        int t = option == null ? Runtime.getRuntime().availableProcessors() : option;
        if (t < 1 || t > 4096) {
            throw new BadInput("--threads: expected 1 to 4096, found " + t);
        }
        return t;
    }

    Path outDir(Scenario s) {
        return out != null ? out : Path.of("results", s.name());
    }
}
