package org.coshape.metrics;

/**
 * Adds the centred second moments sum (x_k - mu_k)(x_q - mu_q), k <= q, of a list of people's
 * value records to a row of sums, element by element. Looping person by person instead turns
 * each of the d(d+1)/2 terms into a read-modify-write of the row in memory; here one person
 * list is centred once into a buffer and four elements are summed at a time in registers. Each
 * element still receives its
 * terms in the order of the list, so the sums are bit-identical to the person-by-person loop.
 */
public final class CentredMoments {
    private final int d;
    /** Element e of the packed upper triangle is (k[e], q[e]), row-major as the sums are laid out. */
    private final int[] k;

    private final int[] q;
    private double[] centred = new double[0];

    public CentredMoments(int d) {
        this.d = d;
        int cov = d * (d + 1) / 2;
        k = new int[cov];
        q = new int[cov];
        for (int a = 0, e = 0; a < d; a++) {
            for (int b = a; b < d; b++, e++) {
                k[e] = a;
                q[e] = b;
            }
        }
    }

    /**
     * Adds the moments of the records {@code x[base + who[t] * d ..]}, t in [0, m), centred at
     * {@code mu}, to {@code sums[at .. at + d(d+1)/2)}.
     */
    public void add(float[] x, int base, int[] who, int m, double[] mu, double[] sums, int at) {
        if (centred.length < m * d) {
            centred = new double[m * d];
        }
        double[] c = centred;
        for (int t = 0; t < m; t++) {
            int xb = base + who[t] * d;
            for (int j = 0; j < d; j++) {
                c[t * d + j] = x[xb + j] - mu[j];
            }
        }
        int cov = k.length;
        int e = 0;
        for (; e + 3 < cov; e += 4) {
            int k0 = k[e], q0 = q[e], k1 = k[e + 1], q1 = q[e + 1];
            int k2 = k[e + 2], q2 = q[e + 2], k3 = k[e + 3], q3 = q[e + 3];
            double s0 = sums[at + e], s1 = sums[at + e + 1], s2 = sums[at + e + 2], s3 = sums[at + e + 3];
            for (int t = 0, o = 0; t < m; t++, o += d) {
                s0 += c[o + k0] * c[o + q0];
                s1 += c[o + k1] * c[o + q1];
                s2 += c[o + k2] * c[o + q2];
                s3 += c[o + k3] * c[o + q3];
            }
            sums[at + e] = s0;
            sums[at + e + 1] = s1;
            sums[at + e + 2] = s2;
            sums[at + e + 3] = s3;
        }
        for (; e < cov; e++) {
            int k0 = k[e], q0 = q[e];
            double s0 = sums[at + e];
            for (int t = 0, o = 0; t < m; t++, o += d) {
                s0 += c[o + k0] * c[o + q0];
            }
            sums[at + e] = s0;
        }
    }
}
