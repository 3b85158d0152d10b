package org.coshape.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * PRIM finds a planted box: outcomes are yes inside a box on two of five dimensions (and, as
 * noise, on a few points outside it), and the box PRIM reports covers most of the yes points,
 * holds mostly yes points, and restricts exactly the two planted dimensions, near their limits.
 */
class PrimTest {
    static final double[] LOW = {0.2, 0.5};
    static final double[] HIGH = {0.6, 0.9};

    @Test
    void findsAPlantedBox() {
        Random r = new Random(5);
        int n = 2000;
        int k = 5;
        double[][] x = new double[n][k];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                x[i][j] = r.nextDouble();
            }
            boolean inside = x[i][0] >= LOW[0] && x[i][0] <= HIGH[0] && x[i][1] >= LOW[1] && x[i][1] <= HIGH[1];
            y[i] = inside ? r.nextDouble() < 0.95 : r.nextDouble() < 0.03;
        }
        Prim.Box box = Prim.standard().find(x, y);
        assertTrue(box.coverage() > 0.8, "coverage " + box.coverage());
        assertTrue(box.density() > 0.8, "density " + box.density());
        for (int j = 0; j < 2; j++) {
            assertTrue(box.restricts(j, x), "dimension " + j + " is planted");
            assertEquals(LOW[j], box.lower()[j], 0.05, "lower limit of " + j);
            assertEquals(HIGH[j], box.upper()[j], 0.05, "upper limit of " + j);
        }
        for (int j = 2; j < k; j++) {
            assertFalse(box.restricts(j, x), "dimension " + j + " is noise: " + box.lower()[j] + ".." + box.upper()[j]);
        }
    }

    /** With a few dozen points, as a comparison's ensemble has, a half-space is still found. */
    @Test
    void findsAHalfSpaceInASmallEnsemble() {
        Random r = new Random(9);
        int n = 32;
        double[][] x = new double[n][3];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = (i + r.nextDouble()) / n; // stratified, as a Latin hypercube is
            x[i][1] = r.nextDouble();
            x[i][2] = r.nextDouble();
            y[i] = x[i][0] > 0.6;
        }
        Prim.Box box = Prim.standard().find(x, y);
        assertEquals(1.0, box.density(), 1e-12);
        assertTrue(box.coverage() >= 0.8, "coverage " + box.coverage());
        assertTrue(box.lower()[0] > 0.5 && box.lower()[0] <= 0.65, "limit " + box.lower()[0]);
    }

    @Test
    void noYesPointsNoBox() {
        assertNull(Prim.standard().find(new double[][] {{0}, {1}}, new boolean[] {false, false}));
    }
}
