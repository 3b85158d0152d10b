package org.coshape.metrics;

/**
 * The monoculture metrics of a row. {@code assistant_diversity}: with n_j the row's users of
 * assistant j, N their total and w_j its promoted values, {@code sqrt(sum_j n_j |w_j - w|^2 / (N d))}
 * around the user-weighted mean w: 0 when everyone's assistant promotes the same values, whatever
 * the number of assistants. {@code sorting}: the between-assistant share of the users' value
 * variance, {@code sum_j n_j |m_j - m|^2 / sum_i |v_i - m|^2} with m_j the mean values of j's users
 * and m of all users: 0 when every assistant's users hold the same mean values, 1 when each
 * assistant's users all think alike and differ from the others'.
 */
final class Market {
    private Market() {}

    /** The row's people who use an assistant. */
    static double users(Row r) {
        double users = 0;
        for (double u : r.assistantUsers) {
            users += u;
        }
        return users;
    }

    static double assistantDiversity(Row r) {
        int m = r.assistantUsers.length;
        int d = r.d;
        double users = users(r);
        double[] mean = new double[d];
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < d; k++) {
                mean[k] += r.assistantUsers[j] * r.promoted[j * d + k];
            }
        }
        if (users == 0) {
            return Double.NaN;
        }
        double spread = 0;
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < d; k++) {
                double x = r.promoted[j * d + k] - mean[k] / users;
                spread += r.assistantUsers[j] * x * x;
            }
        }
        return Math.sqrt(spread / (users * d));
    }

    static double sorting(Row r) {
        int m = r.assistantUsers.length;
        int d = r.d;
        double users = users(r);
        double[] sum = new double[d];
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < d; k++) {
                sum[k] += r.assistantValueSums[j * d + k];
            }
        }
        if (users < 2) {
            return Double.NaN;
        }
        double between = 0;
        for (int j = 0; j < m; j++) {
            double n = r.assistantUsers[j];
            for (int k = 0; k < d && n > 0; k++) {
                double x = r.assistantValueSums[j * d + k] / n - sum[k] / users;
                between += n * x * x;
            }
        }
        double centre = 0;
        for (int k = 0; k < d; k++) {
            centre += sum[k] * sum[k] / users;
        }
        double total = r.usersSquares - centre;
        return total > 1e-12 * r.usersSquares ? Math.min(1, between / total) : Double.NaN;
    }
}
