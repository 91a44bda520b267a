package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Prose;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.render.text.Label;
import io.github.clusterfolio.render.text.Labels;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.NullUnmarked;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.HyphenationEvent;

/**
 * What every part of one brochure shares while it is laid out: the region and language, the OpenPDF
 * document and writer, the styles, labels, number formats, palette, page geometry, typesetter and page
 * decorator, and the region's texts in the brochure's language. One instance per render call and
 * language, made by {@link BrochureWriter} and thrown away afterwards; state that one part leaves for a
 * later one (pages of headings, bookmarks, page references) lives here, in the decorator.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class BrochureContext {
    private final BrochureSettings settings;
    private final Region region;
    private final String language;
    private final Instant timestamp;
    private final Labels labels;
    private final Numbers numbers;
    private final Palette palette;
    private final PageGeometry geometry;
    private final Typesetter type;
    private final Consumer<String> warnings;
    private final Styles styles;
    private final PageDecorator decorator;
    private final Blocks blocks;
    private final Map<String, Optional<PatternHyphenation>> hyphenations = new HashMap<>();
    private final Document document;
    private final TaggedPdfWriter writer;
    private Structure structure;

    /**
     * Sets up the context and an unopened document that writes to {@code out}.
     *
     * @throws org.openpdf.text.DocumentException when OpenPDF cannot make the writer
     */
    BrochureContext(BrochureSettings settings, Region region, String language, Instant timestamp,
            Consumer<String> warnings, OutputStream out) {
        this.settings = settings;
        this.region = region;
        this.language = language;
        this.timestamp = timestamp;
        this.labels = settings.labels().forLanguage(language);
        this.numbers = new Numbers(labels);
        this.palette = Palette.of(settings.theme());
        this.geometry = PageGeometry.of(settings.theme());
        this.type = new Typesetter(settings.fonts(), warnings, language);
        this.warnings = warnings;
        this.styles = new Styles(palette, geometry);
        this.decorator = new PageDecorator(geometry, palette, type, labels, text(region.name()),
                text(region.name()) + " · " + labels.text(Label.EDITION, edition()));
        this.document = new Document(geometry.media(), geometry.left(), geometry.right(), geometry.top(),
                geometry.bottom());
        this.writer = TaggedPdfWriter.create(document, out, settings.conformance());
        this.blocks = new Blocks(this);
    }

    BrochureSettings settings() {
        return settings;
    }

    Region region() {
        return region;
    }

    /** The brochure's language, as a language tag. */
    String language() {
        return language;
    }

    /** The edition's date, which also stands in for the clock in the document's metadata. */
    Instant timestamp() {
        return timestamp;
    }

    Labels labels() {
        return labels;
    }

    Numbers numbers() {
        return numbers;
    }

    Palette palette() {
        return palette;
    }

    PageGeometry geometry() {
        return geometry;
    }

    Typesetter type() {
        return type;
    }

    Styles styles() {
        return styles;
    }

    PageDecorator decorator() {
        return decorator;
    }

    /** The building blocks (paragraphs, cells, headings, links) the parts share. */
    Blocks blocks() {
        return blocks;
    }

    /** Where warnings for the person running the render go. */
    Consumer<String> warnings() {
        return warnings;
    }

    Document document() {
        return document;
    }

    TaggedPdfWriter writer() {
        return writer;
    }

    /** Starts the structure tree; once the document is open. */
    void startStructure() {
        structure = new Structure(writer, writer.flow());
    }

    /** The logical structure the parts build as they lay out their content. */
    Structure structure() {
        return structure;
    }

    /** Adds {@code element} to the document's flow at the current position, as the content of {@code leaf}. */
    void add(StructElem leaf, Element element) {
        structure.flow(leaf, element);
    }

    /** Adds {@code element}, which marks its own content (a tagged table), to the document's flow. */
    void addMarked(Element element) {
        structure.flowMarked(element);
    }

    /** Adds {@code element}, which carries no content (a rule, space), to the document's flow. */
    void addArtifact(Element element) {
        structure.flowArtifact(element);
    }

    /** {@code text} in the brochure's language, or the region's fallback. */
    String text(LocalizedText text) {
        return region.text(text, language);
    }

    /** {@code text} in the brochure's language or its fallback, with the language it is written in. */
    LocalizedText.Resolved resolve(LocalizedText text) {
        return region.resolve(text, language);
    }

    /** A summary or description in the brochure's language or its fallback, and what it means. */
    Prose.Resolved resolve(Prose text) {
        return region.resolve(text, language);
    }

    /** The language {@code text} is actually written in: the brochure's or a fallback. */
    String resolvedLanguage(LocalizedText text) {
        return resolve(text).language();
    }

    /**
     * Hyphenation for text written in {@code textLanguage}, or null when there are no patterns for it (the
     * text is then not hyphenated). Patterns are loaded once per language and brochure.
     */
    HyphenationEvent hyphenation(String textLanguage) {
        return hyphenations.computeIfAbsent(textLanguage, PatternHyphenation::forLanguage).orElse(null);
    }

    /** The subtitle the settings give for this language, or the default one. */
    String subtitle() {
        String own = settings.subtitles().get(language);
        return own != null ? own : labels.text(Label.SUBTITLE);
    }

    /** The edition as "November 2026" in the brochure's language, the month in its standalone form (Polish "listopad"). */
    String edition() {
        return DateTimeFormatter.ofPattern("LLLL yyyy", labels.locale()).withZone(ZoneOffset.UTC).format(timestamp);
    }
}
