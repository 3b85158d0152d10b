package org.coshape.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pool hands every chunk to exactly one thread per phase, however many threads share the cores. */
class ChunkPoolTest {

    @ParameterizedTest
    @CsvSource({"1, 2, 1", "2, 2, 2", "3, 3, 3", "64, 2, 2", "5, 1, 1"})
    void concurrencyIsTheThreadsThatCanRunAtOnce(int threads, int processors, int expected) {
        try (ChunkPool pool = new ChunkPool(threads, processors)) {
            assertEquals(threads, pool.threads());
            assertEquals(expected, pool.concurrency());
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 2", "2, 2", "3, 2", "16, 2"})
    void everyChunkRunsOncePerPhase(int threads, int processors) {
        int n = 37 * ChunkPool.CHUNK + 5;
        int phases = 300;
        AtomicIntegerArray runs = new AtomicIntegerArray(ChunkPool.chunks(n));
        AtomicIntegerArray people = new AtomicIntegerArray(n);
        try (ChunkPool pool = new ChunkPool(threads, processors)) {
            for (int phase = 0; phase < phases; phase++) {
                pool.run(n, (chunk, from, to) -> {
                    runs.incrementAndGet(chunk);
                    for (int i = from; i < to; i++) {
                        people.incrementAndGet(i);
                    }
                });
            }
        }
        for (int c = 0; c < runs.length(); c++) {
            assertEquals(phases, runs.get(c), "chunk " + c);
        }
        for (int i = 0; i < n; i++) {
            assertEquals(phases, people.get(i), "person " + i);
        }
    }

    @Test
    void rejectsNoThreadsOrNoProcessors() {
        assertThrows(IllegalArgumentException.class, () -> new ChunkPool(0));
        assertThrows(IllegalArgumentException.class, () -> new ChunkPool(2, 0));
    }
}
