package org.coshape.model.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated networks have the degree, homophily and structure their definitions promise. */
class NetworkBuilderTest {
    @TempDir
    Path tmp;

    static void simple(Network net) {
        for (int i = 0; i < net.size(); i++) {
            int prev = -1;
            for (int e = net.offsets()[i]; e < net.offsets()[i + 1]; e++) {
                int j = net.targets()[e];
                assertTrue(j != i, "no self-loops");
                assertTrue(j > prev, "sorted, no multi-edges");
                prev = j;
            }
        }
    }

    @Test
    void erdosRenyiHasTheRequestedMeanDegree() {
        Network net = NetworkBuilder.erdosRenyi(20000, 10, new MersenneTwisterFast(1), null);
        simple(net);
        double mean = net.edgeCount() / 20000.0;
        assertEquals(10, mean, 0.15); // sd of the mean degree is about 0.03
    }

    @Test
    void stochasticBlockModelHasTheRequestedHomophily() {
        int n = 20000;
        int[] group = new int[n];
        for (int i = 14000; i < n; i++) {
            group[i] = 1;
        }
        Network net = NetworkBuilder.stochasticBlock(n, 10, 0.8, group, 2, new MersenneTwisterFast(2), null);
        simple(net);
        long inside = 0;
        for (int i = 0; i < n; i++) {
            for (int e = net.offsets()[i]; e < net.offsets()[i + 1]; e++) {
                inside += group[net.targets()[e]] == group[i] ? 1 : 0;
            }
        }
        assertEquals(10, net.edgeCount() / (double) n, 0.15);
        assertEquals(0.8, inside / (double) net.edgeCount(), 0.01);
    }

    @Test
    void barabasiAlbertGrowsByMLinksPerNewcomerWithAHeavyTail() {
        int n = 5000;
        Network net = NetworkBuilder.barabasiAlbert(n, 6, new MersenneTwisterFast(3), null);
        simple(net);
        // star of m+1 seeds (m links), then m links for each of the n - m - 1 newcomers
        assertEquals(2L * (3 + 3L * (n - 4)), net.edgeCount());
        int max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, net.degree(i));
            assertTrue(net.degree(i) >= 3);
        }
        assertTrue(max > 60, "preferential attachment makes hubs, max degree " + max);
    }

    @Test
    void wattsStrogatzWithoutRewiringIsARingLattice() {
        Network net = NetworkBuilder.wattsStrogatz(100, 4, 0, new MersenneTwisterFast(4), null);
        for (int i = 0; i < 100; i++) {
            assertEquals(4, net.degree(i));
        }
        int[] nb0 = Arrays.copyOfRange(net.targets(), net.offsets()[0], net.offsets()[1]);
        assertEquals("[1, 2, 98, 99]", Arrays.toString(nb0));
        Network rewired = NetworkBuilder.wattsStrogatz(1000, 10, 0.1, new MersenneTwisterFast(4), null);
        simple(rewired);
        assertEquals(10, rewired.edgeCount() / 1000.0, 0.1);
    }

    @Test
    void edgeListFilesAreDirectedWeightedAndMayHoldSelfLoops() throws Exception {
        Path f = tmp.resolve("edges.csv");
        Files.writeString(f, "source,target,weight\na,b,2\na,a,1\nb,a,0.5\nc,a,1\n");
        Network net = NetworkBuilder.fromFile(f, 3, Map.of("a", 0, "b", 1, "c", 2));
        assertTrue(net.directed());
        assertEquals(2, net.degree(0));
        assertEquals(1, net.degree(2));
        assertEquals(2f, net.weights()[0]);
        Network in = net.reversed();
        assertEquals(3, in.degree(0), "a is listened to by a, b and c");
    }
}
