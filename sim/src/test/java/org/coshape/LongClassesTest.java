package org.coshape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A main class longer than 400 lines says why in its Javadoc ("Longer than 400 lines: ..."). */
class LongClassesTest {
    static final int MAX_LINES = 400;

    @Test
    void everyLongClassStatesWhy() throws IOException {
        List<String> unexplained = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ArchitectureTest.SOURCES)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f);
                if (lines.size() > MAX_LINES && lines.stream().noneMatch(l -> l.contains("Longer than 400 lines:"))) {
                    unexplained.add(f.getFileName() + " (" + lines.size() + " lines)");
                }
            }
        }
        assertEquals(List.of(), unexplained, "classes over " + MAX_LINES + " lines without a stated reason");
    }
}
