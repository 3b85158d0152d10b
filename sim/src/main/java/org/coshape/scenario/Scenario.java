package org.coshape.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One study, fully resolved: every key has its value (written, inherited or default), checked
 * and immutable. Models, sweeps and reports read only this, never the raw file.
 */
public record Scenario(
        String name,
        String description,
        @JsonIgnore String sourceFile,
        long seed,
        int ticks,
        int replications,
        StopSpec stop,
        ValuesSpec values,
        PopulationSpec population,
        NetworkSpec network,
        SocialSpec social,
        AiSpec ai,
        GenerationSpec generations,
        MetricsSpec metrics,
        OutputSpec output,
        SweepSpec sweep,
        List<PolicySpec> compare,
        UncertaintySpec uncertainties,
        ChartsSpec charts,
        ReportSpec report) {

    public Scenario {
        compare = List.copyOf(compare);
    }

    /** The named value dimensions, and whether people come to endorse changes of their values. */
    public record ValuesSpec(List<String> dimensions, EndorsementSpec endorsement) {
        public ValuesSpec {
            dimensions = List.copyOf(dimensions);
        }
    }

    /**
     * This scenario with the default output, charts and report blocks: what its hash covers.
     * They decide which files are written and how results are shown, not what runs, so a
     * finished batch resumed (or a run rerun) with other ones is the same study.
     */
    public Scenario withoutPresentation() {
        return withPresentation(OutputSpec.defaults(), ChartsSpec.defaults(), ReportSpec.defaults());
    }

    /** This scenario with other output, charts and report blocks. */
    public Scenario withPresentation(OutputSpec otherOutput, ChartsSpec otherCharts, ReportSpec otherReport) {
        return new Scenario(
                name,
                description,
                sourceFile,
                seed,
                ticks,
                replications,
                stop,
                values,
                population,
                network,
                social,
                ai,
                generations,
                metrics,
                otherOutput,
                sweep,
                compare,
                uncertainties,
                otherCharts,
                otherReport);
    }

    /** This scenario with other batch blocks: its sweep, comparison and uncertainties. */
    public Scenario withBatch(SweepSpec otherSweep, List<PolicySpec> otherCompare, UncertaintySpec otherUncertain) {
        return new Scenario(
                name,
                description,
                sourceFile,
                seed,
                ticks,
                replications,
                stop,
                values,
                population,
                network,
                social,
                ai,
                generations,
                metrics,
                output,
                otherSweep,
                otherCompare,
                otherUncertain,
                charts,
                report);
    }

    @JsonIgnore
    public int dims() {
        return values.dimensions().size();
    }

    @JsonIgnore
    public List<String> groupNames() {
        return population.groups().stream().map(GroupSpec::name).toList();
    }
}
