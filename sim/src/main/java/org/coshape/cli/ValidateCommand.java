package org.coshape.cli;

import java.util.concurrent.Callable;
import org.coshape.experiment.InertParameters;
import org.coshape.experiment.SweepPlan;
import org.coshape.io.BadInput;
import org.coshape.scenario.AnnotatedYaml;
import org.coshape.scenario.PolicySpec;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioLoader;
import org.coshape.scenario.YamlNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code validate SCENARIO}: checks a scenario and prints it fully resolved (every default shown).
 * It also resolves every point of the scenario's sweep and every policy of its comparison and
 * reads the input files each names, as {@code sweep} and {@code compare} do before they run, so
 * that a bad swept value, policy override or input file shows here rather than when the batch
 * starts.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check a scenario file and print the resolved scenario with every default.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        YamlNode tree = scenario.tree();
        Scenario s = ScenarioLoader.bind(tree, scenario.file);
        Preflight.checkInputs(s);
        if (!s.sweep().parameters().isEmpty()) {
            SweepPlan plan = SweepPlan.of(tree, scenario.file, s);
            Preflight.checkInputs(plan);
            for (String w : InertParameters.beforeRunning(plan)) {
                spec.commandLine().getErr().println("coshape: warning: " + w);
            }
        }
        for (PolicySpec p : s.compare()) {
            Preflight.checkInputs(CompareCommand.policyScenario(tree, scenario.file, p));
        }
        try {
            Preflight.checkMemory(s, Runtime.getRuntime().maxMemory());
        } catch (BadInput e) {
            spec.commandLine().getErr().println("coshape: warning: " + e.getMessage());
            spec.commandLine().getErr().flush();
        }
        spec.commandLine()
                .getOut()
                .print("# resolved scenario (valid): " + scenario.file
                        + "\n# each value away from its default names the default (coshape parameters: the table)\n"
                        + AnnotatedYaml.of(s));
        spec.commandLine().getOut().flush();
        return CoshapeCli.OK;
    }
}
