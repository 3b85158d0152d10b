package org.coshape.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.coshape.experiment.MorrisAnalysis;
import org.coshape.experiment.SensitivityAnalysis;
import org.coshape.io.BadInput;
import org.coshape.io.CompleteLines;
import org.coshape.io.IoProblems;
import org.coshape.report.ChartStyle;
import org.coshape.report.ComparisonData;
import org.coshape.report.ComparisonReport;
import org.coshape.report.RunCharts;
import org.coshape.report.SensitivityChart;
import org.coshape.report.SweepCharts;
import org.coshape.results.Manifest;
import org.coshape.results.TimeSeriesFile;
import org.coshape.scenario.ChartsSpec;
import org.coshape.scenario.Named;
import org.coshape.scenario.ReportSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code report DIR}: redraws, from the result files and manifest of a folder, what the command
 * that wrote it drew, without re-running anything (e.g. after changing chart formats): a
 * comparison's charts and report, a sweep's charts (also for a folder merged from shards, which
 * has none), a run's charts.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Redraw charts and report.md/report.html from results on disk, without re-running.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            paramLabel = "DIR",
            description = "a results folder written by run, replay, sweep or compare")
    Path dir;

    @Option(
            names = "--formats",
            split = ",",
            paramLabel = "png,svg,pdf",
            description = "chart formats (default: the scenario's output.charts)")
    List<String> formats;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        JsonNode m = manifest(dir);
        String command = m.path("command").asText();
        if (formats != null && formats.isEmpty()) { // "--formats ," splits into no formats
            throw new BadInput("--formats: expected one or more of png, svg, pdf");
        }
        ChartStyle fmts = style(m, formats);
        PrintWriter o = spec.commandLine().getOut();
        String status = m.path("status").asText("complete"); // a run's manifest is written when it ends
        if (!status.equals("complete")) {
            spec.commandLine()
                    .getErr()
                    .println("coshape: warning: " + dir + " is '" + status + "', not complete: the report shows"
                            + " only the runs finished so far");
            spec.commandLine().getErr().flush();
        }
        if (command.equals("compare")) {
            List<Path> files = renderComparison(dir, m, fmts);
            o.println("report: " + dir.resolve("report.md").toAbsolutePath().normalize() + " and report.html ("
                    + (files.size() - 2) + " chart files)");
        } else {
            List<Path> files = switch (command) {
                case "run", "replay" ->
                    RunCharts.write(
                            TimeSeriesFile.read(dir.resolve("timeseries.csv"), dir.resolve("assistants.csv")),
                            dir.resolve("charts"),
                            fmts);
                case "sweep" -> sweepCharts(dir, m, fmts);
                default ->
                    throw new BadInput(dir + ": written by '" + command + "'; report redraws folders"
                            + " written by run, replay, sweep and compare");
            };
            o.println(
                    "charts: " + dir.resolve("charts").toAbsolutePath().normalize() + " (" + files.size() + " files)");
        }
        o.flush();
        return CoshapeCli.OK;
    }

    /** Rebuilds the comparison report of {@code dir}; {@code formats} null means the scenario's. */
    static List<Path> render(Path dir, List<String> formats) {
        JsonNode m = manifest(dir);
        if (!"compare".equals(m.path("command").asText())) {
            throw new BadInput(dir + ": written by '" + m.path("command").asText() + "', not by compare");
        }
        return renderComparison(dir, m, style(m, formats));
    }

    private static JsonNode manifest(Path dir) {
        Path manifestFile = dir.resolve("manifest.json");
        if (!Files.isRegularFile(manifestFile)) {
            throw new BadInput(
                    dir + ": no manifest.json here; report needs a folder written by run, sweep or" + " compare");
        }
        return Manifest.read(manifestFile);
    }

    /**
     * The scenario's chart style (its {@code charts:} block; the defaults for results written
     * before there was one) in the formats asked for, or else its {@code output.charts}.
     */
    private static ChartStyle style(JsonNode m, List<String> asked) {
        JsonNode charts = m.path("scenario").path("charts");
        ChartsSpec spec = ChartsSpec.defaults();
        if (charts.isObject()) {
            try {
                spec = SNAKE.treeToValue(charts, ChartsSpec.class);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new BadInput("manifest.json: scenario.charts is not a charts block (" + e.getMessage() + ")");
            }
        }
        return new ChartStyle(spec, formats(m, asked));
    }

    private static final ObjectMapper SNAKE =
            new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    /** The chart formats asked for, or else the scenario's {@code output.charts}. */
    private static List<String> formats(JsonNode m, List<String> asked) {
        List<String> fmts = asked;
        if (fmts == null) {
            fmts = new ArrayList<>();
            for (JsonNode f : m.path("scenario").path("output").path("charts")) {
                fmts.add(f.asText());
            }
        }
        for (String f : fmts) {
            if (!List.of("png", "svg", "pdf").contains(f)) {
                throw new BadInput("--formats: unknown chart format '" + f + "'; expected png, svg, pdf");
            }
        }
        return fmts;
    }

    /**
     * A sweep's charts from its summary.csv (each metric against each swept parameter, the
     * heatmaps of a grid), and its Sobol bars from sensitivity.csv when the sweep wrote one. A
     * folder merged from shards has no charts until this draws them.
     */
    private static List<Path> sweepCharts(Path dir, JsonNode m, ChartStyle fmts) {
        List<String> parameters = new ArrayList<>();
        m.path("parameters").forEach(p -> parameters.add(p.asText()));
        List<String> summary;
        try {
            summary = CompleteLines.readAll(dir.resolve("summary.csv"));
        } catch (NoSuchFileException e) {
            throw new BadInput(dir.resolve("summary.csv") + ": file not found");
        } catch (IOException e) {
            throw new BadInput(dir.resolve("summary.csv") + ": cannot read (" + IoProblems.why(e) + ")");
        }
        if (summary.isEmpty()) {
            throw new BadInput(dir.resolve("summary.csv") + ": empty; the sweep wrote no run yet");
        }
        List<Path> files = new ArrayList<>();
        if (fmts.none()) {
            return files;
        }
        try {
            files.addAll(SweepCharts.write(
                    summary,
                    parameters,
                    recordedPoints(m),
                    m.path("design").asText("grid"),
                    dir.resolve("charts"),
                    fmts));
        } catch (BadInput e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BadInput(dir.resolve("summary.csv") + ": not a coshape sweep summary (" + e.getMessage() + ")");
        }
        Path sensitivity = dir.resolve("sensitivity.csv");
        if (Files.isRegularFile(sensitivity)) {
            List<SensitivityAnalysis.Row> rows = SensitivityAnalysis.read(sensitivity, parameters);
            for (String metric : fmts.metrics(SensitivityChart.METRICS)) {
                files.addAll(SensitivityChart.write(
                        rows, metric, dir.resolve("charts").resolve("sobol_" + metric), fmts));
            }
        }
        Path morris = dir.resolve("morris.csv");
        if (Files.isRegularFile(morris)) {
            List<MorrisAnalysis.Row> rows = MorrisAnalysis.read(morris);
            for (String metric : fmts.metrics(SensitivityChart.METRICS)) {
                files.addAll(SensitivityChart.morris(
                        rows, metric, dir.resolve("charts").resolve("morris_" + metric), fmts));
            }
        }
        return files;
    }

    /** Each run's swept values as the manifest records them (run id -> parameter -> value). */
    private static Map<String, Map<String, String>> recordedPoints(JsonNode m) {
        Map<String, Map<String, String>> points = new LinkedHashMap<>();
        for (JsonNode r : m.path("runs")) {
            Map<String, String> values = new LinkedHashMap<>();
            r.path("parameters")
                    .fields()
                    .forEachRemaining(f -> values.put(f.getKey(), f.getValue().asText()));
            points.put(r.path("run_id").asText(), values);
        }
        return points;
    }

    private static List<Path> renderComparison(Path dir, JsonNode m, ChartStyle fmts) {
        List<String> policies = new ArrayList<>();
        m.path("policies").forEach(n -> policies.add(n.asText()));
        Map<String, Map<String, String>> overrides = new LinkedHashMap<>();
        m.path("policy_overrides").fields().forEachRemaining(e -> {
            Map<String, String> o = new LinkedHashMap<>();
            e.getValue()
                    .fields()
                    .forEachRemaining(f -> o.put(f.getKey(), f.getValue().asText()));
            overrides.put(e.getKey(), o);
        });
        TreeSet<String> seeds = new TreeSet<>();
        m.path("runs").forEach(r -> {
            if (!ComparisonData.SAMPLE_RUN.matcher(r.path("run_id").asText()).matches()) {
                seeds.add("r" + r.path("replicate").asText() + "="
                        + r.path("seed").asText());
            }
        });
        JsonNode scen = m.path("scenario");
        List<String> uncertainties = new ArrayList<>();
        Map<String, List<String>> levels = new LinkedHashMap<>();
        scen.path("uncertainties").path("parameters").fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isArray()) {
                List<String> l = new ArrayList<>();
                v.forEach(x -> l.add(x.asText()));
                levels.put(e.getKey(), l);
                uncertainties.add(e.getKey() + " in {" + String.join(", ", l) + "}");
            } else {
                uncertainties.add(e.getKey() + " in [" + v.path("min").asText() + ", "
                        + v.path("max").asText() + "]");
            }
        });
        ComparisonReport.Meta meta = new ComparisonReport.Meta(
                scen.path("name").asText(),
                scen.path("description").asText(),
                policies,
                overrides,
                m.path("reference").asText(),
                scen.path("replications").asInt(),
                new ArrayList<>(seeds),
                m.path("coshape_version").asText(),
                buildCommit(m),
                m.path("jvm").asText(),
                m.path("threads").asInt(),
                m.path("start").asText(),
                uncertainties,
                levels,
                reportSpec(scen),
                assistantNames(scen.path("ai"), overrides));
        ComparisonData data = ComparisonData.read(dir, policies);
        return ComparisonReport.write(dir, data, meta, fmts);
    }

    /**
     * The assistants' names as the resolved scenario gives them (its regime and index when unnamed);
     * when a policy redefines the assistants or their number, a name would hold for one policy only,
     * so they are numbered instead.
     */
    private static List<String> assistantNames(JsonNode ai, Map<String, Map<String, String>> overrides) {
        List<String> names = new ArrayList<>();
        boolean redefined = overrides.values().stream()
                .flatMap(o -> o.keySet().stream())
                .anyMatch(k -> k.startsWith("ai.assistants") || k.equals("ai.count"));
        if (redefined) {
            return names; // the tables say "assistant j"
        }
        ai.path("assistants").forEach(a -> names.add(a.path("name").asText()));
        for (int j = names.size(); j < ai.path("count").asInt(); j++) {
            names.add(ai.path("regime").asText() + "-" + j);
        }
        return names;
    }

    /** The scenario's report block as the manifest records it; the defaults for results older than it. */
    private static ReportSpec reportSpec(JsonNode scen) {
        JsonNode r = scen.path("report");
        if (!r.isObject()) {
            return ReportSpec.defaults();
        }
        List<String> verdict = new ArrayList<>();
        r.path("verdict").forEach(v -> verdict.add(v.asText()));
        ReportSpec.Multiplicity multiplicity = Named.byKey(
                ReportSpec.Multiplicity.class, r.path("multiplicity").asText("none"));
        double half = r.path("half_width").asDouble(Double.NaN);
        if (verdict.isEmpty() || multiplicity == null || !(half > 0)) {
            throw new BadInput("manifest.json: scenario.report is not a report block");
        }
        return new ReportSpec(verdict, multiplicity, half);
    }

    /** The commit the results' coshape was built from, as the report names it, or null when unknown. */
    static String buildCommit(JsonNode manifest) {
        JsonNode c = manifest.path("git_commit");
        if (!c.isTextual()) {
            return null;
        }
        return c.asText() + (manifest.path("git_dirty").asBoolean(false) ? " plus changes not committed" : "");
    }
}
