package org.coshape.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structural edits on scenario trees: inheritance ({@code extends}) as a deep merge and
 * overrides addressed by dotted path ({@code ai.listening}, {@code population.groups[1].share}).
 * Sweeps and policy comparisons reuse the same path edits, so every scenario key is sweepable.
 */
public final class TreeOps {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)((?:\\[\\d+\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

    private TreeOps() {
    }

    /** Deep merge: mappings merge key by key, anything else in {@code child} replaces {@code base}. */
    public static YamlNode merge(YamlNode base, YamlNode child) {
        if (base instanceof YamlNode.MapNode b && child instanceof YamlNode.MapNode c) {
            Map<String, YamlNode> e = new LinkedHashMap<>(b.entries());
            Map<String, SourcePosition> k = new LinkedHashMap<>(b.keyPositions());
            for (Map.Entry<String, YamlNode> en : c.entries().entrySet()) {
                YamlNode prev = e.get(en.getKey());
                e.put(en.getKey(), prev == null ? en.getValue() : merge(prev, en.getValue()));
                k.put(en.getKey(), c.keyPosition(en.getKey()));
            }
            return new YamlNode.MapNode(c.position(), e, k);
        }
        return child;
    }

    /** One step of a dotted path: a key, then zero or more list indices. */
    public record Step(String key, List<Integer> indices) {
    }

    /** Splits {@code a.b[2].c}; a malformed path is a {@link ScenarioException} naming it. */
    public static List<Step> parsePath(String path, SourcePosition where) {
        if (path == null || path.isBlank()) {
            throw ScenarioException.at(where, path, "empty key path");
        }
        List<Step> steps = new ArrayList<>();
        for (String seg : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(seg);
            if (!m.matches()) {
                throw ScenarioException.at(where, path, "malformed key path (segment '" + seg
                        + "'; expected names joined by dots, list elements as name[index])");
            }
            List<Integer> idx = new ArrayList<>();
            Matcher im = INDEX.matcher(m.group(2));
            while (im.find()) {
                try {
                    idx.add(Integer.parseInt(im.group(1)));
                } catch (NumberFormatException e) {
                    throw ScenarioException.at(where, path, "index [" + im.group(1) + "] is too large");
                }
            }
            steps.add(new Step(m.group(1), idx));
        }
        return steps;
    }

    /**
     * Returns a copy of {@code root} with the value at {@code path} replaced by {@code value}.
     * Missing mappings on the way are created; list indices must exist. Whether the key is
     * known is checked later by the binder, which then names the override as the source.
     */
    public static YamlNode set(YamlNode root, String path, YamlNode value, SourcePosition where) {
        List<Step> steps = parsePath(path, where);
        return setSteps(root, steps, 0, value, where, path);
    }

    private static YamlNode setSteps(YamlNode node, List<Step> steps, int i, YamlNode value, SourcePosition where,
            String path) {
        if (i == steps.size()) {
            return value;
        }
        Step step = steps.get(i);
        YamlNode.MapNode map;
        if (node == null || (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL)) {
            map = new YamlNode.MapNode(where, Map.of(), Map.of());
        } else if (node instanceof YamlNode.MapNode m) {
            map = m;
        } else {
            throw ScenarioException.at(where, path, "cannot set '" + step.key() + "' inside " + node.kind());
        }
        YamlNode child = map.get(step.key());
        YamlNode updated;
        if (step.indices().isEmpty()) {
            updated = setSteps(child, steps, i + 1, value, where, path);
        } else {
            updated = setIndexed(child, step, 0, steps, i, value, where, path);
        }
        return map.with(step.key(), updated, map.get(step.key()) == null ? where : map.keyPosition(step.key()));
    }

    private static YamlNode setIndexed(YamlNode node, Step step, int k, List<Step> steps, int i, YamlNode value,
            SourcePosition where, String path) {
        if (k == step.indices().size()) {
            return setSteps(node, steps, i + 1, value, where, path);
        }
        if (!(node instanceof YamlNode.ListNode list)) {
            throw ScenarioException.at(where, path, "'" + step.key() + "' is not a list here, so it has no index ["
                    + step.indices().get(k) + "]" + (node == null ? " (the key is not set)" : ""));
        }
        int idx = step.indices().get(k);
        if (idx >= list.items().size()) {
            throw ScenarioException.at(where, path, "index [" + idx + "] is out of range: '" + step.key() + "' has "
                    + list.items().size() + " element(s)");
        }
        return list.with(idx, setIndexed(list.items().get(idx), step, k + 1, steps, i, value, where, path));
    }

    /** Reads the node at {@code path}, or {@code null} when it is absent. */
    public static YamlNode get(YamlNode root, String path) {
        YamlNode node = root;
        for (Step step : parsePath(path, SourcePosition.DEFAULT)) {
            if (!(node instanceof YamlNode.MapNode m)) {
                return null;
            }
            node = m.get(step.key());
            for (int idx : step.indices()) {
                if (!(node instanceof YamlNode.ListNode l) || idx >= l.items().size()) {
                    return null;
                }
                node = l.items().get(idx);
            }
        }
        return node;
    }
}
