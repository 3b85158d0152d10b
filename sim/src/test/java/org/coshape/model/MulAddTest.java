package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The premise of {@link MulAdd}: for a and b holding float values the product is exact in double,
 * so a fused multiply-add equals the separate multiply and add bit for bit, over the whole float
 * range (signed zeros, subnormals, the largest floats).
 */
class MulAddTest {

    private static final float[] EDGES = {
        0f,
        -0f,
        Float.MIN_VALUE,
        -Float.MIN_VALUE,
        Float.MIN_NORMAL,
        1f,
        -1f,
        Float.MAX_VALUE,
        -Float.MAX_VALUE,
        0x1.fffffep-1f,
        1e-30f,
        3e30f
    };

    private static float anyFloat(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> (float) r.nextDouble(-1, 1);
            case 1 -> EDGES[r.nextInt(EDGES.length)];
            default -> Float.intBitsToFloat(r.nextInt()); // any bit pattern: all exponents, NaN excluded below
        };
    }

    private static double anyDouble(SplittableRandom r) {
        return r.nextBoolean() ? r.nextDouble(-4, 4) : Double.longBitsToDouble(r.nextLong());
    }

    @Test
    void fusedEqualsSeparateForFloatFactors() {
        SplittableRandom r = new SplittableRandom(17);
        int checked = 0;
        for (int t = 0; t < 2_000_000; t++) {
            float a = anyFloat(r);
            float b = anyFloat(r);
            double c = anyDouble(r);
            double plain = c + (double) a * (double) b;
            if (Double.isNaN(plain) || Float.isNaN(a) || Float.isNaN(b)) {
                continue;
            }
            assertEquals(
                    Double.doubleToRawLongBits(plain),
                    Double.doubleToRawLongBits(Math.fma(a, b, c)),
                    a + " * " + b + " + " + c);
            assertEquals(Double.doubleToRawLongBits(plain), Double.doubleToRawLongBits(MulAdd.exact(a, b, c)));
            checked++;
        }
        assertTrue(checked > 1_500_000, checked + " cases");
    }

    /** The restriction matters: with double factors the two differ (so the test above could fail). */
    @Test
    void fusedDiffersForDoubleFactors() {
        SplittableRandom r = new SplittableRandom(18);
        int differ = 0;
        for (int t = 0; t < 10_000; t++) {
            double a = r.nextDouble(-1, 1);
            double b = r.nextDouble(-1, 1);
            double c = r.nextDouble(-1, 1);
            if (Math.fma(a, b, c) != c + a * b) {
                differ++;
            }
        }
        assertTrue(differ > 1000, differ + " of 10000 differ");
    }
}
