package org.coshape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages' dependencies, read from the sources' imports and qualified names: data flows one
 * way, scenario -> model -> metrics -> results -> report, with utilities below and the commands
 * on top. Each package sits in a layer and may use only packages of lower layers; so there is no
 * cycle, and a new package must be given its place here.
 */
class ArchitectureTest {
    /** Layers from the bottom: a package may depend only on packages of a lower layer. */
    static final List<List<String>> LAYERS = List.of(
            List.of("concurrent", "random", "runtime", "io"),
            List.of("scenario", "metrics"),
            List.of("model.state"),
            List.of("model.network", "model.regime"),
            List.of("model"),
            List.of("results"),
            List.of("experiment"),
            List.of("experiment.spark", "report"),
            List.of("batch"),
            List.of("gui"),
            List.of("cli"));

    static final Path SOURCES = Path.of("src", "main", "java", "org", "coshape");
    static final Pattern USE = Pattern.compile("\\borg\\.coshape\\.([a-z.]+?)\\.[A-Z]");

    @Test
    void everyPackageUsesOnlyLowerLayers() throws IOException {
        Map<String, Set<String>> deps = dependencies();
        Map<String, Integer> layer = new TreeMap<>();
        for (int i = 0; i < LAYERS.size(); i++) {
            for (String p : LAYERS.get(i)) {
                layer.put(p, i);
            }
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : deps.entrySet()) {
            Integer from = layer.get(e.getKey());
            if (from == null) {
                wrong.add(e.getKey() + ": a package without a layer (add it to ArchitectureTest.LAYERS)");
                continue;
            }
            for (String to : e.getValue()) {
                Integer target = layer.get(to);
                if (target == null || target >= from) {
                    wrong.add(e.getKey() + " -> " + to);
                }
            }
        }
        assertEquals(List.of(), wrong, "dependencies against the layers");
        assertTrue(
                deps.get("model").contains("metrics") && deps.get("cli").contains("batch"),
                "the scan sees the dependencies: " + deps);
    }

    /** Package (below org.coshape) -> the packages its classes name, comments left out. */
    static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = SOURCES.relativize(f.getParent()).toString().replace('/', '.');
                String code =
                        Files.readString(f).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
                Set<String> uses = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = USE.matcher(code);
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        uses.add(m.group(1));
                    }
                }
            }
        }
        return deps;
    }
}
