package org.coshape.results;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number formatting for result files: 10 significant digits from the exact binary value, so the
 * text depends only on the double (not on the JVM's shortest-representation algorithm), and an
 * empty cell for an undefined value (NaN, or a value that is not finite): no result file ever
 * holds the text NaN or Infinity.
 */
public final class Numbers {
    private static final MathContext DIGITS = new MathContext(10, RoundingMode.HALF_EVEN);

    private Numbers() {}

    public static String format(double x) {
        if (!Double.isFinite(x)) {
            return "";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        BigDecimal b = new BigDecimal(x).round(DIGITS).stripTrailingZeros();
        int exp = b.precision() - b.scale() - 1;
        return exp < -6 || exp > 15 ? b.toString() : b.toPlainString();
    }

    /**
     * {@code x} as a result file holds it ({@link #format} then {@link #parse}): charts drawn
     * from these values are the ones {@code report} redraws from the files, pixel for pixel.
     */
    public static double asWritten(double x) {
        return parse(format(x));
    }

    /** The number a result file's cell holds ({@link #format}'s text: empty for undefined, NaN). */
    public static double parse(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }

    /**
     * The number in a result table's cell, for readers that report a damaged file: a cell that
     * holds none is named by its column ({@link IllegalArgumentException}), not in the parser's
     * words.
     */
    public static double cell(String column, String cell) {
        try {
            return parse(cell);
        } catch (NumberFormatException e) {
            throw notA("a number", column, cell);
        }
    }

    /** The whole number in a result table's cell (a tick, a replicate), as {@link #cell}. */
    public static long wholeCell(String column, String cell) {
        try {
            return Long.parseLong(cell);
        } catch (NumberFormatException e) {
            throw notA("a whole number", column, cell);
        }
    }

    private static IllegalArgumentException notA(String what, String column, String cell) {
        return new IllegalArgumentException("column '" + column + "': expected " + what + ", found '" + cell + "'");
    }
}
