package org.coshape.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** One of a thing is singular; none and many are plural. */
class CountsTest {
    @Test
    void onlyOneIsSingular() {
        assertEquals("1 replication", Counts.of(1, "replication"));
        assertEquals("0 runs", Counts.of(0, "run"));
        assertEquals("12 points", Counts.of(12, "point"));
    }
}
