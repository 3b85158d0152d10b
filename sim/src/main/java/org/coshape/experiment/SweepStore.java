package org.coshape.experiment;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import org.coshape.io.AtomicFiles;
import org.coshape.io.BadInput;
import org.coshape.io.IoProblems;
import org.coshape.results.ResultFiles;
import org.coshape.results.ResultTables;
import org.coshape.results.RunResult;
import org.coshape.results.RunRows;

/**
 * The results folder of a sweep, written so that a kill at any moment loses only runs in flight.
 * Each finished run's rows are appended to summary.csv, timeseries.csv and assistants.csv and
 * forced to disk;
 * then one line in {@code sweep.journal} records the run as done with the files' lengths; then the
 * manifest is rewritten atomically. On resume, the tables are cut back to the last journaled
 * lengths (dropping rows of a run that was being written), and only runs not journaled as done
 * are run. When every run is done the tables are rewritten sorted by run id, so a resumed sweep
 * ends byte-identical to an uninterrupted one.
 */
public final class SweepStore {
    public static final String JOURNAL = "sweep.journal";
    private final Path dir;
    private final Path summary;
    private final Path timeseries;
    private final Path assistants;
    private final Path journal;

    /** The resolved scenario's hash, the journal's first line (null: not recorded). */
    private String hash;

    private final List<String> parameters;
    private final Map<String, String> done = new LinkedHashMap<>();
    private final Map<String, String> failed = new LinkedHashMap<>();

    private SweepStore(Path dir, List<String> parameters) {
        this.dir = dir;
        this.summary = dir.resolve("summary.csv");
        this.timeseries = dir.resolve("timeseries.csv");
        this.assistants = dir.resolve("assistants.csv");
        this.journal = dir.resolve(JOURNAL);
        this.parameters = List.copyOf(parameters);
    }

    /** Whether {@code dir} holds (part of) a sweep or a run already. */
    public static boolean occupied(Path dir) {
        return Files.exists(dir.resolve("manifest.json"))
                || Files.exists(dir.resolve("summary.csv"))
                || Files.exists(dir.resolve(JOURNAL));
    }

    /** Starts a new sweep in {@code dir}, removing previous result tables (callers check --force). */
    public static SweepStore create(Path dir, List<String> parameters, String hash) {
        SweepStore s = new SweepStore(dir, parameters);
        s.hash = hash;
        try {
            Files.createDirectories(dir);
            ResultFiles.clear(dir); // with --force: an earlier run's, sweep's or comparison's results
            s.writeHeaders();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s;
    }

    /** Whether the journal records any finished or failed run (false when there is none). */
    static boolean anyRunRecorded(Path journal) {
        if (!Files.isRegularFile(journal)) {
            return false;
        }
        try {
            String text = Files.readString(journal, StandardCharsets.UTF_8);
            return text.contains("done\t") || text.contains("failed\t");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reopens a sweep to finish it: cuts the tables back to what the journal vouches for. */
    public static SweepStore resume(Path dir, List<String> parameters, String hash) {
        SweepStore s = new SweepStore(dir, parameters);
        s.hash = hash;
        if (!anyRunRecorded(s.journal)) {
            // killed before its first run was recorded: nothing to keep, so resuming is starting
            return create(dir, parameters, hash);
        }
        if (!Files.exists(s.journal)
                || !Files.exists(s.summary)
                || !Files.exists(s.timeseries)
                || !Files.exists(s.assistants)) {
            throw new BadInput(dir + ": no sweep to resume here (" + JOURNAL + " or the tables are missing);"
                    + " start it without --resume");
        }
        long sLen = -1;
        long tLen = -1;
        long aLen = -1;
        try {
            String text = Files.readString(s.journal, StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n') + 1; // a last line without newline was being written: ignore it
            String[] lines = text.substring(0, end).split("\n", -1);
            for (int n = 0; n < lines.length; n++) {
                if (lines[n].isEmpty()) {
                    continue;
                }
                String[] f = checked(lines[n], s.journal, n + 1).split("\t", -1);
                if (f[0].equals("scenario") && f.length == 2) {
                    if (!f[1].equals(hash)) {
                        throw new BadInput(s.journal + ": its runs are of another scenario (or other --set, --seed or"
                                + " options); resume with the same ones, or start over with --force");
                    }
                } else if (f[0].equals("done") && f.length == 5) {
                    long[] len = {Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4])};
                    if (len[0] < sLen || len[1] < tLen || len[2] < aLen) {
                        throw damaged(s.journal, n + 1, "its table lengths go backwards");
                    }
                    s.done.put(f[1], "");
                    s.failed.remove(f[1]);
                    sLen = len[0];
                    tLen = len[1];
                    aLen = len[2];
                } else if (f[0].equals("failed") && f.length == 3) {
                    s.failed.put(f[1], f[2]);
                } else {
                    throw damaged(s.journal, n + 1, "not a journal line");
                }
            }
            if (sLen < 0) {
                s.writeHeaders();
                s.hash = hash;
            } else {
                truncate(s.summary, sLen);
                truncate(s.timeseries, tLen);
                truncate(s.assistants, aLen);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInput se) {
                throw se;
            }
            throw new BadInput(s.journal + ": unreadable journal (" + e.getMessage() + ")");
        }
        return s;
    }

    /** A journal line with its checksum: the text, a tab, and the CRC-32 of the text in hex. */
    static String line(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return text + "\t" + Long.toHexString(crc.getValue()) + "\n";
    }

    /** The text of journal line {@code n}, once its checksum matches. */
    private static String checked(String line, Path journal, int n) {
        int tab = line.lastIndexOf('\t');
        if (tab < 0 || !line(line.substring(0, tab)).equals(line + "\n")) {
            throw damaged(journal, n, "its checksum does not match");
        }
        return line.substring(0, tab);
    }

    private static BadInput damaged(Path journal, int n, String why) {
        return new BadInput(journal + ":" + n + ": damaged (" + why + "); the results folder was changed by hand:"
                + " start over with --force");
    }

    private static void truncate(Path file, long length) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (ch.size() < length) {
                throw new BadInput(file + ": shorter than the journal records (" + ch.size() + " < " + length
                        + " bytes); the results folder was changed by hand");
            }
            ch.truncate(length);
            ch.force(true);
        }
    }

