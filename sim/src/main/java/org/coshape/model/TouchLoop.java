package org.coshape.model;

import org.coshape.model.state.People;

/**
 * The stand-in for a prefetch in the social pass: before a block of people is computed, one load
 * per cache line of each of their neighbours' records, so that the misses overlap instead of
 * arriving one neighbour at a time. Results never depend on it, only speed.
 */
final class TouchLoop {
    private TouchLoop() {}

    /** People per block: their neighbours' records (about 10 per person) stay in L1/L2 between the passes. */
    static final int BLOCK = 64;

    /** Below this many bytes of values the whole array stays in cache and touching only costs time. */
    static final long TOUCH_ABOVE_BYTES = 1L << 20;

    /**
     * Loads one float from each cache line of every neighbour record of people [b, be) and
     * returns their sum (a value the caller must use, so the loads are not removed). Java has no
     * prefetch instruction; this loop stands in for one. It has few instructions per edge, so the
     * core keeps many misses in flight; the compute loops that follow then hit the cache instead
     * of waiting on memory one neighbour at a time. One load per 64 bytes of record
     * ({@link #TOUCH_LINES}), plus the last element when records may straddle lines
     * ({@link #TOUCH_ENDS}), which is why records are aligned. {@code rec} holds each link's record
     * offset ({@link NeighbourRecords}): fewer instructions per link let the core keep more
     * misses in flight.
     */
    static float touch(float[] v, int[] off, int[] rec, int b, int be, int d, int mode) {
        float t = 0;
        int last = d - 1;
        int s = off[b];
        int e = off[be]; // a local bound: with off[be] in the condition this loop ran 1.6x slower
        if (mode == TOUCH_LINES) {
            for (int q = s; q < e; q++) {
                t += v[rec[q]];
            }
        } else {
            for (int q = s; q < e; q++) {
                int nb = rec[q];
                t += v[nb] + v[nb + last];
            }
        }
        for (int k = 16; k < last; k += 16) {
            for (int q = s; q < e; q++) {
                t += v[rec[q] + k];
            }
        }
        return t;
    }

    /** No touch loop: the values fit in cache. */
    static final int TOUCH_NONE = 0;
    /** Touch one value per 64 bytes of record: records lie inside lines. */
    static final int TOUCH_LINES = 1;
    /** Touch also each record's last value, which may sit on the next line. */
    static final int TOUCH_ENDS = 2;

    /** How to touch neighbour records before each block: only when the values exceed the cache. */
    static int touchMode(People p) {
        if (4L * p.v.length <= TOUCH_ABOVE_BYTES) {
            return TOUCH_NONE;
        }
        return p.recordsOnLines ? TOUCH_LINES : TOUCH_ENDS;
    }
}
