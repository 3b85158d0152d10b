package org.coshape.model;

import java.util.Arrays;
import org.coshape.model.state.Ais;
import org.coshape.model.state.People;
import org.coshape.random.CounterRng;
import org.coshape.random.Purpose;
import org.coshape.scenario.AiSpec;
import org.coshape.scenario.GroupSpec;

/**
 * The interaction rule, written for reading: one person at a time, any number of dimensions. It
 * is the definition the fast {@link InteractionKernels} must equal bit for bit
 * ({@code InteractionKernelsTest}), and the one the ODD describes. A person who asks is answered
 * unless the topic risk exceeds the assistant's refusal threshold; the answer
 * {@code o = clamp(w + l g (v - w))} earns satisfaction against current values and welfare
 * against own values; trust follows satisfaction; the person gives feedback by their coin; and,
 * if the answer is within the AI confidence radius, values move by the capped pull
 * {@code min(1, susceptibility * trust * persuasiveness)} toward it, or, beyond {@code ai.repulsion},
 * as far away from it (the kernels do not have repulsion: a run with it takes this rule). Distances are RMS per
 * dimension, {@code |x| / sqrt(d)}.
 *
 * <p>With the twin on, each answer also adds the satisfaction it would earn from the person's
 * twin (same output, the twin's values) and the gap-closing component of the person's move.
 */
final class Interaction {
    final CoshapeModel model;
    final int d;
    final double invD;
    final int aw;
    final int gw;
    final double inv2s2;
    final double invSigma2;
    final double delta;
    final double trustRate;
    /** Each assistant's disclosure: the weight of welfare in what its users' trust follows. */
    final double[] disclosure;

    final double bonus;
    final double conf;
    /** Engagement planning: the horizon in answers and the shift penalty (both 0: myopic, as the kernels). */
    final int horizon;

    final double shiftPenalty;
    /** The planning engagement optimiser's gradient (used when horizon or shift penalty is set). */
    final PlannedEngagement planner;
    /** Answers farther than this push people away (infinite when off, so the kernels' bits stay). */
    final double repulsion;

    final double guard;
    /** Each group's harm weight of an answer on a risky topic, and whether any is above 0. */
    final double[] answerHarm;

    final boolean answersHarm;
    /** Where an assistant's refusal reports go in its row. */
    final int refusalReports;
    /** Each assistant's listening policy and feedback source. */
    final AssistantRoles roles;

    /** Whether people choose their assistant, so answers are also summed per group and assistant. */
    final boolean byGroup;

    final int byGroupBase;
    /** Who asks: everyone by their usage, or, with {@code ai.choice}, those with an assistant, by trust too. */
    final Askers whoAsks;
    /** Whether the matched twin runs, so the attribution sums are kept. */
    final boolean attribution;
    /** This tick's draw keys, written before the pool starts the phase (which publishes them). */
    long kUse;

    long kRisk;
    long kFb;

    Interaction(CoshapeModel model) {
        this.model = model;
        this.d = model.people().d;
        this.invD = 1.0 / d;
        AiSpec spec = model.scenario().ai();
        this.aw = model.aiWidth();
        this.gw = Accumulators.groupWidth(d);
        double sigma = spec.satisfaction().sigma();
        this.inv2s2 = 1.0 / (2 * sigma * sigma);
        this.invSigma2 = 1.0 / (sigma * sigma);
        this.delta = spec.satisfaction().delta();
        this.trustRate = spec.satisfaction().trustRate();
        this.disclosure =
                spec.disclosure().stream().mapToDouble(Double::doubleValue).toArray();
        this.bonus = spec.extremityBonus();
        this.conf = spec.confidence();
        this.repulsion = spec.repels() ? spec.repulsion() : Double.POSITIVE_INFINITY;
        this.horizon = spec.planning().horizon();
        this.shiftPenalty = spec.planning().shiftPenalty();
        this.planner = new PlannedEngagement(this);
        this.guard = spec.guardrail();
        this.answerHarm = model.scenario().population().groups().stream()
                .mapToDouble(GroupSpec::answerHarm)
                .toArray();
        this.answersHarm = Arrays.stream(answerHarm).anyMatch(h -> h > 0);
        this.roles = model.roles();
        this.refusalReports = model.refusalReports();
        this.attribution = model.twinRuns();
        this.byGroup = spec.choice().switches();
        this.byGroupBase = Accumulators.byGroup(d);
        this.whoAsks = new Askers(spec.choice().any(), spec.choice().usageExponent());
    }

