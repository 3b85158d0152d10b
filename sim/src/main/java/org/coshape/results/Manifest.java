package org.coshape.results;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coshape.io.AtomicFiles;
import org.coshape.io.BadInput;
import org.coshape.io.IoProblems;
import org.coshape.io.Sha256;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioPrinter;

/**
 * {@code manifest.json}: everything needed to reproduce and audit a results folder: the resolved
 * scenario, command line, software and JVM versions, git commit when known, threads, executor,
 * start and end times, and every run's id, seed, status and timings.
 */
public final class Manifest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Manifest() {}

    /** One run's manifest entry. */
    public static Map<String, Object> runEntry(
            RunSpec spec, String status, String message, Double setupSeconds, Double stepSeconds) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("run_id", spec.runId());
        run.put("policy", spec.policy());
        run.put("replicate", spec.replicate());
        run.put("seed", Long.toUnsignedString(spec.seed()));
        run.put("parameters", new TreeMap<>(spec.parameters()));
        run.put("status", status);
        if (message != null && !message.isEmpty()) {
            run.put("message", message);
        }
        if (setupSeconds != null) {
            run.put("setup_seconds", setupSeconds);
            run.put("step_seconds", stepSeconds);
        }
        return run;
    }

    /** Writes the manifest with prepared run entries and extra top-level fields (e.g. a sweep's status). */
    public static void write(
            Path file,
            Scenario scenario,
            Invocation how,
            Instant end,
            List<Map<String, Object>> runs,
            Map<String, Object> extra) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("coshape_version", version());
        BuildCommit build = BuildCommit.ofThisBuild();
        m.put("git_commit", build.commit());
        m.put("git_dirty", build.dirty());
        m.put("code_sha256", CodeFingerprint.ofThisBuild());
        m.put("command", how.command());
        m.put("arguments", how.args());
        m.put("scenario_file", scenario.sourceFile());
        m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("jvm_options", jvmOptions());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        m.put("threads", how.threads());
        m.put("executor", how.executor());
        m.put("start", how.start().toString());
        m.put("end", end == null ? null : end.toString());
        m.putAll(extra);
        m.put("runs", runs);
        m.put("scenario", ScenarioPrinter.plain(scenario));
        AtomicFiles.write(file, out -> JSON.writeValue(out, m));
    }

    /**
     * The JVM's -X options (heap, collector, huge pages...): timings depend on them, results never
     * do. Not its -D properties, which can hold credentials (a Spark key, say), while manifests
     * and benchmark figures are shared with papers.
     */
    public static List<String> jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(o -> o.startsWith("-X"))
                .toList();
    }

    /**
     * The {@code scenario_sha256} of a batch: the resolved scenario, and for a comparison its
     * reference policy ({@code null} for a sweep). Resume, merge and replay compare it.
     */
    public static String scenarioHash(Scenario base, String reference) {
        return sha256(ScenarioPrinter.yaml(base.withoutPresentation())
                + (reference == null ? "" : "\nreference=" + reference));
    }

    /** SHA-256 of a text, hex (identifies the resolved scenario a sweep was started with). */
    public static String sha256(String text) {
        return HexFormat.of().formatHex(Sha256.digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * An existing manifest, for the commands that read results folders (report, merge). A file
     * that is not JSON, or not a JSON object, is bad input named by file, line and column.
     */
    public static JsonNode read(Path file) {
        JsonNode n;
        try {
            n = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? file.toString() : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
            String why =
                    String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
            throw new BadInput(where + ": not valid JSON (" + why + ")");
        } catch (IOException e) {
            throw new BadInput(file + ": unreadable (" + IoProblems.why(e) + ")");
        }
        if (n == null || !n.isObject()) {
            throw new BadInput(file + ": not a coshape manifest (expected a JSON object)");
        }
        return n;
    }

    /**
     * One top-level text field of the manifest {@code file}, or null when the file does not exist
     * (a folder not written yet, or a batch killed before its first manifest) or has no such field.
     * A manifest that exists but is not JSON is bad input, as in {@link #read}: a caller that took
     * it for "none" would write over, or resume, results it cannot identify.
     */
    public static String field(Path file, String field) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        JsonNode n = read(file).get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    public static String version() {
        String v = Manifest.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
