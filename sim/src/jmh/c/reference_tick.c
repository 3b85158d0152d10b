/*
 * reference_tick.c: the bench tick of coshape written as hand-tuned C, so that the Java engine
 * can be measured against C on the same machine in the same run (performance issue: "ratios
 * measured side by side in one run").
 *
 * It is the tick that `coshape bench` times (BenchCommand.benchScenario): mutual regime (direct
 * feedback, adaptive listening 0.3, gain 1, persuasiveness 1, no refusals, guardrail 1), four
 * assistants, sigma = delta = 0.5, trust rate 0.1, confidence 2, usage 0.6, stance 0.3,
 * anchoring 0.02, susceptibility ~ Beta(2, 8) (here a uniform stand-in with the same mean: the
 * trait only scales a multiply), values uniform on [-1, 1]; then the AI update; then one
 * Hegselmann-Krause pass (confidence sqrt(d)/2) over an Erdos-Renyi graph of mean degree 10,
 * sorted CSR neighbour lists, double-buffered. The per-person arithmetic follows
 * InteractionPhase and FixedWidthKernels line for line (float storage, double arithmetic, the
 * same counter-based random draws, per-chunk accumulators of 4096 people reduced in order), so
 * both programs do the same work per person. Metrics and the generation boundary are not timed,
 * as in `bench`.
 *
 * Hand-tuning that Java cannot express: records aligned to 64-byte lines (32-byte records never
 * straddle two lines), and software prefetch of the neighbour records a few people ahead. Large
 * arrays ask for transparent huge pages (madvise), as coshape's Java does at this size.
 *
 * Build and run (the numbers below are the defaults):
 *   gcc -O3 -march=native -fopenmp -o /tmp/reference_tick sim/src/jmh/c/reference_tick.c -lm
 *   OMP_NUM_THREADS=2 /tmp/reference_tick 1000000 50 5
 * Prints one JSON object like `bench --json`: person_ticks_per_s and phases.
 *
 * To see which hand-tuning matters, build with -DNO_PREFETCH (no software prefetch), -DNO_HUGEPAGES or with
 * -fno-tree-vectorize -fno-tree-slp-vectorize (no SIMD); docs/performance.md has the figures.
 */
#include <math.h>
#include <omp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define D 8
#define M 4
#define CHUNK 4096
#define AW (3 + 2 * D)
#define GW (8 + D + D * (D + 1) / 2)
#define AI_ROW (M * AW)                       /* every AI's sums, then the group's */
#define ROW ((AI_ROW + GW + 16 + 7) & ~7)      /* 16 doubles of padding: no false sharing */
#define HUGE_PAGE ((size_t) 2 << 20)
#define PF 6 /* people ahead whose neighbour records are prefetched */
#ifdef NO_PREFETCH
#define PREFETCH(p) ((void) (p))
#else
#define PREFETCH(p) __builtin_prefetch(p)
#endif

static const uint64_t GOLDEN = 0x9E3779B97F4A7C15ULL;

