package org.coshape.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coshape.experiment.MorrisAnalysis;
import org.coshape.experiment.SensitivityAnalysis;
import org.coshape.experiment.SweepPlan;
import org.coshape.io.AtomicFiles;
import org.coshape.report.ChartStyle;
import org.coshape.report.SensitivityChart;
import org.coshape.scenario.SweepDesign;

/**
 * The analyses of a finished Sobol or Morris sweep, written beside its tables: sensitivity.csv
 * (with sensitivity_convergence.csv, and sensitivity_second_order.csv when asked), or morris.csv;
 * the warnings a reader needs (base rows missing a run, intervals too wide to read); and, when
 * {@code formats} is not empty, their charts. Used by {@code sweep} and by {@code merge}.
 */
final class SensitivityOutputs {
    private SensitivityOutputs() {}

    /** Writes the analyses and returns the chart files drawn. */
    static List<Path> write(SweepPlan plan, List<String> summary, Path out, ChartStyle style, PrintWriter err) {
        List<Path> charts = new ArrayList<>();
        long seed = plan.base().seed();
        SweepDesign design = plan.base().sweep().design();
        List<String> charted = style.metrics(SensitivityChart.METRICS);
        if (design == SweepDesign.SOBOL) {
            int[] missing = {0};
            List<SensitivityAnalysis.Row> rows = SensitivityAnalysis.analyse(plan, summary, seed, missing);
            if (missing[0] > 0) {
                err.printf(
                        "coshape: warning: %d of %d Saltelli base rows miss a run; Sobol indices use the complete"
                                + " rows only and are not a valid analysis of the full design%n",
                        missing[0], plan.base().sweep().samples());
            }
            SensitivityAnalysis.write(out.resolve("sensitivity.csv"), rows);
            AtomicFiles.writeString(
                    out.resolve("sensitivity_convergence.csv"), SensitivityAnalysis.convergence(plan, summary, seed));
            if (plan.base().sweep().secondOrder()) {
                SensitivityAnalysis.writeSecondOrder(
                        out.resolve("sensitivity_second_order.csv"),
                        SensitivityAnalysis.secondOrder(plan, summary, seed));
            }
            String wide = SensitivityAnalysis.wideIntervals(
                    rows, charted, plan.base().sweep().samples());
            if (wide != null) {
                err.println("coshape: warning: " + wide);
            }
            for (String metric : style.none() ? List.<String>of() : charted) {
                charts.addAll(SensitivityChart.write(
                        rows, metric, out.resolve("charts").resolve("sobol_" + metric), style));
            }
        } else if (design == SweepDesign.MORRIS) {
            List<MorrisAnalysis.Row> rows = MorrisAnalysis.analyse(plan, summary, seed);
            MorrisAnalysis.write(out.resolve("morris.csv"), rows);
            for (String metric : style.none() ? List.<String>of() : charted) {
                charts.addAll(SensitivityChart.morris(
                        rows, metric, out.resolve("charts").resolve("morris_" + metric), style));
            }
        }
        err.flush();
        return charts;
    }
}
