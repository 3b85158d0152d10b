package org.coshape.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which builds may give other results for the same seed, so that resume and merge do not mix them. */
class BuildTest {
    private static final String A = "a".repeat(40);
    private static final String B = "b".repeat(40);
    private static final String X = "1".repeat(64);
    private static final String Y = "2".repeat(64);

    @TempDir
    Path tmp;

    @Test
    void aCleanCommitPinsTheCode() {
        assertFalse(
                new Build("1", A, false, X).mayDifferFrom(new Build("1", A, false, Y)),
                "one commit built twice (another compiler's bytes) is one build");
        assertTrue(new Build("1", A, false, X).mayDifferFrom(new Build("1", B, false, X)));
        assertTrue(new Build("1", A, false, X).mayDifferFrom(new Build("2", A, false, X)));
    }

    @Test
    void changesNotCommittedAreToldApartByTheirCode() {
        assertTrue(new Build("1", A, true, X).mayDifferFrom(new Build("1", A, true, Y)), "two edits of one commit");
        assertTrue(new Build("1", A, false, X).mayDifferFrom(new Build("1", A, true, Y)));
        assertTrue(new Build("1", A, true, X).mayDifferFrom(new Build("1", A, false, Y)));
        assertFalse(new Build("1", A, true, X).mayDifferFrom(new Build("1", A, true, X)), "the same edit");
        assertTrue(new Build("1", null, null, X).mayDifferFrom(new Build("1", null, null, Y)), "built without git");
        assertFalse(new Build("1", null, null, X).mayDifferFrom(new Build("1", null, null, X)));
    }

    @Test
    void whatAnOlderManifestDoesNotSayIsNotHeldAgainstIt() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Build old = Build.of(json.readTree("{\"coshape_version\": \"1\", \"git_commit\": \"" + A + "\"}"));
        assertEquals(new Build("1", A, null, null), old);
        assertFalse(old.mayDifferFrom(new Build("1", A, true, X)));
        assertTrue(old.mayDifferFrom(new Build("1", B, true, X)));
        Build full = Build.of(json.readTree("{\"coshape_version\": \"1\", \"git_commit\": \"" + A
                + "\", \"git_dirty\": true, \"code_sha256\": \"" + X + "\"}"));
        assertEquals(new Build("1", A, true, X), full);
    }

    @Test
    void aBuildNamesItsCodeWhenTheCommitDoesNotPinIt() {
        assertEquals("coshape 1 at commit aaaaaaaaaaaa", new Build("1", A, false, X).toString());
        assertEquals(
                "coshape 1 at commit aaaaaaaaaaaa plus changes not committed (code 111111111111)",
                new Build("1", A, true, X).toString());
        assertEquals("coshape 1 (code 111111111111)", new Build("1", null, null, X).toString());
        assertEquals("coshape 1", new Build("1", null, null, null).toString());
    }

    @Test
    void theFingerprintFollowsEveryClassAndOnlyCoshapes() throws Exception {
        Path root = tmp.resolve("classes");
        write(root.resolve("org/coshape/model/A.class"), new byte[] {1, 2, 3});
        write(root.resolve("org/coshape/B.class"), new byte[] {4});
        write(root.resolve("org/other/C.class"), new byte[] {5});
        write(root.resolve("org/coshape/notes.txt"), new byte[] {6});
        String first = CodeFingerprint.ofFolder(root);
        assertTrue(first.matches("[0-9a-f]{64}"), first);
        assertEquals(first, CodeFingerprint.ofFolder(root));
        write(root.resolve("org/other/C.class"), new byte[] {7});
        write(root.resolve("org/coshape/notes.txt"), new byte[] {8});
        assertEquals(first, CodeFingerprint.ofFolder(root), "dependencies and resources do not count");

        Path jar = tmp.resolve("coshape.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "org/other/C.class", new byte[] {9});
            put(out, "org/coshape/B.class", new byte[] {4}); // another order than the folder's
            put(out, "org/coshape/model/A.class", new byte[] {1, 2, 3});
        }
        assertEquals(first, CodeFingerprint.ofJar(jar), "a jar of the same classes");

        write(root.resolve("org/coshape/model/A.class"), new byte[] {1, 2, 4});
        String edited = CodeFingerprint.ofFolder(root);
        assertNotEquals(first, edited, "one byte of one class");
        Files.move(root.resolve("org/coshape/B.class"), root.resolve("org/coshape/D.class"));
        assertNotEquals(edited, CodeFingerprint.ofFolder(root), "a class renamed");
        assertNotNull(CodeFingerprint.ofThisBuild(), "the classes of this build can be read");
    }

    private static void write(Path file, byte[] bytes) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws Exception {
        out.putNextEntry(new JarEntry(name));
        ((OutputStream) out).write(bytes);
        out.closeEntry();
    }
}
