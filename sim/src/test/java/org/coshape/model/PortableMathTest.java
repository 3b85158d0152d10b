package org.coshape.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine calls no {@code java.lang.Math} function whose result the JVM may take from a
 * CPU-specific stub (log, exp, pow, cos, ...): HotSpot's x86 log differs from fdlibm's in the
 * last bit for about 7% of inputs, so a run on another CPU or JVM, e.g. a Spark executor of
 * another kind, could give other bits. StrictMath (fdlibm), FastExp and the correctly rounded
 * operations (sqrt, fma, floor) give the same bits everywhere. Read from the compiled classes
 * with javap, so any caller counts, whatever its source looks like.
 */
class PortableMathTest {
    private static final Pattern LOOSE =
            Pattern.compile("Method java/lang/Math\\.(log|log10|log1p|exp|expm1|pow|sin|cos|tan|asin|acos|atan|atan2"
                    + "|sinh|cosh|tanh|cbrt|hypot):");

    private static final Pattern TYPE = Pattern.compile("^\\S.*\\b(?:class|interface|enum) ([\\w.$]+)");

    @Test
    void theEngineUsesOnlyMathWithTheSameBitsOnEveryCpu() throws IOException, URISyntaxException {
        Path classes = Path.of(CoshapeModel.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolve("org/coshape");
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(classes)) {
            s.filter(p -> p.toString().endsWith(".class")).forEach(p -> files.add(p.toString()));
        }
        assertTrue(files.size() > 50, "found only " + files.size() + " classes under " + classes);
        String code = javap(files);
        assertTrue(code.contains("// Method java/lang/Math.sqrt:(D)D"), "javap output does not look as expected");
        List<String> found = new ArrayList<>();
        String owner = "";
        for (String line : code.split("\n", -1)) {
            Matcher type = TYPE.matcher(line);
            if (type.find()) {
                owner = type.group(1);
            }
            Matcher m = LOOSE.matcher(line);
            if (m.find()) {
                found.add(owner + " -> Math." + m.group(1));
            }
        }
        assertEquals(List.of(), found);
    }

    private static String javap(List<String> files) {
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
        StringWriter out = new StringWriter();
        List<String> args = new ArrayList<>(List.of("-c", "-p"));
        args.addAll(files);
        int rc = javap.run(new PrintWriter(out), new PrintWriter(out), args.toArray(String[]::new));
        assertEquals(0, rc, out.toString());
        return out.toString();
    }
}
