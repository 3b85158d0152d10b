package org.coshape.model.network;

import ec.util.MersenneTwisterFast;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.coshape.concurrent.ChunkPool;
import org.coshape.io.BadInput;
import org.coshape.io.CsvCells;
import org.coshape.io.IoProblems;
import org.coshape.model.state.Groups;
import org.coshape.scenario.NetworkSpec;
import org.coshape.scenario.ScenarioException;

/**
 * Generates the social network named by a scenario. Random graphs use sequential draws from one
 * seeded MASON generator (so they are reproducible) and O(N + E) algorithms: geometric skipping
 * for Erdos-Renyi and the SBM blocks (Batagelj and Brandes 2005), the repeated-node list for
 * Barabasi-Albert.
 */
public final class NetworkBuilder {

    private NetworkBuilder() {}

    /**
     * Builds the scenario's network.
     *
     * @param group     each person's group index (people of a group need not be contiguous)
     * @param groups    number of groups
     * @param idIndex   person id to index, for edge-list files ({@code null}: ids are indices)
     * @param pool      threads that turn the drawn edges into sorted lists ({@code null}: the
     *                  calling thread); the draws themselves are one sequential stream, and the
     *                  network is the same at any thread count
     */
    public static Network build(
            NetworkSpec spec,
            int n,
            int[] group,
            int groups,
            MersenneTwisterFast rng,
            Map<String, Integer> idIndex,
            ChunkPool pool) {
        return switch (spec.type()) {
            case NONE -> new Network(n, new int[n + 1], new int[0], null, false);
            case COMPLETE -> complete(n);
            case ERDOS_RENYI -> erdosRenyi(n, spec.degree(), rng, pool);
            case WATTS_STROGATZ -> wattsStrogatz(n, spec.degree(), spec.rewire(), rng, pool);
            case BARABASI_ALBERT -> barabasiAlbert(n, spec.degree(), rng, pool);
            case SBM -> stochasticBlock(n, spec.degree(), spec.homophily(), group, groups, rng, pool);
            case FILE -> fromFile(Path.of(spec.file()), n, idIndex);
        };
    }

