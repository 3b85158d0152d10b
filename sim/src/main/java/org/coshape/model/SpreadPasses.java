package org.coshape.model;

import java.util.Arrays;
import org.coshape.concurrent.ChunkPool;
import org.coshape.metrics.CentredMoments;
import org.coshape.metrics.Row;
import org.coshape.metrics.Stats;
import org.coshape.model.state.People;

/**
 * The second and third passes of a metrics record over people: centred covariances of current
 * (and, when turnover changed them, own) values per row, then the central moments of the values'
 * projection on each row's first principal axis. Sums combine in chunk order (the same bits at
 * any thread count); where a group's centre (and axis) equal everyone's, a chunk of that group
 * copies its row of everyone rather than summing again.
 */
final class SpreadPasses {
    private final CoshapeModel model;
    private final int d;
    private final int rows;
    private final int cov;
    /** Covariance of own values per row; own values change only at generation boundaries. */
    private double[][][] covOwnCache;

    private int covOwnGeneration = -1;
    private final ThreadLocal<Scratch> scratch;

    /** One thread's buffers: the people of a row within a chunk, and their centred values. */
    private static final class Scratch {
        final int[] who = new int[ChunkPool.CHUNK];
        final CentredMoments moments;

        Scratch(int d) {
            moments = new CentredMoments(d);
        }
    }

    SpreadPasses(CoshapeModel model) {
        this.model = model;
        this.d = model.people().d;
        this.rows = model.people().groups + 1;
        this.cov = d * (d + 1) / 2;
        int width = d;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(width));
    }

    /** Fills each row's covariances and axis moments; {@code chunkGroup} from {@link PersonPass#run}. */
    void run(Row[] out, int[] chunkGroup) {
        People p = model.people();
        ChunkPool pool = model.pool();
        int chunks = ChunkPool.chunks(p.n);
        int generationNow = model.generation();
        boolean ownChanged = covOwnCache == null || generationNow != covOwnGeneration;
        boolean ownIsCurrent = ownChanged && Arrays.equals(p.v, p.own);
        boolean ownSums = ownChanged && !ownIsCurrent;
        int w2 = 2 * cov;
        boolean[] centredAsAll = new boolean[rows];
        for (int row = 1; row < rows; row++) {
            centredAsAll[row] = Arrays.equals(out[row].meanV, out[0].meanV)
                    && (!ownSums || Arrays.equals(out[row].meanOwn, out[0].meanOwn));
        }
        double[][] acc2 = Accumulators.rows(chunks, rows * w2);
        pool.run(p.n, (chunk, from, to) -> {
            double[] r = acc2[chunk];
            Scratch sc = scratch.get();
            int oneGroup = chunkGroup[chunk];
            for (int row = 0; row < rows; row++) {
                if (row == oneGroup + 1 && centredAsAll[row]) {
                    System.arraycopy(r, 0, r, row * w2, w2);
                    continue;
                }
                int m = 0;
                for (int i = from; i < to; i++) {
                    if (row == 0 || p.group[i] == row - 1) {
                        sc.who[m++] = i;
                    }
                }
                if (m == 0) {
                    continue;
                }
                sc.moments.add(p.v, p.base, sc.who, m, out[row].meanV, r, row * w2);
                if (ownSums) {
                    sc.moments.add(p.own, p.base, sc.who, m, out[row].meanOwn, r, row * w2 + cov);
                }
            }
        });
        double[] s2 = new double[rows * w2];
        Accumulators.reduce(acc2, s2);
        if (ownIsCurrent) {
            for (int row = 0; row < rows; row++) {
                System.arraycopy(s2, row * w2, s2, row * w2 + cov, cov);
            }
        }
        double[][][] covOwn = ownChanged ? new double[rows][][] : covOwnCache;
        double[][] axis = new double[rows][];
        for (int row = 0; row < rows; row++) {
            double n = Math.max(1, out[row].people);
            out[row].covV = unpack(s2, row * w2, n);
            if (ownChanged) {
                covOwn[row] = unpack(s2, row * w2 + cov, n);
            }
            out[row].covOwn = covOwn[row];
            axis[row] = Stats.firstPrincipalAxis(out[row].covV);
        }
        covOwnCache = covOwn;
        covOwnGeneration = generationNow;
        axisMoments(out, axis, chunkGroup);
    }

    /** Central moments of the projection on the first principal axis, per row. */
    private void axisMoments(Row[] out, double[][] axis, int[] chunkGroup) {
        People p = model.people();
        int chunks = ChunkPool.chunks(p.n);
        boolean[] projectedAsAll = new boolean[rows];
        for (int row = 1; row < rows; row++) {
            projectedAsAll[row] = Arrays.equals(out[row].meanV, out[0].meanV) && Arrays.equals(axis[row], axis[0]);
        }
        double[][] acc3 = Accumulators.rows(chunks, rows * 3);
        model.pool().run(p.n, (chunk, from, to) -> {
            double[] r = acc3[chunk];
            int oneGroup = chunkGroup[chunk];
            boolean copy = oneGroup >= 0 && projectedAsAll[oneGroup + 1];
            int passes = copy ? 1 : 2;
            for (int i = from; i < to; i++) {
                int vb = p.at(i);
                for (int pass = 0, row = 0; pass < passes; pass++, row = p.group[i] + 1) {
                    double[] mean = out[row].meanV;
                    double proj = 0;
                    for (int k = 0; k < d; k++) {
                        proj += (p.v[vb + k] - mean[k]) * axis[row][k];
                    }
                    double p2 = proj * proj;
                    r[row * 3] += p2;
                    r[row * 3 + 1] += p2 * proj;
                    r[row * 3 + 2] += p2 * p2;
                }
            }
            if (copy) {
                System.arraycopy(r, 0, r, (oneGroup + 1) * 3, 3);
            }
        });
        double[] s3 = new double[rows * 3];
        Accumulators.reduce(acc3, s3);
        for (int row = 0; row < rows; row++) {
            out[row].axis2 = s3[row * 3];
            out[row].axis3 = s3[row * 3 + 1];
            out[row].axis4 = s3[row * 3 + 2];
        }
    }

    private double[][] unpack(double[] s, int at, double n) {
        double[][] m = new double[d][d];
        for (int k = 0; k < d; k++) {
            for (int q = k; q < d; q++) {
                m[k][q] = s[at++] / n;
                m[q][k] = m[k][q];
            }
        }
        return m;
    }
}
