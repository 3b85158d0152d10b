package org.coshape.results;

import java.time.Instant;
import java.util.List;

/**
 * How a command was run, as its manifest records it: the command and its arguments, the threads
 * and executor it ran on, and when it started. Timings and these settings never change results.
 */
public record Invocation(String command, List<String> args, int threads, String executor, Instant start) {
    public Invocation {
        args = List.copyOf(args);
    }
}
