package org.coshape.io;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells of one CSV line as RFC 4180 reads them (Jackson's CSV parser): result files quote a
 * cell that holds a comma or a quote (a group named "north, rural", a swept vector "[0.1,0.2]"),
 * and splitting at every comma would shift such a row's columns; input files written by other
 * tools may quote cells too. Read line by line, so that messages can name the line: a cell may
 * not hold a line break (group names cannot contain one).
 */
public final class CsvCells {
    /** Without a schema, Jackson reads each CSV row as an array of its cells. */
    private static final ObjectReader LINE = new CsvMapper().readerFor(String[].class);

    private CsvCells() {}

    /**
     * The cells of {@code line}, unquoted; an empty line is one empty cell, as in a header-less file.
     *
     * @throws IllegalArgumentException when a quote is left open
     */
    public static String[] of(String line) {
        if (line.indexOf('"') < 0) {
            return line.split(",", -1); // no quotes: the parser would split at every comma too, only slower
        }
        try {
            String[] cells = LINE.readValue(line);
            if (cells == null || cells.length == 0) {
                return new String[] {""};
            }
            return cells;
        } catch (IOException e) {
            String first = e.getMessage().lines().findFirst().orElse("");
            throw new IllegalArgumentException("malformed CSV line (" + first + ")");
        }
    }

    /**
     * The trimmed cells of line {@code lineNo} of input file {@code src}; an open quote is bad input
     * there. Line 1 may start with the byte-order mark that spreadsheet programs write into "CSV
     * UTF-8" files: it is not part of the first column's name.
     */
    public static String[] trimmed(String src, int lineNo, String line) {
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        String[] cells;
        try {
            cells = of(line);
        } catch (IllegalArgumentException e) {
            throw new BadInput(src + ":" + lineNo + ": " + e.getMessage());
        }
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].trim();
        }
        return cells;
    }

    /** {@link #trimmed} for a row under a header of {@code width} columns: another count is bad input. */
    public static String[] row(String src, int lineNo, String line, int width) {
        String[] cells = trimmed(src, lineNo, line);
        if (cells.length != width) {
            throw new BadInput(src + ":" + lineNo + ": expected " + width + " cells, found " + cells.length);
        }
        return cells;
    }

    /** Turns one row's cells into a value; throws IllegalArgumentException for a cell it cannot read. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(String[] cells);
    }

    /**
     * The rows under the header of a table coshape wrote ({@code what} names it in messages), each
     * of {@code width} cells and read by {@code reader}; a row that does not fit is bad input
     * naming the file and line.
     */
    public static <T> List<T> readTable(Path file, String what, int width, RowReader<T> reader) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInput(file + ": cannot read (" + IoProblems.why(e) + ")");
        }
        List<T> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            try {
                String[] c = of(lines.get(i));
                if (c.length != width) {
                    throw new IllegalArgumentException("expected " + width + " cells, found " + c.length);
                }
                rows.add(reader.read(c));
            } catch (IllegalArgumentException e) {
                throw new BadInput(file + ":" + (i + 1) + ": not a coshape " + what + " (" + e.getMessage() + ")");
            }
        }
        return rows;
    }
}
