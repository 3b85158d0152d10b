package org.coshape.model;

import java.util.Arrays;
import java.util.List;
import org.coshape.model.state.Ais;
import org.coshape.model.state.People;
import org.coshape.random.CounterRng;
import org.coshape.random.Purpose;

/**
 * Who starts with which assistant: each person draws one by the market shares
 * ({@code ai.assignment}), keyed by person, so the draw is the same at any thread count; without
 * assistants nobody has one.
 */
final class InitialAssignment {
    private InitialAssignment() {}

    static void assign(List<Double> shares, People people, Ais ais, long runSeed) {
        int m = ais.m;
        if (m == 0) {
            Arrays.fill(people.ai, -1);
            return;
        }
        double[] cum = new double[m];
        double c = 0;
        for (int j = 0; j < m; j++) {
            c += shares.get(j);
            cum[j] = c;
        }
        long key = CounterRng.key(runSeed, Purpose.ASSIGNMENT, 0, 0);
        for (int i = 0; i < people.n; i++) {
            double u = CounterRng.uniform(key, i) * c;
            int j = 0;
            while (j < m - 1 && u >= cum[j]) {
                j++;
            }
            people.ai[i] = j;
            ais.users[j]++;
        }
    }
}
