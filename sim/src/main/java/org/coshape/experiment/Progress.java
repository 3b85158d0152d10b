package org.coshape.experiment;

import java.io.Console;
import java.io.PrintWriter;
import java.time.Duration;
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
        boolean terminal = isTerminal() && !quiet;
        this.bar = terminal
                ? new ProgressBarBuilder()
                        .setTaskName(task)
                        .setInitialMax(total)
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(500)
                        .startsFrom(alreadyDone, Duration.ZERO)
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

    /**
     * Whether standard output is an interactive terminal. Before Java 22 a console exists only
     * then; from 22 on one always exists and says it through {@code isTerminal()}, read here by
     * reflection because this code is compiled for Java 17.
     */
    @SuppressWarnings("SystemConsoleNull")
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 17-21: a console is a terminal
        }
    }
}
