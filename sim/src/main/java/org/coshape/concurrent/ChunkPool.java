package org.coshape.concurrent;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Runs a phase over people in fixed index chunks on a fixed set of threads. Chunk boundaries
 * depend only on the population size, never on the thread count, and each chunk writes its own
 * accumulator slot, so reductions combined in chunk order are bit-identical at any thread count.
 * Workers live as long as the pool and are woken per phase by a generation counter and
 * park/unpark, after a short spin: handing out a phase allocates nothing.
 */
public final class ChunkPool implements AutoCloseable {
    /** People per chunk: large enough to amortise hand-off, small enough to balance two cores. */
    public static final int CHUNK = 4096;

    /** Work on people {@code [from, to)}, the {@code chunk}-th slice. */
    @FunctionalInterface
    public interface ChunkTask {
        void run(int chunk, int from, int to);
    }

    /** Busy-wait iterations (tens of microseconds) before a thread parks: waking a parked thread costs more. */
    private static final int SPINS = 1 << 12;

    private final int threads;
    /** How many of the threads can run at once: the threads, at most the processors. */
    private final int concurrency;
    /**
     * {@link #SPINS}, or 0 when there are more threads than processors (a spinning thread would
     * take a working one's core).
     */
    private final int spins;

    private final Thread[] workers;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger pending = new AtomicInteger();
    private volatile int generation;
    private volatile boolean closed;
    private volatile ChunkTask task;
    private volatile int size;
    private volatile Throwable failure;
    private volatile Thread caller;

    public ChunkPool(int threads) {
        this(threads, Runtime.getRuntime().availableProcessors());
    }

    /**
     * A pool of {@code threads} on a machine taken to have {@code processors} (tests use it to
     * exercise several concurrent parts on a machine with fewer cores).
     */
    public ChunkPool(int threads, int processors) {
        if (threads < 1 || processors < 1) {
            throw new IllegalArgumentException("threads and processors must be at least 1");
        }
        this.threads = threads;
        this.concurrency = Math.min(threads, processors);
        this.spins = threads <= processors ? SPINS : 0;
        this.workers = new Thread[threads - 1];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = new Thread(this::workerLoop, "coshape-worker-" + w);
            workers[w].setDaemon(true);
            workers[w].start();
        }
    }

    public int threads() {
        return threads;
    }

    /**
     * The number of threads that can run at once (threads, at most processors): how many ways
     * to split work whose total grows with the number of parts (each part scanning all edges, a
     * merge per part). Asking for more threads than cores then costs hand-offs, not that work.
     */
    public int concurrency() {
        return concurrency;
    }

    public static int chunks(int n) {
        return (n + CHUNK - 1) / CHUNK;
    }

    /**
     * Runs {@code job.accept(k)} for k in [0, jobs) on the pool's threads (claimed in order) and
     * returns when all are done: for a few large independent jobs rather than ranges of people.
     */
    public void forEach(int jobs, IntConsumer job) {
        run(jobs * CHUNK, (k, from, to) -> job.accept(k));
    }

    /** Work on the items of {@code [lo, hi)}. */
    @FunctionalInterface
    public interface RangeTask {
        void run(int lo, int hi);
    }

    /**
     * Runs {@code task} on {@code parts} equal ranges of {@code [0, n)} on the pool's threads and
     * returns when all are done: for work whose result does not depend on where the ranges fall
     * (sorting parts, filling each range's own lists), split as many ways as there are threads.
     */
    public void forEachRange(int n, int parts, RangeTask task) {
        if (parts == 1) {
            task.run(0, n);
            return;
        }
        forEach(parts, k -> task.run(rangeStart(n, parts, k), rangeStart(n, parts, k + 1)));
    }

    /** Where the k-th of {@code parts} equal ranges of {@code [0, n)} starts ({@code n} for k = parts). */
    public static int rangeStart(int n, int parts, int k) {
        return (int) ((long) n * k / parts);
    }

    /** Runs {@code task} on every chunk of {@code [0, n)} and returns when all are done. */
    public void run(int n, ChunkTask task) {
        int chunks = chunks(n);
        if (workers.length == 0 || chunks <= 1) {
            for (int c = 0; c < chunks; c++) {
                task.run(c, c * CHUNK, Math.min(n, (c + 1) * CHUNK));
            }
            return;
        }
        synchronized (this) { // one phase at a time per pool
            this.task = task;
            this.size = n;
            this.failure = null;
            this.caller = Thread.currentThread();
            next.set(0);
            pending.set(workers.length);
            generation++; // volatile write: publishes the fields above to the workers
            for (Thread w : workers) {
                LockSupport.unpark(w);
            }
            work();
            for (int spin = 0; pending.get() != 0 && spin < spins; spin++) {
                Thread.onSpinWait();
            }
            while (pending.get() != 0) {
                LockSupport.park(this);
            }
            this.task = null;
            Throwable t = failure;
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
    }

    /** Claims and runs chunks of the current phase until none are left. */
    private void work() {
        ChunkTask t = task;
        int n = size;
        int chunks = chunks(n);
        try {
            int c;
            while (failure == null && (c = next.getAndIncrement()) < chunks) {
                t.run(c, c * CHUNK, Math.min(n, (c + 1) * CHUNK));
            }
        } catch (Throwable e) {
            if (failure == null) {
                failure = e;
            }
        }
    }

    private void workerLoop() {
        int seen = 0;
        while (true) {
            // the next phase usually follows within microseconds: spin briefly before sleeping
            for (int spin = 0; generation == seen && !closed && spin < spins; spin++) {
                Thread.onSpinWait();
            }
            while (generation == seen && !closed) {
                LockSupport.park(this);
            }
            if (closed) {
                return;
            }
            seen = generation;
            work();
            if (pending.decrementAndGet() == 0) {
                LockSupport.unpark(caller);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread w : workers) {
            LockSupport.unpark(w);
        }
    }
}
