package org.coshape.model;

import org.coshape.concurrent.ChunkPool;
import org.coshape.model.network.Network;
import org.coshape.model.state.People;

/**
 * Where each link's neighbour record starts in the value arrays ({@code base + target * d}),
 * computed once per run for the averaging rules, which read every neighbour's record every tick.
 * With the offset stored, the loop that touches a block's records before its kernel does one
 * load and one bounds check per link instead of also a multiply and an add, and the core keeps
 * more of its misses in flight. It costs 4 bytes per link.
 */
final class NeighbourRecords {
    private NeighbourRecords() {}

    /** The record offsets of {@code net}'s targets in {@code p}'s layout, aligned with its targets. */
    static int[] of(Network net, People p, ChunkPool pool) {
        int[] off = net.offsets();
        int[] tg = net.targets();
        int[] rec = new int[tg.length];
        int base = p.base;
        int d = p.d;
        pool.run(p.n, (chunk, from, to) -> {
            for (int q = off[from], e = off[to]; q < e; q++) {
                rec[q] = base + tg[q] * d;
            }
        });
        return rec;
    }
}
