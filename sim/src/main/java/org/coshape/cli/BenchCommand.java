package org.coshape.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.math3.stat.descriptive.rank.Max;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.descriptive.rank.Min;
import org.coshape.concurrent.ChunkPool;
import org.coshape.io.BadInput;
import org.coshape.model.CoshapeModel;
import org.coshape.model.MemoryEstimate;
import org.coshape.report.ScalingChart;
import org.coshape.results.Manifest;
import org.coshape.runtime.MachineInfo;
import org.coshape.scenario.Named;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioException;
import org.coshape.scenario.SocialRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: throughput of the inner step on the reference tick of the performance issue
 * (mutual regime with direct feedback and adaptive listening, four assistants, one bounded
 * confidence social pass over an Erdos-Renyi graph of mean degree 10). Set-up and stepping are
 * timed separately; each phase has its own figure, and so has each part of the set-up (the
 * performance target names population and network, while the set-up also records tick 0).
 * Metrics are recorded only at the first and last tick and reported apart, so they do not enter
 * the tick's throughput; the exact cluster count, whose cost grows faster than the population,
 * is off, so that the set-up figure is the set-up's.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure person-ticks per second of the inner step (whole tick and per phase).")
public final class BenchCommand implements Callable<Integer> {
    @Option(
            names = "--humans",
            paramLabel = "N",
            defaultValue = "1000000",
            description = "people (default ${DEFAULT-VALUE})")
    int humans;

    @Option(
            names = "--dims",
            paramLabel = "D",
            defaultValue = "8",
            description = "value dimensions (default ${DEFAULT-VALUE})")
    int dims;

    @Option(
            names = "--ticks",
            paramLabel = "T",
            defaultValue = "50",
            description = "timed ticks (default ${DEFAULT-VALUE})")
    int ticks;

    @Option(
            names = "--warmup",
            paramLabel = "T",
            description = "untimed ticks first, for the JIT (default: enough for " + AUTO_WARMUP_PERSON_TICKS_TEXT
                    + " person-ticks, at least " + MIN_AUTO_WARMUP + ")")
    Integer warmup;

    /**
     * The JIT compiles the tick's loops after they have run a number of times, so the warm-up a
     * size needs is a count of person-ticks, not of ticks: 60 ticks at 10^6 people, 6,000 at 10^4.
     * The compiled interaction is also thrown away once, when the first answer falls outside an
     * assistant's confidence radius (a branch C2 had never seen taken), and runs in unoptimised
     * code until it is compiled again; the warm-up must outlast that too
     * ({@code org.coshape.bench.WarmUpCurve} in benchmarks.jar draws the curve).
     */
    static final long AUTO_WARMUP_PERSON_TICKS = 60_000_000L;

    static final String AUTO_WARMUP_PERSON_TICKS_TEXT = "6e7";
    static final int MIN_AUTO_WARMUP = 5;

    /** Timed ticks shorter than this in all get a hint that the figure is unsteady. */
    static final double SHORT_TIMING_S = 0.5;

    /** The warm-up ticks used for {@code humans} people when {@code --warmup} is not given. */
    static int autoWarmup(int humans) {
        long ticks = (AUTO_WARMUP_PERSON_TICKS + humans - 1) / humans;
        return (int) Math.max(MIN_AUTO_WARMUP, ticks);
    }

    @Option(
            names = "--set",
            paramLabel = "KEY=VALUE",
            description = "set a key of the benchmark's scenario (repeatable), e.g. --set ai.choice.rule=logit,"
                    + " to measure a mechanism's cost when on")
    List<String> set = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(
            names = "--degree",
            paramLabel = "K",
            defaultValue = "10",
            description = "mean degree (default ${DEFAULT-VALUE})")
    double degree;

    @Option(
            names = "--rule",
            paramLabel = "RULE",
            defaultValue = "hegselmann_krause",
            description = "social rule (default ${DEFAULT-VALUE})")
    String rule;

    @Option(names = "--json", description = "print one JSON object on stdout (a JSON array with --sizes)")
    boolean json;

    @Option(
            names = "--sizes",
            split = ",",
            paramLabel = "N,N,...",
            description = "scaling run: measure each population size in turn (overrides --humans)")
    List<Integer> sizes;

