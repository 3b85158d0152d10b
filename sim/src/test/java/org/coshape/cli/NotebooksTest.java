package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Committed notebooks carry no outputs (CI executes them; outputs would only bloat diffs and go
 * stale), and each one reads results through the Python package, which reads the files the README
 * names.
 */
class NotebooksTest {

    @Test
    void notebooksAreCommittedWithoutOutputs() throws Exception {
        List<Path> notebooks;
        try (Stream<Path> s = Files.list(Path.of("../notebooks"))) {
            notebooks = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
        assertEquals(
                List.of("01-quickstart.ipynb", "02-policy-comparison.ipynb", "03-sweep-and-sensitivity.ipynb"),
                notebooks.stream().map(p -> p.getFileName().toString()).toList());
        for (Path nb : notebooks) {
            JsonNode root = new ObjectMapper().readTree(nb.toFile());
            for (JsonNode cell : root.get("cells")) {
                if (cell.get("cell_type").asText().equals("code")) {
                    assertTrue(cell.get("outputs").isEmpty(), nb + ": a code cell has outputs");
                    assertTrue(cell.get("execution_count").isNull(), nb + ": a code cell has an execution count");
                }
            }
            String text = Files.readString(nb);
            assertTrue(text.contains("coshape.load("), nb + " reads its results folder through the Python package");
        }
        // the package reads the files the README names
        String results = Files.readString(Path.of("../python/coshape/results.py"));
        for (String file : List.of("summary.csv", "timeseries.csv", "assistants.csv", "manifest.json")) {
            assertTrue(results.contains(file), "the Python package reads " + file);
        }
    }
}
