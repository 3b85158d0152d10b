package org.coshape.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.coshape.concurrent.ChunkPool;
import org.coshape.metrics.TimeSeries;
import org.coshape.model.network.Network;
import org.coshape.model.network.NetworkBuilder;
import org.coshape.model.state.Ais;
import org.coshape.model.state.People;
import org.coshape.random.CounterRng;
import org.coshape.random.Purpose;
import org.coshape.scenario.AiSpec;
import org.coshape.scenario.PeopleCsv;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.SocialRule;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The coshape model as a MASON {@link SimState}: people, AIs and network as flat arrays, and the
 * tick as five {@link sim.engine.Steppable} phases on the {@link Schedule} at each integer time,
 * in orderings 0-4 (interaction, AI update, social influence, generation boundary, metrics).
 * Randomness is keyed by the run seed and by purpose, so one scenario and seed always give the
 * same run. With {@code metrics.baseline} and an AI, the model also holds the matched no-AI twin
 * of its people, stepped in lockstep: the same slots, network and social and turnover draws, only
 * without the AI's influence; the attribution metrics compare each person with their twin.
 */
public final class CoshapeModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final long runSeed;
    private final transient ChunkPool pool;
    private final boolean aiOn;
    private People people;
    /** The first generation's designers' mean values (the GUI marks them). */
    private double[] firstDesignerCentroid;
    /** The no-AI twin: a separate population when the twin runs, the people themselves without an AI, else null. */
    private People twin;

    private Ais ais;
    private AssistantRoles roles;
    /** Doubles per assistant in its accumulator rows. */
    private int aiWidth;

    private int refusalReports;

    private Network network;
    /** The neighbours' record offsets for the averaging social rules, else null. */
    private int[] neighbourRecords;

    private int[] designers = new int[0];
    private double[][] aiAcc;
    private double[][] groupAcc;
    private double[] aiTotals;
    private MetricsPhase metrics;
    /** When the run ends before its last tick ({@code stop}). */
    private EarlyEnd earlyEnd;

    private SocialPhase social;

    private transient RecordListener listener;
    /** Told after every phase of every tick (tests observe the phases' effects with it), or null. */
    private transient PhaseObserver phaseObserver;
    /** Wall time spent in each phase so far (interaction, ai_update, social, generation, metrics). */
    private final long[] phaseNanos = new long[PHASES.size()];

    private Steppable[] phases;
    /** Wall time of each part of {@link #start()} (see {@link #SETUP_PARTS}). */
    private final long[] setupNanos = new long[SETUP_PARTS.size()];

    /** The tick's phases in schedule order; their names label benchmark figures. */
    public static final List<String> PHASES =
            List.of("choice", "interaction", "ai_update", "social", "endorsement", "generation", "metrics");

    /**
     * The parts of {@link #start()} in order, timed apart because they scale differently: the
     * people (with a population file, its reading), the network, the assistants with their first
     * designers and the phases, and the record of tick 0.
     */
    public static final List<String> SETUP_PARTS = List.of("population", "network", "assistants", "first_record");

    /**
     * @param withAi false for the matched counterfactual: the same people, network and social
     *               randomness, with the AI switched off
     */
    public CoshapeModel(Scenario scenario, long runSeed, ChunkPool pool, boolean withAi) {
        super(runSeed);
        this.scenario = scenario;
        this.runSeed = runSeed;
        this.pool = pool;
        this.aiOn = withAi && scenario.ai().count() > 0;
        // 64-bit seeding: SimState(long) keeps only 32 bits of the seed
        this.random = CounterRng.mason(CounterRng.key(runSeed, 0, 0, 0));
    }

    @Override
    public void start() {
        super.start();
        long t0 = System.nanoTime();
        PeopleCsv csv = scenario.population().file() == null
                ? null
                : PeopleCsv.read(
                        Path.of(scenario.population().file()), scenario.values().dimensions());
        people = PopulationBuilder.build(scenario, runSeed, pool, csv);
        twin = !scenario.metrics().baseline() ? null : aiOn ? people.counterfactual(pool) : people;
        long t1 = System.nanoTime();
        Map<String, Integer> ids = csv == null ? null : csv.indexById();
        network = NetworkBuilder.build(
                scenario.network(),
                people.n,
                people.group,
                people.groups,
                CounterRng.mason(CounterRng.key(runSeed, Purpose.NETWORK, 0, 0)),
                ids,
                pool);
        neighbourRecords = scenario.social().rule().averages() ? NeighbourRecords.of(network, people, pool) : null;
        long t2 = System.nanoTime();
        AiSpec spec = scenario.ai();
        int m = aiOn ? spec.count() : 0;
        ais = new Ais(m, people.d);
        InitialAssignment.assign(spec.assignment(), people, ais, runSeed);
        int chunks = ChunkPool.chunks(people.n);
        roles = new AssistantRoles(spec, m);
        refusalReports = Accumulators.refusalReports(
                people.d, people.groups, spec.choice().switches());
        aiWidth = refusalReports + (roles.anyLearnsRefusal() ? 2 : 0);
        aiAcc = Accumulators.rows(chunks, Math.max(1, m) * aiWidth);
        groupAcc = Accumulators.rows(chunks, people.groups * Accumulators.groupWidth(people.d));
        aiTotals = new double[Math.max(1, m) * aiWidth];
        double[][] aggregate = redesign(0);
        firstDesignerCentroid = designerCentroid();
        System.arraycopy(ais.target, 0, ais.firstTarget, 0, ais.target.length);
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < people.d; k++) {
                // an assistant starts as its designers made it: the judged target, and their
                // aggregate where the judge sets none
                double t = ais.target[j * people.d + k];
                ais.w[j * people.d + k] = !Double.isNaN(t) ? t : Math.max(-1, Math.min(1, aggregate[j][k]));
            }
            ais.listening[j] = spec.listening().get(j);
            ais.gain[j] = spec.gain().get(j);
            ais.persuasiveness[j] = spec.persuasiveness().get(j);
            ais.refusal[j] = spec.refusalThreshold().get(j);
        }
        metrics = new MetricsPhase(this);
        phases = new Steppable[] {
            new ChoicePhase(this),
            new InteractionPhase(this),
            new AiUpdatePhase(this),
            social = new SocialPhase(this),
            new EndorsementPhase(this),
            new GenerationPhase(this),
            metrics
        };
        for (int k = 0; k < phases.length; k++) {
            schedule.scheduleRepeating(Schedule.EPOCH + 1, k, new TimedPhase(this, phases[k], k), 1.0);
        }
        SteadyState steady =
                scenario.stop().steady() ? new SteadyState(scenario.stop(), pool, people, twin, ais) : null;
        earlyEnd = new EarlyEnd(scenario, steady, people.d);
        long t3 = System.nanoTime();
        metrics.record(0);
        long t4 = System.nanoTime();
        setupNanos[0] = t1 - t0;
        setupNanos[1] = t2 - t1;
        setupNanos[2] = t3 - t2;
        setupNanos[3] = t4 - t3;
    }

    /** Builds the model, steps it {@code scenario.ticks()} times and returns the recorded metrics. */
    public TimeSeries runToEnd() {
        start();
        stepToEnd();
        return metrics.series();
    }

    /** Steps a started model through the remaining ticks of the scenario, or until it ends early. */
    public void stepToEnd() {
        while (tick() < scenario.ticks() && !earlyEnd.ended()) {
            schedule.step(this);
        }
        earlyEnd.record(metrics.series());
        if (scenario.social().rule() == SocialRule.DEFFUANT) {
            metrics.series().interactions(2.0 * social.interactions() / people.n);
        }
        finish();
    }

    /** True when the run ends at this tick, steady or absorbed (the metrics phase then records it, as the last). */
    boolean endsEarlyAt(long tick) {
        return earlyEnd.endsAt(tick, people, network);
    }

    public TimeSeries series() {
        return metrics.series();
    }

    /** Called after every metrics record with the tick and the people (e.g. to write people.csv). */
    public interface RecordListener {
        void recorded(long tick, People people);
    }

    public void setRecordListener(RecordListener listener) {
        this.listener = listener;
    }

    public void notifyRecorded(long tick) {
        if (listener != null) {
            listener.recorded(tick, people);
        }
    }

    /**
     * Draws designers for {@code generation} and recomputes every AI's judged target
     * ({@link Redesign}); returns each assistant's designers' aggregate values.
     */
    double[][] redesign(int generation) {
        Redesign.Panels panels = Redesign.run(scenario, people, ais, runSeed, generation);
        designers = panels.first();
        return panels.aggregates();
    }

    private double[] designerCentroid() {
        int d = people.d;
        double[] c = new double[d];
        for (int q : designers) {
            int vb = people.at(q);
            for (int k = 0; k < d; k++) {
                c[k] += people.v[vb + k];
            }
        }
        for (int k = 0; k < d; k++) {
            c[k] /= designers.length;
        }
        return c;
    }

    /**
     * Doubles per assistant in the accumulator rows: {@link Accumulators#refusalReports}, then the
     * count and sum of refusal reports when an assistant learns its refusal policy.
     */
    int aiWidth() {
        return aiWidth;
    }

    /** Where an assistant's refusal reports start in its accumulator row. */
    int refusalReports() {
        return refusalReports;
    }

    /** Each assistant's regime parts as flags. */
    AssistantRoles roles() {
        return roles;
    }

    /** The first generation's designers' (assistant 0's panel) mean values. */
    public double[] firstDesignerCentroid() {
        return firstDesignerCentroid.clone();
    }

    /**
     * Runs one phase of the current tick on its own (benchmarks isolate phases with it; a model
     * stepped this way is no longer a faithful run).
     */
    public void runPhase(String name) {
        int k = PHASES.indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException("no phase " + name + "; phases are " + PHASES);
        }
        phases[k].step(this);
    }

    /** Wall time of each of the {@link #SETUP_PARTS} in the last {@link #start()}. */
    public long[] setupNanos() {
        return setupNanos.clone();
    }

    /** Nanoseconds spent in each of {@link #PHASES} since {@link #start()}. */
    public long[] phaseNanos() {
        return phaseNanos.clone();
    }

    /** Wraps a phase to add its wall time to the model's counter (and tell the observer, if any). */
    private record TimedPhase(CoshapeModel model, Steppable phase, int index) implements Steppable {
        @Override
        public void step(SimState state) {
            long t0 = System.nanoTime();
            phase.step(state);
            model.phaseNanos[index] += System.nanoTime() - t0;
            if (model.phaseObserver != null) {
                model.phaseObserver.after(PHASES.get(index));
            }
        }
    }

    /** Observes the model after each phase (by its name in {@link #PHASES}). */
    interface PhaseObserver {
        void after(String phase);
    }

    void setPhaseObserver(PhaseObserver observer) {
        this.phaseObserver = observer;
    }

    public Scenario scenario() {
        return scenario;
    }

    public long runSeed() {
        return runSeed;
    }

    public ChunkPool pool() {
        return pool;
    }

    public boolean aiOn() {
        return aiOn;
    }

    public People people() {
        return people;
    }

    /** Whether the matched no-AI twin is stepped beside the run (baseline on and an AI to compare with). */
    public boolean twinRuns() {
        return aiOn && scenario.metrics().baseline();
    }

    /**
     * The people's no-AI twin: a population of its own when the twin runs, the people themselves
     * when there is no AI (then they are their own twin), null without the baseline.
     */
    public People twin() {
        return twin;
    }

    /** The twin when it is a population of its own (the phases then step it too), else null. */
    People separateTwin() {
        return twin != people ? twin : null;
    }

    public Ais ais() {
        return ais;
    }

    public Network network() {
        return network;
    }

    /** Where each link's neighbour record starts in the value arrays (null unless the social rule averages). */
    int[] neighbourRecords() {
        return neighbourRecords;
    }

    public int[] designers() {
        return designers.clone();
    }

    public double[][] aiAccumulators() {
        return aiAcc;
    }

    public double[][] groupAccumulators() {
        return groupAcc;
    }

    public double[] aiTotals() {
        return aiTotals;
    }

    public long tick() {
        return Math.max(0, (long) schedule.getTime());
    }

    public int generation() {
        return (int) (tick() / scenario.generations().length());
    }
}
