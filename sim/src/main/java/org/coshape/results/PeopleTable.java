package org.coshape.results;

import java.nio.file.Path;
import java.util.List;
import org.coshape.model.state.People;

/**
 * Streams {@code people.csv} (run_id, tick, person, group, current values, own values, trust,
 * assistant) and publishes it atomically when the command succeeds. {@code final} keeps only each
 * run's last tick; {@code every} keeps every recorded tick. The assistant cell is the index of the
 * person's assistant (as in assistants.csv), empty in a run without assistants.
 */
public final class PeopleTable extends StreamedSink {
    private final List<String> groups;
    private final boolean everyTick;
    private final long lastTick;

    public PeopleTable(Path target, List<String> dims, List<String> groups, boolean everyTick, long lastTick) {
        super(new StreamedTable(target, header(dims)));
        this.groups = groups;
        this.everyTick = everyTick;
        this.lastTick = lastTick;
    }

    private static String header(List<String> dims) {
        StringBuilder h = new StringBuilder("run_id,tick,person,group");
        for (String d : dims) {
            h.append(',').append(d);
        }
        for (String d : dims) {
            h.append(",own_").append(d);
        }
        return h.append(",trust,assistant\n").toString();
    }

    @Override
    public synchronized void accept(String runId, long tick, People p) {
        if (!everyTick && tick != lastTick) {
            return;
        }
        StringBuilder b = new StringBuilder(1 << 16);
        for (int i = 0; i < p.n; i++) {
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
            b.append(',').append(Numbers.format(p.trust[i])).append(',');
            if (p.ai[i] >= 0) {
                b.append(p.ai[i]);
            }
            b.append('\n');
            table.writeWhenFull(b);
        }
        table.write(b);
    }
}
