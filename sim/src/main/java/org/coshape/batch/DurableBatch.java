package org.coshape.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.coshape.experiment.LocalExecutor;
import org.coshape.experiment.Progress;
import org.coshape.experiment.SweepStore;
import org.coshape.io.AtomicFiles;
import org.coshape.io.BadInput;
import org.coshape.io.FolderLock;
import org.coshape.io.Folders;
import org.coshape.io.IoProblems;
import org.coshape.io.WriteFailure;
import org.coshape.results.Build;
import org.coshape.results.Invocation;
import org.coshape.results.Manifest;
import org.coshape.results.PeopleSink;
import org.coshape.results.PeopleTable;
import org.coshape.results.RunRows;
import org.coshape.results.RunSpec;
import org.coshape.scenario.PeopleOutput;
import org.coshape.scenario.Scenario;

/**
 * A batch of runs written durably to one results folder, as {@code sweep} and {@code compare}
 * do: refuses to overwrite without --force, resumes only from the same scenario, runs what is
 * missing on the local executor, records each run in the journal and the manifest as it ends,
 * and sorts the tables when all are done. It holds the folder's {@link FolderLock} meanwhile.
 */
public final class DurableBatch {
    private Invocation how;
    private final String command;
    private final int threads;
    private final Scenario base;
    private final List<RunSpec> runs;
    private final Path out;
    private final Map<String, Object> extra = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> entries = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private SweepStore store;
    private FolderLock folderLock;
    private List<String> parameters = List.of();
    private Set<String> peopleOf = Set.of();
    private final Map<String, PeopleTable> peopleTables = new ConcurrentHashMap<>();

    /** A batch run as {@code how} says (its executor, for the manifest, may be changed later). */
    public DurableBatch(Invocation how, Scenario base, List<RunSpec> runs, Path out) {
        this.how = how;
        this.command = how.command();
        this.threads = how.threads();
        this.base = base;
        this.runs = runs;
        this.out = out;
    }

    /** Records which executor ran the batch (for the manifest). */
    public DurableBatch executorName(String name) {
        this.how = new Invocation(how.command(), how.args(), how.threads(), name, how.start());
        return this;
    }

    /**
     * Keeps the people of the runs {@code ids} in {@code people/<run_id>.csv} (or .csv.gz): their
     * last record, or every record when {@code output.people} is {@code every}. Each file is
     * published before its run is journalled, so a finished run's file is there and a resumed run
     * writes its own again.
     */
    public DurableBatch peopleOf(Set<String> ids) {
        this.peopleOf = Set.copyOf(ids);
        return this;
    }

    /** The people table of run {@code r}, when it is one to keep. */
    private PeopleTable peopleTable(RunSpec r) {
        if (!peopleOf.contains(r.runId())) {
            return null;
        }
        Scenario s = r.scenario();
        PeopleTable t = new PeopleTable(
                out.resolve("people").resolve(s.output().fileName(r.runId())),
                s.values().dimensions(),
                s.groupNames(),
                s.output().people() == PeopleOutput.EVERY,
                s.ticks());
        peopleTables.put(r.runId(), t);
        return t;
    }

    /** Top-level manifest fields beside the standard ones (design, policies, ...). */
    public DurableBatch extra(String key, Object value) {
        extra.put(key, value);
        return this;
    }

    /** Opens the folder: a new batch, or the one to resume; {@code hash} identifies the resolved scenario. */
    public DurableBatch open(List<String> parameters, String hash, boolean resume, boolean force) {
        extra.put("scenario_sha256", hash);
        this.parameters = parameters;
        if (resume) {
            // no manifest yet: killed before its first write; one that is not JSON cannot say which scenario ran
            Path manifest = out.resolve("manifest.json");
            String previous = Manifest.field(manifest, "scenario_sha256");
            if (previous != null && !previous.equals(hash)) {
                throw new BadInput(out + ": the " + command + " there was started from a different scenario"
                        + " (or other --set/--seed/options); resume with the same ones, or start over with --force");
            }
            if (previous != null) {
                Build then = Build.of(Manifest.read(manifest));
                if (then.mayDifferFrom(Build.current())) {
                    throw new BadInput(out + ": the " + command + " there was started by " + then + ", this is "
                            + Build.current() + "; its finished runs and this build's could differ: resume with the"
                            + " build that started it, or start over with --force");
                }
            }
            // a folder killed before its first run, or never made, starts afresh: it needs its lock too
            Folders.make(out);
            folderLock = FolderLock.acquire(out); // before resume cuts the tables back
            AtomicFiles.removeOrphans(out); // writes a kill cut short: never renamed, never to be
            store = opened(() -> SweepStore.resume(out, parameters, hash));
        } else {
            refuseOccupied(force);
            Folders.make(out);
            folderLock = FolderLock.acquire(out);
            store = opened(() -> {
                refuseOccupied(force); // another process may have started here since the first look
                return SweepStore.create(out, parameters, hash);
            });
        }
        Set<String> ids = runs.stream().map(RunSpec::runId).collect(Collectors.toSet());
        for (String id : store.recorded()) {
            if (!ids.contains(id)) {
                throw released(new BadInput(out.resolve(SweepStore.JOURNAL) + ": records run " + id + ", which this "
                        + command + " does not have; the results folder was changed by hand: start over with"
                        + " --force"));
            }
        }
        for (RunSpec r : runs) {
            entries.put(
                    r.runId(), Manifest.runEntry(r, store.isDone(r.runId()) ? "done" : "pending", null, null, null));
        }
        return this;
    }

