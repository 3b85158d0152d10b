package org.coshape.results;

import org.coshape.model.network.Network;
import org.coshape.model.state.People;

/**
 * Receives person-level data of a run: the people's state at recorded ticks (for
 * {@code people.csv}) and the network once, when the run is built (for {@code network.csv}).
 */
@FunctionalInterface
public interface PeopleSink {
    void accept(String runId, long tick, People people);

    /** The run's network, once, after it is built. */
    default void network(String runId, Network network) {}

    /** Both sinks, {@code a} first; either may be null. */
    static PeopleSink both(PeopleSink a, PeopleSink b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return new PeopleSink() {
            @Override
            public void accept(String runId, long tick, People people) {
                a.accept(runId, tick, people);
                b.accept(runId, tick, people);
            }

            @Override
            public void network(String runId, Network network) {
                a.network(runId, network);
                b.network(runId, network);
            }
        };
    }
}
