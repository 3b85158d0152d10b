package org.coshape.scenario;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A choice in the scenario vocabulary (a social rule, a feedback source, ...): an enum constant
 * whose contract name, the word a scenario file writes, is its Java name in lower case. The
 * name appears once, as the constant; the binder, the printer, the GUI and the model all go
 * through the enum.
 */
public interface Named {
    /** The constant's Java name (every enum has it). */
    String name();

    /** The contract name, e.g. {@code friedkin_johnsen}. */
    @JsonValue
    default String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The contract names of an enum's constants, in declaration order. */
    static <E extends Enum<E> & Named> List<String> keys(Class<E> type) {
        List<String> out = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            out.add(e.key());
        }
        return out;
    }

    /** The contract names as a message lists them: "a, b or c". */
    static <E extends Enum<E> & Named> String choices(Class<E> type) {
        List<String> k = keys(type);
        return k.size() == 1 ? k.get(0) : String.join(", ", k.subList(0, k.size() - 1)) + " or " + k.get(k.size() - 1);
    }

    /** The constant with contract name {@code key}, or null when there is none. */
    static <E extends Enum<E> & Named> E byKey(Class<E> type, String key) {
        for (E e : type.getEnumConstants()) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        return null;
    }
}
