package org.coshape.model;

/**
 * e^x in plain Java arithmetic, for the interaction's satisfaction and welfare. {@code Math.exp}
 * compiles to a call into a runtime stub, around which C2 spills every live register (a
 * person's values, output and sums); this version inlines into the loop, and because it uses
 * only +, -, * and a table it gives the same bits on every JVM and CPU, which {@code Math.exp}
 * does not promise. Within 2 ulp (4.4e-16 relative) of {@code StrictMath.exp} for normal
 * results, and equal to it for about 70% of arguments (FastExpTest) - far below the float
 * precision in which the model stores trust and values.
 *
 * <p>Method (Tang 1989): x = (64m + j) ln2/64 + r with |r| <= ln2/128, so
 * e^x = 2^m 2^(j/64) e^r; 2^(j/64) comes from a table and e^r - 1 from its Taylor polynomial of
 * degree 5, whose truncation error r^6/720 < 5e-17 is below half an ulp.
 */
public final class FastExp {
    private static final int BITS = 6;
    private static final int SIZE = 1 << BITS;
    /** 2^(j/64), j = 0..63, from StrictMath (fdlibm: the same bits everywhere). */
    private static final double[] TWO_TO_J = new double[SIZE];

    static {
        for (int j = 0; j < SIZE; j++) {
            TWO_TO_J[j] = StrictMath.pow(2, (double) j / SIZE);
        }
    }

    /** 64 / ln 2 (1/ln 2 is 0x1.71547652b82fep0; times 64 is exact). */
    private static final double INV_LN2_64 = 0x1.71547652b82fep0 * SIZE;
    /**
     * ln 2 / 64 split in two (fdlibm's ln2HI / ln2LO, written as fdlibm writes them, with more
     * digits than a double holds): k * HI is exact for |k| < 2^20.
     */
    @SuppressWarnings("FloatingPointLiteralPrecision")
    private static final double LN2_HI_64 = 6.93147180369123816490e-01 / SIZE;

    @SuppressWarnings("FloatingPointLiteralPrecision")
    private static final double LN2_LO_64 = 1.90821492927058770002e-10 / SIZE;
    /** Adding 1.5 * 2^52 rounds a double of magnitude below 2^51 to an integer (round to nearest even). */
    private static final double SHIFT = 0x1.8p52;

    private static final double C3 = 1.0 / 6;
    private static final double C4 = 1.0 / 24;
    private static final double C5 = 1.0 / 120;
    /** Above this e^x overflows; below {@link #UNDER} it rounds to zero. */
    private static final double OVER = 709.782712893384;

    private static final double UNDER = -745.1332191019412;

    private FastExp() {}

    /** e^x: NaN for NaN, +infinity above about 709.78, +0 below about -745.13. */
    public static double exp(double x) {
        if (!(x > UNDER)) {
            return Double.isNaN(x) ? x : 0.0;
        }
        if (x > OVER) {
            return Double.POSITIVE_INFINITY;
        }
        double kd = (x * INV_LN2_64 + SHIFT) - SHIFT;
        long k = (long) kd;
        double r = (x - kd * LN2_HI_64) - kd * LN2_LO_64;
        double r2 = r * r;
        double q = r + r2 * (0.5 + r * C3) + (r2 * r2) * (C4 + r * C5);
        double t = TWO_TO_J[(int) k & (SIZE - 1)];
        t += t * q;
        long m = k >> BITS;
        if (m > 1023) { // only just below the overflow threshold: 2^m itself is not a double
            return t * 2 * Double.longBitsToDouble((m - 1 + 1023) << 52);
        }
        if (m >= -1022) {
            return t * Double.longBitsToDouble((m + 1023) << 52);
        }
        // subnormal result: scale in two steps so the only rounding is the last product's
        return t * Double.longBitsToDouble((m + 1023 + 600) << 52) * 0x1p-600;
    }
}
