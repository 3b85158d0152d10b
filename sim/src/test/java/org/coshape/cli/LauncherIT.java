package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * bin/coshape starts the packaged jar with the JVM options the engine wants: huge pages where the
 * kernel gives them on request, a heap of three quarters of memory (or COSHAPE_HEAP), and
 * JAVA_OPTS as given; without the jar it says how to build it.
 */
class LauncherIT {
    static final Path LAUNCHER = Path.of("..", "bin", "coshape");

    record Result(int code, String out) {}

    static Result launch(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment()
                .put(
                        "COSHAPE_JAR",
                        Path.of("target", "coshape.jar").toAbsolutePath().toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        return new Result(p.exitValue(), out);
    }

    @Test
    void theLauncherSetsTheEnginesJvmOptions() throws Exception {
        Result r = launch(
                Map.of("COSHAPE_HEAP", "1g"), "bench", "--humans", "3000", "--ticks", "1", "--warmup", "0", "--json");
        assertEquals(0, r.code(), r.out());
        JsonNode bench = new ObjectMapper().readTree(r.out());
        List<String> options = new ArrayList<>();
        bench.get("jvm_options").forEach(o -> options.add(o.asText()));
        assertTrue(options.contains("-Xmx1g"), options.toString());
        assertEquals(
                madvise(),
                options.contains("-XX:+UseTransparentHugePages"),
                "huge pages asked for exactly where the kernel gives them on request: " + options);
    }

    @Test
    void withoutTheJarItSaysHowToBuildIt() throws Exception {
        Result r = launch(Map.of("COSHAPE_JAR", "/nonexistent/coshape.jar"), "--version");
        assertEquals(2, r.code());
        assertTrue(r.out().contains("mvn -q -DskipTests package"), r.out());
    }

    private static boolean madvise() throws IOException {
        Path f = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        return Files.exists(f) && Files.readString(f).contains("[madvise]");
    }
}
