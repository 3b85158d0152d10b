package org.coshape.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Typed, position-aware reads from one mapping of a scenario. Every key read is remembered, so
 * {@link #finish()} can reject the keys nobody asked for (typos) with a suggestion: the binder
 * itself is the schema, and there is no second list of known keys to drift out of date.
 */
final class MapView {
    private final YamlNode.MapNode node;
    private final String path;
    private final SourcePosition fallback;
    /** The path the parameter table knows these keys by (an assistant's entry reads the keys of {@code ai}). */
    private final String schema;

    private final Set<String> used = new HashSet<>();

    MapView(YamlNode node, String path, SourcePosition fallback) {
        this(node, path, fallback, path);
    }

    /** A mapping at {@code path} whose keys are those the table documents under {@code schema}. */
    MapView(YamlNode node, String path, SourcePosition fallback, String schema) {
        if (node != null
                && !(node instanceof YamlNode.MapNode)
                && !(node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL)) {
            throw ScenarioException.at(node.position(), path, "expected a mapping of keys, found " + node.kind());
        }
        this.node = node instanceof YamlNode.MapNode m ? m : null;
        this.path = path;
        this.fallback = node != null ? node.position() : fallback;
        this.schema = schema;
    }

    String path() {
        return path;
    }

    String keyPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private String schemaPath(String key) {
        return schema.isEmpty() ? key : schema + "." + key;
    }

    SourcePosition position() {
        return fallback;
    }

    boolean has(String key) {
        used.add(key);
        if (node == null) {
            return false;
        }
        YamlNode v = node.get(key);
        return v != null && !(v instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL);
    }

    YamlNode raw(String key) {
        used.add(key);
        return node == null ? null : node.get(key);
    }

    SourcePosition where(String key) {
        YamlNode v = raw(key);
        return v != null ? v.position() : fallback;
    }

    MapView child(String key) {
        YamlNode v = raw(key);
        if (v instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL) {
            v = null;
        }
        return new MapView(v, keyPath(key), v != null ? v.position() : fallback, schemaPath(key));
    }

    List<String> keys() {
        return node == null ? List.of() : new ArrayList<>(node.entries().keySet());
    }

    ScenarioException error(String key, String problem) {
        return ScenarioException.at(where(key), keyPath(key), problem);
    }

    /**
     * The key a table entry names here; the binder may read an entry only where its path says,
     * so a key bound in one place and documented in another is a programming error.
     */
    String key(Parameter p) {
        String here = schemaPath(p.key()).replaceAll("\\[\\d+]", "[]");
        if (!here.equals(p.path())) {
            throw new IllegalStateException("the binder reads " + here + " with the entry for " + p.path());
        }
        return p.key();
    }

    double number(Parameter p) {
        return number(p, p.number());
    }

    /** A number whose default depends on other keys (a regime preset, a group count). */
    double number(Parameter p, double def) {
        return number(key(p), def, p.min(), p.max());
    }

    int integer(Parameter p) {
        return integer(key(p), (int) p.number(), (int) p.min(), (int) Math.min(Integer.MAX_VALUE, p.max()));
    }

    boolean bool(Parameter p) {
        return bool(key(p), Boolean.parseBoolean(p.defaultYaml()));
    }

    String string(Parameter p, String def) {
        return string(key(p), def);
    }

    <E extends Enum<E> & Named> E choice(Parameter p, Class<E> type) {
        return choice(p, Named.byKey(type, p.defaultYaml()), type);
    }

    /** A choice whose default depends on other keys (a regime preset). */
    <E extends Enum<E> & Named> E choice(Parameter p, E def, Class<E> type) {
        return Named.byKey(type, choice(key(p), def.key(), p.choices()));
    }

    List<Double> vector(Parameter p, List<Double> def, int length, boolean broadcast, String lengthMeaning) {
        return vector(key(p), def, length, p.min(), p.max(), broadcast, lengthMeaning);
    }

    List<String> strings(Parameter p, List<String> def) {
        return strings(key(p), def);
    }

    double number(String key, double def, double min, double max) {
        YamlNode v = raw(key);
        if (v == null || isNull(v)) {
            return def;
        }
        return checkRange(key, v, toDouble(v, keyPath(key)), min, max);
    }

    int integer(String key, int def, int min, int max) {
        YamlNode v = raw(key);
        if (v == null || isNull(v)) {
            return def;
        }
        long l = toLong(v, keyPath(key));
        if (l < min || l > max) {
            throw ScenarioException.at(
                    v.position(), keyPath(key), "value " + l + " is out of range [" + min + ", " + max + "]");
        }
        return (int) l;
    }

    long longValue(String key, long def) {
        YamlNode v = raw(key);
        if (v == null || isNull(v)) {
            return def;
        }
        return toLong(v, keyPath(key));
    }

    boolean bool(String key, boolean def) {
        YamlNode v = raw(key);
        if (v == null || isNull(v)) {
            return def;
        }
        if (v instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN) {
            return Boolean.parseBoolean(s.text());
        }
        throw ScenarioException.at(v.position(), keyPath(key), "expected true or false, found " + v.kind());
    }

    String string(String key, String def) {
        YamlNode v = raw(key);
        if (v == null || isNull(v)) {
            return def;
        }
        if (v instanceof YamlNode.Scalar s) {
            return s.text();
        }
        throw ScenarioException.at(v.position(), keyPath(key), "expected text, found " + v.kind());
    }

    /** One of an enum's contract names, as its constant. */
    <E extends Enum<E> & Named> E choice(String key, E def, Class<E> type) {
        return Named.byKey(type, choice(key, def.key(), Named.keys(type)));
    }

    String choice(String key, String def, List<String> choices) {
        String s = string(key, def);
        if (!choices.contains(s)) {
            throw ScenarioException.at(
                    where(key),
                    keyPath(key),
                    "unknown value '" + s + "'" + suggest(s, choices) + "; expected one of "
                            + String.join(", ", choices));
        }
        return s;
    }

    /** A list of numbers; a single number is accepted and repeated to {@code length} when {@code broadcast}. */
    List<Double> vector(
            String key, List<Double> def, int length, double min, double max, boolean broadcast, String lengthMeaning) {
        YamlNode v = raw(key);
        if (v == null || isNull(v)) {
            if (def != null && length >= 0 && def.size() != length) {
                throw ScenarioException.at(
                        fallback,
                        keyPath(key),
                        "the default has " + def.size() + " element(s) but " + lengthMeaning + " is " + length
                                + "; write " + keyPath(key) + " explicitly");
            }
            return def;
        }
        List<Double> out = new ArrayList<>();
        if (v instanceof YamlNode.Scalar && broadcast) {
            double x = checkRange(key, v, toDouble(v, keyPath(key)), min, max);
            for (int i = 0; i < length; i++) {
                out.add(x);
            }
            return out;
        }
        if (!(v instanceof YamlNode.ListNode list)) {
            throw ScenarioException.at(
                    v.position(),
                    keyPath(key),
                    "expected a list of numbers" + (broadcast ? " or one number" : "") + ", found " + v.kind());
        }
        if (length >= 0 && list.items().size() != length) {
            throw ScenarioException.at(
                    v.position(),
                    keyPath(key),
                    "expected " + length + " element(s) (" + lengthMeaning + "), found "
                            + list.items().size());
        }
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode item = list.items().get(i);
            String p = keyPath(key) + "[" + i + "]";
            double x = toDouble(item, p);
            if (!(x >= min && x <= max)) {
                throw ScenarioException.at(
                        item.position(), p, "value " + x + " is out of range [" + min + ", " + max + "]");
            }
            out.add(x);
        }
        return out;
    }

    List<String> strings(String key, List<String> def) {
        YamlNode v = raw(key);
        if (v == null || isNull(v)) {
            return def;
        }
        if (!(v instanceof YamlNode.ListNode list)) {
            throw ScenarioException.at(v.position(), keyPath(key), "expected a list of names, found " + v.kind());
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode item = list.items().get(i);
            if (!(item instanceof YamlNode.Scalar s) || s.type() == YamlNode.ScalarType.NULL) {
                throw ScenarioException.at(
                        item.position(), keyPath(key) + "[" + i + "]", "expected a name, found " + item.kind());
            }
            out.add(s.text());
        }
        return out;
    }

    /** Rejects keys that were never read, suggesting the closest known key. */
    void finish() {
        if (node == null) {
            return;
        }
        for (String k : node.entries().keySet()) {
            if (!used.contains(k)) {
                throw ScenarioException.at(
                        node.keyPosition(k),
                        keyPath(k),
                        "unknown key" + suggest(k, new ArrayList<>(used)) + "; known keys here: "
                                + String.join(", ", used.stream().sorted().toList()));
            }
        }
    }

    static String suggest(String word, List<String> candidates) {
        return Suggestions.didYouMean(word, candidates);
    }

    static boolean isNull(YamlNode v) {
        return v instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL;
    }

    private double checkRange(String key, YamlNode v, double x, double min, double max) {
        if (!(x >= min && x <= max)) {
            throw ScenarioException.at(
                    v.position(), keyPath(key), "value " + x + " is out of range [" + min + ", " + max + "]");
        }
        return x;
    }

    static double toDouble(YamlNode v, String keyPath) {
        if (v instanceof YamlNode.Scalar s
                && (s.type() == YamlNode.ScalarType.INTEGER || s.type() == YamlNode.ScalarType.FLOAT)) {
            double x;
            try {
                x = YamlNumbers.toDouble(s.text());
            } catch (NumberFormatException e) {
                throw ScenarioException.at(v.position(), keyPath, "expected a number, found '" + s.text() + "'");
            }
            if (!Double.isFinite(x)) {
                throw ScenarioException.at(v.position(), keyPath, "expected a finite number, found " + s.text());
            }
            return x;
        }
        throw ScenarioException.at(v.position(), keyPath, "expected a number, found " + v.kind());
    }

    static long toLong(YamlNode v, String keyPath) {
        if (v instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.INTEGER) {
            try {
                return YamlNumbers.toLong(s.text());
            } catch (ArithmeticException e) {
                throw ScenarioException.at(v.position(), keyPath, "integer " + s.text() + " is too large");
            } catch (NumberFormatException e) {
                throw ScenarioException.at(v.position(), keyPath, "expected a whole number, found '" + s.text() + "'");
            }
        }
        if (v instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.FLOAT) {
            double d = toDouble(v, keyPath);
            if (d == Math.rint(d) && Math.abs(d) < 9e15) {
                return (long) d;
            }
        }
        throw ScenarioException.at(v.position(), keyPath, "expected a whole number, found " + v.kind());
    }
}
