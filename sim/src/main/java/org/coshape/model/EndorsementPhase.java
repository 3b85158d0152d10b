package org.coshape.model;

import org.coshape.model.state.People;
import org.coshape.scenario.EndorsementSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Tick phase 4, with {@code values.endorsement}: a person whose current values lie within the
 * latitude (RMS) of their own takes {@code rate} of the difference as their own; changes farther
 * away stay unendorsed. The twin endorses by the same rule, so the two stay comparable. A person's
 * update reads only their own values: the result does not depend on the order or the threads.
 */
final class EndorsementPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final CoshapeModel model;
    private final EndorsementSpec spec;

    EndorsementPhase(CoshapeModel model) {
        this.model = model;
        this.spec = model.scenario().values().endorsement();
    }

    @Override
    public void step(SimState state) {
        if (!spec.on()) {
            return;
        }
        endorse(model.people());
        People twin = model.separateTwin();
        if (twin != null) {
            endorse(twin);
        }
    }

    private void endorse(People p) {
        model.pool().run(p.n, (chunk, from, to) -> endorse(p, from, to, spec));
    }

    /** The rule for people [from, to). */
    static void endorse(People p, int from, int to, EndorsementSpec spec) {
        int d = p.d;
        double reach2 = spec.latitude() * spec.latitude() * d;
        for (int i = from; i < to; i++) {
            int vb = p.at(i);
            double gap2 = 0;
            for (int k = 0; k < d; k++) {
                double x = p.v[vb + k] - p.own[vb + k];
                gap2 += x * x;
            }
            if (gap2 <= reach2) {
                for (int k = 0; k < d; k++) {
                    p.own[vb + k] += (float) (spec.rate() * (p.v[vb + k] - p.own[vb + k]));
                }
            }
        }
    }
}
