package io.github.clusterfolio.render.text;

import java.util.Objects;

/**
 * One thing wrong with a {@link LabelSet}: which key, what kind of problem, and a message for people.
 *
 * @param key the key the problem is about, as written in the set (or, for a missing one, expected)
 * @param kind what is wrong
 * @param message the message, such as {@code unknown label 'contens'}
 */
public record LabelProblem(String key, Kind kind, String message) {

    /** What can be wrong with a label. */
    public enum Kind {
        /** No label has this key (or a plural form the language does not have). */
        UNKNOWN_KEY,
        /** A language without a bundled catalogue lacks this key. */
        MISSING_KEY,
        /** The text's placeholders differ from the label's. */
        PLACEHOLDERS,
        /** The text is empty. */
        BLANK
    }

    /** Checks that nothing is null. */
    public LabelProblem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
