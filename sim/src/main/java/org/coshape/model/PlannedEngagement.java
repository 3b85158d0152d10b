package org.coshape.model;

import org.coshape.model.state.People;

/** The engagement optimiser that plans ahead, and its safe-shift penalty (Carroll et al. 2022). */
final class PlannedEngagement {
    private final Interaction it;

    PlannedEngagement(Interaction it) {
        this.it = it;
    }

    /**
     * The gradient a planning engagement optimiser follows for one answered person (Carroll et al.
     * 2022). With pull {@code pi}, H more answers like {@code o} leave the person at
     * {@code v_H = v + (1 - (1 - pi)^H)(o - v)}: the gap shrinks by {@code c = (1 - pi)^H}, and the
     * engagement the answer will earn is that at the gap {@code c R}; its gradient is the myopic one
     * at the shrunk gap, times c (at H = 0, c = 1: the myopic gradient). The shift penalty
     * {@code lambda |v + pi (o - v) - v0|_R}, v0 the person's twin, adds
     * {@code -lambda pi (v' - v0)_k / (d |v' - v0|_R)}: answers that return the person toward their
     * natural values. Both through {@code d o / d w = 1 - l g}.
     */
    void gradient(double[] ac, int ab, int i, double[] o, double lg, double pi, double st) {
        int d = it.d;
        int horizon = it.horizon;
        double penalty = it.shiftPenalty;
        People p = it.model.people();
        float[] v = p.v;
        int vb = p.at(i);
        double c = horizon > 0 ? StrictMath.pow(1 - pi, horizon) : 1;
        double gap2 = 0;
        for (int k = 0; k < d; k++) {
            double x = o[k] - v[vb + k];
            gap2 += x * x;
        }
        double gapR = Math.sqrt(gap2 * it.invD);
        double sa = c * gapR - st;
        double sat = FastExp.exp(-sa * sa * it.inv2s2);
        double satCoef = gapR > 0 ? -sat * sa * it.invSigma2 * c / (gapR * d) : 0;
        double shift2 = 0;
        float[] v0 = penalty > 0 ? it.model.twin().v : null; // the penalty needs the twin, the horizon not
        if (penalty > 0) {
            for (int k = 0; k < d; k++) {
                double x = v[vb + k] + pi * (o[k] - v[vb + k]) - v0[vb + k];
                shift2 += x * x;
            }
        }
        double shiftR = Math.sqrt(shift2 * it.invD);
        double shiftCoef = shiftR > 0 ? -penalty * pi / (d * shiftR) : 0;
        for (int k = 0; k < d; k++) {
            double shift = shiftCoef == 0 ? 0 : v[vb + k] + pi * (o[k] - v[vb + k]) - v0[vb + k];
            double grad =
                    (1 - lg) * (satCoef * (o[k] - v[vb + k]) + it.bonus / d * Math.signum(o[k]) + shiftCoef * shift);
            ac[ab + Accumulators.A_DIFF + d + k] += grad;
        }
    }
}
