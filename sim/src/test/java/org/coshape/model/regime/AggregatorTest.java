package org.coshape.model.regime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coshape.scenario.AggregationRule;
import org.junit.jupiter.api.Test;

/** Aggregation rules against values worked out by hand. */
class AggregatorTest {

    @Test
    void meanAndMedianPerDimension() {
        double[] v = {0, 1, 0.2, -1, 0.9, 0.5, 0.1, 0.4};
        int[] g = {0, 0, 0, 1};
        assertArrayEquals(new double[] {0.3, 0.225}, Aggregator.aggregate(AggregationRule.MEAN, v, g, 2), 1e-12);
        assertArrayEquals(new double[] {0.15, 0.45}, Aggregator.aggregate(AggregationRule.MEDIAN, v, g, 2), 1e-12);
    }

    @Test
    void maxminIsTheMidpointForTwoGroupsWhateverTheirSizes() {
        // nine designers from group 0 at (0.6, 0.2), one from group 1 at (-0.4, -0.2)
        double[] v = new double[20];
        int[] g = new int[10];
        for (int i = 0; i < 9; i++) {
            v[2 * i] = 0.6;
            v[2 * i + 1] = 0.2;
        }
        v[18] = -0.4;
        v[19] = -0.2;
        g[9] = 1;
        assertArrayEquals(new double[] {0.1, 0.0}, Aggregator.aggregate(AggregationRule.MAXMIN, v, g, 2), 1e-9);
        double[] mean = Aggregator.aggregate(AggregationRule.MEAN, v, g, 2);
        assertEquals(0.5, mean[0], 1e-12, "the mean favours the larger group");
    }

    @Test
    void maxminOfAnAcuteTriangleIsItsCircumcentre() {
        // acute triangle (0,0), (2,0), (1,1.5): circumcentre (1, 5/12)
        double[][] pts = {{0, 0}, {2, 0}, {1, 1.5}};
        assertArrayEquals(new double[] {1, 5.0 / 12}, Aggregator.minimax(pts, 2), 1e-7);
        // obtuse triangle: the centre of the longest side
        double[][] obtuse = {{0, 0}, {2, 0}, {1, 0.2}};
        assertArrayEquals(new double[] {1, 0}, Aggregator.minimax(obtuse, 2), 1e-7);
    }

    @Test
    void nashIsSymmetricForEqualGroupsAndLeansToTheLargerGroup() {
        double[][] pts = {{0.5, 0}, {-0.5, 0}};
        double[] equal = Aggregator.nash(pts, new double[] {1, 1}, 2);
        assertArrayEquals(new double[] {0, 0}, equal, 1e-6);
        // interior optimum of w1 log(1 - (0.5 - x)/D) + w2 log(1 - (x + 0.5)/D): x = (w1 - w2)(D - 0.5)/(w1 + w2)
        double diameter = 2 * Math.sqrt(2);
        double[] unequal = Aggregator.nash(pts, new double[] {1.2, 1}, 2);
        assertEquals(0.2 * (diameter - 0.5) / 2.2, unequal[0], 1e-6);
        assertEquals(0, unequal[1], 1e-9);
        // with a 3:1 majority the optimum hits the majority's ideal point (utilities nearly linear)
        assertEquals(0.5, Aggregator.nash(pts, new double[] {3, 1}, 2)[0], 1e-6);
    }
}
