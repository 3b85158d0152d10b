package org.coshape.model.network;

import java.util.Arrays;
import org.coshape.concurrent.ChunkPool;

/**
 * Growable list of undirected edges that becomes a {@link Network}: each edge is stored in both
 * directions, then each person's list is sorted and de-duplicated (generators may propose the
 * same pair twice) and self-loops dropped.
 */
final class EdgeBuffer {
    private final int n;
    private int[] a = new int[1024];
    private int[] b = new int[1024];
    private int count;

    EdgeBuffer(int n, long expected) {
        this.n = n;
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(1024, expected + expected / 8));
        a = new int[cap];
        b = new int[cap];
    }

    void add(int i, int j) {
        if (count == a.length) {
            int cap = (int) Math.min(Integer.MAX_VALUE - 8L, a.length * 2L);
            a = Arrays.copyOf(a, cap);
            b = Arrays.copyOf(b, cap);
        }
        a[count] = i;
        b[count] = j;
        count++;
    }

    /**
     * Builds the network: both directions of every edge, each list sorted and de-duplicated,
     * self-loops dropped. The lists are sets, so the order in which entries are placed does not
     * matter: with a pool, each thread places and sorts the lists of its own range of people
     * (reading all edges, writing only its range), and the result is the same at any thread count.
     * There are as many ranges as threads can run at once ({@link ChunkPool#concurrency}), since
     * each range reads every edge.
     *
     * @param pool threads to use, or {@code null} for the calling thread only
     */
    Network toUndirected(ChunkPool pool) {
        int parts = pool == null ? 1 : pool.concurrency();
        int[] deg = new int[n + 1];
        forEachEnd(pool, parts, (person, other) -> deg[person + 1]++);
        for (int i = 0; i < n; i++) {
            deg[i + 1] += deg[i];
        }
        long total = deg[n];
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("network too large: " + total + " directed links");
        }
        int[] tg = new int[(int) total];
        int[] fill = Arrays.copyOf(deg, n);
        forEachEnd(pool, parts, (person, other) -> tg[fill[person]++] = other);
        a = null;
        b = null;
        // sort each list and drop duplicates in place; fill[i] becomes the end of i's distinct entries
        forParts(pool, parts, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                int s = deg[i];
                int e = deg[i + 1];
                Arrays.sort(tg, s, e);
                int w = s;
                int last = -1;
                for (int k = s; k < e; k++) {
                    if (tg[k] != last) {
                        tg[w++] = tg[k];
                        last = tg[k];
                    }
                }
                fill[i] = w;
            }
        });
        int[] off = new int[n + 1];
        int w = 0;
        for (int i = 0; i < n; i++) {
            off[i] = w;
            int s = deg[i];
            int len = fill[i] - s;
            if (w != s) {
                System.arraycopy(tg, s, tg, w, len);
            }
            w += len;
        }
        off[n] = w;
        return new Network(n, off, w == tg.length ? tg : Arrays.copyOf(tg, w), null, false);
    }

    /** One end of a link: {@code other} joins {@code person}'s list. */
    @FunctionalInterface
    private interface LinkEnd {
        void add(int person, int other);
    }

    /**
     * Gives {@code end} both ends of every link except self-loops, edge by edge; with several
     * parts, each part reads all edges and takes only the ends that belong to its own people.
     */
    private void forEachEnd(ChunkPool pool, int parts, LinkEnd end) {
        forParts(pool, parts, (lo, hi) -> {
            for (int e = 0; e < count; e++) {
                int i = a[e];
                int j = b[e];
                if (i != j) {
                    if (i >= lo && i < hi) {
                        end.add(i, j);
                    }
                    if (j >= lo && j < hi) {
                        end.add(j, i);
                    }
                }
            }
        });
    }

    /** Runs {@code job} on {@code parts} equal ranges of people, on the pool's threads when given. */
    private void forParts(ChunkPool pool, int parts, ChunkPool.RangeTask job) {
        if (pool == null) {
            job.run(0, n);
        } else {
            pool.forEachRange(n, parts, job);
        }
    }
}
