package org.coshape.scenario;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Numbers in the forms YAML writes them and the parser tags as numbers: digits with
 * underscores between them ({@code 1_000}), {@code 0x}, {@code 0o} and {@code 0b} integers,
 * {@code .inf} and {@code .nan} in their three spellings. Java's own parsers reject all of
 * these, so every place that reads a number's text goes through here.
 */
final class YamlNumbers {
    private static final Pattern INFINITY = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
    private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");
    private static final Pattern RADIX = Pattern.compile("([-+]?)0([xob])([0-9a-fA-F]+)");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    private YamlNumbers() {}

    /**
     * The whole number a YAML integer stands for.
     *
     * @throws NumberFormatException when the text is not an integer in any YAML form
     * @throws ArithmeticException when it is one but does not fit in a long
     */
    static long toLong(String text) {
        return exact(text.replace("_", "")).longValueExact();
    }

    /**
     * The number a YAML integer or float stands for (infinite or NaN for {@code .inf} and
     * {@code .nan}; integers beyond a long as the nearest double).
     *
     * @throws NumberFormatException when the text is no number in any YAML form
     */
    static double toDouble(String text) {
        String t = text.replace("_", "");
        if (INFINITY.matcher(t).matches()) {
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (NAN.matcher(t).matches()) {
            return Double.NaN;
        }
        if (RADIX.matcher(t).matches()) {
            return exact(t).doubleValue();
        }
        if (!DECIMAL.matcher(t).matches()) {
            throw new NumberFormatException(text); // Java would read "1f", "Infinity", "NaN", "0x1p3"
        }
        return Double.parseDouble(t);
    }

    private static BigInteger exact(String t) {
        var m = RADIX.matcher(t);
        if (m.matches()) {
            int radix = switch (m.group(2)) {
                case "x" -> 16;
                case "o" -> 8;
                default -> 2;
            };
            BigInteger x = new BigInteger(m.group(3), radix);
            return m.group(1).equals("-") ? x.negate() : x;
        }
        return new BigInteger(t.startsWith("+") ? t.substring(1) : t);
    }
}
