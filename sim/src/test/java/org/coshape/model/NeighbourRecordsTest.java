package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.coshape.concurrent.ChunkPool;
import org.coshape.model.network.Network;
import org.coshape.model.state.People;
import org.coshape.scenario.Scenario;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The social kernels read neighbours through the precomputed record offsets: every link's offset
 * must be where its target's values start, over several chunks of a generated network, at widths
 * with and without fixed-width kernels; rules that do not average get none.
 */
class NeighbourRecordsTest {

    @ParameterizedTest
    @CsvSource({
        "hegselmann_krause, 4, 9000",
        "degroot, 5, 9000",
        "friedkin_johnsen, 8, 5000",
        "deffuant, 4, 3000",
        "none, 4, 3000"
    })
    void everyLinkPointsAtItsTargetsRecord(String rule, int dims, int people) {
        Scenario s = TestScenarios.yaml("""
                name: records
                seed: 7
                ticks: 1
                values: {dimensions: [%s]}
                population: {size: %d, groups: [{name: everyone, share: 1, distribution: uniform}]}
                network: {type: erdos_renyi, degree: 7}
                social: {rule: %s, rate: 0.2, confidence: 0.8}
                ai: {count: 2, regime: mutual}
                """.formatted(TestScenarios.dimensions(dims), people, rule));
        try (ChunkPool pool = new ChunkPool(2)) {
            CoshapeModel m = new CoshapeModel(s, s.seed(), pool, true);
            m.start();
            int[] rec = m.neighbourRecords();
            if (!s.social().rule().averages()) {
                assertNull(rec, rule + " reads no records");
                return;
            }
            assertNotNull(rec);
            People p = m.people();
            Network net = m.network();
            int[] tg = net.targets();
            assertEquals(tg.length, rec.length);
            for (int q = 0; q < tg.length; q++) {
                assertEquals(p.at(tg[q]), rec[q], "link " + q);
            }
        }
    }
}
