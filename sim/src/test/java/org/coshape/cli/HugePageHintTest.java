package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The huge page hint is given only where it can help: a large heap, pages on request, a JVM that does not ask. */
class HugePageHintTest {
    private static final long LARGE = 3L << 30;

    @Test
    void onlyALargeHeapOnAMadviseMachineWithoutTheFlagIsHinted() {
        assertTrue(HugePageHint.applies(LARGE, "madvise", "false"));
        assertFalse(HugePageHint.applies(HugePageHint.ABOVE_BYTES, "madvise", "false"), "small: set-up is short");
        assertFalse(HugePageHint.applies(LARGE, "madvise", "true"), "the JVM already asks");
        assertFalse(HugePageHint.applies(LARGE, "always", "false"), "the OS gives them unasked");
        assertFalse(HugePageHint.applies(LARGE, "never", "false"), "the flag would not help");
        assertFalse(HugePageHint.applies(LARGE, "", null), "not Linux, or not HotSpot: nothing known");
    }
}