    static Network complete(int n) {
        int[] off = new int[n + 1];
        int[] tg = new int[Math.multiplyExact(n, Math.max(0, n - 1))];
        int w = 0;
        for (int i = 0; i < n; i++) {
            off[i] = w;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    tg[w++] = j;
                }
            }
        }
        off[n] = w;
        return new Network(n, off, tg, null, false);
    }

    /** G(n, p) with p = degree / (n - 1), by geometric skipping over the pairs i < j. */
    static Network erdosRenyi(int n, double degree, MersenneTwisterFast rng, ChunkPool pool) {
        double p = n > 1 ? Math.min(1.0, degree / (n - 1)) : 0;
        EdgeBuffer edges = new EdgeBuffer(n, (long) (n * degree / 2));
        if (p > 0) {
            skipPairs(edges, rng, p, 0, n, -1, -1);
        }
        return edges.toUndirected(pool);
    }

    /**
     * Adds each pair with probability p among rows [rowFrom, rowTo) of a block, by geometric
     * skipping. {@code colFrom<0}: pairs i<j within the index range; otherwise the rectangle
     * rows x [colFrom, colTo). Indices are positions in {@code map} when given.
     */
    private static void skipPairs(
            EdgeBuffer edges, MersenneTwisterFast rng, double p, int from, int to, int colFrom, int colTo) {
        skipPairs(edges, rng, p, null, from, to, null, colFrom, colTo);
    }

    private static void skipPairs(
            EdgeBuffer edges,
            MersenneTwisterFast rng,
            double p,
            int[] rows,
            int rFrom,
            int rTo,
            int[] cols,
            int cFrom,
            int cTo) {
        if (p <= 0) {
            return;
        }
        boolean triangle = cFrom < 0;
        double logq = StrictMath.log1p(-Math.min(p, 1 - 1e-16));
        if (p >= 1) {
            logq = Double.NEGATIVE_INFINITY;
        }
        int rowsN = rTo - rFrom;
        int colsN = triangle ? rowsN : cTo - cFrom;
        // walk the pairs in row-major order: (r, c) with c < r for triangles
        long r = triangle ? 1 : 0;
        long c = -1;
        while (r < rowsN) {
            long skip = p >= 1 ? 0 : (long) Math.floor(StrictMath.log(1.0 - rng.nextDouble()) / logq);
            c += 1 + skip;
            long width = triangle ? r : colsN;
            while (c >= width && r < rowsN) {
                c -= width;
                r++;
                width = triangle ? r : colsN;
            }
            if (r < rowsN) {
                int ri = rFrom + (int) r;
                int ci = (triangle ? rFrom : cFrom) + (int) c;
                int u = rows == null ? ri : rows[ri];
                int v = triangle ? (rows == null ? ci : rows[ci]) : (cols == null ? ci : cols[ci]);
                edges.add(u, v);
            }
        }
    }

    /** Ring lattice of k nearest neighbours (k/2 each side), each edge rewired with probability beta. */
    static Network wattsStrogatz(int n, double degree, double beta, MersenneTwisterFast rng, ChunkPool pool) {
        int half = (int) Math.max(1, Math.round(degree / 2));
        if (n < 3) {
            return erdosRenyi(n, degree, rng, pool);
        }
        half = Math.min(half, (n - 1) / 2);
        EdgeBuffer edges = new EdgeBuffer(n, (long) n * half);
        for (int i = 0; i < n; i++) {
            for (int k = 1; k <= half; k++) {
                int j = (i + k) % n;
                if (rng.nextDouble() < beta) {
                    int t;
                    do {
                        t = rng.nextInt(n);
                    } while (t == i);
                    j = t;
                }
                edges.add(i, j);
            }
        }
        return edges.toUndirected(pool);
    }

    /** Preferential attachment with m = degree/2 links per newcomer (Barabasi and Albert 1999). */
    static Network barabasiAlbert(int n, double degree, MersenneTwisterFast rng, ChunkPool pool) {
        int m = (int) Math.max(1, Math.round(degree / 2));
        if (n <= m) {
            return complete(n);
        }
        EdgeBuffer edges = new EdgeBuffer(n, (long) n * m);
        int[] repeated = new int[2 * m * n + m];
        int rep = 0;
        // seed: a star of m+1 nodes (node m linked to 0..m-1), as in common implementations
        for (int j = 0; j < m; j++) {
            edges.add(m, j);
            repeated[rep++] = m;
            repeated[rep++] = j;
        }
        int[] chosen = new int[m];
        for (int i = m + 1; i < n; i++) {
            int c = 0;
            while (c < m) {
                int t = repeated[rng.nextInt(rep)];
                boolean dup = false;
                for (int k = 0; k < c; k++) {
                    if (chosen[k] == t) {
                        dup = true;
                        break;
                    }
                }
                if (!dup) {
                    chosen[c++] = t;
                }
            }
            for (int k = 0; k < m; k++) {
                edges.add(i, chosen[k]);
                repeated[rep++] = i;
                repeated[rep++] = chosen[k];
            }
        }
        return edges.toUndirected(pool);
    }

    /**
     * Stochastic block model: within group g each pair is linked with p_g = k h / (n_g - 1), so a
     * member expects k h links inside; between groups one probability
     * p_out = k (1 - h) N / sum_g n_g (N - n_g) gives the population a mean out-group degree of
     * k (1 - h). Mean degree is k and the population-wide share of in-group links is h.
     */
    static Network stochasticBlock(
            int n, double degree, double homophily, int[] group, int groups, MersenneTwisterFast rng, ChunkPool pool) {
        int[][] members = Groups.members(group, groups);
        EdgeBuffer edges = new EdgeBuffer(n, (long) (n * degree / 2));
        double denom = 0;
        for (int[] m : members) {
            denom += (double) m.length * (n - m.length);
        }
        double pOut = denom > 0 ? Math.min(1, degree * (1 - homophily) * n / denom) : 0;
        for (int g = 0; g < groups; g++) {
            int ng = members[g].length;
            double pIn = ng > 1 ? Math.min(1, degree * (denom > 0 ? homophily : 1) / (ng - 1)) : 0;
            skipPairs(edges, rng, pIn, members[g], 0, ng, null, -1, -1);
            for (int h = g + 1; h < groups; h++) {
                skipPairs(edges, rng, pOut, members[g], 0, ng, members[h], 0, members[h].length);
            }
        }
        return edges.toUndirected(pool);
    }

    /**
     * A directed, weighted edge list: {@code source,target[,weight]}; the source listens to the
     * target. Ids are person ids from the population file, or indices 0..N-1.
     */
    static Network fromFile(Path file, int n, Map<String, Integer> idIndex) {
        String src = file.toString();
        int[] from = new int[1024];
        int[] to = new int[1024];
        float[] wt = new float[1024];
        int count = 0;
        boolean weighted = false;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            int lineNo = 1;
            if (line == null) {
                throw new BadInput(src + ":1: empty file; expected a header source,target[,weight]");
            }
            String[] header = CsvCells.trimmed(src, 1, line);
            if (header.length < 2
                    || header.length > 3
                    || !header[0].equals("source")
                    || !header[1].equals("target")
                    || (header.length == 3 && !header[2].equals("weight"))) {
                throw new BadInput(
                        src + ":1: expected the header source,target or source,target,weight, found '" + line + "'");
            }
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = CsvCells.row(src, lineNo, line, header.length);
                if (count == from.length) {
                    from = Arrays.copyOf(from, count * 2);
                    to = Arrays.copyOf(to, count * 2);
                    wt = Arrays.copyOf(wt, count * 2);
                }
                from[count] = person(src, lineNo, "source", cells[0].trim(), n, idIndex);
                to[count] = person(src, lineNo, "target", cells[1].trim(), n, idIndex);
                float w = 1f;
                if (header.length == 3) {
                    try {
                        w = Float.parseFloat(cells[2].trim());
                    } catch (NumberFormatException e) {
                        throw new BadInput(src + ":" + lineNo + ": column 'weight': expected a number, found '"
                                + cells[2].trim() + "'");
                    }
                    if (!(w > 0) || Float.isInfinite(w)) {
                        throw new BadInput(src + ":" + lineNo + ": column 'weight': weights must be positive"
                                + " and finite, found " + cells[2].trim());
                    }
                    weighted |= w != 1f;
                }
                wt[count] = w;
                count++;
            }
        } catch (NoSuchFileException e) {
            throw new BadInput(src + ": file not found");
        } catch (IOException e) {
            throw new BadInput(src + ": cannot read (" + IoProblems.why(e) + ")");
        }
        int[] off = new int[n + 1];
        for (int e = 0; e < count; e++) {
            off[from[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            off[i + 1] += off[i];
        }
        int[] fill = Arrays.copyOf(off, n);
        int[] tg = new int[count];
        float[] ws = weighted ? new float[count] : null;
        for (int e = 0; e < count; e++) {
            int pos = fill[from[e]]++;
            tg[pos] = to[e];
            if (ws != null) {
                ws[pos] = wt[e];
            }
        }
        return new Network(n, off, tg, ws, true);
    }

    /** Reads and checks an edge-list file (bad rows are a {@link ScenarioException}). */
    public static void checkFile(Path file, int n, Map<String, Integer> idIndex) {
        fromFile(file, n, idIndex);
    }

    private static int person(String src, int line, String column, String id, int n, Map<String, Integer> idIndex) {
        if (idIndex != null) {
            Integer i = idIndex.get(id);
            if (i == null) {
                throw new BadInput(
                        src + ":" + line + ": column '" + column + "': no person '" + id + "' in the population file");
            }
            return i;
        }
        try {
            int i = Integer.parseInt(id);
            if (i >= 0 && i < n) {
                return i;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new BadInput(src + ":" + line + ": column '" + column + "': expected a person index 0.." + (n - 1)
                + " (population has no file, so people are numbered), found '" + id + "'");
    }
}