    /** Sets this tick's draw keys. */
    void startTick(long tick) {
        long seed = model.runSeed();
        kUse = CounterRng.key(seed, Purpose.USAGE, tick, 0);
        kRisk = CounterRng.key(seed, Purpose.RISK, tick, 0);
        kFb = CounterRng.key(seed, Purpose.FEEDBACK, tick, 0);
    }

    /** Writes those of people [from, to) who ask this tick to {@code askers}, in order; returns how many. */
    int askers(int from, int to, int[] askers) {
        return whoAsks.of(model.people(), from, to, askers, kUse);
    }

    /** The readable interaction of the askers, one person at a time (any d). */
    void answerAll(double[] ac, double[] ga, int[] askers, int count, double[] o) {
        for (int n = 0; n < count; n++) {
            answer(ac, ga, askers[n], o);
        }
    }

    /** Person i asks their assistant: the whole rule for one person ({@code o} is scratch of length d). */
    void answer(double[] ac, double[] ga, int i, double[] o) {
        People p = model.people();
        Ais a = model.ais();
        float[] v = p.v;
        int j = p.ai[i];
        int ab = j * aw;
        int gb = p.group[i] * gw;
        if (!answered(p, a, i, j, ac, ga, gb)) {
            return;
        }
        int vb = p.at(i);
        int wb = j * d;
        double st = p.stance[i] * delta;
        double l;
        if (roles.personal[j]) {
            double r2 = 0;
            for (int k = 0; k < d; k++) {
                double x = v[vb + k] - a.w[wb + k];
                r2 += x * x;
            }
            l = personalListening(Math.sqrt(r2 * invD), st, a.gain[j]);
        } else {
            l = a.listening[j];
        }
        double lg = l * a.gain[j];
        double gap2 = 0;
        double own2 = 0;
        double absO = 0;
        for (int k = 0; k < d; k++) {
            double w = a.w[wb + k];
            double ok = clamp(w + lg * (v[vb + k] - w), guard);
            o[k] = ok;
            double x = ok - v[vb + k];
            double y = ok - p.own[vb + k];
            gap2 += x * x;
            own2 += y * y;
            absO += Math.abs(ok);
        }
        boolean gives = givesFeedback(p, i, j, kFb);
        if (gives && roles.direct[j]) {
            ac[ab + Accumulators.A_FEEDBACK] += 1;
            for (int k = 0; k < d; k++) {
                ac[ab + Accumulators.A_DIFF + k] += v[vb + k] - a.w[wb + k];
            }
        }
        double gapR = Math.sqrt(gap2 * invD);
        double ownR = Math.sqrt(own2 * invD);
        double sa = gapR - st;
        double we = ownR - st;
        double sat = FastExp.exp(-sa * sa * inv2s2);
        double wel = FastExp.exp(-we * we * inv2s2);
        double eng = sat + bonus * absO / d;
        float trust = trustAfter(p.trust[i], sat, wel, j);
        if (gives && roles.engagement[j]) {
            ac[ab + Accumulators.A_FEEDBACK] += 1;
            if (horizon > 0 || shiftPenalty > 0) {
                planner.gradient(ac, ab, i, o, lg, Math.max(0, signedPull(p, a, i, j, trust, gapR)), st);
            } else {
                engagementGradient(ac, ab, v, vb, o, lg, sat, sa, gapR);
            }
        }
        if (attribution) {
            attribute(ga, gb, i, o, st, gapR, signedPull(p, a, i, j, trust, gapR));
        }
        p.trust[i] = trust;
        double pull = signedPull(p, a, i, j, trust, gapR);
        if (pull != 0) {
            for (int k = 0; k < d; k++) {
                float before = v[vb + k];
                float after = (float) clamp(before + pull * (o[k] - before), 1);
                v[vb + k] = after;
                p.moveAi[vb + k] += after - before;
            }
        }
        p.answered[i]++;
        p.welfareSum[i] += (float) wel;
        tally(ga, gb, gap2, own2, sat, wel, eng);
        ac[ab + Accumulators.A_ANSWERED] += 1;
        ac[ab + Accumulators.A_SAT] += sat;
        ac[ab + Accumulators.A_WELFARE] += wel;
        tallyByGroup(ac, ab, p.group[i], sat, wel);
        int mb = gb + Accumulators.G_OUT + d;
        for (int k = 0; k < d; k++) {
            ga[gb + Accumulators.G_OUT + k] += o[k];
            for (int q = k; q < d; q++) {
                ga[mb++] += o[k] * o[q];
            }
        }
    }

