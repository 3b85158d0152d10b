package org.coshape.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Holm's adjustment and the replication advisor against hand computation. */
class HolmAndAdvisorTest {

    /**
     * p = 0.01, 0.04, 0.03, 0.005 (m = 4). Sorted: 0.005 x 4 = 0.02; 0.01 x 3 = 0.03;
     * 0.03 x 2 = 0.06; 0.04 x 1 = 0.04, raised to 0.06 to stay monotone. Only the first two are
     * below 0.05, where unadjusted all four were.
     */
    @Test
    void holmMatchesTheHandComputedExample() {
        double[] adjusted = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005, Double.NaN});
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02, Double.NaN}, adjusted, 1e-12);
        assertArrayEquals(new double[] {0.6}, Holm.adjust(new double[] {0.6}), 1e-12, "a family of one is unchanged");
    }

    /**
     * sd 0.1, half-width 0.02: n = 99 gives t(0.975, 98) = 1.98447 x 0.1 / sqrt(99) = 0.019945,
     * n = 98 gives 1.98472 x 0.1 / sqrt(98) = 0.020049 > 0.02. So 99.
     */
    @Test
    void advisorGivesTheSmallestSufficientN() {
        assertEquals(99, ReplicationAdvisor.needed(0.1, 0.02));
        assertTrue(ReplicationAdvisor.halfWidth(0.1, 99) <= 0.02);
        assertTrue(ReplicationAdvisor.halfWidth(0.1, 98) > 0.02);
        // a large spread: t(0.975, 2) = 4.303 x 1 / sqrt(3) = 2.48 <= 3 but n = 2 gives 12.7 x 0.707 = 8.98
        assertEquals(3, ReplicationAdvisor.needed(1, 3));
        assertEquals(2, ReplicationAdvisor.needed(0, 0.01), "no spread: the fewest an interval needs");
        assertEquals(ReplicationAdvisor.MAX + 1, ReplicationAdvisor.needed(1, 1e-6));
    }

    /**
     * Differences 0.1, 0.1, 0.2 (sd 0.0577, mean 0.133) and 0.3, 0.5, 0.7 (sd 0.2, mean 0.5): the
     * advice plans with the larger sd, and tells the smaller mean from zero at its own sd.
     */
    @Test
    void adviceTakesTheLargestSpreadAndTheSmallestDifference() {
        double[] ref = {1, 2, 3};
        ReplicationAdvisor.Advice a = ReplicationAdvisor.advise(
                ref, List.of(new double[] {1.1, 2.1, 3.2}, new double[] {1.3, 2.5, 3.7}), 0.05);
        assertEquals(0.2, a.sd(), 1e-12);
        assertEquals(ReplicationAdvisor.needed(0.2, 0.05), a.forHalfWidth());
        assertEquals(ReplicationAdvisor.needed(Math.sqrt(1.0 / 300), 0.4 / 3 / 2), a.toResolve());
        ReplicationAdvisor.Advice alone = ReplicationAdvisor.advise(ref, List.of(), 0.5);
        assertEquals(1.0, alone.sd(), 1e-12, "no other policy: the spread of the values");
        assertEquals("n/a", alone.toResolveWords());
    }
}
