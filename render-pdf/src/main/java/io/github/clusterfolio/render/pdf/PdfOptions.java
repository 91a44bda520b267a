package io.github.clusterfolio.render.pdf;

import io.github.clusterfolio.render.RendererSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * PDF settings beyond the {@link io.github.clusterfolio.render.Theme}, as one value that a caller such as
 * the command line puts into {@link RendererSettings} for {@link PdfRendererProvider}. Direct users of
 * {@link PdfBrochureRenderer} may set the same things on its builder instead.
 *
 * @param conformance the PDF standard to write
 * @param subtitles the cover subtitle per language tag, replacing the default "Cluster und Netzwerke" /
 *     "Clusters and networks"; languages not named keep the default
 * @param fallbackFonts TrueType files tried, in order, for characters that the theme's fonts cannot show
 *     (for example a CJK font); a character that no font has is reported as a warning
 */
public record PdfOptions(PdfConformance conformance, Map<String, String> subtitles, List<Path> fallbackFonts) {

    /** PDF/UA-1 (a tagged PDF 1.7), the default subtitles and no fallback fonts. */
    public static final PdfOptions DEFAULT = new PdfOptions(PdfConformance.PDF_UA_1, Map.of(), List.of());

    /** Checks that nothing is null or blank and copies the collections (subtitles sorted by language). */
    public PdfOptions {
        Objects.requireNonNull(conformance, "conformance");
        Objects.requireNonNull(subtitles, "subtitles");
        TreeMap<String, String> copy = new TreeMap<>();
        subtitles.forEach((language, subtitle) -> copy.put(
                checkLanguage(language), checkSubtitle(language, subtitle)));
        subtitles = java.util.Collections.unmodifiableSortedMap(copy);
        fallbackFonts = List.copyOf(fallbackFonts);
    }

    /** The same options written to {@code conformance}. */
    public PdfOptions withConformance(PdfConformance conformance) {
        return new PdfOptions(conformance, subtitles, fallbackFonts);
    }

    /** The same options with the cover subtitle {@code subtitle} in {@code language}. */
    public PdfOptions withSubtitle(String language, String subtitle) {
        Map<String, String> copy = new TreeMap<>(subtitles);
        copy.put(checkLanguage(language), checkSubtitle(language, subtitle));
        return new PdfOptions(conformance, copy, fallbackFonts);
    }

    /** The same options with {@code font} added to the end of the fallback fonts. */
    public PdfOptions withFallbackFont(Path font) {
        List<Path> copy = new ArrayList<>(fallbackFonts);
        copy.add(Objects.requireNonNull(font, "font"));
        return new PdfOptions(conformance, subtitles, copy);
    }

    private static String checkLanguage(String language) {
        Objects.requireNonNull(language, "language");
        if (!language.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new IllegalArgumentException("'" + language + "' is not a language tag such as 'de' or 'en'");
        }
        return language;
    }

    private static String checkSubtitle(String language, String subtitle) {
        if (subtitle == null || subtitle.isBlank()) {
            throw new IllegalArgumentException("the '" + language + "' subtitle must not be blank");
        }
        return subtitle.strip();
    }
}