    private void refuseOccupied(boolean force) {
        if (SweepStore.occupied(out) && !force) {
            throw new BadInput(out + ": already holds results; use --resume to finish an interrupted " + command
                    + " or --force to overwrite");
        }
    }

    /** The first failure to write results, after which no further run is started. */
    private final AtomicReference<RuntimeException> writeFailure = new AtomicReference<>();

    /** {@code e}, once the folder's lock is released (the process may go on: tests). */
    private BadInput released(BadInput e) {
        if (folderLock != null) {
            folderLock.close();
            folderLock = null;
        }
        return e;
    }

    /** The store {@code open} gives, or, when it fails, the folder's lock released (the process may go on: tests). */
    private SweepStore opened(Supplier<SweepStore> open) {
        try {
            return open.get();
        } catch (RuntimeException e) {
            if (folderLock != null) {
                folderLock.close();
                folderLock = null;
            }
            throw e;
        }
    }

    /** Runs what is missing on local threads, then sorts the tables; returns the failed runs. */
    public Map<String, String> run(PrintWriter err, boolean quiet) {
        return run(err, quiet, (todo, listener) -> LocalExecutor.runAll(todo, threads, parameters, listener));
    }

    /** How the missing runs execute (local threads, or a Spark cluster). */
    public interface Executor {
        void runAll(List<RunSpec> todo, LocalExecutor.Listener listener);
    }

    /** Runs what is missing on {@code executor}, then sorts the tables; returns the failed runs. */
    public Map<String, String> run(PrintWriter err, boolean quiet, Executor executor) {
        if (!quiet
                && peopleOf.isEmpty()
                && runs.stream().anyMatch(r -> r.scenario().output().people() != PeopleOutput.NONE)) {
            err.println("coshape: warning: output.people is written by run only; " + command + " keeps each run's"
                    + " summary and time series, not people.csv (--people-of RUN_ID,... keeps chosen runs' people;"
                    + " replay DIR RUN_ID --people final writes one run's)");
            err.flush();
        }
        manifest("running", null);
        List<RunSpec> todo = runs.stream().filter(r -> !store.isDone(r.runId())).toList();
        try (Progress progress =
                new Progress(command + " " + base.name(), runs.size(), runs.size() - todo.size(), err, quiet)) {
            executor.runAll(todo, new LocalExecutor.Listener() {
                @Override
                public PeopleSink people(RunSpec r) {
                    return peopleTable(r);
                }

                @Override
                public void finished(RunSpec r, RunRows res, Throwable e) {
                    PeopleTable people = peopleTables.remove(r.runId());
                    if (writeFailure.get() != null) {
                        if (people != null) {
                            people.close();
                        }
                        return; // computed before the stop reached its thread: cannot be kept either
                    }
                    try {
                        if (people != null) {
                            try {
                                if (e == null) {
                                    people.commit(); // before the journal: a journalled run has its people
                                }
                            } finally {
                                people.close();
                            }
                        }
                        if (e == null) {
                            store.append(res);
                            entries.put(
                                    r.runId(),
                                    Manifest.runEntry(r, "done", null, res.setupSeconds(), res.stepSeconds()));
                        } else {
                            store.fail(r.runId(), e.toString());
                            entries.put(r.runId(), Manifest.runEntry(r, "failed", e.toString(), null, null));
                        }
                        manifest("running", null);
                    } catch (UncheckedIOException io) {
                        writeFailure.compareAndSet(null, io);
                        return;
                    }
                    progress.runFinished(e == null);
                }

                @Override
                public boolean stopped() {
                    return writeFailure.get() != null;
                }
            });
        }
        RuntimeException failure = writeFailure.get();
        if (failure != null) {
            released(null);
            String why = failure.getCause() instanceof IOException io ? IoProblems.reason(io) : failure.getMessage();
            throw new WriteFailure(
                    "cannot write results to " + out + " (" + why + "); the runs recorded before are"
                            + " kept: fix the cause, then '" + command + " --resume' runs the rest",
                    failure);
        }
        store.finish();
        return store.failures();
    }

    public SweepStore store() {
        return store;
    }

    /** Final manifest: complete or finished with failures; then the folder is free for others. */
    public void close(Map<String, String> failures) {
        manifest(failures.isEmpty() ? "complete" : "finished with failures", Instant.now());
        if (folderLock != null) {
            folderLock.close();
            folderLock = null;
        }
    }

    /** Prints the failure summary, if any; returns whether every run succeeded. */
    public boolean reportFailures(Map<String, String> failures, PrintWriter err) {
        if (failures.isEmpty()) {
            return true;
        }
        err.printf(
                "coshape: %d run(s) failed, first %s: %s; '%s --resume' runs them again%n",
                failures.size(),
                failures.keySet().iterator().next(),
                failures.values().iterator().next(),
                command);
        err.flush();
        return false;
    }

    private void manifest(String status, Instant end) {
        synchronized (lock) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (RunSpec r : runs) {
                list.add(entries.get(r.runId()));
            }
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("status", status);
            x.putAll(extra);
            Manifest.write(out.resolve("manifest.json"), base, how, end, list, x);
        }
    }
}
