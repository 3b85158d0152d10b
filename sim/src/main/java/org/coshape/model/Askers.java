package org.coshape.model;

import org.coshape.model.state.People;
import org.coshape.random.CounterRng;

/**
 * Who asks their assistant this tick: person i asks when their draw (keyed by tick and person) is
 * below their usage. When people choose their assistant ({@code ai.choice}), only those who have
 * one ask, with probability {@code usage x trust^exponent} (exponent 0: their usage).
 */
final class Askers {
    private final boolean choosing;
    private final double usageExponent;

    Askers(boolean choosing, double usageExponent) {
        this.choosing = choosing;
        this.usageExponent = usageExponent;
    }

    /** Writes those of people [from, to) who ask to {@code askers}, in order; returns how many. */
    int of(People p, int from, int to, int[] askers, long kUse) {
        if (choosing) {
            return whoChoose(p, from, to, askers, kUse);
        }
        float[] usage = p.usage;
        int count = 0;
        for (int i = from; i < to; i++) {
            askers[count] = i;
            count += CounterRng.uniformFloat(kUse, i) < usage[i] ? 1 : 0;
        }
        return count;
    }

    private int whoChoose(People p, int from, int to, int[] askers, long kUse) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (p.ai[i] < 0) {
                continue;
            }
            float rate = usageExponent == 0
                    ? p.usage[i]
                    : (float) (p.usage[i] * StrictMath.pow(Math.max(0f, p.trust[i]), usageExponent));
            askers[count] = i;
            count += CounterRng.uniformFloat(kUse, i) < rate ? 1 : 0;
        }
        return count;
    }
}
