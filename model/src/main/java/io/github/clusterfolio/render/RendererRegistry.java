package io.github.clusterfolio.render;

import io.github.clusterfolio.model.internal.Checks;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

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
}
