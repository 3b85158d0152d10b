package org.coshape.report;

/**
 * A count with its noun, in the lines and reports people read: "1 replication", "3 replications".
 * One place, so that the console, the report and the notes say it alike.
 */
public final class Counts {
    private Counts() {}

    /** {@code n} and {@code noun}, with an "s" unless {@code n} is 1. */
    public static String of(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** "1 policy", "3 policies": a noun whose plural is not its singular plus s. */
    public static String of(long n, String noun, String plural) {
        return n + " " + (n == 1 ? noun : plural);
    }
}
