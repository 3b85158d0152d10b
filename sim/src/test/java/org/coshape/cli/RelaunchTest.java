package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The command that starts coshape again: the same Java, options, program and arguments, plus one option. */
class RelaunchTest {
    private static final String[] ARGS = {"run", "my study.yaml", "--set", "population.size=1000000"};

    @Test
    void aJarStartsAgainAsAJarWithItsOptionsAndArgumentsKept() {
        List<String> cmd = Relaunch.command("/jdk/bin/java", List.of("-Xmx16g", "-Dx=1"), true, "/a b/coshape.jar",
                "-XX:+UseTransparentHugePages", 42, ARGS).orElseThrow();
        assertEquals(List.of("/jdk/bin/java", "-Xmx16g", "-Dx=1", "-XX:+UseTransparentHugePages",
                "-D" + Relaunch.LAUNCHER_PID + "=42", "-jar", "/a b/coshape.jar", "run", "my study.yaml", "--set",
                "population.size=1000000"), cmd);
    }

    @Test
    void aClassPathStartsAgainWithTheMainClass() {
        List<String> cmd = Relaunch.command("java", List.of(), false, "a.jar:b.jar", "-XX:+UseTransparentHugePages", 7,
                ARGS).orElseThrow();
        assertEquals(List.of("java", "-XX:+UseTransparentHugePages", "-D" + Relaunch.LAUNCHER_PID + "=7", "-cp",
                "a.jar:b.jar", CoshapeCli.class.getName(), "run", "my study.yaml", "--set", "population.size=1000000"),
                cmd);
    }

    @Test
    void anAttachedAgentKeepsTheWorkInThisProcess() {
        for (String agent : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-agentpath:/p/lib.so",
                "-javaagent:/p/agent.jar", "-Xrunjdwp:transport=dt_socket", "-Xdebug")) {
            assertEquals(Optional.empty(), Relaunch.command("java", List.of("-Xmx1g", agent), true, "c.jar",
                    "-XX:+UseTransparentHugePages", 1, ARGS), agent);
        }
    }

    @Test
    void commandsRunFromTestsOrEmbeddingNeverStartAgain() {
        // only main() records how the process started; execute() is what tests and embedders call
        var cl = CoshapeCli.commandLine();
        assertNull(CoshapeCli.relaunch(cl.getSubcommands().get("run").getCommandSpec()));
        // and this JVM was started for the test runner, not for coshape
        assertTrue(new Relaunch(ARGS).command("-XX:+UseTransparentHugePages").isEmpty());
    }

    @Test
    void aJavaThatCannotBeStartedLeavesTheWorkHere() {
        java.io.StringWriter err = new java.io.StringWriter();
        Optional<Integer> code = Relaunch.run(List.of("/nonexistent/bin/java", "-version"),
                new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err));
        assertEquals(Optional.empty(), code);
        assertTrue(err.toString().startsWith("coshape: could not start Java again ("), err.toString());
    }

    @Test
    void theStartedCommandsExitCodeIsReturned() {
        java.io.PrintWriter none = new java.io.PrintWriter(new java.io.StringWriter());
        assertEquals(Optional.of(0), Relaunch.run(List.of("/bin/sh", "-c", "exit 0"), none, none));
        assertEquals(Optional.of(3), Relaunch.run(List.of("/bin/sh", "-c", "exit 3"), none, none));
    }
}
