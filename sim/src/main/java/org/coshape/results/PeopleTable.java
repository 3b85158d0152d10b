package org.coshape.results;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.coshape.io.AtomicFiles;
import org.coshape.model.state.People;

/**
 * Streams {@code people.csv} (run_id, tick, person, group, current values, own values, trust)
 * into a temporary file and publishes it atomically when the command succeeds. {@code final}
 * keeps only each run's last tick; {@code every} keeps every recorded tick.
 */
public final class PeopleTable implements PeopleSink, AutoCloseable {
    private final Path target;
    private final Path tmp;
    private final BufferedWriter out;
    private final List<String> groups;
    private final boolean everyTick;
    private final long lastTick;

    public PeopleTable(Path target, List<String> dims, List<String> groups, boolean everyTick, long lastTick) {
        this.target = target;
        this.groups = groups;
        this.everyTick = everyTick;
        this.lastTick = lastTick;
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".people", ".tmp");
            AtomicFiles.readableByAll(tmp);
            out = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 16);
            StringBuilder h = new StringBuilder("run_id,tick,person,group");
            for (String d : dims) {
                h.append(',').append(d);
            }
            for (String d : dims) {
                h.append(",own_").append(d);
            }
            h.append(",trust\n");
            out.write(h.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void accept(String runId, long tick, People p) {
        if (!everyTick && tick != lastTick) {
            return;
        }
        try {
            StringBuilder b = new StringBuilder(128);
            for (int i = 0; i < p.n; i++) {
                b.setLength(0);
                b.append(ResultTables.csv(runId))
                        .append(',')
                        .append(tick)
                        .append(',')
                        .append(i)
                        .append(',')
                        .append(ResultTables.csv(groups.get(p.group[i])));
                int vb = p.at(i);
                for (int k = 0; k < p.d; k++) {
                    b.append(',').append(Numbers.format(p.v[vb + k]));
                }
                for (int k = 0; k < p.d; k++) {
                    b.append(',').append(Numbers.format(p.own[vb + k]));
                }
                b.append(',').append(Numbers.format(p.trust[i])).append('\n');
                out.write(b.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes the file (call after every run succeeded). */
    public void commit() {
        try {
            out.close();
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // best effort cleanup
        }
    }
}
