package org.coshape.bench;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.util.Bag;

/**
 * The reference tick written the way a typical MASON model is: one {@link Steppable} object per
 * person holding {@code double[]} values, a {@link Network} of edges, the shared
 * {@link MersenneTwisterFast}, one thread. It is the baseline coshape's flat-array engine is
 * measured against, in the same JMH run. Same mechanisms as the coshape bench tick: usage coin,
 * output with listening and gain, satisfaction and trust, bounded AI influence, per-AI feedback
 * sums, AI update (direct feedback), one Hegselmann-Krause pass (double-buffered).
 */
public final class NaiveMasonModel extends SimState {
    private static final long serialVersionUID = 1L;
    final int n;
    final int d;
    final double degree;
    final Network network = new Network(false);
    Person[] people;
    final double[][] w;
    final double[][] feedback;
    final int[] feedbackCount;
    static final double LISTENING = 0.3;
    static final double GAIN = 1;
    static final double PERSUASION = 1;
    static final double SIGMA = 0.5;
    static final double DELTA = 0.5;
    static final double TRUST_RATE = 0.1;
    static final double LEARNING_RATE = 0.05;
    final double confidence;

    /** Which parts of the tick the schedule steps (both for the tick; one for a phase benchmark). */
    final boolean interaction;

    final boolean social;

    public NaiveMasonModel(long seed, int n, int d, double degree) {
        this(seed, n, d, degree, true, true);
    }

    /** A model whose schedule steps only the interaction (the people) or only the AI update and social pass. */
    public NaiveMasonModel(long seed, int n, int d, double degree, boolean interaction, boolean social) {
        super(seed);
        this.interaction = interaction;
        this.social = social;
        this.n = n;
        this.d = d;
        this.degree = degree;
        this.w = new double[4][d];
        this.feedback = new double[4][d];
        this.feedbackCount = new int[4];
        this.confidence = Math.sqrt(d) * 0.5;
    }

    /** One person: an object with its own arrays, stepped by the schedule. */
    final class Person implements Steppable {
        private static final long serialVersionUID = 1L;
        final double[] v = new double[d];
        final double[] next = new double[d];
        final double[] own = new double[d];
        double susceptibility;
        double anchoring = 0.02;
        double usage = 0.6;
        double stance = 0.3;
        double trust = 0.5;
        int ai;

        @Override
        public void step(SimState state) {
            if (random.nextDouble() < usage) {
                double[] o = new double[d];
                double gap = 0;
                for (int k = 0; k < d; k++) {
                    o[k] = Math.max(-1, Math.min(1, w[ai][k] + LISTENING * GAIN * (v[k] - w[ai][k])));
                    gap += (o[k] - v[k]) * (o[k] - v[k]);
                }
                gap = Math.sqrt(gap);
                double x = gap - stance * DELTA;
                double sat = Math.exp(-x * x / (2 * SIGMA * SIGMA));
                trust += TRUST_RATE * (sat - trust);
                feedbackCount[ai]++;
                for (int k = 0; k < d; k++) {
                    feedback[ai][k] += v[k] - w[ai][k];
                }
                if (gap <= 2.0) {
                    for (int k = 0; k < d; k++) {
                        v[k] += susceptibility * trust * PERSUASION * (o[k] - v[k]) + anchoring * (own[k] - v[k]);
                        v[k] = Math.max(-1, Math.min(1, v[k]));
                    }
                }
            }
        }

        void social() {
            Bag edges = network.getEdgesOut(this);
            double[] m = v.clone();
            double count = 1;
            for (int e = 0; e < edges.numObjs; e++) {
                Person other = (Person) ((Edge) edges.objs[e]).getOtherNode(this);
                double dist = 0;
                for (int k = 0; k < d; k++) {
                    dist += (other.v[k] - v[k]) * (other.v[k] - v[k]);
                }
                if (dist <= confidence * confidence) {
                    count++;
                    for (int k = 0; k < d; k++) {
                        m[k] += other.v[k];
                    }
                }
            }
            for (int k = 0; k < d; k++) {
                next[k] = m[k] / count;
            }
        }
    }

    @Override
    public void start() {
        super.start();
        people = new Person[n];
        for (int i = 0; i < n; i++) {
            Person p = new Person();
            for (int k = 0; k < d; k++) {
                p.own[k] = p.v[k] = random.nextDouble() * 2 - 1;
            }
            p.susceptibility = random.nextDouble() * 0.4;
            p.ai = random.nextInt(4);
            people[i] = p;
            network.addNode(p);
        }
        long edges = (long) (n * degree / 2);
        for (long e = 0; e < edges; e++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b) {
                network.addEdge(people[a], people[b], null);
            }
        }
        for (int j = 0; j < 4; j++) {
            for (int k = 0; k < d; k++) {
                w[j][k] = random.nextDouble() * 2 - 1;
            }
        }
        if (interaction) {
            for (Person p : people) {
                schedule.scheduleRepeating(p, 0, 1.0);
            }
        }
        if (!social) {
            return;
        }
        schedule.scheduleRepeating(
                (Steppable) state -> {
                    for (int j = 0; j < 4; j++) {
                        for (int k = 0; k < d; k++) {
                            if (feedbackCount[j] > 0) {
                                w[j][k] += LEARNING_RATE * feedback[j][k] / feedbackCount[j];
                            }
                            feedback[j][k] = 0;
                        }
                        feedbackCount[j] = 0;
                    }
                    for (Person p : people) {
                        p.social();
                    }
                    for (Person p : people) {
                        System.arraycopy(p.next, 0, p.v, 0, d);
                    }
                },
                1,
                1.0);
    }
}
