package io.github.clusterfolio.render;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed settings that a caller such as the command line hands to every {@link RendererProvider}; each
 * provider picks the setting types it knows (a CSV dialect, a PDF theme) and ignores the rest. Keys are
 * the settings' classes, never strings.
 */
public final class RendererSettings {
    private static final RendererSettings EMPTY = new RendererSettings(Map.of());

    private final Map<Class<?>, Object> values;

    private RendererSettings(Map<Class<?>, Object> values) {
        this.values = Map.copyOf(values);
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
        return new RendererSettings(copy);
    }

    /** The setting of this type, if the caller gave one. */
    public <T> Optional<T> get(Class<T> type) {
        return Optional.ofNullable(type.cast(values.get(type)));
    }
}
