package org.coshape.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coshape.concurrent.ChunkPool;
import org.coshape.scenario.NetworkType;
import org.coshape.scenario.Scenario;

/**
 * Heap a scenario needs, estimated from the sizes of the state arrays and the network (including
 * the network builder's peak), so that a run that cannot fit is refused before it starts rather
 * than dying with OutOfMemoryError after minutes of work.
 */
public record MemoryEstimate(long people, long network, long sums, long total) {

    /** Slack for metrics passes, charts and the JVM's own use of the heap. */
    private static final double OVERHEAD = 1.25;
    /** Heap the JVM and the program use whatever the scenario (package-visible for MemoryEstimateTest). */
    static final long FIXED = 64L << 20;

    /** Bytes of person state for {@code d} dimensions without turnover or twin (see {@link People}). */
    public static long bytesPerPerson(int d) {
        return bytesPerPerson(d, false, false);
    }

    /**
     * Bytes of person state for {@code d} dimensions (see {@link People}): v, vNext, own, origin,
     * vSnap and the AI movement (6 x d floats), the turnover movement when people are replaced,
     * the twin's v, vNext and own when it runs; seven float traits; group, ai; asks, answered,
     * welfareSum; group membership lists; a float per person for the welfare Gini (sorted copy).
     */
    public static long bytesPerPerson(int d, boolean turnover, boolean twin) {
        return (6L + (turnover ? 1 : 0) + (twin ? 3 : 0)) * 4 * d + 28 + 8 + 12 + 4 + 8;
    }

    /**
     * Bytes a metrics record holds for a while per person: the values copied for the cluster
     * search (everyone's and a group's) and the search's own arrays (its columns of values and
     * queue, bucket keys, distances).
     */
    static long recordBytesPerPerson(int d) {
        return 16L * d + 72;
    }

    /** Links stored for the scenario's network (both directions for generated networks). */
    public static long expectedLinks(Scenario s) {
        long n = s.population().size();
        return switch (s.network().type()) {
            case NONE -> 0;
            case COMPLETE -> n * (n - 1);
            case FILE -> fileLines(s.network().file());
            default -> (long) Math.ceil(n * s.network().degree());
        };
    }

    public static MemoryEstimate of(Scenario s) {
        long n = s.population().size();
        boolean twin = s.metrics().baseline() && s.ai().count() > 0;
        long people = n * bytesPerPerson(s.dims(), s.generations().turnover() > 0, twin);
        long record = n * recordBytesPerPerson(s.dims());
        long links = expectedLinks(s);
        // CSR (targets + offsets); the averaging rules' record offsets (an int per link, see
        // NeighbourRecords); and, while building, the edge buffer (two ints per undirected edge,
        // 1/8 slack), counted on top although it is garbage by the time the offsets are made
        long records = s.social().rule().averages() ? 4 * links : 0;
        long network = 4 * links
                + 4 * (n + 1)
                + records
                + (s.network().type() == NetworkType.FILE ? 12 * links : 4 * links + links / 2);
        long sums = sumBytes(n, s.dims(), s.groupNames().size(), s.ai().count());
        long total = (long) ((people + network + sums + record) * OVERHEAD) + FIXED;
        return new MemoryEstimate(people, network, sums, total);
    }

    /**
     * Bytes of the sums that grow with d squared: each chunk's interaction row (the output's
     * second moments, per group) and a metrics record's rows (the centred moments, for everyone
     * and each group), and the record's d x d matrices (two covariances per row; the Frechet
     * distance's copies, products and eigen-decompositions, up to about 24 at once: 32 are
     * counted). Negligible at d = 8 (about 1 MB for 10^6 people), they outgrow the person state
     * when d is in the hundreds and people are few.
     */
    static long sumBytes(long n, int d, int groups, int ais) {
        long chunks = ChunkPool.chunks((int) Math.min(n, Integer.MAX_VALUE));
        long rows = groups + 1L;
        long cov = (long) d * (d + 1) / 2;
        long interaction =
                groups * (long) Accumulators.groupWidth(d) + Math.max(1, ais) * (long) Accumulators.aiWidth(d);
        long record = rows * 2 * cov + rows * (8 + 2L * d);
        long perChunk = interaction + record + 2L * Accumulators.ROW_PAD;
        long matrices = (2 * rows + 32) * d * (long) d;
        return 8 * (chunks * perChunk + matrices);
    }

    private static long fileLines(String file) {
        try (var lines = Files.lines(Path.of(file))) {
            return lines.count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    public static String gib(long bytes) {
        return String.format("%.1f GiB", bytes / (double) (1L << 30));
    }
}
