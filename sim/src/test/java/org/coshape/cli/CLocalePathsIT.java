package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under a C locale the JVM cannot name files with non-ASCII characters: a scenario that points
 * to one (population.file, extends) ended with exit 1 and "InvalidPathException". Through the
 * packaged jar, as a user runs it, it is exit 2 naming the key.
 */
class CLocalePathsIT {
    @TempDir
    Path tmp;

    private String validate(Path scenario) throws Exception {
        File log = tmp.resolve("log.txt").toFile();
        ProcessBuilder pb = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        Path.of("target/coshape.jar").toAbsolutePath().toString(),
                        "validate",
                        scenario.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log);
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("LANG", "C");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        int code = pb.start().waitFor();
        String out = Files.readString(log.toPath(), StandardCharsets.UTF_8);
        assertEquals(2, code, out);
        assertFalse(out.contains("Exception"), out);
        return out;
    }

    @Test
    void aNonAsciiPathIsOneMessageNamingTheKey() throws Exception {
        Path pop = tmp.resolve("pop.yaml");
        Files.writeString(pop, "name: p\npopulation: {file: donn\u00e9es.csv}\n", StandardCharsets.UTF_8);
        assertTrue(validate(pop).contains("population.file"));
        Path ext = tmp.resolve("ext.yaml");
        Files.writeString(ext, "extends: soci\u00e9t\u00e9.yaml\nname: e\n", StandardCharsets.UTF_8);
        assertTrue(validate(ext).contains("extends"));
    }
}
