package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar on a machine that gives huge pages on request: a population above
 * {@link HugePages#ABOVE_BYTES} runs in a second Java with the option, whose output and exit code
 * are the command's; the user's explicit option is kept; and killing the first process outright
 * stops the second (a killed sweep must stay killed for {@code --resume}).
 */
class RelaunchIT {
    @TempDir
    Path tmp;

    /** About 325 MiB of state at d = 8: above the threshold. */
    private static final String LARGE = "700000";

    @BeforeEach
    void onAMadviseMachine() {
        assumeRelaunchable();
    }

    /** Skips a test where coshape would not start Java again: no pages on request, or the environment decides. */
    static void assumeRelaunchable() {
        assumeTrue("madvise".equals(MachineInfo.readHugePages()), "huge pages are not given on request here");
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")) {
            String options = System.getenv(variable);
            assumeTrue(options == null || !options.contains("TransparentHugePages"), variable + " decides already");
        }
    }

    @Test
    void aLargeBenchRunsAgainWithHugePagesAndPrintsOneJsonObject() throws Exception {
        QuickstartJarIT.Proc p = QuickstartJarIT.jar("bench", "--humans", LARGE, "--ticks", "1", "--warmup", "0",
                "--threads", "2", "--json");
        assertEquals(0, p.code(), p.err());
        JsonNode j = new ObjectMapper().readTree(p.out());
        List<String> options = new ArrayList<>();
        j.get("jvm_options").forEach(o -> options.add(o.asText()));
        assertTrue(options.contains(HugePages.OPTION), options.toString());
        assertFalse(options.stream().anyMatch(o -> o.startsWith("-D")), "the -X options only: " + options);
        assertTrue(p.err().contains("starting Java again with " + HugePages.OPTION), p.err());
        assertEquals(700000, j.get("humans").asInt());
    }

    @Test
    void aLargeRunRunsAgainWithHugePagesAndItsManifestSaysSo() throws Exception {
        Path out = tmp.resolve("big");
        QuickstartJarIT.Proc p = QuickstartJarIT.jar("run", "../scenarios/quickstart.yaml", "--set",
                "population.size=" + LARGE, "--set", "ticks=1", "--set", "output.charts=[]", "--out", out.toString());
        assertEquals(0, p.code(), p.err());
        assertTrue(p.out().contains("results: " + out.toAbsolutePath()), p.out());
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        String options = manifest.get("jvm_options").toString();
        assertTrue(options.contains(HugePages.OPTION), options);
        assertFalse(options.contains("-D"), "no -D properties: they can hold credentials, " + options);
        assertEquals("done", manifest.get("runs").get(0).get("status").asText());
    }

    @Test
    void theUsersOwnOptionIsKept() throws Exception {
        QuickstartJarIT.Proc p = QuickstartJarIT.jarIn(Path.of("").toAbsolutePath(),
                List.of("-XX:-UseTransparentHugePages"), "bench", "--humans", LARGE, "--ticks", "1",
                "--warmup", "0", "--json");
        assertRanInOneProcess(p);
    }

    @Test
    void aSmallPopulationStaysInOneProcess() throws Exception {
        QuickstartJarIT.Proc p = QuickstartJarIT.jar("bench", "--humans", "20000", "--ticks", "1", "--warmup", "0",
                "--json");
        assertRanInOneProcess(p);
    }

    @Test
    void killingTheLauncherOutrightStopsTheCommand() throws Exception {
        Process launcher = new ProcessBuilder(java(), "-jar", jarPath(), "bench", "--humans", LARGE, "--ticks",
                "1000000", "--warmup", "0").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            Optional<ProcessHandle> command = Optional.empty();
            for (int i = 0; i < 600 && command.isEmpty(); i++) { // a minute at most
                Thread.sleep(100);
                command = launcher.children().findFirst();
            }
            assertTrue(command.isPresent(), "the launcher did not start the command");
            launcher.destroyForcibly(); // SIGKILL: no shutdown hook runs in the launcher
            assertTrue(launcher.waitFor(30, TimeUnit.SECONDS));
            ProcessHandle c = command.get();
            try {
                c.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                c.destroyForcibly();
                throw new AssertionError("the command ran on after its launcher was killed", e);
            }
        } finally {
            launcher.descendants().forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }
    }

    /** A bench that succeeded without starting Java again. */
    private static void assertRanInOneProcess(QuickstartJarIT.Proc p) throws Exception {
        assertEquals(0, p.code(), p.err());
        String options = new ObjectMapper().readTree(p.out()).get("jvm_options").toString();
        assertFalse(options.contains(HugePages.OPTION), options);
        assertFalse(p.err().contains("starting Java again"), p.err());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String jarPath() {
        return Path.of("target/coshape.jar").toAbsolutePath().toString();
    }
}