static inline uint64_t mix(uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static uint64_t key(uint64_t seed, uint64_t a, uint64_t b, uint64_t c) {
    uint64_t h = mix(seed + GOLDEN);
    h = mix(h ^ (a + 0x632BE59BD9B4E019ULL) * GOLDEN);
    h = mix(h ^ (b + 0x8CB92BA72F3D8DD7ULL) * GOLDEN);
    return mix(h ^ (c + 0x5851F42D4C957F2DULL) * GOLDEN);
}

static inline double uniform(uint64_t k, uint64_t i) {
    return (double) (mix(k + i * GOLDEN) >> 11) * 0x1.0p-53;
}

static inline float uniformf(uint64_t k, uint64_t i) {
    return (float) (mix(k + i * GOLDEN) >> 40) * 0x1.0p-24f;
}

/* Zeroed memory aligned to 64-byte lines; arrays of 2 MiB and more are aligned to 2 MiB and asked
 * to be backed by transparent huge pages (what coshape's JVM gets with -XX:+UseTransparentHugePages,
 * which coshape asks for at this size), before they are first touched. */
static void *zalloc(size_t bytes) {
    size_t align = bytes >= HUGE_PAGE ? HUGE_PAGE : 64;
    size_t rounded = (bytes + align - 1) & ~(align - 1);
    void *p = aligned_alloc(align, rounded == 0 ? 64 : rounded);
    if (p == NULL) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
#ifndef NO_HUGEPAGES
    if (align == HUGE_PAGE) {
        madvise(p, rounded, MADV_HUGEPAGE); /* advice only: without huge pages the program still runs */
    }
#endif
    memset(p, 0, rounded);
    return p;
}

typedef struct {
    int n;
    float *v, *vnext, *own, *trust, *usage, *susc, *anch, *stance, *feedback, *welfare;
    int *ai, *group, *asks, *answered;
    double w[M * D], target[M * D], listening[M], gain[M], pers[M];
    int *off, *tg;
    double *acc; /* chunks x ROW doubles: AI sums at 0, group sums at AI_ROW */
    double total[M * AW];
} World;

static int cmp_int(const void *a, const void *b) {
    int x = *(const int *) a, y = *(const int *) b;
    return (x > y) - (x < y);
}

/* G(n, p) as n*degree/2 uniform pairs, both directions, each list sorted and de-duplicated. */
static void build_graph(World *w, double degree, uint64_t seed) {
    int n = w->n;
    long pairs = (long) (n * degree / 2);
    int *a = malloc(sizeof(int) * pairs), *b = malloc(sizeof(int) * pairs);
    int *cnt = calloc(n + 1, sizeof(int));
    uint64_t k = key(seed, 7, 0, 0);
    for (long e = 0; e < pairs; e++) {
        int x, y;
        uint64_t r = 2 * (uint64_t) e;
        do {
            x = (int) (((mix(k + r * GOLDEN) >> 32) * (uint64_t) n) >> 32);
            y = (int) (((mix(k + (r + 1) * GOLDEN) >> 32) * (uint64_t) n) >> 32);
            r += 2 * (uint64_t) pairs;
        } while (x == y);
        a[e] = x;
        b[e] = y;
        cnt[x + 1]++;
        cnt[y + 1]++;
    }
    for (int i = 0; i < n; i++) cnt[i + 1] += cnt[i];
    int *tg = zalloc(sizeof(int) * (size_t) cnt[n]);
    int *fill = malloc(sizeof(int) * n);
    memcpy(fill, cnt, sizeof(int) * n);
    for (long e = 0; e < pairs; e++) {
        tg[fill[a[e]]++] = b[e];
        tg[fill[b[e]]++] = a[e];
    }
    int *off = zalloc(sizeof(int) * (size_t) (n + 1));
    int out = 0;
    for (int i = 0; i < n; i++) {
        int s = cnt[i], e = cnt[i + 1];
        qsort(tg + s, e - s, sizeof(int), cmp_int);
        off[i] = out;
        for (int q = s; q < e; q++) {
            if (q == s || tg[q] != tg[q - 1]) tg[out++] = tg[q];
        }
    }
    off[n] = out;
    w->off = off;
    w->tg = tg;
    free(a);
    free(b);
    free(cnt);
    free(fill);
}

static void build(World *w, int n, uint64_t seed) {
    w->n = n;
    size_t nd = (size_t) n * D;
    w->v = zalloc(4 * nd);
    w->vnext = zalloc(4 * nd);
    w->own = zalloc(4 * nd);
    w->trust = zalloc(4 * (size_t) n);
    w->usage = zalloc(4 * (size_t) n);
    w->susc = zalloc(4 * (size_t) n);
    w->anch = zalloc(4 * (size_t) n);
    w->stance = zalloc(4 * (size_t) n);
    w->feedback = zalloc(4 * (size_t) n);
    w->welfare = zalloc(4 * (size_t) n);
    w->ai = zalloc(4 * (size_t) n);
    w->group = zalloc(4 * (size_t) n);
    w->asks = zalloc(4 * (size_t) n);
    w->answered = zalloc(4 * (size_t) n);
    uint64_t kv = key(seed, 1, 0, 0), kt = key(seed, 2, 0, 0), ka = key(seed, 3, 0, 0);
    for (size_t q = 0; q < nd; q++) {
        w->v[q] = w->own[q] = (float) (-1 + 2 * uniform(kv, q));
    }
    for (int i = 0; i < n; i++) {
        w->trust[i] = 0.5f;
        w->usage[i] = 0.6f;
        w->susc[i] = (float) (0.4 * uniform(kt, (uint64_t) i)); /* mean 0.2, as Beta(2, 8) */
        w->anch[i] = 0.02f;
        w->stance[i] = 0.3f;
        w->feedback[i] = 1.0f;
        w->ai[i] = (int) (((mix(ka + (uint64_t) i * GOLDEN) >> 32) * M) >> 32);
    }
    for (int j = 0; j < M; j++) {
        for (int k = 0; k < D; k++) {
            w->w[j * D + k] = w->target[j * D + k] = -0.5 + uniform(key(seed, 4, j, 0), (uint64_t) k);
        }
        w->listening[j] = 0.3;
        w->gain[j] = 1;
        w->pers[j] = 1;
    }
    int chunks = (n + CHUNK - 1) / CHUNK;
    w->acc = zalloc(sizeof(double) * (size_t) chunks * ROW);
    build_graph(w, 10, seed);
}

/* InteractionPhase.step for the mutual regime (direct feedback, fixed listening per AI). */
static void interaction(World *w, uint64_t seed, long tick) {
    const double sigma = 0.5, delta = 0.5, trustRate = 0.1, conf = 2.0, guard = 1.0, bonus = 0.0;
    const double inv2s2 = 1.0 / (2 * sigma * sigma);
    uint64_t kUse = key(seed, 11, (uint64_t) tick, 0), kFb = key(seed, 13, (uint64_t) tick, 0);
    int n = w->n, chunks = (n + CHUNK - 1) / CHUNK;
#pragma omp parallel for schedule(dynamic, 1)
    for (int c = 0; c < chunks; c++) {
        double *ac = w->acc + (size_t) c * ROW;
        memset(ac, 0, sizeof(double) * (AI_ROW + GW));
        double o[D];
        float *v = w->v;
        int to = (c + 1) * CHUNK < n ? (c + 1) * CHUNK : n;
        int list[CHUNK], na = 0; /* the askers, found without a branch (an unpredictable coin) */
        for (int i = c * CHUNK; i < to; i++) {
            list[na] = i;
            na += uniformf(kUse, (uint64_t) i) < w->usage[i];
        }
        for (int qa = 0; qa < na; qa++) {
            int i = list[qa];
            int j = w->ai[i];
            double *aj = ac + j * AW;
            double *ga = ac + AI_ROW + w->group[i] * GW;
            w->asks[i]++;
            ga[0] += 1;
            float *vi = v + (size_t) i * D, *oi = w->own + (size_t) i * D;
            const double *wj = w->w + j * D;
            double st = w->stance[i] * delta;
            double lg = w->listening[j] * w->gain[j];
            double gap2 = 0, own2 = 0, absO = 0;
            for (int k = 0; k < D; k++) {
                double ok = wj[k] + lg * (vi[k] - wj[k]);
                ok = ok < -guard ? -guard : (ok > guard ? guard : ok);
                o[k] = ok;
                double x = ok - vi[k], y = ok - oi[k];
                gap2 += x * x;
                own2 += y * y;
                absO += fabs(ok);
            }
            double gapD = sqrt(gap2), ownD = sqrt(own2);
            double sa = gapD - st, we = ownD - st;
            double sat = exp(-sa * sa * inv2s2), wel = exp(-we * we * inv2s2);
            double eng = sat + bonus * absO / D;
            float trust = (float) (w->trust[i] + trustRate * (sat - w->trust[i]));
            w->trust[i] = trust;
            if (uniformf(kFb, (uint64_t) i) < w->feedback[i]) {
                aj[0] += 1;
                for (int k = 0; k < D; k++) aj[3 + k] += vi[k] - wj[k];
            }
            if (gapD <= conf) {
                double pull = w->susc[i] * trust * w->pers[j], anch = w->anch[i];
                for (int k = 0; k < D; k++) {
                    double x = vi[k] + pull * (o[k] - vi[k]) + anch * (oi[k] - vi[k]);
                    vi[k] = (float) (x < -1 ? -1 : (x > 1 ? 1 : x));
                }
            }
            w->answered[i]++;
            w->welfare[i] += (float) wel;
            ga[2] += 1;
            ga[3] += gap2;
            ga[4] += own2;
            ga[5] += sat;
            ga[6] += wel;
            ga[7] += eng;
            int mb = 8 + D;
            for (int k = 0; k < D; k++) {
                ga[8 + k] += o[k];
                for (int q = k; q < D; q++) ga[mb++] += o[k] * o[q];
            }
        }
        for (int i = c * CHUNK; i < to; i++) { /* every user's trust, in person order, after the askers */
            double *aj = ac + w->ai[i] * AW;
            aj[1] += 1;
            aj[2] += w->trust[i];
        }
    }
    memset(w->total, 0, sizeof w->total);
    for (int c = 0; c < chunks; c++) {
        for (int k = 0; k < AI_ROW; k++) w->total[k] += w->acc[(size_t) c * ROW + k];
    }
}

/* AiUpdatePhase.step: direct feedback (target pull 0 in the mutual preset) and adaptive listening. */
static void ai_update(World *w) {
    const double lr = 0.05, pull = 0.0, trustTarget = 0.6;
    for (int j = 0; j < M; j++) {
        double *t = w->total + j * AW;
        for (int k = 0; k < D; k++) {
            double step = pull * (w->target[j * D + k] - w->w[j * D + k]);
            if (t[0] > 0) step += t[3 + k] / t[0];
            double x = w->w[j * D + k] + lr * step;
            w->w[j * D + k] = x < -1 ? -1 : (x > 1 ? 1 : x);
        }
        if (t[1] > 0) {
            double x = w->listening[j] + lr * (trustTarget - t[2] / t[1]);
            w->listening[j] = x < 0 ? 0 : (x > 1 ? 1 : x);
        }
    }
}

/* FixedWidthKernels.boundedConfidence8 with software prefetch PF people ahead. */
static void social(World *w, double c2) {
    int n = w->n, chunks = (n + CHUNK - 1) / CHUNK;
    const float *v = w->v;
    float *out = w->vnext;
    const int *off = w->off, *tg = w->tg;
#pragma omp parallel for schedule(dynamic, 1)
    for (int c = 0; c < chunks; c++) {
        int from = c * CHUNK, to = (c + 1) * CHUNK < n ? (c + 1) * CHUNK : n;
        for (int i = from; i < to; i++) {
            if (i + PF < to) {
                for (int q = off[i + PF]; q < off[i + PF + 1]; q++) PREFETCH(v + (size_t) tg[q] * D);
            }
            const float *vi = v + (size_t) i * D;
            double m[D], sw = 1;
            for (int k = 0; k < D; k++) m[k] = vi[k];
            for (int q = off[i]; q < off[i + 1]; q++) {
                const float *a = v + (size_t) tg[q] * D;
                double dist = 0;
                for (int k = 0; k < D; k++) {
                    double x = a[k] - vi[k];
                    dist += x * x;
                }
                double wq = dist <= c2 ? 1.0 : 0.0;
                sw += wq;
                for (int k = 0; k < D; k++) m[k] += wq * a[k];
            }
            for (int k = 0; k < D; k++) out[(size_t) i * D + k] = (float) (m[k] / sw);
        }
    }
    float *t = w->v;
    w->v = w->vnext;
    w->vnext = t;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 1000000;
    int ticks = argc > 2 ? atoi(argv[2]) : 50;
    int warmup = argc > 3 ? atoi(argv[3]) : 5;
    if (n < 2 || ticks < 1 || warmup < 0) {
        fprintf(stderr, "usage: reference_tick [people >= 2] [ticks >= 1] [warm-up ticks >= 0]\n");
        return 2;
    }
    uint64_t seed = 1;
    World w;
    memset(&w, 0, sizeof w);
    double t0 = omp_get_wtime();
    build(&w, n, seed);
    double setup = omp_get_wtime() - t0;
    double conf = sqrt((double) D) * 0.5, c2 = conf * conf;
    double ph[3] = {0, 0, 0};
    for (long tick = 0; tick < warmup + ticks; tick++) {
        double a = omp_get_wtime();
        interaction(&w, seed, tick);
        double b = omp_get_wtime();
        ai_update(&w);
        double c = omp_get_wtime();
        social(&w, c2);
        double e = omp_get_wtime();
        if (tick >= warmup) {
            ph[0] += b - a;
            ph[1] += c - b;
            ph[2] += e - c;
        }
    }
    double check = 0;
    for (size_t q = 0; q < (size_t) n * D; q++) check += w.v[q];
    double pt = (double) n * ticks;
    printf("{\"program\":\"reference_tick.c\",\"humans\":%d,\"dims\":%d,\"ticks\":%d,\"threads\":%d,"
           "\"edges\":%d,\"setup_s\":%.3f,\"person_ticks_per_s\":%.6g,"
           "\"phases\":{\"interaction\":%.6g,\"ai_update\":%.6g,\"social\":%.6g},\"checksum\":%.6f}\n",
           n, D, ticks, omp_get_max_threads(), w.off[n], setup, pt / (ph[0] + ph[1] + ph[2]), pt / ph[0],
           pt / ph[1], pt / ph[2], check);
    return 0;
}
