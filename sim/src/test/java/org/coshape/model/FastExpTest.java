package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FastExp against fdlibm's exp (StrictMath, within 1 ulp of exact): the error bound its Javadoc states. */
class FastExpTest {

    private static long ulps(double a, double b) {
        return Math.abs(Double.doubleToRawLongBits(a) - Double.doubleToRawLongBits(b));
    }

    @ParameterizedTest(name = "[{0}, {1}]")
    @CsvSource({"-745, 709.7", "-20, 0", "-0.001, 0.001", "-708, -600", "600, 709.78"})
    void withinTwoUlpsOfFdlibm(double lo, double hi) {
        SplittableRandom r = new SplittableRandom(42);
        long worst = 0;
        int equal = 0;
        int n = 400_000;
        for (int i = 0; i < n; i++) {
            double x = lo + (hi - lo) * r.nextDouble();
            long u = ulps(FastExp.exp(x), StrictMath.exp(x));
            worst = Math.max(worst, u);
            equal += u == 0 ? 1 : 0;
        }
        assertTrue(worst <= 2, "worst error " + worst + " ulp");
        assertTrue(equal > n / 2, "equal to fdlibm for only " + equal + " of " + n);
    }

    @Test
    void subnormalResultsWithinOneUnitOfTheLastPlace() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            double x = -745.13 + (745.13 - 708.4) * r.nextDouble();
            assertTrue(ulps(FastExp.exp(x), StrictMath.exp(x)) <= 1, "x = " + x);
        }
    }

    @Test
    void specialValues() {
        assertEquals(1.0, FastExp.exp(0.0));
        assertEquals(1.0, FastExp.exp(-0.0));
        assertEquals(Math.E, FastExp.exp(1.0));
        assertEquals(0.0, FastExp.exp(-746));
        assertEquals(0.0, FastExp.exp(Double.NEGATIVE_INFINITY));
        assertEquals(Double.MIN_VALUE, FastExp.exp(-745.13));
        assertEquals(Double.POSITIVE_INFINITY, FastExp.exp(710));
        assertEquals(Double.POSITIVE_INFINITY, FastExp.exp(Double.POSITIVE_INFINITY));
        assertTrue(Double.isNaN(FastExp.exp(Double.NaN)));
        assertEquals(StrictMath.exp(709.78), FastExp.exp(709.78), Math.ulp(StrictMath.exp(709.78)));
    }
}