    /**
     * The attribution sums of one answer, before the person moves: the satisfaction the same
     * output would earn from the person's twin, and the gap-closing component (toward the
     * assistant) of the move the person is about to make by {@code pull} ({@link #signedPull}: 0
     * between the confidence radius and the repulsion threshold, negative beyond it).
     */
    void attribute(double[] ga, int gb, int i, double[] o, double st, double gapR, double pull) {
        People p = model.people();
        float[] v = p.v;
        float[] v0 = model.twin().v;
        double[] w = model.ais().w;
        int vb = p.at(i);
        int wb = p.ai[i] * d;
        double twin2 = 0;
        double toward = 0;
        double gapW2 = 0;
        for (int k = 0; k < d; k++) {
            double x = o[k] - v0[vb + k];
            twin2 += x * x;
            double u = w[wb + k] - v[vb + k];
            toward += (o[k] - v[vb + k]) * u;
            gapW2 += u * u;
        }
        double s0 = Math.sqrt(twin2 * invD) - st;
        ga[gb + Accumulators.G_SAT_TWIN] += FastExp.exp(-s0 * s0 * inv2s2);
        ga[gb + Accumulators.G_CLOSED_BY_PEOPLE] += closing(pull != 0, pull, toward, gapW2);
    }

    /**
     * The pull an answer at distance {@code gapR} exerts: toward it within the confidence radius,
     * away from it (negative) beyond the repulsion threshold, none between.
     */
    double signedPull(People p, Ais a, int i, int j, float trust, double gapR) {
        if (gapR <= conf) {
            return pull(p, a, i, j, trust);
        }
        return gapR > repulsion ? -pull(p, a, i, j, trust) : 0;
    }

    /** The gap-closing component of a move of {@code pull * (o - v)}, given (o - v).(w - v) and |w - v|^2. */
    static double closing(boolean moves, double pull, double toward, double gapW2) {
        return moves && toward > 0 && gapW2 > 0 ? pull * toward / Math.sqrt(gapW2) : 0;
    }

    /** The capped AI pull on person i who trusts their assistant {@code trust}. */
    static double pull(People p, Ais a, int i, int j, float trust) {
        return Math.min(1, p.susceptibility[i] * trust * a.persuasiveness[j]);
    }

