package org.coshape.model.network;

/**
 * The social network in compressed sparse row form: person {@code i} listens to
 * {@code targets[offsets[i] .. offsets[i+1])}, with optional weights. Two int arrays instead of
 * one object per edge: a 10^6-person, degree-10 network is about 44 MB and is read sequentially
 * per person. Generated networks are undirected (both directions stored, no self-loops, no
 * multi-edges); file networks may be directed and weighted.
 */
public final class Network {
    private final int size;
    private final int[] offsets;
    private final int[] targets;
    private final float[] weights;
    private final boolean directed;
    private Network reverse;

    public Network(int size, int[] offsets, int[] targets, float[] weights, boolean directed) {
        this.size = size;
        this.offsets = offsets;
        this.targets = targets;
        this.weights = weights;
        this.directed = directed;
    }

    public int size() {
        return size;
    }

    public int[] offsets() {
        return offsets;
    }

    public int[] targets() {
        return targets;
    }

    /** Edge weights aligned with {@link #targets()}, or {@code null} when every weight is 1. */
    public float[] weights() {
        return weights;
    }

    public boolean directed() {
        return directed;
    }

    public int degree(int i) {
        return offsets[i + 1] - offsets[i];
    }

    public long edgeCount() {
        return targets.length;
    }

    /**
     * The network with every edge reversed: who listens to {@code i}. For undirected networks it
     * is the network itself. Built once on first use (Deffuant pairing needs it).
     */
    public synchronized Network reversed() {
        if (!directed) {
            return this;
        }
        if (reverse == null) {
            int[] count = new int[size + 1];
            for (int t : targets) {
                count[t + 1]++;
            }
            for (int i = 0; i < size; i++) {
                count[i + 1] += count[i];
            }
            int[] off = count.clone();
            int[] tg = new int[targets.length];
            float[] w = weights == null ? null : new float[targets.length];
            int[] fill = count.clone();
            for (int s = 0; s < size; s++) {
                for (int e = offsets[s]; e < offsets[s + 1]; e++) {
                    int pos = fill[targets[e]]++;
                    tg[pos] = s;
                    if (w != null) {
                        w[pos] = weights[e];
                    }
                }
            }
            reverse = new Network(size, off, tg, w, true);
        }
        return reverse;
    }
}
