package org.coshape.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the {@link Parameter} table as the documents generated from it: the scenario reference
 * ({@code scenarios/reference.yaml}, every key with its default and meaning, a file that binds to
 * the default scenario) and the parameter table of the model description (Markdown). Nothing
 * here knows a default; it only lays the table out.
 */
public final class ParameterDocs {
    /** The column where the reference's comments start. */
    static final int COMMENT_COLUMN = 32;

    static final int WIDTH = 110;

    private ParameterDocs() {}

    /** The scenario reference: every key coshape understands, at its default. */
    public static String referenceYaml() {
        StringBuilder out = new StringBuilder();
        out.append("# The scenario file contract: every key coshape understands, at its default, with its meaning,\n")
                .append("# unit and allowed range. Generated from org.coshape.scenario.Parameter")
                .append(" (`coshape parameters\n")
                .append("# --reference`); the sources of the defaults are in sim/ODD.md (parameter table). One tick\n")
                .append("# is one day. Vectors in [] have one element per value dimension unless said otherwise.\n")
                .append("# This file binds to the same scenario as one that sets only the name, except for the\n")
                .append("# examples under sweep, compare and uncertainties (their default is empty).\n\n");
        List<String> open = new ArrayList<>();
        String section = "";
        for (Parameter p : Parameter.values()) {
            if (p.path().contains("[]") || p == Parameter.STOP_TOLERANCE || p == Parameter.STOP_WINDOW) {
                continue; // written inside population.groups, or with stop.steady
            }
            String here = p.path().contains(".") ? p.section() : "";
            if (!section.equals(here)) {
                out.append('\n');
            }
            section = here;
            List<String> segments = List.of(p.path().split("\\."));
            List<String> parents = segments.subList(0, segments.size() - 1);
            int common = 0;
            while (common < open.size()
                    && common < parents.size()
                    && open.get(common).equals(parents.get(common))) {
                common++;
            }
            open = new ArrayList<>(open.subList(0, common));
            for (int i = common; i < parents.size(); i++) {
                line(out, indent(i) + parents.get(i) + ":", "");
                open.add(parents.get(i));
            }
            String indent = indent(parents.size());
            if (p == Parameter.POPULATION_GROUPS) {
                groups(out, indent, p);
            } else if (p == Parameter.STOP_STEADY) {
                line(out, indent + "# steady:", comment(p));
                for (Parameter q : List.of(Parameter.STOP_TOLERANCE, Parameter.STOP_WINDOW)) {
                    line(out, indent + "#   " + q.key() + ": " + q.defaultYaml(), comment(q));
                }
            } else if (p.kind() == Parameter.Kind.MAPPING) {
                mapping(out, indent, p);
            } else {
                line(out, indent + p.key() + ": " + p.referenceYaml(), comment(p));
            }
        }
        return out.toString();
    }

    private static void groups(StringBuilder out, String indent, Parameter p) {
        line(out, indent + p.key() + ":", comment(p));
        YamlNode.ListNode groups = (YamlNode.ListNode) YamlText.read(p.defaultYaml(), SourcePosition.DEFAULT);
        for (int g = 0; g < groups.items().size(); g++) {
            YamlNode.MapNode written = (YamlNode.MapNode) groups.items().get(g);
            String dash = indent + "  - ";
            for (Parameter q : Parameter.values()) {
                if (!q.path().startsWith(p.path() + "[].")) {
                    continue;
                }
                YamlNode v = written.get(q.key());
                String value = v != null ? flow(v) : q.defaultYaml();
                line(out, dash + q.key() + ": " + value, g == 0 ? comment(q) : "");
                dash = indent + "    ";
            }
        }
    }

