package org.coshape.scenario;

import java.util.List;

/**
 * Curated exposure ({@code ai.exposure}): each assistant's strength {@code gamma} of filtering whom
 * its users meet, partner j chosen with probability proportional to d(i, j)^-gamma (Sirbu et al.
 * 2019); 0 leaves the choice uniform.
 */
public record ExposureSpec(List<Double> gamma) {
    public ExposureSpec {
        gamma = List.copyOf(gamma);
    }

    /** Whether any assistant filters at all. */
    public boolean any() {
        return gamma.stream().anyMatch(g -> g != 0);
    }
}
