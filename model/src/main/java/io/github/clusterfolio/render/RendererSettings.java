package io.github.clusterfolio.render;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Typed settings that a caller such as the command line hands to every {@link RendererProvider}; each
 * provider picks the setting types it knows (a theme, a CSV dialect) and ignores the rest. Keys are the
 * settings' classes, never strings.
 *
 * <p>It also carries values of the {@linkplain RendererOption options} that providers declare, keyed by the
 * declaration itself; {@link RendererRegistry#withOption(RendererSettings, String, String, String)} sets one from
 * text such as {@code pdf.conformance=pdf-a-2b}, and a provider reads it with {@link #option(RendererOption)}.
 */
public final class RendererSettings {
    private static final RendererSettings EMPTY = new RendererSettings(Map.of(), new IdentityHashMap<>());

    private final Map<Class<?>, Object> values;
    private final IdentityHashMap<RendererOption<?>, Object> options;

    private RendererSettings(Map<Class<?>, Object> values, IdentityHashMap<RendererOption<?>, Object> options) {
        this.values = Map.copyOf(values);
        this.options = options;
    }

    /** No settings: every renderer uses its defaults. */
    public static RendererSettings empty() {
        return EMPTY;
    }

    /** The same settings plus {@code value} under {@code type}, replacing an earlier one. */
    public <T> RendererSettings with(Class<T> type, T value) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Map<Class<?>, Object> copy = new HashMap<>(values);
        copy.put(type, type.cast(value));
        return new RendererSettings(copy, options);
    }

    /** The setting of this type, if the caller gave one. */
    public <T> Optional<T> get(Class<T> type) {
        return Optional.ofNullable(type.cast(values.get(type)));
    }

    /**
     * The same settings with {@code value} for {@code option}, replacing an earlier one; for callers that hold
     * typed values. Text from a user goes through {@link RendererRegistry#withOption}.
     */
    public <T> RendererSettings withOption(RendererOption<T> option, T value) {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(value, "value");
        IdentityHashMap<RendererOption<?>, Object> copy = new IdentityHashMap<>(options);
        copy.put(option, option.type() == RendererOption.Type.TEXT_PER_LANGUAGE
                ? java.util.Collections.unmodifiableMap(new TreeMap<>((Map<?, ?>) value)) : value);
        return new RendererSettings(values, copy);
    }

    /** The same settings with one parsed value; for a text per language, added to the texts of other languages. */
    RendererSettings withParsed(RendererOption<?> option, Object value, @Nullable String language) {
        IdentityHashMap<RendererOption<?>, Object> copy = new IdentityHashMap<>(options);
        if (option.type() == RendererOption.Type.TEXT_PER_LANGUAGE) {
            Map<String, Object> texts = new TreeMap<>();
            if (copy.get(option) instanceof Map<?, ?> earlier) {
                earlier.forEach((key, text) -> texts.put((String) key, text));
            }
            texts.put(language, value);
            copy.put(option, java.util.Collections.unmodifiableMap(texts));
        } else {
            copy.put(option, value);
        }
        return new RendererSettings(values, copy);
    }

    /** The value given for {@code option}, or its default when none was given. */
    public <T> T option(RendererOption<T> option) {
        return optionIfGiven(option).orElseGet(option::defaultTyped);
    }

    /** The value given for {@code option}, if one was. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> optionIfGiven(RendererOption<T> option) {
        return Optional.ofNullable((T) options.get(Objects.requireNonNull(option, "option")));
    }
}
