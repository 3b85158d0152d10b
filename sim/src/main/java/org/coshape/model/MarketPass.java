package org.coshape.model;

import java.util.Arrays;
import org.coshape.concurrent.ChunkPool;
import org.coshape.metrics.Row;
import org.coshape.model.state.Ais;
import org.coshape.model.state.People;

/**
 * The market's pass of a metrics record, in parallel chunks combined in chunk order: in each row
 * (everyone, each group) the users of each assistant, the sums of their current values, and the
 * sum of users' squared values, from which {@code sorting} is computed; the assistants' promoted
 * values for {@code assistant_diversity}; and the window's assistant changes.
 */
final class MarketPass {
    private final CoshapeModel model;
    private final int rows;
    private final int m;
    private final int d;
    /** Per row: per assistant its users and value sums (1 + d each), then the users' sum of |v|^2. */
    private final int rowWidth;

    private final double[][] chunkSums;
    private final transient ChunkPool.ChunkTask task = this::sum;

    MarketPass(CoshapeModel model) {
        this.model = model;
        People p = model.people();
        this.rows = p.groups + 1;
        this.m = model.ais().m;
        this.d = p.d;
        this.rowWidth = m * (1 + d) + 1;
        this.chunkSums = new double[ChunkPool.chunks(p.n)][rows * rowWidth];
    }

    /** Fills each row's market sums; {@code changes} are the window's assistant changes per group. */
    void run(Row[] out, double[] changes, long windowTicks) {
        People p = model.people();
        Ais a = model.ais();
        model.pool().run(p.n, task);
        double[] total = new double[rows * rowWidth];
        for (double[] c : chunkSums) {
            for (int k = 0; k < total.length; k++) {
                total[k] += c[k];
            }
        }
        for (int row = 0; row < rows; row++) {
            Row r = out[row];
            int b = row * rowWidth;
            r.assistantUsers = new double[m];
            r.assistantValueSums = new double[m * d];
            for (int j = 0; j < m; j++) {
                r.assistantUsers[j] = total[b + j * (1 + d)];
                System.arraycopy(total, b + j * (1 + d) + 1, r.assistantValueSums, j * d, d);
            }
            r.usersSquares = total[b + m * (1 + d)];
            r.promoted = a.w;
            r.windowTicks = windowTicks;
            r.changes = row == 0 ? Arrays.stream(changes).sum() : changes[row - 1];
        }
    }

    private void sum(int chunk, int from, int to) {
        People p = model.people();
        double[] s = chunkSums[chunk];
        Arrays.fill(s, 0);
        for (int i = from; i < to; i++) {
            int j = p.ai[i];
            if (j < 0) {
                continue;
            }
            int vb = p.at(i);
            double sq = 0;
            for (int k = 0; k < d; k++) {
                sq += (double) p.v[vb + k] * p.v[vb + k];
            }
            add(s, 0, j, p.v, vb, sq);
            add(s, p.group[i] + 1, j, p.v, vb, sq);
        }
    }

    /** One user of assistant j, values at {@code v[vb..]} with squared length {@code sq}, into a row's sums. */
    private void add(double[] s, int row, int j, float[] v, int vb, double sq) {
        int b = row * rowWidth + j * (1 + d);
        s[b] += 1;
        for (int k = 0; k < d; k++) {
            s[b + 1 + k] += v[vb + k];
        }
        s[row * rowWidth + m * (1 + d)] += sq;
    }
}
