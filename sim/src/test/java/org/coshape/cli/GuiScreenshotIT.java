package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MASON console renders under a virtual X display (Xvfb): {@code gui --screenshot} writes a
 * PNG that is not blank and shows people of more than one group in their colours. Runs the
 * packaged jar in a child JVM. On CI a missing Xvfb is a failure, elsewhere the test is skipped.
 */
class GuiScreenshotIT {
    @TempDir
    Path tmp;

    @Test
    void consoleRendersPeopleOfEveryGroup() throws Exception {
        boolean haveXvfb = new File("/usr/bin/Xvfb").canExecute();
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(haveXvfb, "Xvfb is not installed (apt-get install xvfb)");
        }
        assertTrue(haveXvfb, "CI must install xvfb (.ci/run does)");
        // -displayfd: Xvfb picks a free display number and writes it to stdout once it is ready
        Process xvfb = new ProcessBuilder(
                        "/usr/bin/Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectError(tmp.resolve("xvfb.log").toFile())
                .start();
        try {
            String line =
                    new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertTrue(
                    line != null && line.trim().matches("\\d+"),
                    "Xvfb started: " + Files.readString(tmp.resolve("xvfb.log")));
            int display = Integer.parseInt(line.trim());
            Path png = tmp.resolve("console.png");
            List<String> cmd = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    "target/coshape.jar",
                    "gui",
                    "../scenarios/quickstart.yaml",
                    "--set",
                    "population.size=3000",
                    "--screenshot",
                    png.toString(),
                    "--after-ticks",
                    "20"));
            ProcessBuilder pb = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("gui.log").toFile());
            pb.environment().put("DISPLAY", ":" + display);
            Process gui = pb.start();
            assertTrue(gui.waitFor(3, TimeUnit.MINUTES), "gui finished");
            String log = Files.readString(tmp.resolve("gui.log"));
            assertEquals(0, gui.exitValue(), log);
            assertFalse(log.contains("Java3D") || log.contains("WARNING"), "MASON's demo-list warning is gone: " + log);
            BufferedImage img = ImageIO.read(png.toFile());
            assertTrue(img.getWidth() > 900 && img.getHeight() > 400, "both windows drawn");
            int majority = 0;
            int minority = 0;
            int nonWhite = 0;
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    int rgb = img.getRGB(x, y) & 0xFFFFFF;
                    nonWhite += rgb != 0xFFFFFF ? 1 : 0;
                    majority += near(rgb, 0, 114, 178) ? 1 : 0;
                    minority += near(rgb, 213, 94, 0) ? 1 : 0;
                }
            }
            assertTrue(nonWhite > 10_000, "not blank");
            assertTrue(majority > 200, "majority colour shown: " + majority + " pixels");
            assertTrue(minority > 200, "minority colour shown: " + minority + " pixels");
        } finally {
            xvfb.destroy();
            if (!xvfb.waitFor(10, TimeUnit.SECONDS)) {
                xvfb.destroyForcibly();
            }
        }
    }

    static boolean near(int rgb, int r, int g, int b) {
        return Math.abs((rgb >> 16 & 255) - r) < 20
                && Math.abs((rgb >> 8 & 255) - g) < 20
                && Math.abs((rgb & 255) - b) < 20;
    }
}
