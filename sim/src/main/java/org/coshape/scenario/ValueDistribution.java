package org.coshape.scenario;

import java.util.List;

/**
 * How a group's own values are drawn ({@code population.groups[].distribution}): normal around
 * the group's mean, uniform on [-1, 1]^d, or read from the population file.
 */
public enum ValueDistribution implements Named {
    NORMAL,
    UNIFORM,
    FILE;

    /** The choices a scenario may write (a file's groups are marked by the binder). */
    public static final List<String> WRITABLE = List.of(NORMAL.key(), UNIFORM.key());
}
