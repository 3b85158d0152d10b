package org.coshape.metrics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.coshape.concurrent.ChunkPool;
import org.coshape.model.CoshapeModel;
import org.coshape.model.state.People;
import org.coshape.scenario.ScenarioLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two cluster counts, each on the same states, so that {@link Clusters}'s choice between them
 * by dimension rests on a figure anyone can re-run. {@code *OnRun}: the states a sweep counts, i.e.
 * everyone every 20 ticks of {@code scenario} (default the sweep-listening example, d = 4), all
 * counted in one call. {@code *OnDrawn}: one drawn state of
 * {@code kind}: uniform noise, one axis everyone agrees on, three dense blobs, a tight consensus,
 * five wide blobs. Run from the repository root:
 * {@code java -jar sim/target/benchmarks.jar ClusterCountBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClusterCountBenchmark {

    /** Points to count, with the radius and minimum share to count them by. */
    abstract static class Points {
        final List<float[]> states = new ArrayList<>();
        int d;
        int n;
        double radius = 0.05;
        double minShare = 0.01;
    }

    @State(Scope.Benchmark)
    public static class RunStates extends Points {
        @Param({"scenarios/sweep-listening.yaml"})
        public String scenario;

        /** Samples of the scenario's population every 20 ticks, as the metrics records take them. */
        @Setup(Level.Trial)
        public void setUp() {
            var s = ScenarioLoader.load(Path.of(scenario));
            radius = s.metrics().clusterRadius() * Math.sqrt(s.dims()); // the RMS radius as Euclidean
            minShare = s.metrics().clusterMinShare();
            try (ChunkPool pool = new ChunkPool(1)) {
                CoshapeModel model = new CoshapeModel(s, 1, pool, true);
                model.start();
                People p = model.people();
                d = p.d;
                n = p.n;
                for (long t = 0; t <= s.ticks(); t++) {
                    if (t % 20 == 0) {
                        float[] pts = new float[n * d];
                        for (int i = 0; i < n; i++) {
                            System.arraycopy(p.v, p.at(i), pts, i * d, d);
                        }
                        states.add(pts);
                    }
                    model.schedule.step(model);
                }
            }
        }
    }

    @State(Scope.Benchmark)
    public static class DrawnStates extends Points {
        @Param({"uniform", "constant-axis", "blobs", "consensus", "wide-blobs"})
        public String kind;

        @Param({"2", "3", "4", "8"})
        public int dims;

        @Param({"1000", "20000"})
        public int points;

        @Setup(Level.Trial)
        public void setUp() {
            d = dims;
            n = points;
            Random r = new Random(n * 31L + d);
            float[] pts = new float[n * d];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < d; k++) {
                    double v = switch (kind) {
                        case "uniform" -> r.nextDouble();
                        case "constant-axis" -> k == 0 ? 0.5 : r.nextDouble();
                        case "blobs" -> 0.2 + 0.3 * (i % 3) + 0.02 * r.nextGaussian();
                        case "consensus" -> 0.5 + 0.001 * r.nextGaussian();
                        case "wide-blobs" -> 0.1 + 0.2 * (i % 5) + 0.05 * r.nextGaussian();
                        default -> throw new IllegalArgumentException("unknown kind " + kind);
                    };
                    pts[i * d + k] = (float) v;
                }
            }
            states.add(pts);
        }
    }

    /** The grid of cells united whole, chosen up to {@link Clusters#GRID_MAX_DIMS} dimensions. */
    @Benchmark
    public int gridOnRun(RunStates s) {
        return grid(s);
    }

    /** The breadth-first search over two-axis buckets, chosen in more dimensions. */
    @Benchmark
    public int searchOnRun(RunStates s) {
        return search(s);
    }

    @Benchmark
    public int gridOnDrawn(DrawnStates s) {
        return grid(s);
    }

    @Benchmark
    public int searchOnDrawn(DrawnStates s) {
        return search(s);
    }

    private static int grid(Points s) {
        return each(s, (pts, n, d, radius) -> GridLinkage.sizes(pts, n, d, radius));
    }

    private static int search(Points s) {
        return each(s, (pts, n, d, radius) -> BreadthFirstLinkage.sizes(pts, n, d, radius));
    }

    /** A component search, as {@link Clusters#sizes} takes its arguments. */
    private interface Sizes {
        int[] of(float[] pts, int n, int d, double radius);
    }

    /** Counts every state; the sum keeps the counts from being optimised away. */
    private static int each(Points s, Sizes sizes) {
        int sum = 0;
        for (float[] pts : s.states) {
            sum += Clusters.countAtLeast(sizes.of(pts, s.n, s.d, s.radius), s.minShare);
        }
        return sum;
    }
}
