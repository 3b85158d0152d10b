package org.coshape.experiment;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of long work: a progress bar (runs done/total, failures, ETA) when stderr is a
 * terminal, plain lines at most every few seconds otherwise (the bar library writes carriage
 * returns even into files and pipes), nothing when quiet.
 */
public final class Progress implements AutoCloseable {
    private final int total;
    private final PrintWriter err;
    private final boolean quiet;
    private final ProgressBar bar;
    private final long start = System.nanoTime();
    private long lastLine;
    private int done;
    private int failed;

    public Progress(String task, int total, int alreadyDone, PrintWriter err, boolean quiet) {
        this.total = total;
        this.err = err;
        this.quiet = quiet;
        this.done = alreadyDone;
        boolean terminal = System.console() != null && !quiet;
        this.bar = terminal
                ? new ProgressBarBuilder()
                        .setTaskName(task)
                        .setInitialMax(total)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(500)
                        .startsFrom(alreadyDone, java.time.Duration.ZERO)
                        .build()
                : null;
        if (!terminal && !quiet) {
            err.printf("coshape: %s: %d runs (%d already done)%n", task, total, alreadyDone);
            err.flush();
        }
    }

    public synchronized void runFinished(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        if (bar != null) {
            bar.stepTo(done);
            bar.setExtraMessage(failed > 0 ? failed + " failed" : "");
            return;
        }
        long now = System.nanoTime();
        if (!quiet && (now - lastLine > 5_000_000_000L || done == total)) {
            lastLine = now;
            double elapsed = (now - start) / 1e9;
            err.printf(
                    "coshape: %d/%d runs done, %d failed, %s elapsed%s%n",
                    done,
                    total,
                    failed,
                    time(elapsed),
                    done < total ? ", ETA " + time(elapsed / Math.max(1, done) * (total - done)) : "");
            err.flush();
        }
    }

    static String time(double s) {
        long t = Math.round(s);
        return t >= 3600
                ? String.format("%dh%02dm", t / 3600, t / 60 % 60)
                : t >= 60 ? String.format("%dm%02ds", t / 60, t % 60) : t + "s";
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
