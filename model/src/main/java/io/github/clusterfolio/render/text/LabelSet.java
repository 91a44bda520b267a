package io.github.clusterfolio.render.text;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Label texts for one language, by full key ({@code page.of}, {@code organisation-count.one}): a
 * complete catalogue of a new language, or some words of a bundled one to replace. A labels file
 * ({@code format: clusterfolio-labels/1}) read by the loader becomes one of these; {@link LabelCatalog#check}
 * says what is wrong with one.
 *
 * @param language the language tag, such as {@code sv} or {@code de-AT}
 * @param texts the texts by full key
 */
public record LabelSet(String language, Map<String, String> texts) {

    /** Checks that nothing is null and copies the texts in key order. */
    public LabelSet {
        Objects.requireNonNull(language, "language");
        if (!language.matches("[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")) {
            throw new IllegalArgumentException("'" + language + "' is not a language tag such as 'sv' or 'de-AT'");
        }
        texts = java.util.Collections.unmodifiableMap(new TreeMap<>(Map.copyOf(texts)));
    }
}
