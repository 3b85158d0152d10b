package org.coshape.model.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.function.Function;
import org.coshape.concurrent.ChunkPool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Turning edges into lists on several threads gives exactly the network the calling thread
 * alone builds: the per-range placement must not lose, duplicate or reorder a link.
 */
class EdgeBufferParallelTest {

    /** Random pairs with self-loops and repeats, so dropping and de-duplicating are exercised. */
    private static EdgeBuffer messy(int n, int edges, long seed) {
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        EdgeBuffer buf = new EdgeBuffer(n, 16); // grows while adding
        for (int e = 0; e < edges; e++) {
            int i = rng.nextInt(n);
            int j = rng.nextBoolean() ? rng.nextInt(n) : (rng.nextBoolean() ? i : (i + 1) % n);
            buf.add(i, j);
        }
        return buf;
    }

    private static void sameAtAnyThreadCount(Function<ChunkPool, Network> build) {
        Network alone = build.apply(null);
        // threads as processors, so that 3 and 5 parts run on a 2-core machine too; and a pool
        // with more threads than processors, which splits the edges only as many ways as cores
        for (int[] tp : new int[][] {{1, 1}, {2, 2}, {3, 3}, {5, 5}, {8, 2}}) {
            int t = tp[0];
            try (ChunkPool pool = new ChunkPool(t, tp[1])) {
                Network net = build.apply(pool);
                assertArrayEquals(alone.offsets(), net.offsets(), t + " threads: offsets");
                assertArrayEquals(alone.targets(), net.targets(), t + " threads: targets");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 1000, 20011})
    void messyEdgesGiveTheSameListsOnSeveralThreads(int n) {
        sameAtAnyThreadCount(pool -> messy(n, 5 * n, n).toUndirected(pool));
        Network net = messy(n, 5 * n, n).toUndirected(null);
        NetworkBuilderTest.simple(net);
        if (n > 1) {
            assertTrue(net.edgeCount() < 10L * n, "duplicates and self-loops were dropped");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void everyGeneratorGivesTheSameNetworkOnSeveralThreads(int kind) {
        int n = 30000;
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            group[i] = (i * 7) % 3; // groups interleaved, not contiguous
        }
        sameAtAnyThreadCount(pool -> switch (kind) {
            case 0 -> NetworkBuilder.erdosRenyi(n, 10, new MersenneTwisterFast(11), pool);
            case 1 -> NetworkBuilder.wattsStrogatz(n, 10, 0.3, new MersenneTwisterFast(12), pool);
            case 2 -> NetworkBuilder.barabasiAlbert(n, 6, new MersenneTwisterFast(13), pool);
            default -> NetworkBuilder.stochasticBlock(n, 10, 0.7, group, 3, new MersenneTwisterFast(14), pool);
        });
    }
}
