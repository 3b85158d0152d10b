package org.coshape.experiment.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.coshape.concurrent.ChunkPool;
import org.coshape.experiment.LocalExecutor;
import org.coshape.experiment.Runner;
import org.coshape.results.RunRows;
import org.coshape.results.RunSpec;
import org.coshape.scenario.ScenarioLoader;
import org.coshape.scenario.ScenarioPrinter;
import org.coshape.scenario.YamlReader;

/**
 * Runs a batch on Apache Spark: each run is one single-task Spark job, submitted from a pool of
 * driver threads as wide as the cluster, so results come back (and are written durably by the
 * driver) run by run. A run travels as its resolved scenario text and seed; the executor binds it
 * and formats the result rows with the same code as the local executor, so the tables are
 * byte-identical whichever executor ran them.
 */
public final class SparkExecutor {

    /** One run as it crosses the wire. */
    public record Task(
            String runId,
            String policy,
            int point,
            int replicate,
            long seed,
            Map<String, String> parameters,
            String scenarioYaml,
            List<String> columns)
            implements Serializable {}

    private SparkExecutor() {}

    /**
     * Runs every run as a Spark task and hands each finished run's rows to the listener.
     *
     * @param master Spark master URL; null to take it from spark-submit's configuration (or
     *               local[*] when there is none)
     */
    public static void runAll(
            List<RunSpec> runs, List<String> columns, String master, String appName, LocalExecutor.Listener listener) {
        SparkConf conf = new SparkConf().setAppName(appName);
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // keep a local run on the loopback interface, with no web UI
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            int width = Math.max(1, sc.defaultParallelism());
            ExecutorService drivers = Executors.newFixedThreadPool(width, r -> {
                Thread t = new Thread(r, "coshape-spark-driver");
                t.setDaemon(true);
                return t;
            });
            for (RunSpec r : runs) {
                Task task = new Task(
                        r.runId(),
                        r.policy(),
                        r.point(),
                        r.replicate(),
                        r.seed(),
                        r.parameters(),
                        ScenarioPrinter.yaml(r.scenario()),
                        columns);
                drivers.execute(() -> {
                    RunRows rows;
                    try {
                        rows = sc.parallelize(List.of(task), 1)
                                .map(SparkExecutor::execute)
                                .collect()
                                .get(0);
                    } catch (RuntimeException e) {
                        listener.finished(r, null, e);
                        return;
                    }
                    listener.finished(r, rows, null);
                });
            }
            drivers.shutdown();
            while (!drivers.awaitTermination(1, TimeUnit.HOURS)) {
                // a long study: keep waiting
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs one task (on a Spark executor). */
    static RunRows execute(Task t) {
        var scenario = ScenarioLoader.bind(YamlReader.readText(t.scenarioYaml(), "spark task " + t.runId()), null);
        RunSpec spec = new RunSpec(t.runId(), t.policy(), t.point(), t.replicate(), t.seed(), t.parameters(), scenario);
        try (ChunkPool pool = new ChunkPool(1)) {
            return RunRows.of(Runner.run(spec, pool, null), t.columns());
        }
    }
}
