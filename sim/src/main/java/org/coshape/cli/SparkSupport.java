package org.coshape.cli;

import java.util.List;
import org.coshape.batch.DurableBatch;
import org.coshape.experiment.spark.SparkExecutor;
import org.coshape.io.BadInput;

/**
 * The bridge to the Spark executor, loaded only when {@code --executor spark} is asked for:
 * Spark is a provided dependency (a cluster supplies it), so the plain jar must not touch its
 * classes otherwise.
 */
final class SparkSupport {
    private SparkSupport() {}

    static void require() {
        try {
            Class.forName("org.apache.spark.api.java.JavaSparkContext", false, SparkSupport.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new BadInput("--executor spark: Apache Spark is not on the classpath; run under spark-submit"
                    + " (spark-submit --class org.coshape.cli.CoshapeCli sim/target/coshape.jar sweep ...) or put"
                    + " Spark's jars on the classpath (see README, Sweeps on Spark)");
        }
    }

    static DurableBatch.Executor executor(List<String> columns, String master, String appName) {
        return (todo, listener) -> SparkExecutor.runAll(todo, columns, master, appName, listener);
    }
}
