package org.coshape.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The monoculture metrics on cases small enough to compute by hand. */
class MarketMetricsTest {

    /** One dimension; assistant 0 promotes 0 to 1 user, assistant 1 promotes 1 to 3 users. */
    @Test
    void assistantDiversityIsTheUserWeightedSpreadOfPromotedValues() {
        Row r = row(1, new double[] {1, 3}, new double[] {0, 1});
        // mean 0.75; spread (1 x 0.75^2 + 3 x 0.25^2) / 4 = 0.1875
        assertEquals(Math.sqrt(0.1875), Metric.ASSISTANT_DIVERSITY.of(r), 1e-15);
        Row same = row(2, new double[] {5, 7}, new double[] {0.3, -0.2, 0.3, -0.2});
        assertEquals(0.0, Metric.ASSISTANT_DIVERSITY.of(same), 1e-15, "a monoculture of values");
        Row nobody = row(1, new double[] {0, 0}, new double[] {0, 1});
        assertTrue(Double.isNaN(Metric.ASSISTANT_DIVERSITY.of(nobody)));
    }

    /**
     * One dimension: assistant 0's users hold -1 and -0.5, assistant 1's hold 0.5 and 1. Mean 0;
     * total sum of squares 2.5; between: 2 x 0.75^2 + 2 x 0.75^2 = 2.25; sorting 0.9.
     */
    @Test
    void sortingIsTheBetweenAssistantShareOfValueVariance() {
        Row r = row(1, new double[] {2, 2}, new double[] {0, 0});
        r.assistantValueSums = new double[] {-1.5, 1.5};
        r.usersSquares = 1 + 0.25 + 0.25 + 1;
        assertEquals(0.9, Metric.SORTING.of(r), 1e-15);
        // the same people, each assistant holding one of each: no sorting
        r.assistantValueSums = new double[] {0, 0};
        assertEquals(0.0, Metric.SORTING.of(r), 1e-15);
        // everyone alike: no variance to sort
        r.assistantValueSums = new double[] {1, 1};
        r.usersSquares = 4 * 0.25;
        assertTrue(Double.isNaN(Metric.SORTING.of(r)));
    }

    @Test
    void churnAndNonUsersCountPeoplePerTick() {
        Row r = row(1, new double[] {30, 50}, new double[] {0, 1});
        r.people = 100;
        r.changes = 12;
        r.windowTicks = 4;
        assertEquals(0.03, Metric.CHURN.of(r), 1e-15);
        assertEquals(0.2, Metric.NON_USERS.of(r), 1e-15);
        r.windowTicks = 0;
        assertTrue(Double.isNaN(Metric.CHURN.of(r)), "no window at tick 0");
        Row noAi = new Row();
        noAi.people = 100;
        assertTrue(Double.isNaN(Metric.NON_USERS.of(noAi)), "without assistants there is no market");
    }

    /** Pearson's r from its sums: on a line, against it, and with no spread. */
    @Test
    void trustCalibrationIsTheCorrelationOfTrustAndWelfare() {
        Row r = new Row();
        // points (0.2, 0.1), (0.4, 0.3), (0.6, 0.5): on a line
        r.calibration = new double[] {3, 1.2, 0.9, 0.04 + 0.16 + 0.36, 0.01 + 0.09 + 0.25, 0.02 + 0.12 + 0.30};
        assertEquals(1.0, Metric.TRUST_CALIBRATION.of(r), 1e-12);
        // (0, 1), (1, 0): against it
        r.calibration = new double[] {2, 1, 1, 1, 1, 0};
        assertEquals(-1.0, Metric.TRUST_CALIBRATION.of(r), 1e-12);
        // everyone trusts alike: undefined
        r.calibration = new double[] {2, 1, 1, 0.5, 1, 0.5};
        assertTrue(Double.isNaN(Metric.TRUST_CALIBRATION.of(r)));
    }

    private static Row row(int d, double[] users, double[] promoted) {
        Row r = new Row();
        r.d = d;
        r.assistantUsers = users;
        r.promoted = promoted;
        r.assistantValueSums = new double[users.length * d];
        return r;
    }
}