    @Option(
            names = "--chart",
            paramLabel = "FILE.png",
            description = "with --sizes: draw the scaling chart to this PNG")
    Path chart;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--twin",
            description = "also step the matched no-AI twin (metrics.baseline: true), to"
                    + " measure its cost; the reference tick runs without it")
    boolean twin;

    /** The reference tick as a scenario, without the twin (also used by the JMH benchmarks). */
    public static Scenario benchScenario(int humans, int dims, int ticks, double degree, String rule) {
        return benchScenario(humans, dims, ticks, degree, rule, false);
    }

    /** The reference tick as a scenario, with the matched no-AI twin when {@code twin}. */
    public static Scenario benchScenario(int humans, int dims, int ticks, double degree, String rule, boolean twin) {
        return BenchScenario.of(humans, dims, ticks, degree, rule, twin, List.of());
    }

    @Override
    public Integer call() throws Exception {
        List<Integer> ns = sizes == null ? List.of(humans) : sizes;
        String people = sizes == null ? "--humans" : "--sizes";
        if (ns.isEmpty()) { // "--sizes ," splits into no sizes: nothing would run, and exit 0 would say it did
            throw new BadInput("bench: --sizes: expected one or more sizes, e.g. --sizes 10000,100000");
        }
        for (int n : ns) {
            atLeast(people, n, 2);
        }
        atLeast("--dims", dims, 1);
        if (dims > MAX_DIMS) {
            throw new BadInput("bench: --dims: expected at most " + MAX_DIMS + " (beyond, the d-squared sums of"
                    + " the metrics and the output moments outweigh the tick the bench measures), got " + dims);
        }
        atLeast("--ticks", ticks, 1);
        if (warmup != null) {
            atLeast("--warmup", warmup, 0);
        }
        if (Named.byKey(SocialRule.class, rule) == null) {
            throw new BadInput("bench: --rule: unknown social rule '" + rule + "'");
        }
        int t;
        try {
            t = RunOptions.threads(threads);
        } catch (BadInput e) {
            throw new BadInput("bench: " + e.getMessage());
        }
        for (int n : ns) {
            long total = (long) warmupFor(n) + ticks;
            if (total > Integer.MAX_VALUE) {
                throw new BadInput(
                        warmup != null
                                ? "bench: --warmup + --ticks: at most " + Integer.MAX_VALUE + ", got " + total
                                : "bench: --ticks: at most " + (Integer.MAX_VALUE - warmupFor(n))
                                        + " after the default " + warmupFor(n) + " warm-up ticks for " + n
                                        + " people, got " + ticks);
            }
            Scenario s;
            try {
                s = BenchScenario.of(n, dims, (int) total, degree, rule, twin, set);
            } catch (ScenarioException e) {
                throw asOptionError(e, people);
            }
            Preflight.checkMemory(s, Runtime.getRuntime().maxMemory());
        }
        List<Map<String, Object>> all = new ArrayList<>();
        for (int n : ns) {
            // each size's peak heap is its own: collect the last size's model, then restart the peaks
            System.gc();
            resetPeakHeap();
            Map<String, Object> out = measure(n, t);
            all.add(out);
            if (!json) {
                BenchReport.print(spec.commandLine().getOut(), out, twin, SHORT_TIMING_S);
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            o.println(new ObjectMapper().writeValueAsString(sizes == null ? all.get(0) : all));
        }
        if (chart != null) {
            ScalingChart.write(all, chart);
            if (!json) {
                o.println("chart: " + chart.toAbsolutePath());
            }
        }
        o.flush();
        return CoshapeCli.OK;
    }

    /** The most dimensions the bench accepts: beyond, it would measure the d-squared sums rather than the tick. */
    static final int MAX_DIMS = 40_000;

    private static void atLeast(String option, long value, long min) {
        if (value < min) {
            throw new BadInput("bench: " + option + ": expected at least " + min + ", got " + value);
        }
    }

    /**
     * The scenario is written from the options, so a key it rejects is an option the user gave:
     * name the option (the scenario text's line and column would point at nothing the user wrote).
     */
    private static BadInput asOptionError(ScenarioException e, String people) {
        String option = e.keyPath() == null
                ? null
                : switch (e.keyPath()) {
                    case "population.size" -> people;
                    case "network.degree" -> "--degree";
                    case "values.dimensions" -> "--dims";
                    case "social.rule" -> "--rule";
                    case "ticks" -> "--warmup + --ticks";
                    default -> "--set " + e.keyPath(); // every other key the scenario reads comes from --set
                };
        return option == null ? e : new BadInput("bench: " + option + ": " + e.problem());
    }

    private int warmupFor(int humans) {
        return warmup != null ? warmup : autoWarmup(humans);
    }

    private Map<String, Object> measure(int humans, int t) {
        int warm = warmupFor(humans);
        Scenario s = BenchScenario.of(humans, dims, warm + ticks, degree, rule, twin, set);
        Preflight.checkMemory(s, Runtime.getRuntime().maxMemory());
        Map<String, Object> out = new LinkedHashMap<>();
        try (ChunkPool pool = new ChunkPool(t)) {
            long t0 = System.nanoTime();
            CoshapeModel m = new CoshapeModel(s, s.seed(), pool, true);
            m.start();
            double setup = (System.nanoTime() - t0) / 1e9;
            for (int i = 0; i < warm; i++) {
                m.schedule.step(m);
            }
            long[] before = m.phaseNanos();
            double[] tickSeconds = new double[ticks];
            long s0 = System.nanoTime();
            long[] previous = before;
            for (int i = 0; i < ticks; i++) {
                m.schedule.step(m);
                long[] now = m.phaseNanos();
                tickSeconds[i] = tickNanos(previous, now) / 1e9;
                previous = now;
            }
            double stepSeconds = (System.nanoTime() - s0) / 1e9;
            long[] after = previous; // the phase clocks after the last timed tick
            double personTicks = (double) humans * ticks;
            Map<String, Object> phases = new LinkedHashMap<>();
            for (int k = 0; k < CoshapeModel.PHASES.size(); k++) {
                long ns = after[k] - before[k];
                if (k != METRICS) {
                    phases.put(CoshapeModel.PHASES.get(k), ns > 0 ? personTicks / (ns / 1e9) : null);
                }
            }
            double tickNanos = tickNanos(before, after);
            out.put("humans", humans);
            out.put("dims", dims);
            out.put("degree", degree);
            out.put("rule", rule);
            out.put("twin", twin);
            out.put("set", set);
            out.put("ticks", ticks);
            out.put("warmup_ticks", warm);
            out.put("threads", t);
            out.put("person_ticks_per_s", personTicks / (tickNanos / 1e9));
            out.put("ticks_per_s", ticks / (tickNanos / 1e9));
            Map<String, Object> spread = spread(tickSeconds);
            out.put("tick_s", spread);
            out.put("person_ticks_per_s_median_tick", humans / (double) spread.get("median"));
            out.put("setup_s", setup);
            Map<String, Object> parts = new LinkedHashMap<>();
            long[] setupNanos = m.setupNanos();
            for (int k = 0; k < CoshapeModel.SETUP_PARTS.size(); k++) {
                parts.put(CoshapeModel.SETUP_PARTS.get(k), setupNanos[k] / 1e9);
            }
            out.put("setup_parts_s", parts);
            out.put("step_s", stepSeconds);
            out.put("metrics_s_per_record", (after[4] - before[4]) / 1e9);
            out.put("phases", phases);
            out.put("edges", m.network().edgeCount());
            out.put("peak_heap_bytes", peakHeap());
            out.put("estimated_heap_bytes", MemoryEstimate.of(s).total());
            out.put("state_bytes_per_person", MemoryEstimate.bytesPerPerson(dims, false, twin));
            out.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
            out.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
            out.put("jvm_options", Manifest.jvmOptions());
            out.put("machine", MachineInfo.read().asMap());
        }
        return out;
    }

    /** Nanoseconds of the tick's phases between two readings of the phase clocks (metrics left out). */
    private static long tickNanos(long[] before, long[] after) {
        long ns = 0;
        for (int k = 0; k < CoshapeModel.PHASES.size(); k++) {
            if (k != METRICS) {
                ns += after[k] - before[k];
            }
        }
        return ns;
    }

    private static final int METRICS = CoshapeModel.PHASES.indexOf("metrics");

    /**
     * The fastest, median and slowest timed tick: the whole-tick figure is their mean, and on a
     * shared machine a few slow ticks (another tenant, a collection) move a mean more than a
     * median, which is what the performance issue's reference figures are.
     */
    private static Map<String, Object> spread(double[] seconds) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("min", new Min().evaluate(seconds));
        s.put("median", new Median().evaluate(seconds));
        s.put("max", new Max().evaluate(seconds));
        return s;
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid()) {
                p.resetPeakUsage();
            }
        }
    }

    static long peakHeap() {
        long peak = 0;
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
        for (MemoryPoolMXBean p : pools) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
