package org.coshape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bench command's JSON is a contract (docs/performance.md): its keys, and figures that agree. */
class BenchCommandTest {

    private static JsonNode bench(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CoshapeCli.execute(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(CoshapeCli.OK, code, err.toString());
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void jsonHasTheContractKeysAndTheWholeTickIsTheSumOfItsPhases() throws Exception {
        JsonNode j = bench(
                "bench",
                "--humans",
                "6000",
                "--dims",
                "4",
                "--ticks",
                "6",
                "--warmup",
                "2",
                "--threads",
                "2",
                "--json");
        for (String key : List.of("person_ticks_per_s", "setup_s", "phases", "peak_heap_bytes", "machine")) {
            assertTrue(j.has(key), "missing " + key + " in " + j);
        }
        assertEquals(6000, j.get("humans").asInt());
        assertEquals(2, j.get("threads").asInt());
        assertTrue(j.get("setup_s").asDouble() > 0);
        assertTrue(
                j.get("peak_heap_bytes").asLong()
                        > 6000L * j.get("state_bytes_per_person").asLong(),
                "the heap held at least the people's state");
        // whole = N T / sum(ns_k) and phase_k = N T / ns_k, so 1/whole = sum of 1/phase_k
        for (String phase : List.of("interaction", "ai_update", "social", "generation")) {
            JsonNode rate = j.get("phases").get(phase);
            assertTrue(rate != null && rate.asDouble() > 0, phase + ": " + rate);
        }
        double inverse = 0;
        for (JsonNode rate : j.get("phases")) {
            inverse += rate.isNull() ? 0 : 1 / rate.asDouble(); // a phase that took no measurable time
        }
        assertEquals(1 / j.get("person_ticks_per_s").asDouble(), inverse, 1e-9 * inverse);
        assertEquals(
                Runtime.getRuntime().availableProcessors(),
                j.get("machine").get("logical_cpus").asInt());
        // the flags this JVM was started with (they move the figures, e.g. huge pages), and the OS's huge page mode
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        assertEquals(options.size(), j.get("jvm_options").size());
        for (int i = 0; i < options.size(); i++) {
            assertEquals(options.get(i), j.get("jvm_options").get(i).asText());
        }
        assertTrue(j.get("machine").has("transparent_hugepages"), j.toString());
    }

    /**
     * The per-tick spread agrees with the whole-tick figure: the mean timed tick (1 / ticks_per_s)
     * lies between the fastest and the slowest, the median too, and the median-tick rate is the
     * people over the median tick.
     */
    @Test
    void tickSpreadBracketsTheMeanTick() throws Exception {
        JsonNode j = bench(
                "bench",
                "--humans",
                "3000",
                "--dims",
                "4",
                "--ticks",
                "7",
                "--warmup",
                "1",
                "--threads",
                "1",
                "--json");
        JsonNode t = j.get("tick_s");
        double min = t.get("min").asDouble();
        double median = t.get("median").asDouble();
        double max = t.get("max").asDouble();
        double mean = 1 / j.get("ticks_per_s").asDouble();
        assertTrue(min > 0 && min <= median && median <= max, t.toString());
        assertTrue(min <= mean * (1 + 1e-9) && mean <= max * (1 + 1e-9), mean + " outside " + t);
        assertEquals(3000 / median, j.get("person_ticks_per_s_median_tick").asDouble(), 1e-9 * 3000 / median);
    }

    @Test
    void setUpPartsAreTheModelStartInOrderAndLieWithinTheSetUp() throws Exception {
        JsonNode j = bench(
                "bench",
                "--humans",
                "5000",
                "--dims",
                "3",
                "--ticks",
                "2",
                "--warmup",
                "0",
                "--threads",
                "1",
                "--json");
        JsonNode parts = j.get("setup_parts_s");
        List<String> names = new ArrayList<>();
        parts.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("population", "network", "assistants", "first_record"), names);
        double sum = 0;
        for (String name : names) {
            double s = parts.get(name).asDouble();
            assertTrue(s > 0, name + " took " + s + " s");
            sum += s;
        }
        // the parts are consecutive intervals inside the timed set-up (which adds only the model's constructor)
        assertTrue(sum <= j.get("setup_s").asDouble(), sum + " > " + j.get("setup_s"));
    }

    /** --set turns a mechanism on in the benchmark's scenario, and the JSON says which. */
    @Test
    void setTurnsAMechanismOnAndIsRecorded() throws Exception {
        JsonNode j = bench(
                "bench",
                "--humans",
                "4000",
                "--dims",
                "4",
                "--ticks",
                "3",
                "--warmup",
                "1",
                "--threads",
                "1",
                "--set",
                "ai.choice.rule=logit",
                "--json");
        assertEquals("ai.choice.rule=logit", j.get("set").get(0).asText());
        assertTrue(j.get("phases").get("choice").asDouble() > 0, "the choice phase ran: " + j.get("phases"));
    }

    @Test
    void sizesGiveOneObjectPerSizeInOrder() throws Exception {
        JsonNode j = bench(
                "bench",
                "--sizes",
                "3000,5000",
                "--dims",
                "3",
                "--ticks",
                "3",
                "--warmup",
                "0",
                "--threads",
                "1",
                "--json");
        assertTrue(j.isArray());
        assertEquals(2, j.size());
        assertEquals(3000, j.get(0).get("humans").asInt());
        assertEquals(5000, j.get(1).get("humans").asInt());
        assertEquals(0, j.get(1).get("warmup_ticks").asInt());
    }

    @Test
    void chartIsWrittenForASizesRun(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("scaling.png");
        bench(
                "bench",
                "--sizes",
                "3000,5000",
                "--dims",
                "3",
                "--ticks",
                "2",
                "--warmup",
                "0",
                "--threads",
                "1",
                "--json",
                "--chart",
                png.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image != null && image.getWidth() > 100 && image.getHeight() > 100, "a PNG at " + png);
    }

    /**
     * Each size's peak heap is its own: a small size measured after a large one reports the small
     * model's peak, not the large one's (the JVM's peaks are cumulative unless reset).
     */
    @Test
    void eachSizeReportsItsOwnPeakHeap() throws Exception {
        JsonNode j = bench(
                "bench",
                "--sizes",
                "400000,3000",
                "--dims",
                "8",
                "--ticks",
                "1",
                "--warmup",
                "0",
                "--threads",
                "2",
                "--json");
        long large = j.get(0).get("peak_heap_bytes").asLong();
        long small = j.get(1).get("peak_heap_bytes").asLong();
        long largeState = 400_000L * j.get(0).get("state_bytes_per_person").asLong();
        assertTrue(
                large - small > largeState / 2,
                "peak heap " + large + " B at 400,000 people, " + small
                        + " B at 3,000: the small size must not report the large one's peak");
    }

    /** Without --warmup, the warm-up is a count of person-ticks (what the JIT waits for), at least 5 ticks. */
    @Test
    void defaultWarmUpIsACountOfPersonTicks() throws Exception {
        assertEquals(
                BenchCommand.AUTO_WARMUP_PERSON_TICKS,
                (long) Double.parseDouble(BenchCommand.AUTO_WARMUP_PERSON_TICKS_TEXT),
                "--help states the count the code uses");
        assertEquals(6_000, BenchCommand.autoWarmup(10_000));
        assertEquals(600, BenchCommand.autoWarmup(100_000));
        assertEquals(60, BenchCommand.autoWarmup(1_000_000), "past the interaction's recompilation at about tick 30");
        assertEquals(6, BenchCommand.autoWarmup(10_000_000));
        assertEquals(5, BenchCommand.autoWarmup(20_000_000));
        assertEquals(20_000, BenchCommand.autoWarmup(3_000));
        JsonNode j = bench(
                "bench",
                "--humans",
                "100000",
                "--dims",
                "1",
                "--ticks",
                "1",
                "--threads",
                "2",
                "--degree",
                "1",
                "--rule",
                "none",
                "--json");
        assertEquals(600, j.get("warmup_ticks").asInt());
        assertEquals(
                4,
                bench("bench", "--humans", "3000", "--dims", "2", "--ticks", "1", "--warmup", "4", "--json")
                        .get("warmup_ticks")
                        .asInt());
    }

    /**
     * Each bad option gets one message naming that option (not the line of the scenario text
     * bench writes for itself), and exit code 2 before any measuring.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--humans 1                        | bench: --humans: expected at least 2, got 1",
                "--humans 500000000                | bench: --humans: value 500000000 is out of range",
                "--sizes 1000,1                    | bench: --sizes: expected at least 2, got 1",
                "--sizes 1000,300000000            | bench: --sizes: value 300000000 is out of range",
                "--sizes ,                         | bench: --sizes: expected one or more sizes",
                "--dims 0                          | bench: --dims: expected at least 1, got 0",
                "--dims 40001                      | bench: --dims: expected at most 40000",
                "--ticks 0                         | bench: --ticks: expected at least 1, got 0",
                "--warmup -1                       | bench: --warmup: expected at least 0, got -1",
                "--threads 0                       | bench: --threads: expected 1 to 4096, found 0",
                "--threads 5000                    | bench: --threads: expected 1 to 4096, found 5000",
                "--degree -1                       | bench: --degree: value -1.0 is out of range",
                "--degree NaN                      | bench: --degree: expected a number",
                "--rule voter                      | bench: --rule: unknown social rule 'voter'",
                "--ticks 2147483647 --warmup 5     | bench: --warmup + --ticks: at most 2147483647",
                "--ticks 2147483647                | bench: --ticks: at most 2147483587 after the"
                        + " default 60 warm-up ticks for 1000000 people",
                "--ticks 100000000 --warmup 5      | bench: --warmup + --ticks: value 100000005 is out of range",
                "--set ai.choice.rule=sometimes    | bench: --set ai.choice.rule: unknown value 'sometimes'",
                "--set ai.chioce.rule=logit        | bench: --set ai.chioce: unknown key (did you mean 'choice'?)"
            })
    void eachBadOptionIsNamedInOneMessage(String args, String expected) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] argv = ("bench " + args.trim()).split(" +");
        int code = CoshapeCli.execute(new PrintWriter(out), new PrintWriter(err), argv);
        assertEquals(CoshapeCli.BAD_INPUT, code, err.toString());
        String message = err.toString().trim();
        assertTrue(message.startsWith("coshape: " + expected), message);
        assertEquals(1, message.lines().count(), message);
        assertEquals("", out.toString(), "nothing measured");
    }

    /** A figure from a few milliseconds of ticks says so in the text output. */
    @Test
    void aShortTimingIsFlagged() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(
                0,
                CoshapeCli.execute(
                        new PrintWriter(out),
                        new PrintWriter(err),
                        "bench",
                        "--humans",
                        "2000",
                        "--dims",
                        "2",
                        "--ticks",
                        "2",
                        "--warmup",
                        "0",
                        "--threads",
                        "1"),
                err.toString());
        assertTrue(out.toString().contains("give more --ticks for a steadier figure"), out.toString());
    }

    /**
     * A bench of many dimensions and few people runs: its first record's covariance (rank 19 in
     * 200 dimensions) is one Commons Math's eigen-decomposition does not converge on.
     */
    @Test
    void manyDimensionsAndFewPeopleRun() throws Exception {
        JsonNode j = bench(
                "bench",
                "--humans",
                "20",
                "--dims",
                "200",
                "--ticks",
                "1",
                "--warmup",
                "0",
                "--threads",
                "1",
                "--json");
        assertEquals(200, j.get("dims").asInt());
        assertTrue(j.get("person_ticks_per_s").asDouble() > 0);
    }
}
