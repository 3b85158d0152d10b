package org.coshape.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between tree nodes and the short inline text used by overrides ({@code --set},
 * sweep values, policy overrides), so that every way of changing a key goes through one parser.
 */
public final class YamlText {
    private static final ObjectMapper JSON = new ObjectMapper();

    private YamlText() {}

    /** Inline text for a node: scalars as written, collections as JSON (which YAML reads back). */
    /** The most characters of a value a message repeats. */
    static final int BRIEF = 60;

    /** A value as a message repeats it: whole when short, else its start and its length. */
    public static String brief(String value) {
        return value.length() <= BRIEF ? value : value.substring(0, BRIEF) + "... (" + value.length() + " characters)";
    }

    public static String write(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return s.type() == YamlNode.ScalarType.STRING && needsQuotes(s.text()) ? quote(s.text()) : s.text();
        }
        try {
            return JSON.writeValueAsString(plain(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses override text as a YAML value; an empty text means an empty string. */
    public static YamlNode read(String text, SourcePosition where) {
        YamlNode n;
        try {
            n = YamlReader.readText(text, where.source());
        } catch (ScenarioException e) {
            throw new ScenarioException(where + ": cannot read value '" + text + "': " + e.getMessage());
        }
        if (n == null) {
            return new YamlNode.Scalar(where, "", YamlNode.ScalarType.STRING);
        }
        return relocate(n, where);
    }

    private static YamlNode relocate(YamlNode n, SourcePosition where) {
        if (n instanceof YamlNode.Scalar s) {
            return new YamlNode.Scalar(where, s.text(), s.type());
        }
        if (n instanceof YamlNode.ListNode l) {
            List<YamlNode> items = new ArrayList<>();
            for (YamlNode i : l.items()) {
                items.add(relocate(i, where));
            }
            return new YamlNode.ListNode(where, items);
        }
        YamlNode.MapNode m = (YamlNode.MapNode) n;
        Map<String, YamlNode> e = new LinkedHashMap<>();
        Map<String, SourcePosition> k = new LinkedHashMap<>();
        for (var en : m.entries().entrySet()) {
            e.put(en.getKey(), relocate(en.getValue(), where));
            k.put(en.getKey(), where);
        }
        return new YamlNode.MapNode(where, e, k);
    }

    /** Plain Java objects (maps, lists, numbers, strings) for serialisation. */
    public static Object plain(YamlNode node) {
        if (node instanceof YamlNode.MapNode m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entries().forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        if (node instanceof YamlNode.ListNode l) {
            List<Object> out = new ArrayList<>();
            l.items().forEach(i -> out.add(plain(i)));
            return out;
        }
        YamlNode.Scalar s = (YamlNode.Scalar) node;
        return switch (s.type()) {
            case NULL -> null;
            case BOOLEAN -> Boolean.parseBoolean(s.text());
            case INTEGER -> integerOrText(s.text());
            case FLOAT -> realOrText(s.text());
            case STRING -> s.text();
        };
    }

    /**
     * A YAML integer's value, or its text when it has none a long can hold (the binder has
     * rejected it where it matters).
     */
    private static Object integerOrText(String text) {
        try {
            return YamlNumbers.toLong(text);
        } catch (ArithmeticException | NumberFormatException e) {
            return text;
        }
    }

    /** A YAML float's value, or its text when it is none. */
    private static Object realOrText(String text) {
        try {
            return YamlNumbers.toDouble(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static boolean needsQuotes(String s) {
        if (s.isEmpty()) {
            return true;
        }
        YamlNode back;
        try {
            back = YamlReader.readText(s, "");
        } catch (ScenarioException e) {
            return true;
        }
        return !(back instanceof YamlNode.Scalar b
                && b.type() == YamlNode.ScalarType.STRING
                && b.text().equals(s));
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
