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

    private TreeOps() {}

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
    public record Step(String key, List<Integer> indices) {}

    /** Splits {@code a.b[2].c}; a malformed path is a {@link ScenarioException} naming it. */
    public static List<Step> parsePath(String path, SourcePosition where) {
        if (path == null || path.isBlank()) {
            throw ScenarioException.at(where, path, "empty key path");
        }
        List<Step> steps = new ArrayList<>();
        for (String seg : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(seg);
            if (!m.matches()) {
                throw ScenarioException.at(
                        where,
                        path,
                        "malformed key path (segment '" + seg
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

    private static YamlNode setSteps(
            YamlNode node, List<Step> steps, int i, YamlNode value, SourcePosition where, String path) {
        if (i == steps.size()) {
            return value;
        }
        YamlNode.MapNode map;
        if (node == null || (node instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.NULL)) {
            map = new YamlNode.MapNode(where, Map.of(), Map.of());
        } else if (node instanceof YamlNode.MapNode m) {
            map = m;
        } else {
            throw ScenarioException.at(
                    where, path, "cannot set '" + steps.get(i).key() + "' inside " + node.kind());
        }
        KeyMatch match = matchKey(map, steps, i);
        Step step = new Step(match.key(), match.indices());
        YamlNode child = map.get(step.key());
        YamlNode updated;
        if (step.indices().isEmpty()) {
            updated = setSteps(child, steps, match.last() + 1, value, where, path);
        } else {
            updated = setIndexed(child, step, 0, steps, match.last() + 1, value, where, path);
        }
        return map.with(step.key(), updated, map.get(step.key()) == null ? where : map.keyPosition(step.key()));
    }

    /** A key a path's steps name, the last step it takes, and the list indices after it. */
    private record KeyMatch(String key, int last, List<Integer> indices) {}

    /**
     * The key of {@code map} that the steps from {@code i} name: the longest key holding dots
     * that several steps spell out (a sweep's {@code ai.listening} or
     * {@code population.groups[1].feedback}, a policy's {@code ai.guardrail}), else step i's own
     * key. So {@code sweep.parameters.ai.listening.min} reaches the range the file sweeps, where
     * splitting at every dot made a new {@code ai} mapping beside it.
     */
    private static KeyMatch matchKey(YamlNode.MapNode map, List<Step> steps, int i) {
        KeyMatch match = new KeyMatch(steps.get(i).key(), i, steps.get(i).indices());
        StringBuilder prefix = new StringBuilder(spelled(steps.get(i)));
        for (int j = i + 1; j < steps.size(); j++) {
            Step step = steps.get(j);
            String bare = prefix + "." + step.key();
            String whole = prefix + "." + spelled(step);
            if (map.get(whole) != null) {
                match = new KeyMatch(whole, j, List.of());
            } else if (map.get(bare) != null) {
                match = new KeyMatch(bare, j, step.indices());
            }
            prefix.append('.').append(spelled(step));
        }
        return match;
    }

    /** A step as written in a path: its key, then its indices in brackets. */
    private static String spelled(Step step) {
        StringBuilder s = new StringBuilder(step.key());
        for (int idx : step.indices()) {
            s.append('[').append(idx).append(']');
        }
        return s.toString();
    }

    private static YamlNode setIndexed(
            YamlNode node,
            Step step,
            int k,
            List<Step> steps,
            int next,
            YamlNode value,
            SourcePosition where,
            String path) {
        if (k == step.indices().size()) {
            return setSteps(node, steps, next, value, where, path);
        }
        if (!(node instanceof YamlNode.ListNode list)) {
            throw ScenarioException.at(
                    where,
                    path,
                    "'" + step.key() + "' is not a list here, so it has no index ["
                            + step.indices().get(k) + "]" + (node == null ? " (the key is not set)" : ""));
        }
        int idx = step.indices().get(k);
        if (idx >= list.items().size()) {
            throw ScenarioException.at(
                    where,
                    path,
                    "index [" + idx + "] is out of range: '" + step.key() + "' has "
                            + list.items().size() + " element(s)");
        }
        return list.with(idx, setIndexed(list.items().get(idx), step, k + 1, steps, next, value, where, path));
    }

    /** Reads the node at {@code path}, or {@code null} when it is absent (dotted keys as {@link #set}). */
    public static YamlNode get(YamlNode root, String path) {
        YamlNode node = root;
        List<Step> steps = parsePath(path, SourcePosition.DEFAULT);
        int i = 0;
        while (i < steps.size()) {
            if (!(node instanceof YamlNode.MapNode m)) {
                return null;
            }
            KeyMatch match = matchKey(m, steps, i);
            node = m.get(match.key());
            i = match.last() + 1;
            for (int idx : match.indices()) {
                if (!(node instanceof YamlNode.ListNode l) || idx >= l.items().size()) {
                    return null;
                }
                node = l.items().get(idx);
            }
        }
        return node;
    }
}
