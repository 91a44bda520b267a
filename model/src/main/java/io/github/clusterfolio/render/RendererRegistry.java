package io.github.clusterfolio.render;

import io.github.clusterfolio.model.internal.Checks;
import io.github.clusterfolio.model.internal.Suggestions;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The renderer providers available, by format name. Built either from explicit providers or by
 * {@link ServiceLoader} discovery; two providers that claim the same format are an error either way.
 */
public final class RendererRegistry {
    private final Map<String, RendererProvider> byFormat;

    private RendererRegistry(Collection<? extends RendererProvider> providers) {
        Map<String, RendererProvider> map = new TreeMap<>();
        for (RendererProvider provider : providers) {
            Objects.requireNonNull(provider, "provider");
            String format = provider.format();
            if (!Checks.isSlug(format)) {
                throw new IllegalStateException("renderer " + provider.getClass().getName() + " claims the format name '"
                        + format + "', which is not a lower-case slug");
            }
            checkOptions(provider);
            RendererProvider earlier = map.putIfAbsent(format, provider);
            if (earlier != null) {
                throw new IllegalStateException("two renderers claim the format '" + format + "': "
                        + earlier.getClass().getName() + " and " + provider.getClass().getName()
                        + "; remove one of them from the class path");
            }
        }
        this.byFormat = java.util.Collections.unmodifiableMap(map);
    }

    /** Exactly these providers; no discovery. */
    public static RendererRegistry of(RendererProvider... providers) {
        return new RendererRegistry(List.of(providers));
    }

    /** Every provider that {@link ServiceLoader} finds through the given class loader. */
    public static RendererRegistry discover(ClassLoader classLoader) {
        return new RendererRegistry(ServiceLoader.load(RendererProvider.class, classLoader).stream()
                .map(ServiceLoader.Provider::get)
                .toList());
    }

    /** Every provider that {@link ServiceLoader} finds on the module path or the class path of this library. */
    public static RendererRegistry discover() {
        return new RendererRegistry(ServiceLoader.load(RendererProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .toList());
    }

    /** The provider of {@code format}. */
    public Optional<RendererProvider> find(String format) {
        return Optional.ofNullable(byFormat.get(format));
    }

    /** The providers, sorted by format name. */
    public List<RendererProvider> providers() {
        return List.copyOf(byFormat.values());
    }

    /** The format names, sorted. */
    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }

    /**
     * The provider of {@code format}.
     *
     * @throws InvalidOptionException ({@link InvalidOptionException.Part#FORMAT}) naming the formats available,
     *     with a "did you mean" where one is close
     */
    public RendererProvider provider(String format) {
        RendererProvider provider = byFormat.get(Objects.requireNonNull(format, "format"));
        if (provider == null) {
            throw new InvalidOptionException(InvalidOptionException.Part.FORMAT, "unknown format '" + format + "'"
                    + didYouMean(format, byFormat.keySet()) + "; the formats available are "
                    + String.join(", ", byFormat.keySet()));
        }
        return provider;
    }

    /**
     * The option {@code name} of {@code format}'s renderer.
     *
     * @throws InvalidOptionException for an unknown format ({@link InvalidOptionException.Part#FORMAT}) or
     *     option name ({@link InvalidOptionException.Part#KEY}), with a "did you mean" where a name is close
     */
    public RendererOption<?> option(String format, String name) {
        RendererProvider provider = provider(format);
        List<String> names = new java.util.ArrayList<>();
        for (RendererOption<?> option : provider.options()) {
            if (option.name().equals(name)) {
                return option;
            }
            names.add(option.name());
        }
        throw new InvalidOptionException(InvalidOptionException.Part.KEY, "the format '" + format
                + "' has no option '" + name + "'" + didYouMean(name, names) + (names.isEmpty()
                        ? "; it takes no options" : "; its options are " + String.join(", ", names)));
    }

    /**
     * The same settings with one option given as text, as on a command line: {@code withOption(settings, "pdf",
     * "conformance", "pdf-a-2b")}. For an option with a text per language, {@code key} is the option's name, a
     * dot and the language: {@code subtitle.de}.
     *
     * @throws InvalidOptionException saying which part is wrong and what is allowed
     */
    public RendererSettings withOption(RendererSettings settings, String format, String key, String value) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(key, "key");
        int dot = key.indexOf('.');
        String name = dot < 0 ? key : key.substring(0, dot);
        RendererOption<?> option = option(format, name);
        @Nullable String language = null;
        if (option.type() == RendererOption.Type.TEXT_PER_LANGUAGE) {
            if (dot < 0) {
                throw new InvalidOptionException(InvalidOptionException.Part.KEY, format + "." + name
                        + " takes a text per language: write " + format + "." + name + ".LANG=TEXT, such as "
                        + format + "." + name + ".de=…");
            }
            language = key.substring(dot + 1);
            String problem = RendererOption.languageProblem(language).orElse(null);
            if (problem != null) {
                throw new InvalidOptionException(InvalidOptionException.Part.LANGUAGE, format + "." + name + ": "
                        + problem);
            }
        } else if (dot >= 0) {
            throw new InvalidOptionException(InvalidOptionException.Part.KEY, "the format '" + format
                    + "' has no option '" + key + "'; " + format + "." + name + " takes one value");
        }
        return settings.withParsed(option, option.parseItem(format, value), language);
    }

    private static String didYouMean(String typed, java.util.Collection<String> known) {
        String near = Suggestions.nearest(typed, known);
        return near == null ? "" : " — did you mean '" + near + "'?";
    }

    private static void checkOptions(RendererProvider provider) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (RendererOption<?> option : provider.options()) {
            if (!names.add(option.name())) {
                throw new IllegalStateException("renderer " + provider.getClass().getName()
                        + " declares the option '" + option.name() + "' twice");
            }
        }
    }
}
