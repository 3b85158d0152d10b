package org.coshape.metrics;

import java.util.Arrays;

/** Whole numbers compared element by element, as a hash key: a grid cell, or a point's value bits. */
record ArrayKey(long[] values) {
    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayKey k && Arrays.equals(values, k.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
