package org.coshape.scenario;

import java.util.List;

/**
 * What a comparison's report concludes from ({@code report:}): the metrics whose paired
 * differences decide who benefits and who is disadvantaged, the correction for the many
 * intervals a report shows at once, and the half-width of a 95% interval that the replication
 * advisor plans for. None of it changes a run, so it is left out of the scenario's hash.
 */
public record ReportSpec(List<String> verdict, Multiplicity multiplicity, double halfWidth) {
    public ReportSpec {
        verdict = List.copyOf(verdict);
    }

    /** The defaults of {@link Parameter}'s report rows. */
    public static ReportSpec defaults() {
        return new ReportSpec(
                Parameter.REPORT_VERDICT.defaultNames(), Multiplicity.NONE, Parameter.REPORT_HALF_WIDTH.number());
    }

    /** How the report adjusts for showing many intervals at once. */
    public enum Multiplicity implements Named {
        /** Each interval at 95% on its own; the report says how many there are. */
        NONE,
        /** Holm's step-down adjustment of the paired differences' p-values, family-wise 5%. */
        HOLM
    }
}
