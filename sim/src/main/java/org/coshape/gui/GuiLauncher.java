package org.coshape.gui;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import org.coshape.io.BadInput;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.YamlNode;
import sim.display.Console;

/**
 * Opens the MASON console on a scenario, or (screenshot mode) steps it N ticks and writes the
 * windows to a PNG without user interaction.
 */
public final class GuiLauncher {
    private GuiLauncher() {}

    /** Opens the console and returns at once; MASON ends the JVM when its console is closed. */
    public static void open(YamlNode tree, Path file, Scenario base, int threads) {
        requireDisplay();
        CoshapeWithUI gui = new CoshapeWithUI(new GuiSimulation(tree, file, base, threads));
        Console c = new Console(gui);
        c.setVisible(true);
    }

    /** Steps {@code ticks} ticks with the windows open and renders them to {@code png}. */
    public static void screenshot(YamlNode tree, Path file, Scenario base, int threads, int ticks, Path png)
            throws IOException {
        requireDisplay();
        CoshapeWithUI gui = new CoshapeWithUI(new GuiSimulation(tree, file, base, threads));
        Console c = new Console(gui);
        c.setVisible(true);
        gui.start();
        for (int t = 0; t < ticks; t++) {
            gui.step();
        }
        Screenshot.write(gui.frames(), png);
        gui.finish();
        gui.quit();
        c.dispose();
    }

    private static void requireDisplay() {
        if (GraphicsEnvironment.isHeadless()) {
            throw new BadInput("gui: no display (java.awt.headless, or DISPLAY not set); on a server run it"
                    + " under a virtual display, e.g. xvfb-run java -jar sim/target/coshape.jar gui SCENARIO");
        }
    }
}
