package org.coshape.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.coshape.scenario.SweepDesign;
import org.coshape.scenario.SweepParameter;
import org.coshape.scenario.SweepSpec;
import org.junit.jupiter.api.Test;

/**
 * Morris screening through the same design machinery as a sweep, on a function whose answer is
 * known: f = 8 x0 + 4 x1 + 2 x2 + 0 x3 + 6 x4 x5 on [0, 1]^6. The linear terms have constant
 * elementary effects (mu* = 8, 4, 2, 0, sigma = 0); x4 and x5 act only together, so their
 * effects vary (sigma > 0) and their mu* lies between 0 and 6.
 */
class MorrisAnalysisTest {
    @Test
    void screensAFunctionWithAKnownOrder() {
        int k = 6;
        List<SweepParameter> params = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            params.add(new SweepParameter("x" + i, null, 0.0, 1.0, null, false));
        }
        int r = 30;
        int levels = 4;
        List<DesignPoint> pts = Designs.points(new SweepSpec(SweepDesign.MORRIS, r, params, false, levels), 5);
        assertEquals(r * (k + 1), pts.size());
        double[] y = new double[pts.size()];
        for (DesignPoint p : pts) {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) {
                x[i] = Double.parseDouble(p.values().get("x" + i));
                assertTrue(x[i] >= 0 && x[i] <= 1, "on the grid: " + p.values());
            }
            y[p.index()] = 8 * x[0] + 4 * x[1] + 2 * x[2] + 6 * x[4] * x[5];
        }
        double delta = levels / (2.0 * (levels - 1));
        List<double[]> effects = MorrisAnalysis.effects(pts, y, k, delta);
        MersenneTwisterFast rng = new MersenneTwisterFast(1);
        List<MorrisAnalysis.Row> rows = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            assertEquals(r, effects.get(i).length, "one effect per trajectory");
            rows.add(MorrisAnalysis.row("f", "x" + i, effects.get(i), rng));
        }
        double[] linear = {8, 4, 2, 0};
        for (int i = 0; i < 4; i++) {
            assertEquals(linear[i], rows.get(i).muStar(), 1e-9, "mu* of x" + i);
            assertEquals(linear[i], rows.get(i).mu(), 1e-9, "mu of x" + i);
            assertEquals(0, rows.get(i).sigma(), 1e-9, "a linear effect does not vary");
        }
        for (int i = 4; i < 6; i++) {
            assertTrue(rows.get(i).muStar() > 0.5 && rows.get(i).muStar() < 6, "x" + i + " " + rows.get(i));
            assertTrue(rows.get(i).sigma() > 0.5, "an interaction shows as spread: " + rows.get(i));
        }
        assertTrue(rows.get(0).muStar() > rows.get(1).muStar()
                && rows.get(1).muStar() > rows.get(2).muStar());
        assertTrue(rows.get(3).muStarHigh() == 0, "an inert parameter: mu* and its interval are 0");
    }
}
