package org.coshape.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a resolved scenario back out in the scenario-file format (snake_case keys), so that
 * {@code validate} shows every default and the manifest records exactly what ran. The output is
 * itself a valid scenario file.
 */
public final class ScenarioPrinter {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ScenarioPrinter() {}

    /** The scenario as plain maps in file order: what {@code validate} prints. */
    public static Map<String, Object> plain(Scenario s) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = JSON.convertValue(s, LinkedHashMap.class);
        Map<String, Object> stop = new LinkedHashMap<>();
        if (s.stop().steady()) {
            Map<String, Object> steady = new LinkedHashMap<>();
            steady.put("tolerance", s.stop().tolerance());
            steady.put("window", s.stop().window());
            stop.put("steady", steady);
        }
        if (s.stop().absorbed()) {
            stop.put("absorbed", true);
        }
        m.put("stop", stop);
        Map<String, Object> sweep = new LinkedHashMap<>();
        sweep.put("design", s.sweep().design());
        sweep.put("samples", s.sweep().samples());
        sweep.put("second_order", s.sweep().secondOrder());
        sweep.put("levels", s.sweep().levels());
        Map<String, Object> params = parameters(s.sweep().parameters());
        sweep.put("parameters", params);
        m.put("sweep", sweep);
        Map<String, Object> compare = new LinkedHashMap<>();
        for (PolicySpec p : s.compare()) {
            Map<String, Object> o = new LinkedHashMap<>();
            p.overrides().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e ->
                            o.put(e.getKey(), YamlText.plain(YamlText.read(e.getValue(), SourcePosition.DEFAULT))));
            compare.put(p.name(), o);
        }
        m.put("compare", compare);
        Map<String, Object> uncertainties = new LinkedHashMap<>();
        uncertainties.put("samples", s.uncertainties().samples());
        uncertainties.put("parameters", parameters(s.uncertainties().parameters()));
        m.put("uncertainties", uncertainties);
        return m;
    }

    private static Map<String, Object> parameters(List<SweepParameter> list) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (SweepParameter p : list) {
            if (p.isRange()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("min", p.min());
                r.put("max", p.max());
                if (p.steps() != null) {
                    r.put("steps", p.steps());
                }
                params.put(p.path(), r);
            } else {
                params.put(
                        p.path(),
                        p.values().stream()
                                .map(v -> YamlText.plain(YamlText.read(v, SourcePosition.DEFAULT)))
                                .toList());
            }
        }
        return params;
    }

    public static String yaml(Scenario s) {
        return yaml(plain(s));
    }

    /**
     * A resolved scenario kept as plain maps (e.g. the {@code scenario} of a manifest) as the same
     * YAML text {@link #yaml(Scenario)} gives, which binds back to the scenario that ran.
     */
    public static String yaml(Object plain) {
        try {
            return YAML.writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Flattens the resolved scenario to dotted paths (list elements as [i]) for lookups by path. */
    public static Map<String, Object> flat(Scenario s) {
        Map<String, Object> out = new LinkedHashMap<>();
        flatten("", plain(s), out);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object v, Map<String, Object> out) {
        if (v instanceof Map<?, ?> m) {
            for (var e : ((Map<String, Object>) m).entrySet()) {
                flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
            }
        } else if (v instanceof List<?> l && !l.isEmpty() && (l.get(0) instanceof Map)) {
            for (int i = 0; i < l.size(); i++) {
                flatten(prefix + "[" + i + "]", l.get(i), out);
            }
        } else {
            out.put(prefix, v);
        }
    }
}
