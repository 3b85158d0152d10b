package org.coshape.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.coshape.report.ComparisonData;
import org.coshape.report.ComparisonReport;
import org.coshape.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code report DIR}: redraws the charts and the report of a comparison from its result files
 * and manifest, without re-running anything (e.g. after changing chart formats).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Redraw charts and report.md/report.html from results on disk, without re-running.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "a results folder written by compare")
    Path dir;

    @Option(names = "--formats", split = ",", paramLabel = "png,svg,pdf",
            description = "chart formats (default: the scenario's output.charts)")
    List<String> formats;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> files = render(dir, formats);
        PrintWriter o = spec.commandLine().getOut();
        o.println("report: " + dir.resolve("report.md").toAbsolutePath().normalize() + " and report.html ("
                + (files.size() - 2) + " chart files)");
        o.flush();
        return CoshapeCli.OK;
    }

    /** Rebuilds the comparison report of {@code dir}; {@code formats} null means the scenario's. */
    static List<Path> render(Path dir, List<String> formats) {
        Path manifestFile = dir.resolve("manifest.json");
        if (!Files.isRegularFile(manifestFile)) {
            throw new ScenarioException(dir + ": no manifest.json here; report needs a folder written by compare");
        }
        JsonNode m;
        try {
            m = new ObjectMapper().readTree(manifestFile.toFile());
        } catch (IOException e) {
            throw new ScenarioException(manifestFile + ": unreadable (" + e.getMessage() + ")");
        }
        if (!"compare".equals(m.path("command").asText())) {
            throw new ScenarioException(dir + ": written by '" + m.path("command").asText() + "'; this build's report"
                    + " command redraws comparisons (run and sweep folders carry their charts already)");
        }
        List<String> policies = new ArrayList<>();
        m.path("policies").forEach(n -> policies.add(n.asText()));
        Map<String, Map<String, String>> overrides = new LinkedHashMap<>();
        m.path("policy_overrides").fields().forEachRemaining(e -> {
            Map<String, String> o = new LinkedHashMap<>();
            e.getValue().fields().forEachRemaining(f -> o.put(f.getKey(), f.getValue().asText()));
            overrides.put(e.getKey(), o);
        });
        TreeSet<String> seeds = new TreeSet<>();
        m.path("runs").forEach(r -> seeds.add("r" + r.path("replicate").asText() + "=" + r.path("seed").asText()));
        JsonNode scen = m.path("scenario");
        List<String> fmts = formats;
        if (fmts == null) {
            fmts = new ArrayList<>();
            for (JsonNode f : scen.path("output").path("charts")) {
                fmts.add(f.asText());
            }
        }
        for (String f : fmts) {
            if (!List.of("png", "svg", "pdf").contains(f)) {
                throw new ScenarioException("--formats: unknown chart format '" + f + "'; expected png, svg, pdf");
            }
        }
        ComparisonReport.Meta meta = new ComparisonReport.Meta(scen.path("name").asText(),
                scen.path("description").asText(), policies, overrides, m.path("reference").asText(),
                scen.path("replications").asInt(), new ArrayList<>(seeds), m.path("coshape_version").asText(),
                m.path("git_commit").isNull() ? null : m.path("git_commit").asText(null), m.path("jvm").asText(),
                m.path("threads").asInt(), m.path("start").asText());
        ComparisonData data = ComparisonData.read(dir, policies);
        return ComparisonReport.write(dir, data, meta, fmts);
    }
}
