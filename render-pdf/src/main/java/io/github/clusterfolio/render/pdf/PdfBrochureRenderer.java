package io.github.clusterfolio.render.pdf;

import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.render.OutputSink;
import io.github.clusterfolio.render.RenderException;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.Renderer;
import io.github.clusterfolio.render.Theme;
import io.github.clusterfolio.render.pdf.internal.BrochureSettings;
import io.github.clusterfolio.render.pdf.internal.BrochureWriter;
import io.github.clusterfolio.render.pdf.internal.CrossReferenceTable;
import io.github.clusterfolio.render.text.LabelCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Renders a region as a print-ready PDF brochure, one file {@code <region-id>-<lang>.pdf} per language:
 * a cover, contents with page numbers, an overview with a bar chart of a key figure the sectors share, one
 * chapter per sector with its key figures and organisations, and a register A–Z. Fonts are embedded and
 * subset, text is justified and hyphenated (German and English patterns ship with the module), every
 * heading is a bookmark and every website a link. The same region, options and timestamp give
 * byte-identical files.
 *
 * <pre>{@code
 * PdfBrochureRenderer renderer = PdfBrochureRenderer.builder()
 *         .theme(theme)
 *         .subtitle("de", "Cluster und Netzwerke 2026")
 *         .conformance(PdfConformance.PDF_A_2B)
 *         .build();
 * renderer.render(region, RenderOptions.at(Instant.parse("2026-11-01T00:00:00Z")), OutputSink.directory(out));
 * }</pre>
 *
 * <p>Configured once by its {@link Builder}, which reads the theme's fonts and logo; thread-safe afterwards.
 */
public final class PdfBrochureRenderer implements Renderer {
    /** The format name, also the output folder's name in the command line. */
    public static final String FORMAT = "pdf";

    private final BrochureSettings settings;
    private final PdfOptions options;

    private PdfBrochureRenderer(BrochureSettings settings, PdfOptions options) {
        this.settings = settings;
        this.options = options;
    }

    /** A builder with the default theme, subtitles and PDF/UA-1. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String format() {
        return FORMAT;
    }

    /** The theme this renderer uses. */
    public Theme theme() {
        return settings.theme();
    }

    /** The PDF options this renderer uses. */
    public PdfOptions options() {
        return options;
    }

    /** The file name of the brochure of {@code region} in {@code language}: {@code <region-id>-<lang>.pdf}. */
    public static String fileName(Region region, String language) {
        return region.id() + "-" + language + ".pdf";
    }

    /**
     * Renders one brochure per language of {@code options} (all of the region's by default). Each file is
     * complete before it is written to the sink. Characters that no font can show are reported through
     * {@link RenderOptions#warnings()}, naming the text.
     *
     * @throws IOException when the sink fails
     * @throws RenderException when OpenPDF cannot lay out the brochure
     * @throws IllegalArgumentException when the options ask for a language the region does not have
     */
    @Override
    public void render(Region region, RenderOptions options, OutputSink sink) throws IOException {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sink, "sink");
        for (String language : options.languagesFor(region)) {
            // Laid out completely before the sink is opened: a render that fails leaves no file behind.
            // The cross-reference table is checked, and put in ASCII digits whatever the default locale, before
            // the sink is opened too.
            CrossReferenceTable.Checked pdf = CrossReferenceTable.check(BrochureWriter.layOut(settings, region,
                    language, options.timestamp(), options.warnings()));
            try (OutputStream out = sink.open(fileName(region, language))) {
                pdf.writeTo(out);
            }
        }
    }

    /** {@code true}: each brochure is laid out from its own language alone. */
    @Override
    public boolean rendersLanguagesSeparately() {
        return true;
    }

    /** Configures a {@link PdfBrochureRenderer}. Not thread-safe; build once and share the renderer. */
    public static final class Builder {
        private Theme theme = Theme.DEFAULT;
        private PdfOptions options = PdfOptions.DEFAULT;
        private LabelCatalog labels = LabelCatalog.bundled();

        private Builder() {}

        /** The look: colours, fonts, logo, page size, margins and bleed. Default {@link Theme#DEFAULT}. */
        public Builder theme(Theme theme) {
            this.theme = Objects.requireNonNull(theme, "theme");
            return this;
        }

        /** Replaces the PDF standard, subtitles and fallback fonts with those of {@code options}. */
        public Builder options(PdfOptions options) {
            this.options = Objects.requireNonNull(options, "options");
            return this;
        }

        /** The cover subtitle in {@code language}, instead of "Cluster und Netzwerke" / "Clusters and networks". */
        public Builder subtitle(String language, String subtitle) {
            this.options = options.withSubtitle(language, subtitle);
            return this;
        }

        /** The standards to write; default {@link PdfConformance#PDF_UA_1}. Every brochure is tagged. */
        public Builder conformance(PdfConformance conformance) {
            this.options = options.withConformance(conformance);
            return this;
        }

        /**
         * The label catalogue the brochure's words come from; default {@link LabelCatalog#bundled()}. A
         * language it has no labels of gets English ones.
         */
        public Builder labels(LabelCatalog labels) {
            this.labels = Objects.requireNonNull(labels, "labels");
            return this;
        }

        /** Adds a TrueType or OpenType font for characters the theme's fonts lack, such as CJK. */
        public Builder fallbackFont(Path font) {
            this.options = options.withFallbackFont(font);
            return this;
        }

        /**
         * The renderer. Reads the theme's fonts and logo and the fallback fonts now, so that a missing or
         * broken file fails here rather than in the middle of a render.
         *
         * @throws RenderException when a font or the logo cannot be read or used; the message names the file
         */
        public PdfBrochureRenderer build() {
            BrochureSettings settings = BrochureSettings.load(theme, List.copyOf(options.fallbackFonts()),
                    options.subtitles(), options.conformance(), labels);
            return new PdfBrochureRenderer(settings, options);
        }
    }
}
