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
 * measured. Usage: {@code java -cp sim/target/benchmarks.jar org.coshape.bench.JarAbComparison
 * A.jar B.jar HUMANS DIMS THREADS RULE PHASE|tick ROUNDS}.
 */
public final class JarAbComparison {
    private JarAbComparison() {
    }

    private record Side(Object model, Method runPhase, Object schedule, Method step) {
        void once(String phase) throws Exception {
            if (phase.equals("tick")) {
                step.invoke(schedule, model);
            } else {
                runPhase.invoke(model, phase);
            }
        }
    }

    private static Side load(String jar, int humans, int dims, int threads, String rule) throws Exception {
        URLClassLoader cl = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()},
                ClassLoader.getPlatformClassLoader());
        Class<?> bench = cl.loadClass("org.coshape.cli.BenchCommand");
        Object scenario = bench.getMethod("benchScenario", int.class, int.class, int.class, double.class, String.class)
                .invoke(null, humans, dims, 1_000_000, 10.0, rule);
        Class<?> poolClass = cl.loadClass("org.coshape.model.ChunkPool");
        Object pool = poolClass.getConstructor(int.class).newInstance(threads);
        Class<?> modelClass = cl.loadClass("org.coshape.model.CoshapeModel");
        Object model = modelClass.getConstructor(cl.loadClass("org.coshape.scenario.Scenario"), long.class, poolClass,
                boolean.class).newInstance(scenario, 1L, pool, true);
        modelClass.getMethod("start").invoke(model);
        Object schedule = modelClass.getField("schedule").get(model);
        Method step = schedule.getClass().getMethod("step", cl.loadClass("sim.engine.SimState"));
        return new Side(model, modelClass.getMethod("runPhase", String.class), schedule, step);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 8) {
            System.err.println("usage: JarAbComparison A.jar B.jar HUMANS DIMS THREADS RULE PHASE|tick ROUNDS");
            System.exit(2);
        }
        int humans = Integer.parseInt(args[2]);
        int dims = Integer.parseInt(args[3]);
        int threads = Integer.parseInt(args[4]);
        String rule = args[5];
        String phase = args[6];
        int rounds = Integer.parseInt(args[7]);
        Side a = load(args[0], humans, dims, threads, rule);
        Side b = load(args[1], humans, dims, threads, rule);
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
        double ma = ta[rounds / 2];
        double mb = tb[rounds / 2];
        System.out.printf("%s, %d people, d=%d, %d threads, %s: A %.3g, B %.3g person-ticks/s (medians); B/A %.3f%n",
                phase, humans, dims, threads, rule, humans / ma, humans / mb, ma / mb);
        System.exit(0);
    }
}
