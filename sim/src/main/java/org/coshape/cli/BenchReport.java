package org.coshape.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.coshape.runtime.MachineInfo;

/** The lines {@code bench} prints for one population size (its JSON holds the same figures). */
final class BenchReport {
    private BenchReport() {}

    /** Prints one size's figures as lines for a reader. */
    static void print(PrintWriter o, Map<String, Object> out, boolean twin, double shortTiming) {
        int humans = (int) out.get("humans");
        int t = (int) out.get("threads");
        {
            o.printf(
                    "coshape bench: %d people, d=%d, degree %.0f, %s%s, %d threads, %d ticks after %d warm-up ticks%n",
                    humans,
                    (int) out.get("dims"),
                    (double) out.get("degree"),
                    out.get("rule"),
                    twin ? " with the twin" : "",
                    t,
                    (int) out.get("ticks"),
                    (int) out.get("warmup_ticks"));
            o.printf("  machine         %s%n", MachineInfo.read().line());
            @SuppressWarnings("unchecked")
            List<String> options = (List<String>) out.get("jvm_options");
            o.printf(
                    "  jvm             %s%s%n",
                    out.get("jvm"), options.isEmpty() ? "" : ", " + String.join(" ", options));
            @SuppressWarnings("unchecked")
            Map<String, Object> parts = (Map<String, Object>) out.get("setup_parts_s");
            StringBuilder split = new StringBuilder();
            for (var e : parts.entrySet()) {
                split.append(split.length() == 0 ? "" : ", ")
                        .append(e.getKey().replace('_', ' '))
                        .append(String.format(" %.2f", (double) e.getValue()));
            }
            o.printf("  set-up          %8.3f s  (%s)%n", (double) out.get("setup_s"), split);
            o.printf(
                    "  whole tick      %12.4g person-ticks/s  (%.2f ticks/s)%n",
                    (double) out.get("person_ticks_per_s"), (double) out.get("ticks_per_s"));
            @SuppressWarnings("unchecked")
            Map<String, Object> tick = (Map<String, Object>) out.get("tick_s");
            o.printf(
                    "  one tick        %.4g / %.4g / %.4g s fastest / median / slowest  (median %.4g person-ticks/s)%n",
                    (double) tick.get("min"), (double) tick.get("median"), (double) tick.get("max"), (double)
                            out.get("person_ticks_per_s_median_tick"));
            double timed =
                    (int) out.get("ticks") / (double) out.get("ticks_per_s"); // the phases' time, without metrics
            if (timed < shortTiming) { // a timer's and the machine's jitter are a large part of it
                o.printf("  (timed ticks took %.3f s in all: give more --ticks for a steadier figure)%n", timed);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> ph = (Map<String, Object>) out.get("phases");
            for (var e : ph.entrySet()) {
                o.printf(
                        "  %-14s  %12.4g person-ticks/s%n",
                        e.getKey(), e.getValue() == null ? Double.NaN : (double) e.getValue());
            }
            o.printf(
                    "  peak heap       %8.1f MiB (max %.0f MiB; estimated need %.1f MiB)%n",
                    (long) out.get("peak_heap_bytes") / 1048576.0,
                    (long) out.get("max_heap_bytes") / 1048576.0,
                    (long) out.get("estimated_heap_bytes") / 1048576.0);
        }
        o.flush();
    }
}
