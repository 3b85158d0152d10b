/*
 * How many neighbour records per second one pass can bring in from memory, by loads (what Java
 * can write: the social pass's touch loop, SocialPhase.touch) and by software prefetches (what
 * the C reference tick uses and Java 17 cannot express). The gap between the two lines is the
 * part of the social pass that coshape cannot close by reordering its Java code: a load that
 * misses holds its place in the core until the data arrives, a prefetch retires at once.
 *
 * Same graph shape as `coshape bench`: N people with d = 8 float values (32-byte records on
 * 32-byte boundaries), an Erdos-Renyi graph of mean degree 10 with sorted neighbour lists, the
 * people split into chunks of 4096 handed to the threads in order.
 *
 *   gcc -O3 -march=native -fopenmp -o /tmp/gather_loads sim/src/jmh/c/gather_loads.c
 *   OMP_NUM_THREADS=2 /tmp/gather_loads [people=1000000] [repetitions=10]
 *
 * Prints, for each loop, the median over the repetitions of wall time per person times the
 * number of threads (ns per person per thread), and the records per second over all threads.
 */
#include <omp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define D 8
#define CHUNK 4096

static uint64_t state = 0x9E3779B97F4A7C15ULL;

static uint64_t next(void) { /* xorshift64 */
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
}

static int by_value(const void *a, const void *b) {
    int x = *(const int *) a, y = *(const int *) b;
    return (x > y) - (x < y);
}

static int by_double(const void *a, const void *b) {
    double x = *(const double *) a, y = *(const double *) b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 1000000;
    int reps = argc > 2 ? atoi(argv[2]) : 10;
    if (n < 2 || reps < 1) {
        fprintf(stderr, "usage: gather_loads [people >= 2] [repetitions >= 1]\n");
        return 2;
    }
    size_t m = (size_t) n * 5; /* undirected links: mean degree 10 */
    float *v = aligned_alloc(64, ((size_t) n * D * sizeof(float) + 63) / 64 * 64);
    int *deg = calloc((size_t) n + 1, sizeof(int));
    int *ea = malloc(m * sizeof(int)), *eb = malloc(m * sizeof(int));
    if (!v || !deg || !ea || !eb) {
        fprintf(stderr, "gather_loads: out of memory\n");
        return 1;
    }
    for (size_t i = 0; i < (size_t) n * D; i++) {
        v[i] = (float) (next() % 2001) / 1000.0f - 1.0f;
    }
    for (size_t k = 0; k < m; k++) {
        int a = (int) (next() % (uint64_t) n), b = (int) (next() % (uint64_t) n);
        if (a == b) {
            b = (b + 1) % n;
        }
        ea[k] = a;
        eb[k] = b;
        deg[a + 1]++;
        deg[b + 1]++;
    }
    for (int i = 0; i < n; i++) {
        deg[i + 1] += deg[i];
    }
    int *tg = malloc((size_t) deg[n] * sizeof(int));
    int *fill = malloc((size_t) n * sizeof(int));
    double *times = malloc((size_t) reps * sizeof(double));
    if (!tg || !fill || !times) {
        fprintf(stderr, "gather_loads: out of memory\n");
        return 1;
    }
    for (int i = 0; i < n; i++) {
        fill[i] = deg[i];
    }
    for (size_t k = 0; k < m; k++) {
        tg[fill[ea[k]]++] = eb[k];
        tg[fill[eb[k]]++] = ea[k];
    }
    for (int i = 0; i < n; i++) {
        qsort(tg + deg[i], (size_t) (deg[i + 1] - deg[i]), sizeof(int), by_value);
    }
    const char *names[2] = {"loads (Java's touch loop)", "software prefetches"};
    int chunks = (n + CHUNK - 1) / CHUNK, threads = omp_get_max_threads();
    float sink = 0;
    printf("%d people, mean degree %.1f, %d threads\n", n, (double) deg[n] / n, threads);
    for (int mode = 0; mode < 2; mode++) {
        for (int r = 0; r < reps; r++) {
            double t0 = omp_get_wtime();
#pragma omp parallel for schedule(dynamic, 1) reduction(+ : sink)
            for (int c = 0; c < chunks; c++) {
                int s = deg[c * CHUNK], e = deg[(c + 1) * CHUNK < n ? (c + 1) * CHUNK : n];
                if (mode == 0) {
                    for (int q = s; q < e; q++) {
                        sink += v[(size_t) tg[q] * D];
                    }
                } else {
                    for (int q = s; q < e; q++) {
                        __builtin_prefetch(v + (size_t) tg[q] * D);
                    }
                }
            }
            times[r] = omp_get_wtime() - t0;
        }
        qsort(times, (size_t) reps, sizeof(double), by_double);
        double med = times[reps / 2];
        printf("%-28s %7.1f ns per person per thread, %.3g records/s\n", names[mode], med / n * 1e9 * threads,
               deg[n] / med);
    }
    return sink == 12345.0f; /* keeps the loads */
}
