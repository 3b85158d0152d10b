package org.coshape.scenario;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Annotates a resolved scenario, as {@link ScenarioPrinter#yaml(Scenario)} prints it, from the
 * {@link Parameter} table: each value set away from its default says so and names the default,
 * and each value with a unit names it. What {@code validate} prints.
 */
public final class AnnotatedYaml {
    private static final Pattern KEY = Pattern.compile("^( *)(- )?([A-Za-z_][A-Za-z0-9_]*):( (.*))?$");

    private AnnotatedYaml() {}

    public static String of(Scenario s) {
        return annotate(ScenarioPrinter.yaml(s));
    }

    static String annotate(String yaml) {
        StringBuilder out = new StringBuilder();
        Deque<String[]> stack = new ArrayDeque<>(); // {indent, segment}
        for (String line : yaml.split("\n", -1)) {
            Matcher m = KEY.matcher(line);
            if (!m.matches()) {
                out.append(line).append('\n');
                continue;
            }
            int indent = m.group(1).length() + (m.group(2) != null ? 2 : 0);
            while (!stack.isEmpty() && Integer.parseInt(stack.peek()[0]) >= indent) {
                stack.pop();
            }
            if (m.group(2) != null && !stack.isEmpty() && !stack.peek()[1].endsWith("[]")) {
                stack.peek()[1] += "[]";
            }
            StringBuilder path = new StringBuilder();
            stack.descendingIterator().forEachRemaining(e -> path.append(e[1]).append('.'));
            path.append(m.group(3));
            stack.push(new String[] {Integer.toString(indent), m.group(3)});
            Parameter p = Parameter.at(path.toString());
            String value = m.group(5);
            String note = p == null || value == null || value.isEmpty() || value.equals("|") ? "" : note(p, value);
            out.append(line).append(note.isEmpty() ? "" : "  # " + note).append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private static String note(Parameter p, String value) {
        String unit = p.unit();
        if (p.defaultYaml() == null
                || !p.note().isEmpty()
                || p.kind() == Parameter.Kind.MAPPING
                || sameValue(p.defaultYaml(), value)) {
            return unit;
        }
        return (unit.isEmpty() ? "" : unit + "; ") + "default " + p.defaultYaml();
    }

    private static boolean sameValue(String def, String value) {
        if (def.equals(value) || ("\"" + value + "\"").equals(def) || ("\"\"".equals(def) && value.equals("''"))) {
            return true;
        }
        try {
            return YamlNumbers.toDouble(def) == YamlNumbers.toDouble(value);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
