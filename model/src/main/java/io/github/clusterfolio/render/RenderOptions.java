package io.github.clusterfolio.render;

import io.github.clusterfolio.model.Region;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What one render call should produce. Format-specific settings (a CSV dialect, a PDF theme) belong to
 * each renderer's builder, not here.
 *
 * @param languages the languages to render, in order; empty means every language of the region
 * @param timestamp the edition date and every date written into the output; fix it for reproducible files
 * @param warnings receives warnings such as a glyph no font can show; never {@code null}
 */
public record RenderOptions(List<String> languages, Instant timestamp, Consumer<String> warnings) {

    /** Checks that nothing is null and copies the languages. */
    public RenderOptions {
        languages = List.copyOf(languages);
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(warnings, "warnings");
    }

    /** Every language of the region, at the given timestamp, warnings ignored. */
    public static RenderOptions at(Instant timestamp) {
        return new RenderOptions(List.of(), timestamp, warning -> {});
    }

    /** The same options for only these languages. */
    public RenderOptions withLanguages(List<String> languages) {
        return new RenderOptions(languages, timestamp, warnings);
    }

    /** The same options, passing warnings to {@code warnings}. */
    public RenderOptions withWarnings(Consumer<String> warnings) {
        return new RenderOptions(languages, timestamp, warnings);
    }

    /**
     * The languages to render for {@code region}: those asked for, or all of the region's.
     *
     * @throws IllegalArgumentException when a language asked for is not one of the region's
     */
    public List<String> languagesFor(Region region) {
        if (languages.isEmpty()) {
            return region.languages();
        }
        for (String language : languages) {
            if (!region.languages().contains(language)) {
                throw new IllegalArgumentException("region '" + region.id() + "' has no language '" + language
                        + "'; its languages are " + String.join(", ", region.languages()));
            }
        }
        return languages;
    }
}
