package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.model.OrganisationType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.NullUnmarked;

/**
 * The brochure's fixed words in one language, from {@code labels_<lang>.properties} (UTF-8) beside this
 * class; a language without its own file gets the English labels of {@code labels.properties}. Read by
 * hand rather than through {@link java.util.ResourceBundle}, whose lookup would fall back to the JVM's
 * default locale and whose {@code Control} is unavailable in named modules.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class Labels {
    private static final Map<String, Labels> CACHE = new ConcurrentHashMap<>();

    private final String language;
    private final Locale locale;
    private final Properties values;

    private Labels(String language, Properties values) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.values = values;
    }

    /** The labels for a language tag such as {@code de} or {@code en-GB}. */
    static Labels forLanguage(String language) {
        return CACHE.computeIfAbsent(language, Labels::load);
    }

    private static Labels load(String language) {
        Properties english = read("labels.properties");
        String primary = Locale.forLanguageTag(language).getLanguage();
        Properties own = primary.equals("en") ? null : read("labels_" + primary + ".properties");
        if (own == null) {
            return new Labels(language, english);
        }
        Properties merged = new Properties();
        merged.putAll(english);
        merged.putAll(own);
        return new Labels(language, merged);
    }

    private static Properties read(String name) {
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the brochure labels " + name, e);
        }
    }

    /** The language tag these labels are for. */
    String language() {
        return language;
    }

    /** The locale for numbers, dates and sorting. */
    Locale locale() {
        return locale;
    }

    /** The label {@code key}, with {@code arguments} put in for {0}, {1} … */
    String get(String key, Object... arguments) {
        String pattern = values.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("no brochure label '" + key + "'");
        }
        if (arguments.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(arguments);
    }

    /** The name of an organisation type, such as "Netzwerk". */
    String type(OrganisationType type) {
        return get("type." + type.formatName());
    }
}
