package org.coshape.results;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;
import org.coshape.io.AtomicFiles;
import org.coshape.io.IoProblems;

/**
 * A large table written as it is produced: rows stream into a hidden temporary file beside the
 * target (gzip-compressed when the target ends in {@code .gz}), which {@link #commit()} moves
 * into place atomically and {@link #close()} otherwise deletes, so the target is never
 * half-written. A kill leaves only the temporary file, which {@code --resume} removes.
 */
final class StreamedTable implements AutoCloseable {
    private final Path target;
    private final Path tmp;
    private final Writer out;

    StreamedTable(Path target, String header) {
        this.target = target;
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            AtomicFiles.readableByAll(tmp);
            OutputStream raw = Files.newOutputStream(tmp);
            if (target.getFileName().toString().endsWith(".gz")) {
                raw = new GZIPOutputStream(raw, 1 << 16);
            }
            out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
            out.write(header);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + IoProblems.why(e), e);
        }
    }

    void write(CharSequence rows) {
        try {
            out.append(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + IoProblems.why(e), e);
        }
    }

    /** Writes {@code rows} and empties it once it holds more than 32 KB (call again at the end with what is left). */
    void writeWhenFull(StringBuilder rows) {
        if (rows.length() > 1 << 15) {
            write(rows);
            rows.setLength(0);
        }
    }

    /** Publishes the table. */
    void commit() {
        try {
            out.close();
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + IoProblems.why(e), e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // best effort cleanup: --resume removes what is left
        }
    }
}
