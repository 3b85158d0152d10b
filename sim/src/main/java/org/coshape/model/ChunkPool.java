package org.coshape.model;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a phase over people in fixed index chunks on a fixed set of threads. Chunk boundaries
 * depend only on the population size, never on the thread count, and each chunk writes its own
 * accumulator slot, so reductions combined in chunk order are bit-identical at any thread count.
 */
public final class ChunkPool implements AutoCloseable {
    /** People per chunk: large enough to amortise hand-off, small enough to balance two cores. */
    public static final int CHUNK = 4096;

    /** Work on people {@code [from, to)}, the {@code chunk}-th slice. */
    @FunctionalInterface
    public interface ChunkTask {
        void run(int chunk, int from, int to);
    }

    private final int threads;
    private final ExecutorService workers;

    public ChunkPool(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
        this.workers = threads > 1 ? Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "coshape-worker");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    public int threads() {
        return threads;
    }

    public static int chunks(int n) {
        return (n + CHUNK - 1) / CHUNK;
    }

    /** Runs {@code task} on every chunk of {@code [0, n)} and returns when all are done. */
    public void run(int n, ChunkTask task) {
        int chunks = chunks(n);
        if (threads == 1 || chunks <= 1) {
            for (int c = 0; c < chunks; c++) {
                task.run(c, c * CHUNK, Math.min(n, (c + 1) * CHUNK));
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int helpers = Math.min(threads - 1, chunks - 1);
        CountDownLatch done = new CountDownLatch(helpers);
        Runnable loop = () -> {
            try {
                int c;
                while (failure.get() == null && (c = next.getAndIncrement()) < chunks) {
                    task.run(c, c * CHUNK, Math.min(n, (c + 1) * CHUNK));
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
        for (int h = 0; h < helpers; h++) {
            workers.execute(() -> {
                try {
                    loop.run();
                } finally {
                    done.countDown();
                }
            });
        }
        loop.run();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for workers", e);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
