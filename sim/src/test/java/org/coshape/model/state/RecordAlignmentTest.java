package org.coshape.model.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.coshape.concurrent.ChunkPool;
import org.junit.jupiter.api.Test;

/** Where records start: they must not straddle cache lines when they can avoid it. */
class RecordAlignmentTest {

    @Test
    void alignedRecordsStartOnTheirOwnSizeOrOnALine() {
        for (int d = 1; d <= 48; d++) {
            int bytes = 4 * d;
            int first = RecordAlignment.ARRAY_BASE + 4 * RecordAlignment.offset(d); // from a 64-byte aligned object
            if (RecordAlignment.aligned(d)) {
                int align = Math.min(bytes, RecordAlignment.LINE);
                assertEquals(0, first % align, "d=" + d);
                for (int i = 0; i < 100; i++) {
                    int start = first + i * bytes;
                    int end = start + bytes - 1;
                    assertTrue(start / 64 == end / 64 || start % 64 == 0, "d=" + d + " record " + i + " straddles");
                }
            } else {
                assertEquals(0, RecordAlignment.offset(d), "no offset can help d=" + d);
            }
            assertTrue(RecordAlignment.offset(d) < 16, "offset wastes less than a line");
        }
    }

    @Test
    void eightValuesSitInHalfLines() {
        assertTrue(RecordAlignment.aligned(8));
        assertEquals(0, (RecordAlignment.ARRAY_BASE + 4 * RecordAlignment.offset(8)) % 32);
        assertTrue(RecordAlignment.aligned(4));
        assertTrue(RecordAlignment.aligned(16));
        assertTrue(!RecordAlignment.aligned(5) && !RecordAlignment.aligned(12));
    }

    @Test
    void recordsCountAsOnLinesOnlyInArraysThatStartAG1Region() {
        boolean g1 = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .anyMatch(gc -> gc.getName().startsWith("G1"));
        assertEquals(
                g1, RecordAlignment.REGION_ALIGNED_FROM > 0, "G1 is the collector exactly when a region size is known");
        if (g1) {
            long half = RecordAlignment.REGION_ALIGNED_FROM;
            assertEquals(1, Long.bitCount(half), "half a region is a power of two");
            assertTrue(half >= 512 * 1024, "regions are at least 1 MiB");
            assertTrue(RecordAlignment.onLines(8, half));
            assertTrue(!RecordAlignment.onLines(8, half - RecordAlignment.ARRAY_BASE - 4), "below half a region");
            assertTrue(!RecordAlignment.onLines(5, 1L << 30), "5 floats cannot sit inside lines");
        } else {
            assertTrue(!RecordAlignment.onLines(8, 1L << 30));
        }
    }

    @Test
    void peopleIndexRecordsFromTheBase() {
        try (ChunkPool pool = new ChunkPool(1)) {
            People p = new People(10, 8, 1, new int[10], false, pool);
            assertEquals(RecordAlignment.offset(8), p.base);
            assertEquals(p.base + 8 * 3, p.at(3));
            assertEquals(p.base + 80, p.v.length);
            assertEquals(p.v.length, p.own.length);
            assertEquals(p.v.length, p.vNext.length);
            assertEquals(p.v.length, p.vSnap.length);
        }
    }
}
