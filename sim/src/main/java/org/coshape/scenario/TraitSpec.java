package org.coshape.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a person-level trait (susceptibility, anchoring, usage, stance, trust, feedback) is drawn
 * within a group: a constant, or a uniform, beta or normal distribution. Draws are clipped to
 * [0, 1], the range of every trait.
 */
public record TraitSpec(Kind kind, double p1, double p2) {

    /** The distribution family. */
    public enum Kind {
        CONSTANT,
        UNIFORM,
        BETA,
        NORMAL
    }

    public static TraitSpec constant(double v) {
        return new TraitSpec(Kind.CONSTANT, v, 0);
    }

    /** The mean of the unclipped distribution (used by documentation and sanity checks). */
    public double mean() {
        return switch (kind) {
            case CONSTANT -> p1;
            case UNIFORM -> (p1 + p2) / 2;
            case BETA -> p1 / (p1 + p2);
            case NORMAL -> p1;
        };
    }

    /** The scenario-file form: a bare number for constants, a mapping otherwise. */
    @JsonValue
    public Object yamlForm() {
        if (kind == Kind.CONSTANT) {
            return p1;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dist", kind.name().toLowerCase(Locale.ROOT));
        switch (kind) {
            case UNIFORM -> {
                m.put("min", p1);
                m.put("max", p2);
            }
            case BETA -> {
                m.put("a", p1);
                m.put("b", p2);
            }
            case NORMAL -> {
                m.put("mean", p1);
                m.put("sd", p2);
            }
            default -> {}
        }
        return m;
    }
}
