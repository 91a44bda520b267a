package io.github.clusterfolio.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A longer text — a summary or a description — in one or more languages: the text as written, and what it
 * means in each language as a {@link RichText}. A {@code clusterfolio/1} file's texts are plain
 * ({@link #plain(LocalizedText)}); a {@code clusterfolio/1.1} file's are a small Markdown subset, which the
 * loader parses ({@link #of(LocalizedText, Function)}).
 *
 * @param source the text as written, per language; it decides which language a reader gets (fallbacks included)
 * @param meaning each distinct written text, mapped to what it means
 */
public record Prose(LocalizedText source, Map<String, RichText> meaning) {
    /** Checks that every written text has exactly one meaning, and copies the map. */
    public Prose {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(meaning, "meaning");
        meaning = Map.copyOf(meaning);
        for (String written : written(source)) {
            if (!meaning.containsKey(written)) {
                throw new IllegalArgumentException("a written text has no meaning: " + excerpt(written));
            }
        }
        if (meaning.size() != written(source).length) {
            throw new IllegalArgumentException("a meaning is given for a text that is not written");
        }
    }

    /** A text written without markup: each language's text read by {@link RichText#plain(String)}. */
    public static Prose plain(LocalizedText source) {
        return of(source, RichText::plain);
    }

    /** A text whose meaning in each language is {@code read} applied to what is written. */
    public static Prose of(LocalizedText source, Function<String, RichText> read) {
        Map<String, RichText> meaning = new HashMap<>();
        for (String written : written(source)) {
            meaning.computeIfAbsent(written, read);
        }
        return new Prose(source, meaning);
    }

    /** The text in {@code language} (with the fallback {@link LocalizedText#resolve} describes) and its meaning. */
    public Resolved resolve(String language, String fallbackLanguage) {
        LocalizedText.Resolved written = source.resolve(language, fallbackLanguage);
        return new Resolved(meaning.get(written.text()), written);
    }

    private static String[] written(LocalizedText source) {
        return source.everyLanguage().map(text -> new String[] {text})
                .orElseGet(() -> source.byLanguage().values().stream().distinct().toArray(String[]::new));
    }

    private static String excerpt(String text) {
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
    }

    /**
     * A text picked for a language.
     *
     * @param text what it means
     * @param written the text as written, with the language it is written in and whether it is a fallback
     */
    public record Resolved(RichText text, LocalizedText.Resolved written) {
        /** Checks that no component is null. */
        public Resolved {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(written, "written");
        }

        /** The language the text is written in. */
        public String language() {
            return written.language();
        }
    }
}