    private static void mapping(StringBuilder out, String indent, Parameter p) {
        YamlNode v = YamlText.read(p.referenceYaml(), SourcePosition.DEFAULT);
        String note = p.hasExample() ? "; an example (default: none)" : "";
        if (!(v instanceof YamlNode.MapNode m) || m.entries().isEmpty()) {
            line(out, indent + p.key() + ": " + p.referenceYaml(), comment(p) + note);
            return;
        }
        line(out, indent + p.key() + ":", comment(p) + note);
        for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
            line(out, indent + "  " + e.getKey() + ": " + flow(e.getValue()), "");
        }
    }

    /** One line, with its comment from {@link #COMMENT_COLUMN} and wrapped to {@link #WIDTH}. */
    private static void line(StringBuilder out, String text, String comment) {
        if (comment.isEmpty()) {
            out.append(text).append('\n');
            return;
        }
        List<String> lines = wrap(comment, WIDTH - COMMENT_COLUMN - 4);
        if (text.length() < COMMENT_COLUMN) {
            out.append(text).append(" ".repeat(COMMENT_COLUMN - text.length()));
        } else {
            out.append(text).append('\n').append(" ".repeat(COMMENT_COLUMN));
        }
        out.append("# ").append(lines.get(0)).append('\n');
        for (String more : lines.subList(1, lines.size())) {
            out.append(" ".repeat(COMMENT_COLUMN)).append("#   ").append(more).append('\n');
        }
    }

    static String comment(Parameter p) {
        StringBuilder c = new StringBuilder(p.meaning());
        if (!p.unit().isEmpty()) {
            c.append("; ").append(p.unit());
        }
        if (p.isRanged() && p.kind() != Parameter.Kind.TRAIT) {
            c.append(" in ").append(range(p));
        }
        if (p.kind() == Parameter.Kind.TRAIT) {
            c.append(" (a trait: a number, or {dist: uniform|beta|normal|constant, ...}, clipped to [0, 1])");
        }
        if (!p.note().isEmpty()) {
            c.append(" (default: ").append(p.note()).append(')');
        }
        return c.toString();
    }

    static String range(Parameter p) {
        return "[" + number(p.min()) + ", " + number(p.max()) + "]";
    }

    private static String number(double x) {
        if (x == Integer.MAX_VALUE) {
            return "2^31-1";
        }
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    private static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        out.add(line.toString());
        return out;
    }

    private static String indent(int level) {
        return "  ".repeat(level);
    }

    /** A value in YAML flow style, as a person writes it: {@code [a, b]}, {@code {k: v}}. */
    static String flow(YamlNode v) {
        if (v instanceof YamlNode.Scalar s) {
            return YamlText.write(s);
        }
        if (v instanceof YamlNode.ListNode l) {
            return "["
                    + String.join(
                            ", ", l.items().stream().map(ParameterDocs::flow).toList()) + "]";
        }
        YamlNode.MapNode m = (YamlNode.MapNode) v;
        List<String> entries = new ArrayList<>();
        for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
            entries.add(e.getKey() + ": " + flow(e.getValue()));
        }
        return "{" + String.join(", ", entries) + "}";
    }

    /** The parameter table of the model description, one row per key. */
    public static String markdownTable() {
        StringBuilder out = new StringBuilder();
        out.append("| key | default | range | unit | meaning | source of the default |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Parameter p : Parameter.values()) {
            String def = p.defaultYaml() == null
                    ? "required"
                    : p.kind() == Parameter.Kind.GROUPS
                            ? p.note()
                            : p.kind() == Parameter.Kind.MAPPING ? "none" : "`" + p.defaultYaml() + "`";
            if (!p.note().isEmpty() && p.kind() != Parameter.Kind.GROUPS) {
                def += " (" + p.note() + ")";
            }
            String range = p.isRanged() ? range(p) : p.choices().isEmpty() ? "" : String.join(", ", p.choices());
            out.append("| `")
                    .append(p.path())
                    .append("` | ")
                    .append(cell(def))
                    .append(" | ")
                    .append(cell(range))
                    .append(" | ")
                    .append(cell(p.unit()))
                    .append(" | ")
                    .append(cell(p.meaning()))
                    .append(" | ")
                    .append(cell(p.source()))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ");
    }
}
