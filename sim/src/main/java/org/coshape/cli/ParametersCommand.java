package org.coshape.cli;

import java.util.concurrent.Callable;
import org.coshape.scenario.ParameterDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parameters}: prints the parameter table (every scenario key with its default, range,
 * unit, meaning and the source of the default), or with {@code --reference} the scenario
 * reference file generated from it.
 */
@Command(
        name = "parameters",
        mixinStandardHelpOptions = true,
        description = "Print every scenario key with its default, range, unit, meaning and source.")
final class ParametersCommand implements Callable<Integer> {
    @Option(
            names = "--reference",
            description = "Print the scenario reference (scenarios/reference.yaml) instead of the table.")
    boolean reference;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(reference ? ParameterDocs.referenceYaml() : ParameterDocs.markdownTable());
        spec.commandLine().getOut().flush();
        return CoshapeCli.OK;
    }
}
