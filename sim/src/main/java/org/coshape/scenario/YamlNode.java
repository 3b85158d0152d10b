package org.coshape.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed scenario document that remembers where every value was written. Jackson's record
 * binding loses positions (and reports wrong lines for unknown keys), so scenarios are read into
 * this small tree first and bound by hand with exact positions.
 */
public sealed interface YamlNode permits YamlNode.MapNode, YamlNode.ListNode, YamlNode.Scalar {

    SourcePosition position();

    /** A human word for the node's kind, used in "expected a number, found a list". */
    String kind();

    /** A YAML mapping; keys keep their written order. */
    record MapNode(SourcePosition position, Map<String, YamlNode> entries, Map<String, SourcePosition> keyPositions)
            implements YamlNode {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keyPositions = Collections.unmodifiableMap(new LinkedHashMap<>(keyPositions));
        }

        public YamlNode get(String key) {
            return entries.get(key);
        }

        public SourcePosition keyPosition(String key) {
            SourcePosition p = keyPositions.get(key);
            return p != null ? p : position;
        }

        /** A copy with {@code key} set to {@code value} (added at the end when new). */
        public MapNode with(String key, YamlNode value, SourcePosition keyPos) {
            Map<String, YamlNode> e = new LinkedHashMap<>(entries);
            Map<String, SourcePosition> k = new LinkedHashMap<>(keyPositions);
            e.put(key, value);
            k.put(key, keyPos);
            return new MapNode(position, e, k);
        }

        public MapNode without(String key) {
            Map<String, YamlNode> e = new LinkedHashMap<>(entries);
            Map<String, SourcePosition> k = new LinkedHashMap<>(keyPositions);
            e.remove(key);
            k.remove(key);
            return new MapNode(position, e, k);
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** A YAML sequence. */
    record ListNode(SourcePosition position, List<YamlNode> items) implements YamlNode {
        public ListNode {
            items = List.copyOf(items);
        }

        public ListNode with(int index, YamlNode value) {
            List<YamlNode> copy = new ArrayList<>(items);
            copy.set(index, value);
            return new ListNode(position, copy);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** A scalar: its text and what YAML made of it. */
    record Scalar(SourcePosition position, String text, ScalarType type) implements YamlNode {
        @Override
        public String kind() {
            return switch (type) {
                case NULL -> "null";
                case BOOLEAN -> "a boolean";
                case INTEGER, FLOAT -> "a number";
                case STRING -> "text '" + text + "'";
            };
        }
    }

    /** The YAML 1.1 core types the parser distinguishes. */
    enum ScalarType {
        NULL,
        BOOLEAN,
        INTEGER,
        FLOAT,
        STRING
    }
}
