package org.coshape.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.coshape.experiment.RunResult;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioPrinter;

/**
 * {@code manifest.json}: everything needed to reproduce and audit a results folder: the resolved
 * scenario, command line, software and JVM versions, git commit when known, threads, executor,
 * start and end times, and every run's id, seed, status and timings.
 */
public final class Manifest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Manifest() {
    }

    public static void write(Path file, Scenario scenario, String command, List<String> args, int threads,
            String executor, Instant start, Instant end, List<RunResult> results) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("coshape_version", version());
        m.put("git_commit", gitCommit());
        m.put("command", command);
        m.put("arguments", args);
        m.put("scenario_file", scenario.sourceFile());
        m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        m.put("threads", threads);
        m.put("executor", executor);
        m.put("start", start.toString());
        m.put("end", end.toString());
        List<Map<String, Object>> runs = new ArrayList<>();
        for (RunResult r : results) {
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("run_id", r.spec().runId());
            run.put("policy", r.spec().policy());
            run.put("replicate", r.spec().replicate());
            run.put("seed", Long.toUnsignedString(r.spec().seed()));
            run.put("parameters", r.spec().parameters());
            run.put("status", r.status());
            if (!r.message().isEmpty()) {
                run.put("message", r.message());
            }
            run.put("setup_seconds", r.setupSeconds());
            run.put("step_seconds", r.stepSeconds());
            runs.add(run);
        }
        m.put("runs", runs);
        m.put("scenario", ScenarioPrinter.plain(scenario));
        AtomicFiles.write(file, out -> JSON.writeValue(out, m));
    }

    public static String version() {
        String v = Manifest.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    /** The commit of the working directory's git checkout, or null when unknown. */
    static String gitCommit() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            if (!p.waitFor(3, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            String out = new String(p.getInputStream().readAllBytes()).trim();
            return p.exitValue() == 0 && out.matches("[0-9a-f]{40}") ? out : null;
        } catch (Exception e) {
            return null;
        }
    }
}
