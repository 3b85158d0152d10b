package org.coshape.results;

import org.coshape.model.state.People;

/** Receives the people's state at recorded ticks, for the optional {@code people.csv}. */
@FunctionalInterface
public interface PeopleSink {
    void accept(String runId, long tick, People people);
}
