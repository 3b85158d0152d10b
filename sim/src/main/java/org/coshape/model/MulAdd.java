package org.coshape.model;

import org.coshape.runtime.HotSpotOptions;

/**
 * {@code c + a * b} for products that are exact in double, as one fused multiply-add where the
 * CPU has one. The Hegselmann-Krause kernels spend most of their time on additions and
 * float-to-double conversions, which share two of the core's four floating-point pipes, while
 * multiplications use the other two; a fused multiply-add runs on the multiply pipes and so moves
 * the addition there.
 * Fusing skips the rounding of the product, so it changes results in general, but not when the
 * product needs no rounding: the product of two floats (24-bit significands, exponents above
 * -150) fits a double exactly, and every product the kernels pass here is of that kind (a float
 * difference squared, a 0/1 or float weight times a float value). Hence the result is the same
 * bit for bit with or without FMA hardware (MulAddTest, SocialKernelsTest).
 */
final class MulAdd {
    /**
     * Whether {@code Math.fma} compiles to the hardware instruction here (HotSpot's UseFMA);
     * without it the JDK computes it in BigDecimal, far slower than a multiply and an add.
     */
    static final boolean HARDWARE = "true".equals(HotSpotOptions.value("UseFMA"));

    private MulAdd() {}

    /** {@code c + a * b}; callers guarantee that {@code a * b} is exact (e.g. a and b hold float values). */
    static double exact(double a, double b, double c) {
        return HARDWARE ? Math.fma(a, b, c) : c + a * b;
    }
}
