package org.coshape.cli;

import java.io.PrintWriter;
import org.coshape.model.HotSpotOptions;
import org.coshape.model.MemoryEstimate;
import org.coshape.scenario.Scenario;

/**
 * A hint for populations of gigabytes: where the operating system hands out huge pages on request
 * (transparent_hugepage "madvise") and Java was not started with -XX:+UseTransparentHugePages,
 * the heap is built from 4 KiB pages, and at 10^7 people faulting them in took half the set-up
 * (19.4 / 13.1 s against 7.6 / 7.1 s with the flag, Zen 5 VM). Java cannot ask for them itself
 * once started, so coshape says so instead.
 */
final class HugePageHint {
    /** Below this much state the set-up is short with or without huge pages. */
    static final long ABOVE_BYTES = 1L << 30;

    private HugePageHint() {
    }

    /** Whether to hint: a large heap, huge pages given on request, and a JVM that does not ask. */
    static boolean applies(long estimateBytes, String hugePageMode, String useTransparentHugePages) {
        return estimateBytes > ABOVE_BYTES && "madvise".equals(hugePageMode)
                && "false".equals(useTransparentHugePages);
    }

    /** Prints the hint for {@code s} (the largest scenario a command will run) when it applies. */
    static void print(Scenario s, PrintWriter err) {
        long bytes = MemoryEstimate.of(s).total();
        if (applies(bytes, MachineInfo.readHugePages(), HotSpotOptions.value("UseTransparentHugePages"))) {
            err.println("coshape: hint: for a population this large (about " + MemoryEstimate.gib(bytes) + ")"
                    + " start Java with -XX:+UseTransparentHugePages: this machine gives huge pages on request, and"
                    + " they halved the set-up of 10^7 people (README, Performance)");
            err.flush();
        }
    }
}
