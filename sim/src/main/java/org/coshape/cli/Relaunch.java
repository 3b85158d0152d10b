package org.coshape.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How this process was started, so that a command can start itself again in a Java with one more
 * option (Java takes most of its options only at start-up) and hand over the terminal: the new
 * process reads and writes the same streams and its exit code becomes ours. The two stay tied:
 * ending the launcher ends the command, as if there were one process.
 */
final class Relaunch {
    /** System property that tells a relaunched command its launcher's process id. */
    static final String LAUNCHER_PID = "coshape.launcher.pid";

    /** Options whose agents would be started twice (a debugger's port, a profiler's file). */
    private static final List<String> AGENT_OPTIONS = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrunjdwp",
            "-Xdebug");

    /** Environment variables whose options the launcher's input arguments already hold. */
    private static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

    private final String[] args;

    /** {@code args}: the command line's arguments, as {@code main} received them. */
    Relaunch(String[] args) {
        this.args = args.clone();
    }

    /**
     * The command that starts the same program again with {@code option} added, or empty when
     * this process cannot be started again faithfully: an agent is attached (it would start
     * twice, and whoever attached it wants this process), this is a relaunched command already,
     * or coshape is not the program the JVM was started for (under spark-submit, for instance).
     */
    Optional<List<String>> command(String option) {
        String javaCommand = System.getProperty("sun.java.command", "");
        String classPath = System.getProperty("java.class.path", "");
        boolean jar = !classPath.isEmpty() && (javaCommand + " ").startsWith(classPath + " ");
        boolean main = (javaCommand + " ").startsWith(CoshapeCli.class.getName() + " ");
        if (!jar && !main || System.getProperty(LAUNCHER_PID) != null) {
            return Optional.empty();
        }
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        return command(java, ManagementFactory.getRuntimeMXBean().getInputArguments(), jar, classPath, option,
                ProcessHandle.current().pid(), args);
    }

    /** The relaunch command from its parts; empty when {@code jvmArgs} attach an agent. */
    static Optional<List<String>> command(String java, List<String> jvmArgs, boolean jar, String classPath,
            String option, long pid, String[] args) {
        for (String a : jvmArgs) {
            for (String agent : AGENT_OPTIONS) {
                if (a.startsWith(agent)) {
                    return Optional.empty();
                }
            }
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(jvmArgs);
        cmd.add(option);
        cmd.add("-D" + LAUNCHER_PID + "=" + pid);
        if (jar) {
            cmd.add("-jar");
            cmd.add(classPath);
        } else {
            cmd.add("-cp");
            cmd.add(classPath);
            cmd.add(CoshapeCli.class.getName());
        }
        cmd.addAll(List.of(args));
        return Optional.of(cmd);
    }

    /**
     * Runs {@code cmd} on this process's streams and returns its exit code, or empty when it
     * cannot be started (then nothing has run, and the work can go on here). Whatever ends this
     * process short of SIGKILL (Ctrl-C, SIGTERM) ends the command too; a SIGKILL is noticed by
     * the command itself ({@link #watchLauncher}).
     */
    static Optional<Integer> run(List<String> cmd, PrintWriter out, PrintWriter err) {
        out.flush();
        err.flush();
        System.out.flush();
        System.err.flush();
        // the checks before may have read large input files (a people CSV); a full collection lets
        // the JVM give that memory back while the command runs (2x10^6 people from a CSV: the
        // launcher held 1.1 GB while the command ran, 118 MB after this)
        System.gc();
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        Map<String, String> env = pb.environment();
        OPTION_VARIABLES.forEach(env::remove);
        Process child;
        try {
            child = pb.start();
        } catch (java.io.IOException e) {
            err.println("coshape: could not start Java again (" + e.getMessage() + "); going on in this one");
            err.flush();
            return Optional.empty();
        }
        Thread stop = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "coshape-relaunch-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        boolean interrupted = false;
        while (true) {
            try {
                int code = child.waitFor();
                removeHook(stop);
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                return Optional.of(code);
            } catch (InterruptedException e) {
                interrupted = true; // the command runs on; only its end ends the wait
            }
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs, and finds the command ended
        }
    }

    /**
     * In a relaunched command: stops this process the moment its launcher ends without waiting
     * for it, as when the launcher was killed with SIGKILL. Results are written atomically, so a
     * stop loses only work in flight, as a kill of a single process would.
     */
    static void watchLauncher() {
        String pid = System.getProperty(LAUNCHER_PID);
        if (pid == null) {
            return;
        }
        Optional<ProcessHandle> launcher;
        try {
            launcher = ProcessHandle.of(Long.parseLong(pid));
        } catch (NumberFormatException e) {
            return; // not set by Relaunch
        }
        if (launcher.isEmpty()) {
            stop(); // it ended before we started watching
        }
        launcher.get().onExit().thenRun(Relaunch::stop);
    }

    private static void stop() {
        System.err.println("coshape: stopped: the process that started this one has ended");
        System.err.flush();
        Runtime.getRuntime().halt(CoshapeCli.FAILURE);
    }
}
