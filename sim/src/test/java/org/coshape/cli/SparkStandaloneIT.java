package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep on a real standalone Spark cluster (a master and a worker started from the Maven jars,
 * bound to 127.0.0.1) gives the local executor's tables byte for byte. Every process started here,
 * and everything it started, is stopped by id at the end, whatever happens.
 */
class SparkStandaloneIT {
    @TempDir
    Path tmp;

    private final List<Process> started = new ArrayList<>();

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    Process start(List<String> cmd, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        started.add(p);
        return p;
    }

    static boolean waitFor(Path log, String text, long seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    @Test
    void standaloneClusterGivesTheLocalTables() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // SPARK_HOME whose jars/ links the test classpath's jars (Spark is a provided dependency)
        Path sparkHome = tmp.resolve("spark-home");
        Path jars = Files.createDirectories(sparkHome.resolve("jars"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator, -1)) {
            Path p = Path.of(entry);
            if (entry.endsWith(".jar")
                    && Files.isRegularFile(p)
                    && !p.getFileName().toString().startsWith("coshape")) {
                Path link = jars.resolve(p.getFileName());
                if (!Files.exists(link)) {
                    Files.createSymbolicLink(link, p.toAbsolutePath());
                }
            }
        }
        String cp = jars + "/*";
        Map<String, String> env = Map.of(
                "SPARK_HOME",
                sparkHome.toString(),
                "SPARK_SCALA_VERSION",
                "2.13",
                "SPARK_LOCAL_IP",
                "127.0.0.1",
                "SPARK_LOCAL_DIRS",
                Files.createDirectories(tmp.resolve("local")).toString(),
                "SPARK_WORKER_DIR",
                Files.createDirectories(tmp.resolve("work")).toString());
        int port = freePort();
        try {
            start(
                    List.of(
                            java,
                            "-Xmx512m",
                            "-cp",
                            cp,
                            "org.apache.spark.deploy.master.Master",
                            "--host",
                            "127.0.0.1",
                            "--port",
                            Integer.toString(port),
                            "--webui-port",
                            Integer.toString(freePort())),
                    env,
                    tmp.resolve("master.log"));
            assertTrue(
                    waitFor(tmp.resolve("master.log"), "I have been elected leader", 60),
                    "master up: " + Files.readString(tmp.resolve("master.log")));
            String url = "spark://127.0.0.1:" + port;
            start(
                    List.of(
                            java,
                            "-Xmx512m",
                            "-cp",
                            cp,
                            "org.apache.spark.deploy.worker.Worker",
                            "--host",
                            "127.0.0.1",
                            "--cores",
                            "2",
                            "--memory",
                            "2g",
                            "--webui-port",
                            Integer.toString(freePort()),
                            url),
                    env,
                    tmp.resolve("worker.log"));
            assertTrue(
                    waitFor(tmp.resolve("worker.log"), "Successfully registered with master", 60),
                    "worker registered: " + Files.readString(tmp.resolve("worker.log")));

            Path scenario = tmp.resolve("cluster.yaml");
            Files.writeString(scenario, """
                    name: cluster
                    seed: 21
                    ticks: 40
                    replications: 2
                    population: {size: 1000}
                    network: {type: erdos_renyi, degree: 6}
                    ai: {designers: {size: 10}}
                    metrics: {every: 10}
                    output: {charts: []}
                    sweep:
                      design: grid
                      parameters:
                        ai.regime: [configuration, mutual]
                    """);
            Path local = tmp.resolve("local-out");
            assertEquals(
                    0,
                    BadInputTest.cli("sweep", scenario.toString(), "--out", local.toString(), "--quiet")
                            .code());
            Path spark = tmp.resolve("spark-out");
            Process driver = start(
                    List.of(
                            java,
                            "-Xmx1g",
                            "-Dspark.jars=" + Path.of("target/coshape.jar").toAbsolutePath(),
                            "-Dspark.driver.host=127.0.0.1",
                            "-Dspark.driver.bindAddress=127.0.0.1",
                            "-Dspark.ui.enabled=false",
                            "-Dspark.executor.memory=1g",
                            "-cp",
                            "target/coshape.jar" + File.pathSeparator + cp,
                            "org.coshape.cli.CoshapeCli",
                            "sweep",
                            scenario.toString(),
                            "--executor",
                            "spark",
                            "--master",
                            url,
                            "--out",
                            spark.toString(),
                            "--quiet"),
                    env,
                    tmp.resolve("driver.log"));
            assertTrue(driver.waitFor(4, TimeUnit.MINUTES), "driver finished");
            assertEquals(0, driver.exitValue(), Files.readString(tmp.resolve("driver.log")));
            for (String f : new String[] {"summary.csv", "timeseries.csv", "assistants.csv"}) {
                assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(spark.resolve(f)), f);
            }
        } finally {
            for (Process p : started) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
            // the links point out of the temporary folder: remove them ourselves, quietly
            try (var links = Files.list(jars)) {
                for (Path link : links.toList()) {
                    Files.deleteIfExists(link);
                }
            }
        }
    }
}
