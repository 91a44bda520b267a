package io.github.clusterfolio.render.pdf.internal;

/**
 * The type styles the brochure's parts share, in the theme's colours. Headings, the lead and the contents
 * are scaled with the page size ({@link PageGeometry#scale()}); running text and small type are not. A
 * style only one part needs stays in that part.
 */
final class Styles {
    /** Running text: descriptions and summary paragraphs after the first. */
    final Typesetter.Style body;
    /** The first paragraph of a summary, larger and in the primary colour. */
    final Typesetter.Style lead;
    /** Notes, gists and secondary lines. */
    final Typesetter.Style small;
    /** Spaced capitals heading a section within a chapter. */
    final Typesetter.Style label;
    /** A chapter's heading. */
    final Typesetter.Style title;
    /** The spaced capitals above a sector chapter's heading ("BRANCHE 01"). */
    final Typesetter.Style kicker;
    /** An organisation's name heading its entry. */
    final Typesetter.Style orgName;
    /** A line of the contents. */
    final Typesetter.Style tocEntry;
    /** A sector's number in the contents. */
    final Typesetter.Style tocNumber;
    /** A name in the register. */
    final Typesetter.Style registerEntry;

    Styles(Palette palette, PageGeometry geometry) {
        float scale = geometry.scale();
        this.body = new Typesetter.Style(Typesetter.Face.REGULAR, 9.5f, palette.text());
        this.lead = new Typesetter.Style(Typesetter.Face.REGULAR, 11.5f * scale, palette.primary());
        this.small = new Typesetter.Style(Typesetter.Face.REGULAR, 8f, palette.muted());
        this.label = new Typesetter.Style(Typesetter.Face.BOLD, 7.5f, palette.accent(), 1.1f);
        this.title = new Typesetter.Style(Typesetter.Face.BOLD, 26f * scale, palette.primary());
        this.kicker = new Typesetter.Style(Typesetter.Face.BOLD, 8f, palette.accent(), 1.4f);
        this.orgName = new Typesetter.Style(Typesetter.Face.BOLD, 12.5f * scale, palette.primary());
        this.tocEntry = new Typesetter.Style(Typesetter.Face.REGULAR, 11f * scale, palette.text());
        this.tocNumber = new Typesetter.Style(Typesetter.Face.BOLD, 11f * scale, palette.accent());
        this.registerEntry = new Typesetter.Style(Typesetter.Face.REGULAR, 8.5f, palette.text());
    }
}
