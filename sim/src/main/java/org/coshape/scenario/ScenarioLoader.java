package org.coshape.scenario;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a scenario the way every command does: read the file, follow {@code extends} (relative
 * to the file, cycles rejected), apply overrides by dotted path, then bind and check. Nothing is
 * written and nothing runs until this succeeds.
 */
public final class ScenarioLoader {

    private ScenarioLoader() {}

    /** One {@code path=value} override, as given on the command line. */
    public record SetValue(String path, String value, SourcePosition where) {

        /** Parses {@code --set path=value}. */
        public static SetValue parse(String text) {
            SourcePosition where = SourcePosition.override(text);
            int eq = text.indexOf('=');
            if (eq <= 0) {
                throw new ScenarioException(where + ": expected path=value, e.g. --set ai.listening=0.5");
            }
            return new SetValue(
                    text.substring(0, eq).trim(), text.substring(eq + 1).trim(), where);
        }
    }

    public static Scenario load(Path file) {
        return load(file, List.of());
    }

    public static Scenario load(Path file, List<SetValue> overrides) {
        return bind(tree(file, overrides), file);
    }

    /** The merged, overridden tree before binding (sweeps and comparisons edit it further). */
    public static YamlNode tree(Path file, List<SetValue> overrides) {
        YamlNode root = readWithExtends(file, new LinkedHashSet<>());
        return applyOverrides(root, overrides);
    }

    public static YamlNode applyOverrides(YamlNode root, List<SetValue> overrides) {
        for (SetValue o : overrides) {
            if (o.path().equals("extends") || o.path().startsWith("extends.")) {
                throw new ScenarioException(o.where() + ": extends: the base scenario is read with the file, before"
                        + " any --set: write extends at the top of a scenario file");
            }
            if (o.path().startsWith("population.groups[")
                    && TreeOps.get(root, "population.groups") == null
                    && TreeOps.get(root, "population.file") == null) {
                root = TreeOps.set(root, "population.groups", PopulationBinder.defaultGroups(), SourcePosition.DEFAULT);
            }
            for (String path : expandGroups(root, o.path())) {
                root = TreeOps.set(root, path, YamlText.read(o.value(), o.where()), o.where());
            }
        }
        return root;
    }

    /** Every group, in an override's path: {@code population.groups[*].anchoring} sets each group's. */
    public static final String EVERY_GROUP = "population.groups[*]";

    /** The paths an override sets: itself, or one per group for {@link #EVERY_GROUP}. */
    static List<String> expandGroups(YamlNode root, String path) {
        if (!path.startsWith(EVERY_GROUP)) {
            return List.of(path);
        }
        YamlNode groups = TreeOps.get(root, "population.groups");
        int n = groups instanceof YamlNode.ListNode l ? l.items().size() : 0;
        List<String> out = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            out.add("population.groups[" + g + "]" + path.substring(EVERY_GROUP.length()));
        }
        return out;
    }

    /** Applies overrides given as a path-to-text map (policies, sweep points). */
    public static YamlNode applyOverrides(YamlNode root, Map<String, String> overrides, String origin) {
        List<SetValue> list = new ArrayList<>();
        overrides.forEach((k, v) -> list.add(new SetValue(k, v, new SourcePosition(origin + " " + k + "=" + v, 0, 0))));
        return applyOverrides(root, list);
    }

    /**
     * Overrides written in the scenario file itself (sweep values, comparison policies) with their
     * relative file paths ({@code population.file}, {@code network.file}) made relative to that
     * file's folder, as the same keys are in its body; {@code --set} values stay relative to the
     * working folder, where the user typed them.
     */
    public static Map<String, String> filesRelativeTo(Path scenarioFile, Map<String, String> overrides) {
        if (scenarioFile == null) {
            return overrides;
        }
        Path dir = scenarioFile.toAbsolutePath().getParent();
        Map<String, String> out = new LinkedHashMap<>(overrides);
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            if (dir == null || !e.getKey().endsWith(".file")) {
                continue;
            }
            SourcePosition where = new SourcePosition(e.getKey(), 0, 0);
            try {
                if (YamlText.read(e.getValue(), where) instanceof YamlNode.Scalar v
                        && v.type() == YamlNode.ScalarType.STRING
                        && !v.text().isBlank()
                        && !Path.of(v.text()).isAbsolute()) {
                    String resolved = dir.resolve(v.text()).normalize().toString();
                    out.put(
                            e.getKey(),
                            YamlText.write(new YamlNode.Scalar(where, resolved, YamlNode.ScalarType.STRING)));
                }
            } catch (RuntimeException ex) {
                // not a path (or not text): left as written, for the binder to report
            }
        }
        return out;
    }

    public static Scenario bind(YamlNode root, Path file) {
        return ScenarioBinder.bind(root, file == null ? null : file.toString());
    }

    private static YamlNode readWithExtends(Path file, Set<Path> chain) {
        Path norm = file.toAbsolutePath().normalize();
        if (!chain.add(norm)) {
            List<String> names = new ArrayList<>();
            chain.forEach(p -> names.add(p.getFileName().toString()));
            names.add(norm.getFileName().toString());
            throw new ScenarioException(file + ": extends forms a cycle: " + String.join(" -> ", names));
        }
        if (Files.isDirectory(file)) {
            throw new ScenarioException(file + ": is a directory, not a scenario file");
        }
        YamlNode node = YamlReader.readFile(file);
        if (!(node instanceof YamlNode.MapNode map)) {
            throw ScenarioException.at(
                    node.position(),
                    "",
                    "a scenario must be a mapping of keys (name: ..., ticks: ...)," + " found " + node.kind());
        }
        YamlNode ext = map.get("extends");
        if (ext == null || MapView.isNull(ext)) {
            return map;
        }
        if (!(ext instanceof YamlNode.Scalar s) || s.type() != YamlNode.ScalarType.STRING) {
            throw ScenarioException.at(ext.position(), "extends", "expected a file path, found " + ext.kind());
        }
        Path base;
        try {
            base = Path.of(s.text());
        } catch (InvalidPathException e) {
            throw ScenarioException.at(
                    ext.position(),
                    "extends",
                    "'" + YamlText.brief(s.text()) + "' is not a path" + " this system can open (" + e.getReason()
                            + "; non-ASCII names need a UTF-8 locale)");
        }
        if (!base.isAbsolute()) {
            Path parent = file.toAbsolutePath().getParent();
            base = parent.resolve(base).normalize();
        }
        if (!Files.exists(base)) {
            throw ScenarioException.at(
                    ext.position(), "extends", "base scenario " + s.text() + " not found (looked at " + base + ")");
        }
        if (Files.isDirectory(base)) {
            throw ScenarioException.at(
                    ext.position(), "extends", "'" + s.text() + "' is a folder; name the base scenario's file");
        }
        YamlNode parent = readWithExtends(base, chain);
        return TreeOps.merge(parent, map.without("extends"));
    }
}
