package org.coshape.model.state;

import org.coshape.runtime.HotSpotOptions;

/**
 * Where person 0's record starts in the person-major value arrays, so that no record straddles
 * two cache lines. The social pass reads about ten random neighbour records per person; a
 * record split across two lines costs two memory misses, and the touch loop that stands in for
 * a prefetch must then load both. With d = 8 (32-byte records) and the array data starting 16
 * bytes into a line, half of all records would be split.
 *
 * <p>Java does not expose addresses; the offset assumes the array object itself starts on a
 * 64-byte boundary. G1 (the default collector) places every object of half a region or more at
 * the start of a region; {@link #onLines} says whether an array of a given size is such an
 * object, and only then does the social pass touch one value per record. Results never depend
 * on the offset, only speed.
 */
public final class RecordAlignment {
    /** Cache line size of the x86-64 and AArch64 cores this runs on. */
    static final int LINE = 64;
    /** Bytes from an array object's start to element 0 (16 with compressed class pointers). */
    static final int ARRAY_BASE = arrayBaseOffset();

    private RecordAlignment() {}

    /**
     * Offset in floats of person 0's record for {@code d} values: zero unless a d-float record
     * can sit wholly inside lines (its size divides 64 bytes or is a multiple of 64).
     */
    public static int offset(int d) {
        int bytes = 4 * d;
        int align = LINE % bytes == 0 ? bytes : (bytes % LINE == 0 ? LINE : 0);
        if (align <= 4) {
            return 0;
        }
        return Math.floorMod(-ARRAY_BASE, align) / 4;
    }

    /** True when every record of {@code d} floats lies inside one line or whole lines. */
    public static boolean aligned(int d) {
        int bytes = 4 * d;
        return LINE % bytes == 0 || bytes % LINE == 0;
    }

    /** Bytes at or above which an array starts a G1 region, or -1 when G1 is not the collector. */
    static final long REGION_ALIGNED_FROM = regionAlignedFrom();

    /**
     * True when records of {@code d} floats, placed by {@link #offset}, really lie inside lines
     * in a float array of {@code bytes} data bytes: the record size allows it and the array
     * object starts a G1 region (it is half a region or more).
     */
    public static boolean onLines(int d, long bytes) {
        return aligned(d) && REGION_ALIGNED_FROM >= 0 && ARRAY_BASE + bytes >= REGION_ALIGNED_FROM;
    }

    private static long regionAlignedFrom() {
        if (!"true".equals(HotSpotOptions.value("UseG1GC"))) {
            return -1; // another collector, or not HotSpot: assume nothing about where arrays start
        }
        long region = HotSpotOptions.longValue("G1HeapRegionSize", -1);
        return region < 0 ? -1 : region / 2;
    }

    private static int arrayBaseOffset() {
        try {
            // a public constant of sun.misc.Unsafe (module jdk.unsupported); read by reflection so the
            // build needs no internal API and a JVM without it falls back to the usual 16 bytes
            return Class.forName("sun.misc.Unsafe")
                    .getField("ARRAY_FLOAT_BASE_OFFSET")
                    .getInt(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 16;
        }
    }
}
