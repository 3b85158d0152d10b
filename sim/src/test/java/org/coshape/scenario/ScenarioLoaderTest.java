package org.coshape.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading, defaults, inheritance, overrides, and the exact position of every error. */
class ScenarioLoaderTest {
    @TempDir
    Path dir;

    Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    ScenarioException error(String text) throws Exception {
        Path p = write("bad.yaml", text);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(p));
    }

    @Test
    void everyKeyHasTheReferenceDefault() throws Exception {
        Scenario s = ScenarioLoader.load(write("min.yaml", "name: minimal\n"));
        assertEquals(1, s.seed());
        assertEquals(500, s.ticks());
        assertEquals(
                List.of("caution", "pushback", "privacy", "autonomy"),
                s.values().dimensions());
        assertEquals(10000, s.population().size());
        assertEquals(List.of("majority", "minority"), s.groupNames());
        assertEquals(0.7, s.population().groups().get(0).share());
        assertEquals("sbm", s.network().type().key());
        assertEquals("friedkin_johnsen", s.social().rule().key());
        assertEquals(4, s.ai().count());
        assertEquals("mutual", s.ai().defaults().regime().key());
        assertEquals("direct", s.ai().defaults().feedback().key());
        assertEquals("adaptive", s.ai().defaults().listeningPolicy().key());
        assertEquals(List.of(0.25, 0.25, 0.25, 0.25), s.ai().assignment());
        assertEquals(List.of("caution", "pushback"), s.ai().defaults().judge().measuredDimensions());
        assertEquals(100, s.generations().length());
        assertEquals(10, s.metrics().every());
        assertEquals(List.of("png", "svg", "pdf"), s.output().charts());
    }

    @Test
    void theReferenceFileLoads() {
        Scenario s = ScenarioLoader.load(Path.of("../scenarios/reference.yaml"));
        assertEquals("reference", s.name());
        assertEquals(List.of(0.25, 0.25, 0.25, 0.25), s.ai().assignment());
        assertEquals(2, s.sweep().parameters().size());
        assertEquals(3, s.compare().size());
        assertEquals(4, s.uncertainties().parameters().size());
    }

    @Test
    void presetsFillOnlyThePartsTheFileLeavesOut() throws Exception {
        Scenario c = ScenarioLoader.load(write("c.yaml", "name: c\nai: {regime: configuration}\n"));
        assertEquals("none", c.ai().defaults().feedback().key());
        assertEquals("fixed", c.ai().defaults().listeningPolicy().key());
        assertEquals(1.0, c.ai().defaults().targetPull());
        Scenario n = ScenarioLoader.load(write("n.yaml", "name: n\nai: {regime: negotiated, feedback: direct}\n"));
        assertEquals("maxmin", n.ai().defaults().aggregator().key());
        assertEquals("representative", n.ai().defaults().designers().selection().key());
        assertEquals(
                4,
                n.ai().defaults().judge().measuredDimensions().size(),
                "negotiated: the judge measures every dimension");
        assertEquals("direct", n.ai().defaults().feedback().key(), "a written part wins over the preset");
    }

    /**
     * A policy written with nested mappings overrides the same keys as one written with dotted
     * paths: {@code ai: {listening: 0.9}} used to replace the whole ai block, so its regime, count
     * and gain fell back to their defaults under that policy alone.
     */
    @Test
    void aNestedPolicyOverridesTheSameKeysAsADottedOne() throws Exception {
        Scenario s = ScenarioLoader.load(write("p.yaml", """
                name: p
                ai: {count: 2, gain: 1.5}
                compare:
                  dotted:
                    ai.listening: 0.9
                    population.groups[0].usage: {dist: uniform, min: 0.1, max: 0.9}
                  nested:
                    ai: {listening: 0.9}
                    population.groups[0]:
                      usage: {dist: uniform, min: 0.1, max: 0.9}
                """));
        assertEquals(s.compare().get(0).overrides(), s.compare().get(1).overrides());
        assertEquals(
                List.of("ai.listening", "population.groups[0].usage"),
                List.copyOf(s.compare().get(1).overrides().keySet()),
                "a trait distribution stays one value");
        ScenarioException e =
                error("name: p\ncompare:\n  a: {}\n  b:\n    ai: {count: 2}\n    output: {charts: [png]}\n");
        assertTrue(
                e.getMessage().contains("bad.yaml:6:22: compare.b.output.charts: cannot vary per policy"),
                e.getMessage());
    }

    /**
     * A swept range gives whole numbers exactly when its key holds them; it used to go by how the
     * bounds were written, so a share written {@code {min: 0, max: 1}} was swept over 0 and 1 only.
     */
    @Test
    void aRangeGivesWholeNumbersExactlyForKeysThatHoldThem() throws Exception {
        Scenario s = ScenarioLoader.load(write("w.yaml", """
                name: w
                sweep:
                  parameters:
                    ai.listening: {min: 0, max: 1}
                    ai.count: {min: 1, max: 4}
                    population.size: {min: 100, max: 200.0}
                    network.degree: {min: 4, max: 12}
                    ticks: {min: 10.0, max: 20.0}
                    population.groups[1].share: {min: 0, max: 1}
                """));
        assertEquals(
                List.of(false, true, true, false, true, false),
                s.sweep().parameters().stream().map(SweepParameter::integer).toList());
    }

    @Test
    void extendsMergesMappingsAndOverridesApplyLast() throws Exception {
        write("base.yaml", "name: base\nticks: 50\nai: {count: 2, listening: 0.4}\nsocial: {rule: degroot}\n");
        Path child = write("child.yaml", "extends: base.yaml\nname: child\nai: {gain: 2}\n");
        Scenario s = ScenarioLoader.load(
                child,
                List.of(
                        ScenarioLoader.SetValue.parse("ai.listening=0.9"),
                        ScenarioLoader.SetValue.parse("population.groups[1].share=0.4"),
                        ScenarioLoader.SetValue.parse("population.groups[0].share=0.6")));
        assertEquals("child", s.name());
        assertEquals(50, s.ticks());
        assertEquals(List.of(2.0, 2.0), s.ai().gain());
        assertEquals(List.of(0.9, 0.9), s.ai().listening());
        assertEquals("degroot", s.social().rule().key());
        assertEquals(0.4, s.population().groups().get(1).share());
    }

    @Test
    void resolvedScenarioPrintsAsAFileThatLoadsToTheSameScenario() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("../scenarios/reference.yaml"));
        Path again = write("again.yaml", ScenarioPrinter.yaml(s));
        Scenario t = ScenarioLoader.load(again);
        assertEquals(ScenarioPrinter.yaml(s), ScenarioPrinter.yaml(t));
    }

    @Test
    void unknownKeyNamesLineColumnPathAndSuggestion() throws Exception {
        ScenarioException e = error("name: x\nai:\n  count: 2\n  listning: 0.5\n");
        assertEquals(
                dir.resolve("bad.yaml") + ":4:3: ai.listning: unknown key (did you mean 'listening'?)",
                e.getMessage().substring(0, e.getMessage().indexOf(';')));
    }

    @Test
    void wrongTypeOutOfRangeAndVectorLengthArePositioned() throws Exception {
        assertTrue(
                error("name: x\nticks: many\n").getMessage().contains("bad.yaml:2:8: ticks: expected a whole number"));
        assertTrue(error("name: x\nai:\n  listening: 1.5\n")
                .getMessage()
                .contains(":3:14: ai.listening: value 1.5 is out of range [0.0, 1.0]"));
        assertTrue(error("name: x\npopulation:\n  groups:\n    - {name: a, mean: [0, 0]}\n")
                .getMessage()
                .contains(":4:23: population.groups[0].mean: expected 4 element(s)"));
        assertTrue(error("name: x\npopulation:\n  groups:\n    - {name: a, share: 0.5}\n    - {name: b, share: 0.4}\n")
                .getMessage()
                .contains("population.groups: group shares sum to 0.9, not 1"));
    }

    @Test
    void overridesAreCheckedLikeFileKeys() throws Exception {
        Path ok = write("ok.yaml", "name: ok\n");
        ScenarioException e = assertThrows(
                ScenarioException.class,
                () -> ScenarioLoader.load(ok, List.of(ScenarioLoader.SetValue.parse("ai.gian=2"))));
        assertTrue(
                e.getMessage().startsWith("--set ai.gian=2: ai.gian: unknown key (did you mean 'gain'?)"),
                e.getMessage());
        e = assertThrows(
                ScenarioException.class,
                () -> ScenarioLoader.load(
                        ok, List.of(ScenarioLoader.SetValue.parse("population.groups[5].share=0.1"))));
        assertTrue(e.getMessage().contains("index [5] is out of range"), e.getMessage());
    }

    /**
     * A sweep's parameters and a comparison's policies are keyed by dotted paths; an override
     * reaches them through the same dots (and brackets) instead of making a nested key beside them.
     */
    @Test
    void overridesReachKeysThatHoldDots() throws Exception {
        Path f = write("dotted.yaml", """
                name: dotted
                population:
                  groups:
                    - {name: a, share: 0.5}
                    - {name: b, share: 0.5}
                sweep:
                  design: random
                  samples: 4
                  parameters:
                    ai.listening: [0.0, 0.3]
                    ai.gain: {min: 0.5, max: 2.0}
                    population.groups[1].feedback: {min: 0.1, max: 1.0}
                compare:
                  plural: {ai.regime: pluralistic, ai.guardrail: 0.8}
                  mutual: {ai.regime: mutual}
                """);
        Scenario s = ScenarioLoader.load(
                f,
                List.of(
                        ScenarioLoader.SetValue.parse("sweep.parameters.ai.listening[1]=0.5"),
                        ScenarioLoader.SetValue.parse("sweep.parameters.ai.gain.max=1.5"),
                        ScenarioLoader.SetValue.parse("sweep.parameters.population.groups[1].feedback.min=0.2"),
                        ScenarioLoader.SetValue.parse("compare.plural.ai.guardrail=0.7")));
        List<SweepParameter> p = s.sweep().parameters();
        assertEquals(3, p.size(), p.toString());
        assertEquals("ai.listening", p.get(0).path());
        assertEquals(List.of("0.0", "0.5"), p.get(0).values());
        assertEquals("ai.gain", p.get(1).path());
        assertEquals(0.5, p.get(1).min());
        assertEquals(1.5, p.get(1).max());
        assertEquals("population.groups[1].feedback", p.get(2).path());
        assertEquals(0.2, p.get(2).min());
        assertEquals(1.0, p.get(2).max());
        assertEquals(2, s.compare().size());
        assertEquals("0.7", s.compare().get(0).overrides().get("ai.guardrail"));
        assertEquals("pluralistic", s.compare().get(0).overrides().get("ai.regime"));
        // a key that no dotted key spells is still made as nested mappings, and checked as before
        ScenarioException e = assertThrows(
                ScenarioException.class,
                () -> ScenarioLoader.load(
                        f, List.of(ScenarioLoader.SetValue.parse("sweep.parameters.ai.persuasiveness.min=0.2"))));
        assertTrue(
                e.getMessage()
                        .startsWith("--set sweep.parameters.ai.persuasiveness.min=0.2: sweep.parameters.ai: "
                                + "a range needs both min and max; a swept key is one dotted path"),
                e.getMessage());
    }

    @Test
    void extendsCyclesAndMissingBasesAreRejected() throws Exception {
        write("a.yaml", "extends: b.yaml\nname: a\n");
        write("b.yaml", "extends: a.yaml\nname: b\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("a.yaml")));
        assertTrue(e.getMessage().contains("extends forms a cycle: a.yaml -> b.yaml -> a.yaml"), e.getMessage());
        e = error("extends: nowhere.yaml\nname: x\n");
        assertTrue(e.getMessage().contains(":1:10: extends: base scenario nowhere.yaml not found"), e.getMessage());
    }

    @Test
    void malformedAndBinaryFilesAreOneMessage() throws Exception {
        assertTrue(error("name: x\nai: {count: 2\n").getMessage().contains("malformed YAML"));
        Path bin = dir.resolve("bin.yaml");
        Files.write(bin, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0x80});
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(bin));
        assertTrue(e.getMessage().contains("not a text file"), e.getMessage());
    }
}
