package org.coshape.experiment;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.coshape.concurrent.ChunkPool;
import org.coshape.results.PeopleSink;
import org.coshape.results.RunRows;
import org.coshape.results.RunSpec;

/**
 * Runs a list of runs on this machine in one warm JVM. Many small runs: runs in parallel, one
 * thread each (no hand-off inside a run). Few or large runs: one after another, each parallel
 * inside. Results do not depend on the choice. Each finished run goes to the store at once; a run
 * that throws is recorded as failed and the others go on.
 */
public final class LocalExecutor {
    /** Above this population, runs use all threads inside instead of one each. */
    static final int SMALL_RUN = 200_000;

    private LocalExecutor() {}

    /** Told about every run as it ends (from worker threads; implementations synchronise). */
    public interface Listener {
        /** Exactly one of {@code rows} and {@code error} is non-null. */
        void finished(RunSpec spec, RunRows rows, Throwable error);

        /** Where the run's person-level data goes, or null (the default) for nowhere. */
        default PeopleSink people(RunSpec spec) {
            return null;
        }

        /** Whether the runs not yet started should be skipped (their results could not be kept). */
        default boolean stopped() {
            return false;
        }
    }

    /** Runs everything on local threads; rows use the given swept-parameter columns. */
    public static void runAll(List<RunSpec> runs, int threads, List<String> parameters, Listener listener) {
        boolean manySmall = runs.size() >= threads
                && runs.stream().allMatch(r -> r.scenario().population().size() <= SMALL_RUN);
        if (!manySmall || threads == 1) {
            try (ChunkPool pool = new ChunkPool(threads)) {
                for (RunSpec r : runs) {
                    runOne(r, pool, parameters, listener);
                }
            }
            return;
        }
        ExecutorService exec = Executors.newFixedThreadPool(threads, t -> {
            Thread th = new Thread(t, "coshape-run");
            th.setDaemon(true);
            return th;
        });
        ThreadLocal<ChunkPool> pools = ThreadLocal.withInitial(() -> new ChunkPool(1));
        for (RunSpec r : runs) {
            exec.execute(() -> runOne(r, pools.get(), parameters, listener));
        }
        exec.shutdown();
        try {
            while (!exec.awaitTermination(1, TimeUnit.HOURS)) {
                // keep waiting: a sweep may run for days
            }
        } catch (InterruptedException e) {
            exec.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static void runOne(RunSpec r, ChunkPool pool, List<String> parameters, Listener listener) {
        if (listener.stopped()) {
            return;
        }
        RunRows rows;
        try {
            rows = RunRows.of(Runner.run(r, pool, listener.people(r)), parameters);
        } catch (RuntimeException | OutOfMemoryError e) {
            listener.finished(r, null, e);
            return;
        }
        listener.finished(r, rows, null);
    }
}
