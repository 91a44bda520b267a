package io.github.clusterfolio.model.internal;

import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Finds the known word a mistyped one was probably meant to be; shared with the loader (a qualified export). */
public final class Suggestions {
    private static final int MAX_COMPARED_LENGTH = 64;

    private Suggestions() {}

    /**
     * The candidate closest to {@code word}, or {@code null} when none is close enough: equal but for
     * case, or (for words of three letters or more) within one edit per three letters, at least one, counting a swap of neighbours as one edit.
     */
    public static @Nullable String nearest(String word, Collection<String> candidates) {
        if (word.isEmpty() || word.length() > MAX_COMPARED_LENGTH) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (candidate.equalsIgnoreCase(word)) {
                return candidate;
            }
            if (word.length() < 3) {
                continue;
            }
            int allowed = Math.max(1, Math.min(word.length(), candidate.length()) / 3);
            if (Math.abs(candidate.length() - word.length()) > allowed) {
                continue;
            }
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    public static int distance(String a, String b) {
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[b.length()];
    }
}
