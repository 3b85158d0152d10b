package org.coshape.batch;

import java.io.PrintWriter;
import java.util.function.LongConsumer;
import org.coshape.results.RunSpec;

/**
 * A progress line for a long run, told at each metrics record: at most one line every
 * {@link #EVERY_NANOS}, with the tick reached, the share done and the time so far, so that a run
 * of minutes does not look hung. A shorter run prints nothing beyond its closing line.
 */
final class TickProgress implements LongConsumer {
    static final long EVERY_NANOS = 5_000_000_000L;

    private final RunSpec run;
    private final PrintWriter err;
    private final long every;
    private final long start = System.nanoTime();
    private long last = start;

    TickProgress(RunSpec run, PrintWriter err) {
        this(run, err, EVERY_NANOS);
    }

    TickProgress(RunSpec run, PrintWriter err, long everyNanos) {
        this.run = run;
        this.err = err;
        this.every = everyNanos;
    }

    @Override
    public void accept(long tick) {
        long now = System.nanoTime();
        if (now - last < every) {
            return;
        }
        last = now;
        long ticks = run.scenario().ticks();
        err.printf(
                "coshape: run %s: tick %d of %d (%d%%), %.0f s%n",
                run.runId(), tick, ticks, ticks == 0 ? 100 : 100 * tick / ticks, (now - start) / 1e9);
        err.flush();
    }
}
