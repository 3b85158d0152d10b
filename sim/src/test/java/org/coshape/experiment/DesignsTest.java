package org.coshape.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coshape.io.BadInput;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.SweepDesign;
import org.coshape.scenario.SweepParameter;
import org.coshape.scenario.SweepSpec;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;

/** Experimental designs produce the points their definitions promise. */
class DesignsTest {
    static SweepParameter list(String path, String... values) {
        return new SweepParameter(path, List.of(values), null, null, null, false);
    }

    static SweepParameter range(String path, double min, double max, Integer steps) {
        return new SweepParameter(path, null, min, max, steps, false);
    }

    /**
     * Too many points are refused before any is made, by arithmetic: a grid whose product
     * overflows a long had made no points at all (its loop bound came out negative), and ten
     * million sobol points did not finish validating in two minutes.
     */
    @Test
    void tooManyPointsAreRefusedBeforeAnyIsMade() {
        String[] thousand = new String[1000];
        for (int i = 0; i < thousand.length; i++) {
            thousand[i] = Integer.toString(i);
        }
        List<SweepParameter> seven = new ArrayList<>();
        for (int k = 0; k < 7; k++) {
            seven.add(list("p" + k, thousand));
        }
        BadInput e = assertThrows(BadInput.class, () -> Designs.points(new SweepSpec(SweepDesign.GRID, 1, seven), 1));
        assertTrue(
                e.getMessage().startsWith("sweep: the grid design has more than 2^63 points; at most 1000000"),
                e.getMessage());
        e = assertThrows(
                BadInput.class, () -> Designs.points(new SweepSpec(SweepDesign.GRID, 1, seven.subList(0, 3)), 1));
        assertTrue(e.getMessage().startsWith("sweep: the grid design has 1000000000 points"), e.getMessage());
        e = assertThrows(
                BadInput.class,
                () -> Designs.points(
                        new SweepSpec(
                                SweepDesign.SOBOL,
                                250_000,
                                List.of(range("a", 0, 1, null), range("b", 0, 1, null), range("c", 0, 1, null))),
                        1));
        assertTrue(e.getMessage().startsWith("sweep: the sobol design has 1250000 points"), e.getMessage());
        assertEquals(
                1_000_000,
                Designs.count(new SweepSpec(SweepDesign.GRID, 1, seven.subList(0, 2))),
                "at the cap: allowed");
    }

    @Test
    void gridIsTheCartesianProductWithTheFirstParameterSlowest() {
        List<DesignPoint> pts = Designs.points(
                new SweepSpec(SweepDesign.GRID, 1, List.of(list("a", "1", "2"), range("b", 0, 1, 3))), 1);
        assertEquals(6, pts.size());
        assertEquals(Map.of("a", "1", "b", "0.0"), pts.get(0).values());
        assertEquals(Map.of("a", "1", "b", "0.5"), pts.get(1).values());
        assertEquals(Map.of("a", "2", "b", "1.0"), pts.get(5).values());
        assertThrows(
                BadInput.class,
                () -> Designs.points(new SweepSpec(SweepDesign.GRID, 1, List.of(range("b", 0, 1, null))), 1),
                "a grid over a range needs steps");
    }

    @Test
    void latinHypercubeHasOnePointPerStratumOfEveryParameter() {
        int n = 50;
        List<DesignPoint> pts = Designs.points(
                new SweepSpec(SweepDesign.LHS, n, List.of(range("x", 0, 1, null), range("y", 10, 20, null))), 9);
        assertEquals(n, pts.size());
        Set<Integer> xs = new HashSet<>();
        Set<Integer> ys = new HashSet<>();
        for (DesignPoint p : pts) {
            xs.add((int) Math.floor(Double.parseDouble(p.values().get("x")) * n));
            ys.add((int) Math.floor((Double.parseDouble(p.values().get("y")) - 10) / 10 * n));
        }
        assertEquals(n, xs.size());
        assertEquals(n, ys.size());
        assertEquals(
                pts,
                Designs.points(
                        new SweepSpec(SweepDesign.LHS, n, List.of(range("x", 0, 1, null), range("y", 10, 20, null))),
                        9),
                "same seed, same design");
    }

    /** A Latin hypercube over lists alone draws distinct combinations, or says there are too few. */
    @Test
    void latinHypercubeOverListsDoesNotRepeatPoints() {
        List<SweepParameter> lists = List.of(list("a", "1", "2", "3", "4"), list("b", "x", "y", "z"));
        List<DesignPoint> pts = Designs.points(new SweepSpec(SweepDesign.LHS, 6, lists), 3);
        assertEquals(6, pts.size());
        assertEquals(6, new HashSet<>(pts.stream().map(DesignPoint::values).toList()).size(), pts.toString());
        assertEquals(
                12,
                Designs.points(new SweepSpec(SweepDesign.LHS, 12, lists), 3).stream()
                        .map(DesignPoint::values)
                        .distinct()
                        .count());
        BadInput e = assertThrows(BadInput.class, () -> Designs.points(new SweepSpec(SweepDesign.LHS, 13, lists), 3));
        assertTrue(e.getMessage().contains("only 12 distinct combinations"), e.getMessage());
    }

    @Test
    void saltelliDesignHasBlocksOfAAbAndB() {
        List<DesignPoint> pts = Designs.points(
                new SweepSpec(
                        SweepDesign.SOBOL,
                        8,
                        List.of(range("x", 0, 1, null), range("y", 0, 1, null), range("z", 0, 1, null))),
                1);
        assertEquals(8 * (3 + 2), pts.size());
        for (int j = 0; j < 8; j++) {
            DesignPoint a = pts.get(j * 5);
            DesignPoint b = pts.get(j * 5 + 4);
            assertEquals("A", a.role());
            assertEquals("B", b.role());
            for (int i = 0; i < 3; i++) {
                DesignPoint ab = pts.get(j * 5 + 1 + i);
                assertEquals(Integer.toString(i), ab.role());
                for (String key : List.of("x", "y", "z")) {
                    String expected = key.equals(List.of("x", "y", "z").get(i))
                            ? b.values().get(key)
                            : a.values().get(key);
                    assertEquals(expected, ab.values().get(key), "AB_" + i + " takes only column " + i + " from B");
                }
            }
        }
    }

    @Test
    void wholeNumberRangesGiveWholeNumbers() {
        List<DesignPoint> pts = Designs.points(
                new SweepSpec(
                        SweepDesign.RANDOM,
                        20,
                        List.of(new SweepParameter("population.size", null, 100.0, 200.0, null, true))),
                3);
        for (DesignPoint p : pts) {
            assertTrue(
                    p.values().get("population.size").matches("\\d+"),
                    p.values().toString());
        }
    }

    @Test
    void aSweptShareRescalesTheOtherGroupsToKeepTheSum() {
        Scenario s = TestScenarios.yaml("""
                name: shares
                population:
                  groups:
                    - {name: a, share: 0.5}
                    - {name: b, share: 0.3}
                    - {name: c, share: 0.2}
                """);
        Map<String, String> out = SweepPlan.renormalisedShares(s, Map.of("population.groups[1].share", "0.5"));
        assertEquals(0.5 * 0.5 / 0.7, Double.parseDouble(out.get("population.groups[0].share")), 1e-12);
        assertEquals(0.5 * 0.2 / 0.7, Double.parseDouble(out.get("population.groups[2].share")), 1e-12);
        assertEquals(2, out.size());
    }
}
