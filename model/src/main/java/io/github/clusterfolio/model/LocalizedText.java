package io.github.clusterfolio.model;

import io.github.clusterfolio.model.internal.Checks;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A text in one or more languages: either one text that is the same in every language (a name such as
 * "bremenports"), or a map from language tag to text.
 *
 * @param everyLanguage the text used in every language, or empty when the text is given per language
 * @param byLanguage the text per language tag, sorted by tag; empty when {@code everyLanguage} is present
 */
public record LocalizedText(Optional<String> everyLanguage, SortedMap<String, String> byLanguage) {

    /** Checks that exactly one form is given, every tag is a language tag and no text is blank. */
    public LocalizedText {
        Objects.requireNonNull(everyLanguage, "everyLanguage must not be null (use Optional.empty())");
        Objects.requireNonNull(byLanguage, "byLanguage must not be null");
        everyLanguage.ifPresent(text -> Checks.notBlank(text, "a text"));
        if (everyLanguage.isPresent() == !byLanguage.isEmpty()) {
            throw new IllegalArgumentException(
                    "a text is either the same in every language or given per language, not both and not neither");
        }
        TreeMap<String, String> copy = new TreeMap<>();
        byLanguage.forEach((language, text) -> {
            if (!Checks.isLanguageTag(language)) {
                throw new IllegalArgumentException("'" + language + "' is not a language tag such as 'de' or 'en'");
            }
            copy.put(language, Checks.notBlank(text, "the '" + language + "' text"));
        });
        byLanguage = Collections.unmodifiableSortedMap(copy);
    }

    /** A text that is the same in every language. */
    public static LocalizedText of(String text) {
        return new LocalizedText(Optional.of(text), Collections.emptySortedMap());
    }

    /** A text given per language tag; the map must not be empty. */
    public static LocalizedText of(Map<String, String> byLanguage) {
        Objects.requireNonNull(byLanguage, "byLanguage must not be null");
        if (byLanguage.isEmpty()) {
            throw new IllegalArgumentException("a text needs at least one language");
        }
        return new LocalizedText(Optional.empty(), new TreeMap<>(byLanguage));
    }

    /** Shorthand for a German and an English text, the common case of the bundled data. */
    public static LocalizedText of(String language1, String text1, String language2, String text2) {
        return of(Map.of(language1, text1, language2, text2));
    }

    /** Whether the same text stands for every language. */
    public boolean isSameInEveryLanguage() {
        return everyLanguage.isPresent();
    }

    /** The text written for {@code language}, without any fallback. */
    public Optional<String> exactly(String language) {
        return everyLanguage.isPresent() ? everyLanguage : Optional.ofNullable(byLanguage.get(language));
    }

    /**
     * The text in {@code language}, falling back to {@code fallbackLanguage} and then to the first
     * language (by tag) the text has, so that a text is never lost.
     */
    public Resolved resolve(String language, String fallbackLanguage) {
        Optional<String> exact = exactly(language);
        if (exact.isPresent()) {
            return new Resolved(exact.get(), language, false);
        }
        String fallback = byLanguage.get(fallbackLanguage);
        if (fallback != null) {
            return new Resolved(fallback, fallbackLanguage, true);
        }
        Map.Entry<String, String> first = byLanguage.firstEntry();
        return new Resolved(first.getValue(), first.getKey(), true);
    }

    /** Shorthand for {@code resolve(language, fallbackLanguage).text()}. */
    public String in(String language, String fallbackLanguage) {
        return resolve(language, fallbackLanguage).text();
    }

    @Override
    public String toString() {
        return everyLanguage.orElseGet(byLanguage::toString);
    }

    /**
     * A text picked for a language.
     *
     * @param text the text
     * @param language the language the text is written in
     * @param fallback whether the requested language was missing and another was used
     */
    public record Resolved(String text, String language, boolean fallback) {
        /** Checks that no component is null. */
        public Resolved {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(language, "language");
        }
    }
}
