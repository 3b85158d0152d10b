package org.coshape.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Times one phase (or the whole tick) of two coshape builds in the same JVM, alternating A and B
 * so that the machine's drift (±20% between runs on shared VMs) hits both equally; each jar is
 * loaded in its own class loader. This is how the performance changes in the README were
 * measured. The model built second ran 4-9% faster than an identical one built first (A/A runs
 * on a Zen 1 VM), so both build orders are timed, ROUNDS rounds each, and the reported ratio is
 * the geometric mean of the two, which cancels that bias; each order's ratio is printed too.
 * Usage: {@code java -cp sim/target/benchmarks.jar org.coshape.bench.JarAbComparison A.jar B.jar
 * HUMANS DIMS THREADS RULE PHASE|tick ROUNDS} on the {@code bench} model, or {@code A.jar B.jar
 * SCENARIO.yaml THREADS PHASE|tick ROUNDS} on a scenario's, stepped three ticks first (phase
 * {@code metrics} times a metrics record when the scenario records every tick).
 */
public final class JarAbComparison {
    private JarAbComparison() {}

    private record Side(Object model, Method runPhase, Object schedule, Method step, AutoCloseable pool) {
        void once(String phase) throws Exception {
            if (phase.equals("tick")) {
                step.invoke(schedule, model);
            } else {
                runPhase.invoke(model, phase);
            }
        }
    }

    /** What to time: the bench model ({@code scenarioFile} null) or a scenario file's. */
    private record Model(int humans, int dims, String rule, Path scenarioFile) {
        Object scenario(ClassLoader cl) throws Exception {
            if (scenarioFile != null) {
                return cl.loadClass("org.coshape.scenario.ScenarioLoader")
                        .getMethod("load", Path.class)
                        .invoke(null, scenarioFile);
            }
            return cl.loadClass("org.coshape.cli.BenchCommand")
                    .getMethod("benchScenario", int.class, int.class, int.class, double.class, String.class)
                    .invoke(null, humans, dims, 1_000_000, 10.0, rule);
        }

        String describe(int threads) {
            return scenarioFile != null
                    ? scenarioFile + ", " + humans + " people, " + threads + " threads"
                    : humans + " people, d=" + dims + ", " + threads + " threads, " + rule;
        }
    }

    private static Side load(String jar, Model what, int threads) throws Exception {
        URLClassLoader cl =
                new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
        Object scenario = what.scenario(cl);
        Class<?> poolClass = poolClass(cl);
        Object pool = poolClass.getConstructor(int.class).newInstance(threads);
        Class<?> modelClass = cl.loadClass("org.coshape.model.CoshapeModel");
        Object model = modelClass
                .getConstructor(cl.loadClass("org.coshape.scenario.Scenario"), long.class, poolClass, boolean.class)
                .newInstance(scenario, 1L, pool, true);
        modelClass.getMethod("start").invoke(model);
        Object schedule = modelClass.getField("schedule").get(model);
        Method step = schedule.getClass().getMethod("step", cl.loadClass("sim.engine.SimState"));
        for (int t = 0; what.scenarioFile() != null && t < 3; t++) {
            step.invoke(schedule, model);
        }
        return new Side(model, modelClass.getMethod("runPhase", String.class), schedule, step, (AutoCloseable) pool);
    }

    /** The chunk pool's class in a jar: in org.coshape.concurrent, or in org.coshape.model in older builds. */
    private static Class<?> poolClass(ClassLoader cl) throws ClassNotFoundException {
        try {
            return cl.loadClass("org.coshape.concurrent.ChunkPool");
        } catch (ClassNotFoundException e) {
            return cl.loadClass("org.coshape.model.ChunkPool");
        }
    }

    /** Median seconds per call of A and of B over {@code rounds} rounds, after three warm-up rounds. */
    private static double[] timeAlternately(Side a, Side b, String phase, int rounds) throws Exception {
        int warmup = 3;
        int calls = 4;
        double[] ta = new double[rounds];
        double[] tb = new double[rounds];
        for (int r = 0; r < rounds + warmup; r++) {
            for (int k = 0; k < 2; k++) {
                boolean isA = (r + k) % 2 == 0; // alternate which side goes first
                Side s = isA ? a : b;
                long t0 = System.nanoTime();
                for (int c = 0; c < calls; c++) {
                    s.once(phase);
                }
                double sec = (System.nanoTime() - t0) / 1e9 / calls;
                if (r >= warmup) {
                    (isA ? ta : tb)[r - warmup] = sec;
                }
            }
        }
        Arrays.sort(ta);
        Arrays.sort(tb);
        return new double[] {ta[rounds / 2], tb[rounds / 2]};
    }

    /**
     * Builds the model of {@code firstJar}, then that of {@code secondJar}, times them alternately
     * and returns their speeds (person-ticks/s) in build order; the models are dropped on return.
     */
    private static double[] timeInOrder(
            String firstJar, String secondJar, Model what, int threads, String phase, int rounds) throws Exception {
        System.gc(); // the models of an earlier order are unreachable by now
        Side first = load(firstJar, what, threads);
        Side second = load(secondJar, what, threads);
        double[] t = timeAlternately(first, second, phase, rounds);
        first.pool().close();
        second.pool().close();
        return new double[] {what.humans() / t[0], what.humans() / t[1]};
    }

    private static double[] reversed(double[] x) {
        return new double[] {x[1], x[0]};
    }

    public static void main(String[] args) throws Exception {
        Model what;
        int threads;
        int at;
        if (args.length == 8) {
            what = new Model(Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[5], null);
            threads = Integer.parseInt(args[4]);
            at = 6;
        } else if (args.length == 6) {
            Path file = Path.of(args[2]);
            // the population size, for person-ticks/s (read with A's classes, which B's must agree with)
            try (URLClassLoader cl = new URLClassLoader(
                    new URL[] {Path.of(args[0]).toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
                Object scenario = new Model(0, 0, null, file).scenario(cl);
                Object population = scenario.getClass().getMethod("population").invoke(scenario);
                int humans = (int) population.getClass().getMethod("size").invoke(population);
                what = new Model(humans, 0, null, file);
            }
            threads = Integer.parseInt(args[3]);
            at = 4;
        } else {
            System.err.println("usage: JarAbComparison A.jar B.jar HUMANS DIMS THREADS RULE PHASE|tick ROUNDS\n"
                    + "       JarAbComparison A.jar B.jar SCENARIO.yaml THREADS PHASE|tick ROUNDS");
            System.exit(2);
            return;
        }
        String phase = args[at];
        int rounds = Integer.parseInt(args[at + 1]);
        // order 0 builds A first, order 1 builds B first
        double[][] speed = {
            timeInOrder(args[0], args[1], what, threads, phase, rounds),
            reversed(timeInOrder(args[1], args[0], what, threads, phase, rounds))
        };
        double[] ratio = {speed[0][1] / speed[0][0], speed[1][1] / speed[1][0]};
        System.out.printf(
                "%s, %s: A built first: A %.3g, B %.3g person-ticks/s, B/A %.3f;"
                        + " B built first: A %.3g, B %.3g, B/A %.3f; B/A (geometric mean) %.3f%n",
                phase,
                what.describe(threads),
                speed[0][0],
                speed[0][1],
                ratio[0],
                speed[1][0],
                speed[1][1],
                ratio[1],
                Math.sqrt(ratio[0] * ratio[1]));
        System.exit(0);
    }
}
