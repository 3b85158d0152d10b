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

    /** Temporary files a kill left before their rename (a whole copy of a table, say) go at --resume. */
    @Test
    void resumeRemovesTheTemporaryFilesOfKilledWrites() throws Exception {
        Path scenario = BadInputTest.small(tmp, "orphans", "output: {charts: [png]}\n" + BadInputTest.TWO_POINTS);
        Path out = tmp.resolve("orphans");
        assertEquals(
                0,
                BadInputTest.cli("sweep", scenario.toString(), "--out", out.toString(), "--quiet")
                        .code());
        String summary = Files.readString(out.resolve("summary.csv"));
        Path table = Files.writeString(out.resolve(".timeseries.csv8812734.tmp"), "a copy cut short");
        Path chart = Files.writeString(out.resolve("charts").resolve(".welfare.png77.tmp"), "half a chart");
        BadInputTest.Outcome o =
                BadInputTest.cli("sweep", scenario.toString(), "--out", out.toString(), "--quiet", "--resume");
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.notExists(table) && Files.notExists(chart), "orphans removed");
        assertEquals(summary, Files.readString(out.resolve("summary.csv")));
        assertTrue(Files.exists(out.resolve(".coshape.lock")), "the lock file is no orphan");
    }

    /**
     * Resume trusted what it found: without the manifest, a resume with another --set mixed the
     * rows of two scenarios under status complete; a hand-added journal line, or one with a
     * negative length, made resume skip a run silently. The journal now opens with the
     * scenario's hash and every line carries a checksum.
     */
    @Test
    void resumeRefusesAJournalItCannotTrust() throws Exception {
        Path scenario = BadInputTest.small(tmp, "trust", BadInputTest.TWO_POINTS);
        Path out = tmp.resolve("trust");
        assertEquals(
                0,
                BadInputTest.cli("sweep", scenario.toString(), "--out", out.toString(), "--quiet")
                        .code());
        Path journal = out.resolve("sweep.journal");
        String good = Files.readString(journal);
        String summary = Files.readString(out.resolve("summary.csv"));

        Files.delete(out.resolve("manifest.json"));
        BadInputTest.Outcome other = BadInputTest.cli(
                "sweep", scenario.toString(), "--out", out.toString(), "--quiet", "--resume", "--set", "ai.gain=2");
        assertEquals(2, other.code(), other.err());
        assertTrue(other.err().contains("its runs are of another scenario"), other.err());
        assertEquals(summary, Files.readString(out.resolve("summary.csv")), "nothing mixed in");

        for (String bad : List.of(
                good + "done\tp0009-r000\t1\t1\t1\n",
                good.replaceFirst("done\tp0000-r000\t(\\d+)", "done\tp0000-r000\t-5"),
                good + "done\tp0009-r000\t1\t1\t1\t0\n")) {
            Files.writeString(journal, bad);
            BadInputTest.Outcome o =
                    BadInputTest.cli("sweep", scenario.toString(), "--out", out.toString(), "--quiet", "--resume");
            assertEquals(2, o.code(), o.err());
            assertTrue(o.err().contains("damaged") || o.err().contains("does not have"), o.err());
            assertEquals(1, o.err().strip().lines().count(), o.err());
        }
        Files.writeString(journal, good);
        BadInputTest.Outcome o =
                BadInputTest.cli("sweep", scenario.toString(), "--out", out.toString(), "--quiet", "--resume");
        assertEquals(0, o.code(), o.err());
        assertEquals(summary, Files.readString(out.resolve("summary.csv")));
    }
}
