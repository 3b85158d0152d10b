package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep killed in its first moments, before any run was recorded, leaves a folder with some of
 * its lock, manifest, journal and table headers. A plain start refuses it (use --resume or
 * --force); --resume used to refuse it too ("start it without --resume"), leaving only --force.
 * Now --resume starts it afresh and ends with the rows of an uninterrupted sweep.
 */
class EarlyKillResumeTest {
    @TempDir
    Path tmp;

    @Test
    void aSweepKilledBeforeItsFirstRunResumes() throws Exception {
        Path scenario = BadInputTest.small(tmp, "early", BadInputTest.TWO_POINTS);
        Path whole = tmp.resolve("whole");
        assertEquals(
                0,
                BadInputTest.cli("sweep", scenario.toString(), "--out", whole.toString(), "--quiet")
                        .code());
        String summary = Files.readString(whole.resolve("summary.csv"));
        String header = summary.substring(0, summary.indexOf('\n') + 1);

        for (List<String> left : List.of(
                List.of("sweep.journal"),
                List.of("sweep.journal", "summary.csv"),
                List.of(".coshape.lock", "manifest.json"),
                List.of("summary.csv"))) {
            Path out = tmp.resolve("killed-" + left.size() + "-" + left.get(0).replace('.', '_'));
            Files.createDirectories(out);
            for (String f : left) {
                String text = switch (f) {
                    case "summary.csv" -> header;
                    case "manifest.json" ->
                        Files.readString(whole.resolve("manifest.json"))
                                .replace("\"status\" : \"complete\"", "\"status\" : \"running\"");
                    default -> "";
                };
                Files.writeString(out.resolve(f), text);
            }
            BadInputTest.Outcome plain =
                    BadInputTest.cli("sweep", scenario.toString(), "--out", out.toString(), "--quiet");
            assertEquals(2, plain.code(), left + ": " + plain.err());
            assertTrue(plain.err().contains("--resume"), plain.err());
            BadInputTest.Outcome resumed =
                    BadInputTest.cli("sweep", scenario.toString(), "--out", out.toString(), "--quiet", "--resume");
            assertEquals(0, resumed.code(), left + ": " + resumed.err());
            assertEquals(summary, Files.readString(out.resolve("summary.csv")), left + ": the uninterrupted rows");
        }
    }
}
