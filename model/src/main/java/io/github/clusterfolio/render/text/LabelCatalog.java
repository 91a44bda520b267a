package io.github.clusterfolio.render.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The label texts of every language the renderers know: the bundled catalogues of
 * {@link #BUNDLED_LANGUAGES} and any {@link LabelSet}s a caller lays over them. Immutable and
 * thread-safe; the resolved {@link Labels} of a language are computed once and kept.
 *
 * <p>A language without a catalogue of its own (nor of its primary language: {@code de-AT} uses
 * {@code de}) gets the English labels; {@link #has(String)} tells a caller when to warn about that.
 * Renderers take the catalogue from {@link io.github.clusterfolio.render.RendererSettings} under
 * {@code LabelCatalog.class}, or from their builders.
 */
public final class LabelCatalog {
    /** The languages whose catalogues come bundled, each complete. */
    public static final List<String> BUNDLED_LANGUAGES = List.of("de", "en", "nl", "fr", "da", "pl");

    /** The language every language without labels of its own falls back to. */
    public static final String FALLBACK_LANGUAGE = "en";

    private static final LabelCatalog BUNDLED = loadBundled();

    private final Map<String, Map<String, String>> byLanguage;
    private final Map<String, Labels> resolved = new ConcurrentHashMap<>();

    private LabelCatalog(Map<String, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** The bundled catalogues alone. */
    public static LabelCatalog bundled() {
        return BUNDLED;
    }

    /**
     * This catalogue with {@code set} laid over it: a new language, or words of a known one replaced.
     *
     * @throws IllegalArgumentException when {@link #check(LabelSet)} finds a problem in {@code set}
     */
    public LabelCatalog with(LabelSet set) {
        List<LabelProblem> problems = check(set);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("labels for '" + set.language() + "': " + problems.getFirst().message()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
        }
        Map<String, Map<String, String>> copy = new TreeMap<>(byLanguage);
        Map<String, String> texts = new TreeMap<>(copy.getOrDefault(set.language(), Map.of()));
        texts.putAll(set.texts());
        copy.put(set.language(), Collections.unmodifiableMap(texts));
        return new LabelCatalog(Collections.unmodifiableMap(copy));
    }

    /**
     * What is wrong with {@code set} when laid over this catalogue: keys no label has, texts whose
     * placeholders differ from the label's, and, for a language this catalogue has no labels of, keys
     * it lacks. Empty when it can be used.
     */
    public List<LabelProblem> check(LabelSet set) {
        String language = set.language();
        Set<String> known = Set.copyOf(keysFor(language));
        List<LabelProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> entry : set.texts().entrySet()) {
            String key = entry.getKey();
            if (!known.contains(key)) {
                problems.add(new LabelProblem(key, LabelProblem.Kind.UNKNOWN_KEY, unknownKeyMessage(key, language)));
                continue;
            }
            Label label = labelOfKey(key);
            Set<String> found = LabelTexts.placeholders(entry.getValue());
            Set<String> expected = Set.copyOf(label.placeholders());
            if (!found.equals(expected)) {
                problems.add(new LabelProblem(key, LabelProblem.Kind.PLACEHOLDERS, placeholderMessage(key, label, found)));
            }
            if (entry.getValue().isBlank()) {
                problems.add(new LabelProblem(key, LabelProblem.Kind.BLANK, "the text of '" + key + "' is empty"));
            }
        }
        if (!has(language)) {
            for (String key : keysFor(language)) {
                if (!set.texts().containsKey(key)) {
                    problems.add(new LabelProblem(key, LabelProblem.Kind.MISSING_KEY, "'" + key + "' is missing: "
                            + "a language without bundled labels (" + language + ") needs every label"));
                }
            }
        }
        return List.copyOf(problems);
    }

    /** Whether this catalogue has labels of {@code language} or of its primary language ({@code de} for {@code de-AT}). */
    public boolean has(String language) {
        return byLanguage.containsKey(language) || byLanguage.containsKey(primary(language));
    }

    /** The languages this catalogue has labels of, sorted. */
    public Set<String> languages() {
        return byLanguage.keySet();
    }

    /** The labels for {@code language}, each from the first of: its own, its primary language's, English. */
    public Labels forLanguage(String language) {
        return resolved.computeIfAbsent(language, any -> new Labels(language, this));
    }

    /**
     * Every key a complete catalogue of {@code language} has, in the order of {@link Label}: a plural label
     * once per plural category of the language.
     */
    public static List<String> keysFor(String language) {
        List<String> keys = new ArrayList<>();
        for (Label label : Label.values()) {
            if (label.plural()) {
                for (PluralCategory category : PluralCategory.of(language)) {
                    keys.add(label.key() + "." + category.formName());
                }
            } else {
                keys.add(label.key());
            }
        }
        return List.copyOf(keys);
    }

    /**
     * Every text of {@code language} by key, in the order of {@link #keysFor(String)}: a complete catalogue
     * to start a labels file from. A language this catalogue has no labels of gets the English texts.
     */
    public Map<String, String> completeTexts(String language) {
        Labels labels = forLanguage(language);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : keysFor(language)) {
            texts.put(key, labels.pattern(key));
        }
        return Collections.unmodifiableMap(texts);
    }

    /** The text of a full key in exactly {@code language}, or {@code null}. */
    @Nullable String own(String language, String key) {
        Map<String, String> texts = byLanguage.get(language);
        return texts == null ? null : texts.get(key);
    }

    static String primary(String language) {
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** The label of a full key, plural category removed; the key must be known. */
    static Label labelOfKey(String key) {
        return Label.ofKey(key).orElseGet(() -> Label.ofKey(key.substring(0, key.lastIndexOf('.'))).orElseThrow());
    }

    private static String unknownKeyMessage(String key, String language) {
        int dot = key.lastIndexOf('.');
        if (dot > 0) {
            Label label = Label.ofKey(key.substring(0, dot)).orElse(null);
            if (label != null && label.plural()) {
                return "'" + key + "' is not a plural form of " + language + ", which has "
                        + String.join(", ", PluralCategory.of(language).stream().map(PluralCategory::formName).toList());
            }
        }
        Label label = Label.ofKey(key).orElse(null);
        if (label != null && label.plural()) {
            return "'" + key + "' is a plural label: give its forms as " + key + "."
                    + String.join(", " + key + ".", PluralCategory.of(language).stream().map(PluralCategory::formName).toList());
        }
        return "unknown label '" + key + "'";
    }

    private static String placeholderMessage(String key, Label label, Set<String> found) {
        String expected = label.placeholders().isEmpty()
                ? "no placeholders"
                : String.join(", ", label.placeholders().stream().map(name -> "{" + name + "}").toList());
        String actual = found.isEmpty()
                ? "none"
                : String.join(", ", found.stream().map(name -> name.matches("[a-z]+") ? "{" + name + "}" : name).toList());
        return "the text of '" + key + "' must contain " + expected + ", as in English; it has " + actual;
    }

    private static LabelCatalog loadBundled() {
        Map<String, Map<String, String>> byLanguage = new TreeMap<>();
        for (String language : BUNDLED_LANGUAGES) {
            byLanguage.put(language, Collections.unmodifiableMap(read(language)));
        }
        return new LabelCatalog(Collections.unmodifiableMap(byLanguage));
    }

    private static Map<String, String> read(String language) {
        String name = "labels_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = LabelCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the bundled labels " + name + " are missing from the jar");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled labels " + name, e);
        }
        Map<String, String> texts = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            texts.put(key, properties.getProperty(key));
        }
        return texts;
    }
}
