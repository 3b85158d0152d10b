package org.coshape.model.network;

import java.util.Arrays;

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

    Network toUndirected() {
        int[] deg = new int[n + 1];
        for (int e = 0; e < count; e++) {
            if (a[e] != b[e]) {
                deg[a[e] + 1]++;
                deg[b[e] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            deg[i + 1] += deg[i];
        }
        long total = deg[n];
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("network too large: " + total + " directed links");
        }
        int[] tg = new int[(int) total];
        int[] fill = Arrays.copyOf(deg, n);
        for (int e = 0; e < count; e++) {
            if (a[e] != b[e]) {
                tg[fill[a[e]]++] = b[e];
                tg[fill[b[e]]++] = a[e];
            }
        }
        a = null;
        b = null;
        // sort each list and drop duplicates, compacting in place
        int[] off = new int[n + 1];
        int w = 0;
        for (int i = 0; i < n; i++) {
            int s = deg[i];
            int e = deg[i + 1];
            Arrays.sort(tg, s, e);
            off[i] = w;
            int last = -1;
            for (int k = s; k < e; k++) {
                if (tg[k] != last) {
                    tg[w++] = tg[k];
                    last = tg[k];
                }
            }
        }
        off[n] = w;
        return new Network(n, off, w == tg.length ? tg : Arrays.copyOf(tg, w), null, false);
    }
}
