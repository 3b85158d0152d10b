package org.coshape.cli;

import java.util.concurrent.Callable;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate SCENARIO}: checks a scenario and prints it fully resolved (every default shown). */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file and print the resolved scenario with every default.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Scenario s = scenario.load();
        Preflight.checkInputs(s);
        try {
            Preflight.checkMemory(s, Runtime.getRuntime().maxMemory());
        } catch (org.coshape.scenario.ScenarioException e) {
            spec.commandLine().getErr().println("coshape: warning: " + e.getMessage());
            spec.commandLine().getErr().flush();
        }
        spec.commandLine().getOut().print("# resolved scenario (valid): " + scenario.file + "\n"
                + ScenarioPrinter.yaml(s));
        spec.commandLine().getOut().flush();
        return CoshapeCli.OK;
    }
}
