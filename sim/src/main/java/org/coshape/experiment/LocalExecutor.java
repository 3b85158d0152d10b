package org.coshape.experiment;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.coshape.model.ChunkPool;

/**
 * Runs a list of runs on this machine in one warm JVM. Many small runs: runs in parallel, one
 * thread each (no hand-off inside a run). Few or large runs: one after another, each parallel
 * inside. Results do not depend on the choice. Each finished run goes to the store at once; a run
 * that throws is recorded as failed and the others go on.
 */
public final class LocalExecutor {
    /** Above this population, runs use all threads inside instead of one each. */
    static final int SMALL_RUN = 200_000;

    private LocalExecutor() {
    }

    /** Told about every run as it ends (from worker threads; implementations synchronise). */
    public interface Listener {
        void finished(RunSpec spec, RunResult result, Throwable error);
    }

    public static void runAll(List<RunSpec> runs, int threads, Listener listener) {
        boolean manySmall = runs.size() >= threads && runs.stream().allMatch(r -> r.scenario().population().size()
                <= SMALL_RUN);
        if (!manySmall || threads == 1) {
            try (ChunkPool pool = new ChunkPool(threads)) {
                for (RunSpec r : runs) {
                    runOne(r, pool, listener);
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
            exec.execute(() -> runOne(r, pools.get(), listener));
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

    private static void runOne(RunSpec r, ChunkPool pool, Listener listener) {
        RunResult result;
        try {
            result = Runner.run(r, pool, null);
        } catch (RuntimeException | OutOfMemoryError e) {
            listener.finished(r, null, e);
            return;
        }
        listener.finished(r, result, null);
    }
}
