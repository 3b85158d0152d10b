package org.coshape.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coshape.io.BadInput;
import org.coshape.results.RunSpec;
import picocli.CommandLine.Option;

/** {@code --people-of}: the runs of a batch whose people are kept, each in people/RUN_ID.csv. */
final class PeopleOfOption {
    @Option(
            names = "--people-of",
            split = ",",
            paramLabel = "RUN_ID",
            description = "keep these runs' people (as in people.csv) in people/RUN_ID.csv: their last record,"
                    + " or every record with output.people: every; e.g. p0000-r000,p0003-r001")
    List<String> runIds = List.of();

    /** The chosen run ids, each checked against the batch's {@code runs}. */
    Set<String> ids(List<RunSpec> runs, String executor) {
        if (runIds.isEmpty()) {
            return Set.of();
        }
        if (!executor.equals("local")) {
            throw new BadInput("--people-of: keeps people of runs on this machine only; drop --executor " + executor
                    + ", or replay the chosen runs (replay DIR RUN_ID --people final)");
        }
        Set<String> known = new LinkedHashSet<>();
        runs.forEach(r -> known.add(r.runId()));
        for (String id : runIds) {
            if (!known.contains(id)) {
                throw new BadInput(
                        "--people-of: no run '" + id + "' in this batch; its runs are " + RunSpec.span(runs));
            }
        }
        return new LinkedHashSet<>(runIds);
    }
}
