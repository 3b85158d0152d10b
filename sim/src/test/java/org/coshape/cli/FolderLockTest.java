package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.coshape.experiment.FolderLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a batch writes to a folder, a second sweep or compare there (resume, --force or a fresh
 * start) is refused as bad input, and nothing of the first one's is touched; once it ends, the
 * folder is free. The lock here is held by the test, as another process would hold it.
 */
class FolderLockTest {
    @TempDir
    Path tmp;

    @Test
    void aFolderInUseIsRefusedAndLeftAlone() throws Exception {
        Path scenario = tmp.resolve("s.yaml");
        Files.writeString(scenario, """
                name: s
                ticks: 3
                population: {size: 100}
                ai: {designers: {size: 5}}
                output: {charts: []}
                sweep: {design: grid, parameters: {ai.listening: [0.1, 0.4]}}
                """);
        Path out = tmp.resolve("out");
        assertEquals(0, BadInputTest.cli("sweep", scenario.toString(), "--out", out.toString(), "--quiet").code());
        byte[] summary = Files.readAllBytes(out.resolve("summary.csv"));
        try (FolderLock held = FolderLock.acquire(out)) {
            for (List<String> extra : List.of(List.of("--resume"), List.of("--force"))) {
                String[] args = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("sweep", scenario.toString(), "--out", out.toString(), "--quiet"),
                        extra.stream()).toArray(String[]::new);
                BadInputTest.Outcome o = BadInputTest.cli(args);
                assertEquals(2, o.code(), extra + ": " + o.err());
                assertTrue(o.err().contains("another coshape process is writing to this folder"), o.err());
                assertEquals(1, o.err().strip().lines().count(), o.err());
            }
            assertEquals(new String(summary), Files.readString(out.resolve("summary.csv")), "left alone");
        }
        BadInputTest.Outcome again = BadInputTest.cli("sweep", scenario.toString(), "--out", out.toString(), "--force",
                "--quiet");
        assertEquals(0, again.code(), again.err());
        assertEquals(new String(summary), Files.readString(out.resolve("summary.csv")), "the same sweep again");
    }

    /** A resume that finds nothing to resume is bad input and lets go of the folder. */
    @Test
    void aFailedOpenReleasesTheFolder() throws Exception {
        Path scenario = tmp.resolve("s.yaml");
        Files.writeString(scenario, "name: s\nticks: 2\npopulation: {size: 50}\nai: {designers: {size: 5}}\n"
                + "sweep: {design: grid, parameters: {ai.listening: [0.1]}}\n");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        BadInputTest.Outcome o = BadInputTest.cli("sweep", scenario.toString(), "--out", empty.toString(), "--resume",
                "--quiet");
        assertEquals(2, o.code(), o.err());
        try (FolderLock again = FolderLock.acquire(empty)) {
            assertTrue(Files.exists(empty.resolve(FolderLock.FILE)));
        }
    }
}
