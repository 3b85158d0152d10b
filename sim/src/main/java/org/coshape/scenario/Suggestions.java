package org.coshape.scenario;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The closest known word to a mistyped one, for messages about keys, choices and metric names. */
public final class Suggestions {
    private Suggestions() {}

    /**
     * " (did you mean 'x'?)" for the candidate closest to {@code word} (Levenshtein distance, case
     * ignored) when it is close enough to be a typo, else "".
     */
    public static String didYouMean(String word, List<String> candidates) {
        LevenshteinDistance lev = LevenshteinDistance.getDefaultInstance();
        String w = word.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .min(Comparator.comparingInt((String c) -> lev.apply(w, c.toLowerCase(Locale.ROOT))))
                .filter(c -> lev.apply(w, c.toLowerCase(Locale.ROOT)) <= Math.max(2, word.length() / 3))
                .map(c -> " (did you mean '" + c + "'?)")
                .orElse("");
    }
}
