package org.coshape.experiment;

import java.util.function.LongConsumer;
import org.coshape.concurrent.ChunkPool;
import org.coshape.model.CoshapeModel;
import org.coshape.results.PeopleSink;
import org.coshape.results.RunResult;
import org.coshape.results.RunSpec;

/**
 * Runs one {@link RunSpec}: builds the model (with its matched no-AI twin when
 * {@code metrics.baseline} is on) and steps it to the end.
 */
public final class Runner {

    private Runner() {}

    public static RunResult run(RunSpec spec, ChunkPool pool, PeopleSink sink) {
        return run(spec, pool, sink, tick -> {});
    }

    /**
     * {@link #run(RunSpec, ChunkPool, PeopleSink)}, telling {@code afterRecord} the tick of each
     * metrics record (a long run's progress line).
     */
    public static RunResult run(RunSpec spec, ChunkPool pool, PeopleSink sink, LongConsumer afterRecord) {
        long t0 = System.nanoTime();
        CoshapeModel model = new CoshapeModel(spec.scenario(), spec.seed(), pool, true);
        model.setRecordListener((tick, people) -> {
            if (sink != null) {
                sink.accept(spec.runId(), tick, people);
            }
            afterRecord.accept(tick);
        });
        model.start();
        if (sink != null) {
            sink.network(spec.runId(), model.network());
        }
        long t1 = System.nanoTime();
        model.stepToEnd();
        long t2 = System.nanoTime();
        return new RunResult(spec, model.series(), "done", "", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }
}
