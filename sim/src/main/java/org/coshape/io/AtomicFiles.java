package org.coshape.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Writes files so that readers never see half of one: content goes to a temporary file beside the
 * target, is forced to disk, and is renamed over the target in one atomic step.
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {}

    public static void write(Path target, Content content) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            readableByAll(tmp);
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + IoProblems.why(e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is left behind; the target is untouched
                }
            }
        }
    }

    /**
     * Temporary files are created owner-only (mode 600); results are meant to be shared like any
     * file the user writes, so give them the usual rw-r--r-- where the file system has modes.
     */
    public static void readableByAll(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep its defaults
        }
    }

    public static void writeString(Path target, String text) {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Removes the temporary files that writes killed before their rename left in {@code dir} and
     * its charts folder ({@code .<name><digits>.tmp}, as {@link #write} names them). Only for a
     * folder whose lock the caller holds, so that no write in progress is among them.
     */
    public static int removeOrphans(Path dir) {
        int removed = 0;
        for (Path d : List.of(dir, dir.resolve("charts"), dir.resolve("people"))) {
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(d, ".*.tmp")) {
                for (Path f : files) {
                    if (Files.isRegularFile(f) && Files.deleteIfExists(f)) {
                        removed++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return removed;
    }
}
