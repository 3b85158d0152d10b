package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coshape.cli.HugePages.Choice;
import org.junit.jupiter.api.Test;

/**
 * Huge pages are asked for only where they can help and the user left the choice to coshape: a
 * large state, pages given on request, a JVM that does not ask and was not told either way.
 */
class HugePagesTest {
    private static final long LARGE = 3L << 30;

    @Test
    void aLargeStateOnAMadviseMachineStartsAgainWithTheOption() {
        assertEquals(Choice.RELAUNCH, HugePages.choose(LARGE, "madvise", "false", false, true));
        assertEquals(Choice.RELAUNCH, HugePages.choose(HugePages.ABOVE_BYTES, "madvise", "false", false, true),
                "the threshold itself is large");
    }

    @Test
    void whereThisProcessCannotStartAgainItHints() {
        assertEquals(Choice.HINT, HugePages.choose(LARGE, "madvise", "false", false, false));
    }

    @Test
    void everythingElseGoesOnAsItIs() {
        assertEquals(Choice.NONE, HugePages.choose(HugePages.ABOVE_BYTES - 1, "madvise", "false", false, true),
                "small: the state fits the address caches well enough");
        assertEquals(Choice.NONE, HugePages.choose(LARGE, "madvise", "true", true, true), "the JVM already asks");
        assertEquals(Choice.NONE, HugePages.choose(LARGE, "madvise", "false", true, true),
                "the user said -XX:-UseTransparentHugePages");
        assertEquals(Choice.NONE, HugePages.choose(LARGE, "always", "false", false, true), "the OS gives them unasked");
        assertEquals(Choice.NONE, HugePages.choose(LARGE, "never", "false", false, true), "the option would not help");
        assertEquals(Choice.NONE, HugePages.choose(LARGE, "", null, false, true), "not Linux, or not HotSpot");
    }
}
