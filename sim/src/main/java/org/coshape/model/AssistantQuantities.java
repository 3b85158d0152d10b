package org.coshape.model;

import java.util.ArrayList;
import java.util.List;
import org.coshape.model.state.Ais;
import org.coshape.model.state.People;

/**
 * What assistants.csv records about each assistant at every metrics record: the values it
 * promotes and its judged target (one quantity per named dimension; the target empty where the
 * judge sets none), its listening, its users and their share of everyone, and, over the window
 * since the previous record, its feedback count, answers and its answers' mean satisfaction and
 * welfare, with its users' mean trust now, and its refusal threshold (learned with
 * {@code ai.refusal_learning}).
 */
public final class AssistantQuantities {
    private static final List<String> SCALARS = List.of(
            "listening",
            "users",
            "share",
            "feedback",
            "answered",
            "trust",
            "satisfaction",
            "welfare",
            "refusal_threshold");

    private AssistantQuantities() {}

    /** The quantity names, in output order, for the named value dimensions. */
    public static List<String> names(List<String> dimensions) {
        List<String> out = new ArrayList<>();
        for (String dim : dimensions) {
            out.add("promoted_" + dim);
        }
        for (String dim : dimensions) {
            out.add("target_" + dim);
        }
        out.addAll(SCALARS);
        return out;
    }

    /** {@code values[assistant][quantity]} now, in the order of {@link #names}. */
    static double[][] record(Ais a, People p) {
        int d = a.d;
        double[] trust = new double[a.m];
        for (int i = 0; i < p.n; i++) {
            if (p.ai[i] >= 0) {
                trust[p.ai[i]] += p.trust[i];
            }
        }
        double[][] out = new double[a.m][2 * d + SCALARS.size()];
        for (int j = 0; j < a.m; j++) {
            double[] row = out[j];
            System.arraycopy(a.w, j * d, row, 0, d);
            System.arraycopy(a.target, j * d, row, d, d);
            int s = 2 * d;
            double users = a.users[j];
            double answered = a.windowAnswered[j];
            row[s] = a.listening[j];
            row[s + 1] = users;
            row[s + 2] = users / p.n;
            row[s + 3] = a.windowFeedback[j];
            row[s + 4] = answered;
            row[s + 5] = users > 0 ? trust[j] / users : Double.NaN;
            row[s + 6] = answered > 0 ? a.windowSatisfaction[j] / answered : Double.NaN;
            row[s + 7] = answered > 0 ? a.windowWelfare[j] / answered : Double.NaN;
            row[s + 8] = a.refusal[j];
        }
        return out;
    }
}
