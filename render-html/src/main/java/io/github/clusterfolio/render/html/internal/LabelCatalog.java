package io.github.clusterfolio.render.html.internal;

import io.github.clusterfolio.render.html.HtmlLabel;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.NullUnmarked;

/**
 * The labels of every language the renderer knows: the bundled German and English ones with the
 * caller's replacements laid over them. Immutable; the resolved {@link LabelSet} of a language is
 * computed once and cached.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
public final class LabelCatalog {
    /** The language every other language falls back to. */
    public static final String FALLBACK_LANGUAGE = "en";

    private static final String[] BUNDLED_LANGUAGES = {"de", "en"};

    private final Map<String, Map<HtmlLabel, String>> byLanguage;
    private final Map<String, LabelSet> resolved = new ConcurrentHashMap<>();

    private LabelCatalog(Map<String, Map<HtmlLabel, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /**
     * The bundled labels with {@code overrides} (language tag → label → text) laid over them.
     *
     * @throws IllegalStateException when a bundled label file is missing or incomplete (a packaging error)
     */
    public static LabelCatalog of(Map<String, Map<HtmlLabel, String>> overrides) {
        Map<String, Map<HtmlLabel, String>> merged = new TreeMap<>();
        for (String language : BUNDLED_LANGUAGES) {
            merged.put(language, bundled(language));
        }
        overrides.forEach((language, labels) -> merged
                .computeIfAbsent(language, any -> new EnumMap<>(HtmlLabel.class))
                .putAll(labels));
        merged.replaceAll((language, labels) -> Collections.unmodifiableMap(new EnumMap<>(labels)));
        if (merged.get(FALLBACK_LANGUAGE).size() != HtmlLabel.values().length) {
            throw new IllegalStateException("the bundled English labels are incomplete");
        }
        return new LabelCatalog(Collections.unmodifiableMap(merged));
    }

    /**
     * The labels for {@code language}: its own, then those of its primary language ({@code de} for
     * {@code de-AT}), then English, each label marked with the language it is written in.
     */
    public LabelSet forLanguage(String language) {
        return resolved.computeIfAbsent(language, this::resolve);
    }

    private LabelSet resolve(String language) {
        int dash = language.indexOf('-');
        String primary = dash < 0 ? language : language.substring(0, dash);
        Map<HtmlLabel, String> own = byLanguage.getOrDefault(language, Map.of());
        Map<HtmlLabel, String> ofPrimary = byLanguage.getOrDefault(primary, Map.of());
        Map<HtmlLabel, String> fallback = byLanguage.get(FALLBACK_LANGUAGE);
        HtmlLabel[] all = HtmlLabel.values();
        String[] texts = new String[all.length];
        String[] languages = new String[all.length];
        for (HtmlLabel label : all) {
            String text = own.get(label);
            if (text == null) {
                text = ofPrimary.get(label);
            }
            // A label of the primary language counts as the same language; only English stand-ins are marked.
            String writtenIn = language;
            if (text == null) {
                text = fallback.get(label);
                writtenIn = primary.equals(FALLBACK_LANGUAGE) ? language : FALLBACK_LANGUAGE;
            }
            texts[label.ordinal()] = text;
            languages[label.ordinal()] = writtenIn;
        }
        return new LabelSet(language, texts, languages);
    }

    private static Map<HtmlLabel, String> bundled(String language) {
        String name = "labels_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = LabelCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled label file " + name + " is missing from the jar");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read bundled label file " + name, e);
        }
        Map<HtmlLabel, String> labels = new EnumMap<>(HtmlLabel.class);
        for (String key : properties.stringPropertyNames()) {
            HtmlLabel label = HtmlLabel.fromKey(key)
                    .orElseThrow(() -> new IllegalStateException("bundled label file " + name + " has unknown key " + key));
            labels.put(label, properties.getProperty(key));
        }
        return labels;
    }

    /**
     * The labels of one language, resolved.
     *
     * @param language the language asked for
     * @param texts the text per label, by ordinal
     * @param languages the language each text is written in, by ordinal
     */
    public record LabelSet(String language, String[] texts, String[] languages) {
        /** The text of {@code label}. */
        public String text(HtmlLabel label) {
            return texts[label.ordinal()];
        }

        /** The language the text of {@code label} is written in. */
        public String languageOf(HtmlLabel label) {
            return languages[label.ordinal()];
        }
    }
}