    /**
     * The refusal draw for person i, who asked: true when they are answered. Counts the ask and the
     * refusal, and the harm of either: a refusal harms the asker by their need, an answer by their
     * group's vulnerability ({@code answer_harm}) times the topic's risk. When assistant j learns
     * its refusal policy, an asker who gives feedback (their coin) reports that need or that harm.
     */
    boolean answered(People p, Ais a, int i, int j, double[] ac, double[] ga, int gb) {
        p.asks[i]++;
        ga[gb + Accumulators.G_ASKS] += 1;
        boolean refuses = a.refusal[j] < 1;
        if (!refuses && !answersHarm && roles.refusalLearning[j] == 0) {
            return true; // a topic risk in [0, 1) never exceeds a threshold of 1: no draw (same results)
        }
        double risk = CounterRng.uniform(kRisk, i);
        boolean refused = refuses && risk > a.refusal[j];
        double harm = refused ? p.need[i] : answerHarm[p.group[i]] * risk;
        if (refused) {
            ga[gb + Accumulators.G_REFUSALS] += 1;
            ga[gb + Accumulators.G_REFUSAL_HARM] += harm;
        } else {
            ga[gb + Accumulators.G_ANSWER_HARM] += harm;
        }
        if (roles.refusalLearning[j] > 0 && CounterRng.uniformFloat(kFb, i) < p.feedback[i]) {
            int rb = j * aw + refusalReports;
            ac[rb] += 1;
            ac[rb + 1] += refused ? harm : -harm; // unmet need asks to refuse less, harm to refuse more
        }
        return !refused;
    }

    /** Person i's feedback coin, tossed only when their assistant j reads feedback (direct or engagement). */
    boolean givesFeedback(People p, int i, int j, long kFb) {
        return roles.readsFeedback(j) && CounterRng.uniformFloat(kFb, i) < p.feedback[i];
    }

    /**
     * Personal listening: the share that lands the output at the person's stance distance
     * ({@code (1 - l g) r = st}, r the RMS distance to the assistant), 0 if undefined.
     */
    static double personalListening(double r, double st, double g) {
        return (r > 0 && g > 0) ? Math.min(1, Math.max(0, (1 - st / r) / g)) : 0;
    }

    /**
     * Trust after an answer: it follows the answer's satisfaction, or, as far as assistant j
     * discloses its trade-offs ({@code ai.disclosure}), its welfare. At disclosure 0 the felt value
     * is {@code sat} exactly, so trust has the bits it had before disclosure existed.
     */
    float trustAfter(float trust, double sat, double wel, int j) {
        double felt = sat + disclosure[j] * (wel - sat);
        return (float) (trust + trustRate * (felt - trust));
    }

    /** With people choosing their assistant: the answer's sums for the person's group, in the assistant's row. */
    void tallyByGroup(double[] ac, int ab, int g, double sat, double wel) {
        if (byGroup) {
            int cb = ab + byGroupBase + Accumulators.BY_GROUP_WIDTH * g;
            ac[cb] += 1;
            ac[cb + 1] += sat;
            ac[cb + 2] += wel;
        }
    }

    /** The group's outcome sums for one answered person (output moments are added by the caller). */
    static void tally(double[] ga, int gb, double gap2, double own2, double sat, double wel, double eng) {
        ga[gb + Accumulators.G_ANSWERED] += 1;
        ga[gb + Accumulators.G_GAP2] += gap2;
        ga[gb + Accumulators.G_OWNGAP2] += own2;
        ga[gb + Accumulators.G_SAT] += sat;
        ga[gb + Accumulators.G_WELFARE] += wel;
        ga[gb + Accumulators.G_ENGAGEMENT] += eng;
    }

    /**
     * The engagement gradient of one answered person with respect to the assistant's values
     * (their output in {@code o}): d sat / d o times d o / d w = (1 - l g), plus the extremity
     * bonus's. With R = |o - v| / sqrt(d), d sat / d o_k = -sat (R - st) / sigma^2 (o_k - v_k) / (R d).
     */
    void engagementGradient(
            double[] ac, int ab, float[] v, int vb, double[] o, double lg, double sat, double sa, double gapR) {
        double satCoef = gapR > 0 ? -sat * sa * invSigma2 / (gapR * d) : 0;
        for (int k = 0; k < d; k++) {
            double grad = (1 - lg) * (satCoef * (o[k] - v[vb + k]) + bonus / d * Math.signum(o[k]));
            ac[ab + Accumulators.A_DIFF + d + k] += grad;
        }
    }

    static double clamp(double x, double bound) {
        return x < -bound ? -bound : (x > bound ? bound : x);
    }
}
