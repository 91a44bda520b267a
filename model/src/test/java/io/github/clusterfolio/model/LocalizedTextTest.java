package io.github.clusterfolio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link LocalizedText}: its invariants, each violated on purpose, and the language fallback. */
class LocalizedTextTest {
    @Test
    void aTextIsNeitherNullNorBlank() {
        assertThatThrownBy(() -> LocalizedText.of((String) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> LocalizedText.of("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not be blank");
        assertThatThrownBy(() -> LocalizedText.of(" \n\t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalizedText.of("de", "Text", "en", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'en' text");
    }

    @Test
    void aTextIsEitherTheSameInEveryLanguageOrGivenPerLanguage() {
        TreeMap<String, String> german = new TreeMap<>(Map.of("de", "Häfen"));
        assertThatThrownBy(() -> new LocalizedText(Optional.of("Ports"), german))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not both and not neither");
        assertThatThrownBy(() -> new LocalizedText(Optional.empty(), Collections.emptySortedMap()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalizedText.of(Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one language");
        assertThatThrownBy(() -> new LocalizedText(null, german)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new LocalizedText(Optional.empty(), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyKeyIsALanguageTag() {
        for (String tag : new String[] {"german", "D", "EN", "d", "de_DE", "de-", "de-x", "", "de-ABCDEFGHI"}) {
            assertThatThrownBy(() -> LocalizedText.of(Map.of(tag, "Text")))
                    .as("tag '%s'", tag)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a language tag");
        }
        assertThat(LocalizedText.of(Map.of("en-GB", "Colour", "nds", "Platt", "de-1901", "Alt")).byLanguage())
                .containsOnlyKeys("de-1901", "en-GB", "nds");
    }

    @Test
    void theLanguagesAreAnUnmodifiableSortedCopy() {
        Map<String, String> source = new HashMap<>(Map.of("en", "Ports", "de", "Häfen"));
        LocalizedText text = LocalizedText.of(source);
        source.put("fr", "Ports");
        assertThat(text.byLanguage()).containsOnlyKeys("de", "en");
        assertThat(text.byLanguage().firstKey()).isEqualTo("de");
        assertThatThrownBy(() -> text.byLanguage().put("fr", "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMissingLanguageFallsBackToTheGivenLanguageThenToTheFirstTag() {
        LocalizedText text = LocalizedText.of("de", "Häfen", "en", "Ports");
        assertThat(text.resolve("en", "de")).isEqualTo(new LocalizedText.Resolved("Ports", "en", false));
        assertThat(text.resolve("fr", "de")).isEqualTo(new LocalizedText.Resolved("Häfen", "de", true));
        assertThat(text.resolve("fr", "it")).isEqualTo(new LocalizedText.Resolved("Häfen", "de", true));
        assertThat(text.exactly("fr")).isEmpty();
        assertThat(text.in("en", "de")).isEqualTo("Ports");

        LocalizedText same = LocalizedText.of("bremenports");
        assertThat(same.isSameInEveryLanguage()).isTrue();
        assertThat(same.resolve("fr", "de")).isEqualTo(new LocalizedText.Resolved("bremenports", "fr", false));
        assertThat(same.toString()).isEqualTo("bremenports");
    }
}
