package org.coshape.model;

import org.coshape.metrics.TimeSeries;
import org.coshape.model.network.Network;
import org.coshape.model.state.People;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.StopSpec;

/**
 * When a run ends before its last tick ({@code stop}): once steady ({@link SteadyState}) or once
 * absorbed ({@link Absorption}). Asked at each tick by the metrics phase, which then records that
 * tick as the last; at the end it writes into the run's series when each happened.
 */
final class EarlyEnd {
    /** Null unless the scenario asks to stop when steady. */
    private final SteadyState steady;

    private final boolean watchAbsorbed;
    /** Squared confidence and agreement radii, in sums of squares over the dimensions. */
    private final double c2;

    private final double agree2;
    private boolean ended;
    private long absorbedAt = -1;

    EarlyEnd(Scenario scenario, SteadyState steady, int d) {
        this.steady = steady;
        this.watchAbsorbed = scenario.stop().absorbed();
        double c = scenario.social().confidence();
        this.c2 = c * c * d;
        this.agree2 = StopSpec.AGREEMENT * StopSpec.AGREEMENT * d;
    }

    /** True when the run ends at {@code tick} (and at every later ask). */
    boolean endsAt(long tick, People people, Network network) {
        if (steady != null && !ended && steady.observe(tick)) {
            ended = true;
        }
        if (watchAbsorbed && !ended && Absorption.absorbed(people, network, c2, agree2)) {
            absorbedAt = tick;
            ended = true;
        }
        return ended;
    }

    boolean ended() {
        return ended;
    }

    /** Writes into {@code series} when the run became steady or was absorbed, for what it watched. */
    void record(TimeSeries series) {
        if (steady != null) {
            series.steady(steady.steadyAt(), steady.lastMove());
        }
        if (watchAbsorbed) {
            series.absorbed(absorbedAt);
        }
    }
}
