package org.coshape.results;

import java.nio.file.Path;
import org.coshape.model.network.Network;
import org.coshape.model.state.People;

/**
 * Streams {@code network.csv}: each run's network as built, one row per stored edge (run_id,
 * person, neighbour, weight), where person listens to neighbour. A generated network is
 * undirected and stores both directions; the weight is 1 unless a network file gave one. The
 * network does not change during a run (newcomers take the places of those they replace).
 */
public final class NetworkTable extends StreamedSink {

    public NetworkTable(Path target) {
        super(new StreamedTable(target, "run_id,person,neighbour,weight\n"));
    }

    @Override
    public void accept(String runId, long tick, People people) {}

    @Override
    public synchronized void network(String runId, Network network) {
        String run = ResultTables.csv(runId);
        int[] offsets = network.offsets();
        int[] targets = network.targets();
        float[] weights = network.weights();
        StringBuilder b = new StringBuilder(1 << 16);
        for (int i = 0; i < network.size(); i++) {
            for (int e = offsets[i]; e < offsets[i + 1]; e++) {
                b.append(run)
                        .append(',')
                        .append(i)
                        .append(',')
                        .append(targets[e])
                        .append(',');
                b.append(weights == null ? "1" : Numbers.format(weights[e])).append('\n');
            }
            table.writeWhenFull(b);
        }
        table.write(b);
    }
}