    private void writeHeaders() throws IOException {
        Files.writeString(
                summary, String.join(",", ResultTables.summaryHeader(parameters)) + "\n", StandardCharsets.UTF_8);
        Files.writeString(timeseries, ResultTables.TIMESERIES_HEADER + "\n", StandardCharsets.UTF_8);
        Files.writeString(assistants, ResultTables.ASSISTANTS_HEADER + "\n", StandardCharsets.UTF_8);
        Files.writeString(journal, hash == null ? "" : line("scenario\t" + hash), StandardCharsets.UTF_8);
    }

    /** Every run the journal records, done or failed. */
    public synchronized Set<String> recorded() {
        Set<String> all = new LinkedHashSet<>(done.keySet());
        all.addAll(failed.keySet());
        return all;
    }

    public synchronized boolean isDone(String runId) {
        return done.containsKey(runId);
    }

    public synchronized int doneCount() {
        return done.size();
    }

    public synchronized Map<String, String> failures() {
        return new LinkedHashMap<>(failed);
    }

    /** Appends a finished run durably (rows, then journal). */
    public synchronized void append(RunResult r) {
        RunRows rows = RunRows.of(r, parameters);
        append(rows);
    }

    /** Appends a finished run's formatted rows durably (rows, then journal). */
    public synchronized void append(RunRows r) {
        try {
            long sLen = appendForced(summary, r.summary().getBytes(StandardCharsets.UTF_8));
            long tLen = appendForced(timeseries, r.timeseries().getBytes(StandardCharsets.UTF_8));
            long aLen = appendForced(assistants, r.assistants().getBytes(StandardCharsets.UTF_8));
            appendForced(
                    journal,
                    line("done\t" + r.runId() + "\t" + sLen + "\t" + tLen + "\t" + aLen)
                            .getBytes(StandardCharsets.UTF_8));
            done.put(r.runId(), "");
            failed.remove(r.runId());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + dir + ": " + IoProblems.reason(e), e);
        }
    }

    /** Records a run that threw; the sweep goes on, and --resume tries it again. */
    public synchronized void fail(String runId, String message) {
        try {
            String clean = message.replace('\t', ' ').replace('\n', ' ');
            appendForced(journal, line("failed\t" + runId + "\t" + clean).getBytes(StandardCharsets.UTF_8));
            failed.put(runId, clean);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long appendForced(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(false);
            return ch.size();
        }
    }

    /**
     * Rewrites the three tables sorted by run id (rows of a run keep their order) once every run is
     * done, and rewrites the journal to match the new file lengths. Each step is atomic.
     */
    public synchronized void finish() {
        try {
            sortByRun(summary, 1);
            sortByRun(timeseries, 1);
            sortByRun(assistants, 1);
            StringBuilder j = new StringBuilder(hash == null ? "" : line("scenario\t" + hash));
            long sLen = Files.size(summary);
            long tLen = Files.size(timeseries);
            long aLen = Files.size(assistants);
            for (String id : done.keySet()) {
                j.append(line("done\t" + id + "\t" + sLen + "\t" + tLen + "\t" + aLen));
            }
            for (Map.Entry<String, String> f : failed.entrySet()) {
                j.append(line("failed\t" + f.getKey() + "\t" + f.getValue()));
            }
            AtomicFiles.writeString(journal, j.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stable sort of data lines by their first cell (the run id), header kept first. */
    private static void sortByRun(Path file, int headerLines) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>(lines.subList(0, headerLines));
        List<String> body = new ArrayList<>(lines.subList(headerLines, lines.size()));
        body.sort((a, b) -> runId(a).compareTo(runId(b)));
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            for (String h : header) {
                w.write(h);
                w.write('\n');
            }
            for (String l : body) {
                w.write(l);
                w.write('\n');
            }
            w.flush();
        });
    }

    private static String runId(String line) {
        int c = line.indexOf(',');
        return c < 0 ? line : line.substring(0, c);
    }

    /** Reads a finished sweep's summary rows back (for sensitivity analysis). */
    public List<String> summaryLines() {
        try {
            return Files.readAllLines(summary, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
