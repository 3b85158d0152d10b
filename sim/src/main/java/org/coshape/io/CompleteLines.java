package org.coshape.io;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a results table that were written whole. A sweep or comparison appends each run's
 * rows as it finishes, so a process killed in the middle of an append leaves a last line without
 * its newline: that line was never committed (resume cuts it off), and a reader that took it for a
 * damaged row would refuse a folder that is only interrupted. Every other line is returned as is.
 */
public final class CompleteLines implements Closeable {
    private final BufferedReader in;
    private final boolean cutShort;
    private String next;

    private CompleteLines(BufferedReader in, boolean cutShort) throws IOException {
        this.in = in;
        this.cutShort = cutShort;
        this.next = in.readLine();
    }

    public static CompleteLines open(Path file) throws IOException {
        boolean cutShort;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer last = ByteBuffer.allocate(1);
            cutShort = size > 0 && ch.read(last, size - 1) == 1 && last.get(0) != '\n';
        }
        return new CompleteLines(Files.newBufferedReader(file, StandardCharsets.UTF_8), cutShort);
    }

    /** All the whole lines of {@code file}. */
    public static List<String> readAll(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (CompleteLines r = open(file)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The next whole line, or null at the end (a last line cut short is not returned). */
    public String readLine() throws IOException {
        String line = next;
        if (line == null) {
            return null;
        }
        next = in.readLine();
        return next == null && cutShort ? null : line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
