package org.coshape.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.coshape.io.BadInput;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioLoader;
import org.coshape.scenario.ScenarioPrinter;
import org.coshape.scenario.SourcePosition;
import org.coshape.scenario.TreeOps;
import org.coshape.scenario.YamlNode;
import org.coshape.scenario.YamlReader;
import org.coshape.scenario.YamlText;

/**
 * The scenario a results folder ran, kept in its manifest so that one of its runs can be built
 * again (replay, and merge's Sobol indices) without the scenario file. The resolved scenario is
 * not enough for that: it writes out defaults that other keys decide, such as one market share
 * and one listening per assistant, so a sweep point or policy that changes {@code ai.count} would
 * not bind on it. The manifest therefore also keeps the scenario as written
 * ({@code scenario_source}: extends and --set applied, defaults not), with its input files'
 * paths resolved, and a rebuild is checked against the recorded hash.
 *
 * @param tree the scenario as written, which sweep points and policies override
 * @param base the scenario bound from it
 * @param file the scenario file the folder was made from (for swept file paths), or null
 */
public record RecordedScenario(YamlNode tree, Scenario base, Path file) {

    /** What a manifest keeps as {@code scenario_source}: the written tree, with resolved input paths. */
    public static Object source(YamlNode tree, Scenario base) {
        YamlNode t = tree;
        if (base.population().file() != null) {
            t = TreeOps.set(
                    t,
                    "population.file",
                    new YamlNode.Scalar(
                            SourcePosition.DEFAULT, base.population().file(), YamlNode.ScalarType.STRING),
                    SourcePosition.DEFAULT);
        }
        if (base.network().file() != null) {
            t = TreeOps.set(
                    t,
                    "network.file",
                    new YamlNode.Scalar(SourcePosition.DEFAULT, base.network().file(), YamlNode.ScalarType.STRING),
                    SourcePosition.DEFAULT);
        }
        return YamlText.plain(t);
    }

    /**
     * The scenario recorded in {@code manifest} (the file it was read from), from its
     * {@code scenario_source} when it has one, else from its resolved {@code scenario}; refused
     * when it does not bind back to the scenario whose hash the manifest recorded.
     */
    public static RecordedScenario of(JsonNode manifest, Path manifestFile) {
        JsonNode written = manifest.path("scenario_source");
        JsonNode plain = written.isObject() ? written : manifest.path("scenario");
        String yaml = ScenarioPrinter.yaml(new ObjectMapper().convertValue(plain, Object.class));
        YamlNode tree = YamlReader.readText(yaml, "the scenario in " + manifestFile);
        Path file = manifest.path("scenario_file").isTextual()
                ? Path.of(manifest.path("scenario_file").asText())
                : null;
        Scenario base = ScenarioLoader.bind(tree, file);
        String command = manifest.path("command").asText();
        String recorded = manifest.path("scenario_sha256").asText(null);
        String rebuilt = Manifest.scenarioHash(
                base, command.equals("compare") ? manifest.path("reference").asText() : null);
        if (recorded != null && !recorded.equals(rebuilt)) {
            throw new BadInput(
                    manifestFile + ": its scenario does not rebuild the " + command + " that ran" + " (hash differs)");
        }
        return new RecordedScenario(tree, base, file);
    }
}
