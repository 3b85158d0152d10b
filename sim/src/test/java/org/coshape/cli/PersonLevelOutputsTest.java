package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Person-level data: people.csv names each person's assistant, output.compress gzips it,
 * output.network writes the network, and a sweep keeps the people of chosen runs, each the same
 * table a replay of that run writes.
 */
class PersonLevelOutputsTest {
    @TempDir
    Path tmp;

    @Test
    void compressedPeopleNameTheirAssistantAndTheNetworkIsItsEdges() throws Exception {
        Path f = BadInputTest.small(
                tmp, "p", "network: {type: complete}\n" + "output: {people: final, compress: true, network: true}\n");
        Path out = tmp.resolve("out");
        BadInputTest.Outcome o =
                BadInputTest.cli("run", f.toString(), "--set", "ai.count=3", "--out", out.toString(), "--quiet");
        assertEquals(0, o.code(), o.err());
        assertFalse(Files.exists(out.resolve("people.csv")), "compressed only");
        List<String> people = gunzip(out.resolve("people.csv.gz"));
        assertTrue(people.get(0).endsWith(",trust,assistant"), people.get(0));
        assertEquals(51, people.size(), "header and 50 people");
        Set<String> used = new HashSet<>();
        for (String row : people.subList(1, people.size())) {
            used.add(row.substring(row.lastIndexOf(',') + 1));
        }
        assertTrue(Set.of("0", "1", "2").containsAll(used) && used.size() > 1, "assistants 0-2: " + used);

        List<String> edges = gunzip(out.resolve("network.csv.gz"));
        assertEquals("run_id,person,neighbour,weight", edges.get(0));
        Set<String> pairs = new HashSet<>();
        for (String row : edges.subList(1, edges.size())) {
            String[] c = row.split(",");
            assertEquals("p0000-r000", c[0]);
            assertTrue(pairs.add(c[1] + "-" + c[2]), "no multi-edge: " + row);
            assertFalse(c[1].equals(c[2]), "no self-loop");
        }
        assertEquals(50 * 49, pairs.size(), "a complete network of 50 has 50 x 49 directed edges");
        for (String p : pairs) {
            String[] ij = p.split("-");
            assertTrue(pairs.contains(ij[1] + "-" + ij[0]), "undirected: both directions of " + p);
        }
    }

    @Test
    void withoutAssistantsTheAssistantCellIsEmpty() throws Exception {
        Path f = BadInputTest.small(tmp, "n", "output: {people: final}\n");
        Path out = tmp.resolve("n-out");
        BadInputTest.Outcome o =
                BadInputTest.cli("run", f.toString(), "--set", "ai.count=0", "--out", out.toString(), "--quiet");
        assertEquals(0, o.code(), o.err());
        List<String> people = Files.readAllLines(out.resolve("people.csv"));
        assertTrue(people.get(1).endsWith(","), people.get(1));
    }

    @Test
    void aSweepKeepsTheChosenRunsPeopleAsTheirReplayWritesThem() throws Exception {
        Path f = BadInputTest.small(tmp, "s", BadInputTest.TWO_POINTS + "replications: 2\n");
        Path out = tmp.resolve("s-out");
        BadInputTest.Outcome o = BadInputTest.cli(
                "sweep", f.toString(), "--out", out.toString(), "--people-of", "p0001-r000", "--quiet");
        assertEquals(0, o.code(), o.err());
        Path kept = out.resolve("people").resolve("p0001-r000.csv");
        assertTrue(Files.exists(kept));
        try (var files = Files.list(out.resolve("people"))) {
            assertEquals(1, files.count(), "only the chosen run");
        }
        Path replay = tmp.resolve("replay");
        BadInputTest.Outcome r = BadInputTest.cli(
                "replay", out.toString(), "p0001-r000", "--people", "final", "--out", replay.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(replay.resolve("people.csv")), Files.readString(kept));

        BadInputTest.Outcome bad = BadInputTest.cli(
                "sweep", f.toString(), "--out", tmp.resolve("bad").toString(), "--people-of", "p0009-r000");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--people-of: no run 'p0009-r000'"), bad.err());
        assertFalse(Files.exists(tmp.resolve("bad")), "nothing written for bad input");
    }

    private static List<String> gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
