package org.coshape.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every spelling of a number that YAML allows reads as that number; nothing else reads as one. */
class YamlNumbersTest {

    @ParameterizedTest
    @CsvSource({
        "12, 12",
        "+12, 12",
        "-12, -12",
        "1_000, 1000",
        "0x1F, 31",
        "-0x1f, -31",
        "0o17, 15",
        "0b101, 5",
        "9223372036854775807, 9223372036854775807",
        "-9223372036854775808, -9223372036854775808"
    })
    void integers(String text, long value) {
        assertEquals(value, YamlNumbers.toLong(text));
        assertEquals((double) value, YamlNumbers.toDouble(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "0x8000000000000000", "-9_223_372_036_854_775_809"})
    void integersBeyondALongAreTooLarge(String text) {
        assertThrows(ArithmeticException.class, () -> YamlNumbers.toLong(text));
    }

    @ParameterizedTest
    @CsvSource({
        "1.5, 1.5",
        "-.5, -0.5",
        "1., 1.0",
        "1e3, 1000",
        "1_0.2_5, 10.25",
        "6.02e+23, 6.02e23",
        ".inf, Infinity",
        "+.Inf, Infinity",
        "-.INF, -Infinity",
        "99999999999999999999, 1e20"
    })
    void reals(String text, double value) {
        assertEquals(value, YamlNumbers.toDouble(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {".nan", ".NaN", ".NAN"})
    void notANumber(String text) {
        assertEquals(Double.NaN, YamlNumbers.toDouble(text));
    }

    /** Java's parsers accept these; YAML does not write numbers so. */
    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "1f", "2d", "0x1p3", "", "1:30", ".nan.", "inf"})
    void javaOnlySpellingsAreNotNumbers(String text) {
        assertThrows(NumberFormatException.class, () -> YamlNumbers.toDouble(text));
    }
}
