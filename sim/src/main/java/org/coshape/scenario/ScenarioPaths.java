package org.coshape.scenario;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** The files a scenario names (population.file, network.file), resolved against its own folder. */
final class ScenarioPaths {
    private ScenarioPaths() {}

    /**
     * A file a scenario names ({@code key} at {@code where}), resolved against the scenario's
     * folder; a name this system cannot hold (non-ASCII under a C locale) or a folder is refused.
     */
    static String resolve(SourcePosition where, String key, String file) {
        Path p;
        try {
            p = Path.of(file);
        } catch (InvalidPathException e) {
            throw ScenarioException.at(
                    where,
                    key,
                    "'" + YamlText.brief(file) + "' is not a path this system can open (" + e.getReason()
                            + "; non-ASCII names need a UTF-8 locale)");
        }
        if (!p.isAbsolute() && where.line() > 0) {
            Path parent = Path.of(where.source()).getParent();
            if (parent != null) {
                p = parent.resolve(p);
            }
        }
        Path resolved = p.normalize();
        if (Files.isDirectory(resolved)) {
            throw ScenarioException.at(where, key, "'" + file + "' is a folder; name a CSV file");
        }
        return resolved.toString();
    }
}
