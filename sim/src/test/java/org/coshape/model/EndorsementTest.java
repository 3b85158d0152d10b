package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coshape.concurrent.ChunkPool;
import org.coshape.metrics.Metric;
import org.coshape.metrics.TimeSeries;
import org.coshape.model.state.People;
import org.coshape.scenario.EndorsementSpec;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;

/** Reflective endorsement: own values follow current values that stay within the latitude. */
class EndorsementTest {

    @Test
    void aChangeWithinTheLatitudeIsEndorsedAtTheRateAndOneBeyondItIsNot() {
        People p = new People(2, 1, 1, new int[2], false, new ChunkPool(1));
        p.v[p.at(0)] = 0.1f;
        p.v[p.at(1)] = 0.5f;
        EndorsementPhase.endorse(p, 0, 2, new EndorsementSpec(0.5, 0.15));
        assertEquals(0.05f, p.own[p.at(0)], 1e-8);
        assertEquals(0.0f, p.own[p.at(1)], 0f);
    }

    /** Everything endorsed at once: own values are current values, so nothing is unendorsed. */
    @Test
    void whenEveryChangeIsEndorsedValueDriftIsZeroAndAllChangeIsEndorsed() {
        TimeSeries t = TestScenarios.run(TestScenarios.yaml("""
                name: endorse-all
                seed: 5
                ticks: 30
                population: {size: 1500}
                values: {endorsement: {rate: 1.0, latitude: 2.0}}
                ai: {count: 2, regime: engagement, persuasiveness: 3}
                metrics: {every: 10}
                """), 2);
        TimeSeries.Point last = t.points().get(t.points().size() - 1);
        double[] all = last.values()[0];
        assertEquals(0.0, all[Metric.VALUE_DRIFT.ordinal()], 1e-7, "float rounding of own + (v - own) only");
        assertTrue(all[Metric.ENDORSED_DRIFT.ordinal()] > 0.01, "people were moved and took it on");
        assertEquals(all[Metric.LINEAGE_DRIFT.ordinal()], all[Metric.ENDORSED_DRIFT.ordinal()], 1e-7);
    }
}
