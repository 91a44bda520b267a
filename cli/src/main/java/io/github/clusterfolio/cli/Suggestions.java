package io.github.clusterfolio.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "did you mean …?" for a mistyped option or command. */
final class Suggestions {
    private Suggestions() {}

    /** {@code " (did you mean --format?)"}, or nothing when no known word is close to {@code typed}. */
    static String didYouMean(String typed, Collection<String> known) {
        List<String> nearest = nearest(typed, known);
        return nearest.isEmpty() ? "" : " (did you mean " + String.join(" or ", nearest) + "?)";
    }

    /** The known words closest to {@code typed}, at most a third of its letters away; the best first. */
    static List<String> nearest(String typed, Collection<String> known) {
        int limit = Math.max(1, typed.length() / 3);
        List<String> close = known.stream()
                .filter(word -> distance(typed, word) <= limit)
                .sorted(Comparator.comparingInt((String word) -> distance(typed, word)).thenComparing(word -> word))
                .toList();
        if (close.isEmpty()) {
            return close;
        }
        int best = distance(typed, close.getFirst());
        return close.stream().filter(word -> distance(typed, word) == best).limit(3).toList();
    }

    /** Edits between two words: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
