package org.coshape.scenario;

import java.util.List;
import java.util.Map;

/**
 * The five alignment regimes of MODEL.md as defaults for the parts of the AI update. A regime is
 * nothing but these defaults: any part written in a scenario overrides its preset value, so new
 * regimes need a scenario, not code.
 *
 * @param selection       designer selection rule
 * @param criticsShare    share of designer seats reserved for the group farthest from the mean
 * @param aggregator      how designers' values become one target
 * @param measureAll      whether the judge measures every dimension (else the first half)
 * @param targetPull      weight of the judged target in the AI update (0 = targets are not trained on)
 * @param feedback        feedback source: none, engagement or direct
 * @param listeningPolicy fixed, adaptive or personal
 * @param listening       default listening level
 */
public record RegimePreset(String selection, double criticsShare, String aggregator, boolean measureAll,
        double targetPull, String feedback, String listeningPolicy, double listening) {

    public static final List<String> NAMES = List.of("configuration", "engagement", "mutual", "pluralistic",
            "negotiated");

    private static final Map<String, RegimePreset> PRESETS = Map.of(
            "configuration", new RegimePreset("narrow", 0.0, "mean", false, 1.0, "none", "fixed", 0.1),
            "engagement", new RegimePreset("narrow", 0.0, "mean", false, 0.0, "engagement", "fixed", 0.3),
            "mutual", new RegimePreset("narrow", 0.0, "mean", false, 0.0, "direct", "adaptive", 0.3),
            "pluralistic", new RegimePreset("representative", 0.0, "mean", false, 1.0, "none", "personal", 0.3),
            "negotiated", new RegimePreset("representative", 0.5, "maxmin", true, 1.0, "none", "fixed", 0.3));

    public static RegimePreset of(String name) {
        RegimePreset p = PRESETS.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no regime " + name);
        }
        return p;
    }
}
