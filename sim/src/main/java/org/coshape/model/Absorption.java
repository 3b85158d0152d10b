package org.coshape.model;

import org.coshape.model.network.Network;
import org.coshape.model.state.People;

/**
 * Whether a bounded-confidence population is absorbed ({@code stop.absorbed}): no pair of possible
 * partners (neighbours; everyone on a complete network) is within confidence and apart by more
 * than {@code agree} (both in sums of squares over the dimensions). Then no Deffuant meeting and no
 * Hegselmann-Krause average can move anyone by more than rounding, whatever the draws. It stops at
 * the first pair that can still move, so an unsettled population costs little to check.
 */
final class Absorption {
    private Absorption() {}

    static boolean absorbed(People p, Network net, double c2, double agree) {
        int[] off = net.offsets();
        int[] tg = net.targets();
        for (int i = 0; i < p.n; i++) {
            for (int e = off[i]; e < off[i + 1]; e++) {
                int j = tg[e];
                if (j > i || net.directed()) {
                    double s = p.squaredDistance(p.v, i, j);
                    if (s > agree && s <= c2) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
