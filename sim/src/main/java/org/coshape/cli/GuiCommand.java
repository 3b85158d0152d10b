package org.coshape.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coshape.gui.GuiLauncher;
import org.coshape.io.BadInput;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioLoader;
import org.coshape.scenario.YamlNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gui SCENARIO}: the interactive MASON console with a 2-D view and live charts. */
@Command(
        name = "gui",
        mixinStandardHelpOptions = true,
        description = "Open the MASON console on a scenario: 2-D view of people and assistants, live charts.")
final class GuiCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--screenshot", paramLabel = "FILE.png", description = "render the windows to a PNG and exit")
    Path screenshot;

    @Option(
            names = "--after-ticks",
            paramLabel = "N",
            defaultValue = "50",
            description = "with --screenshot: ticks to run first (default ${DEFAULT-VALUE})")
    int afterTicks;

    @Spec
    CommandSpec spec;

    /** Tells main not to exit while the console is open. */
    static volatile boolean keepAlive;

    @Override
    public Integer call() throws Exception {
        YamlNode tree = scenario.tree();
        Scenario base = ScenarioLoader.bind(tree, scenario.file);
        Preflight.check(base);
        int t = RunOptions.threads(threads);
        if (afterTicks < 0) {
            throw new BadInput("--after-ticks: expected 0 or more, found " + afterTicks);
        }
        if (screenshot != null) {
            GuiLauncher.screenshot(tree, scenario.file, base, t, afterTicks, screenshot);
            spec.commandLine()
                    .getOut()
                    .println("screenshot: " + screenshot.toAbsolutePath().normalize());
            spec.commandLine().getOut().flush();
            return CoshapeCli.OK;
        }
        GuiLauncher.open(tree, scenario.file, base, t);
        keepAlive = true;
        return CoshapeCli.OK;
    }
}
