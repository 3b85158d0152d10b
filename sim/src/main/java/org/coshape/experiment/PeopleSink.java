package org.coshape.experiment;

import org.coshape.model.People;

/** Receives the people's state at recorded ticks, for the optional {@code people.csv}. */
@FunctionalInterface
public interface PeopleSink {
    void accept(String runId, long tick, People people);
}
