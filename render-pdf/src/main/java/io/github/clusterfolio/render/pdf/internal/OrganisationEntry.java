package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.render.text.Label;
import io.github.clusterfolio.render.text.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.NullUnmarked;
import org.openpdf.text.Chunk;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * An organisation's entry in its main sector's chapter: name, a line with type, legal form and city, the
 * description, and a footer with website, other sectors and tags; an accent bar runs down its left side.
 * The entry moves to the next page whole when it fits there and not in the room left on this one.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class OrganisationEntry {
    /** Space above an organisation's entry and the indent of its text from the accent bar on its left. */
    private static final float ENTRY_GAP = 14;
    private static final float ENTRY_INDENT = 13;

    private final BrochureContext context;
    private final Blocks blocks;
    private final Typesetter type;
    private final Palette palette;
    private final Labels labels;

    OrganisationEntry(BrochureContext context) {
        this.context = context;
        this.blocks = context.blocks();
        this.type = context.type();
        this.palette = context.palette();
        this.labels = context.labels();
    }

    /**
     * Writes the entry of {@code organisation}, bookmarked under the chapter {@code sectorKey}; the first
     * entry of a chapter comes under the section label "Organisations".
     */
    void write(Organisation organisation, String sectorKey, boolean firstInChapter) {
        PdfWriter writer = context.writer();
        PageGeometry geometry = context.geometry();
        PageDecorator decorator = context.decorator();
        String key = Anchors.organisation(organisation);
        String name = context.text(organisation.name());
        decorator.bookmark(key, name, sectorKey, false);

        // The entry is set in the page's own flow, not in a table: one layout pass instead of two, which
        // is most of the time a large brochure takes. Keeping it together is done here, from its height.
        Structure structure = context.structure();
        float width = geometry.contentWidth() - ENTRY_INDENT;
        List<Paragraph> parts = new ArrayList<>();
        List<StructElem> leaves = new ArrayList<>();
        Typesetter.Style orgName = context.styles().orgName;
        Paragraph heading = blocks.paragraph(orgName.size() * 1.2f);
        List<Chunk> nameChunks = type.chunks(Typesetter.oneLine(name), orgName, null);
        nameChunks.getFirst().setLocalDestination(key);
        nameChunks.getFirst().setGenericTag(key);
        heading.addAll(nameChunks);
        heading.setSpacingBefore(ENTRY_GAP);

        PdfPTable label = null;
        float labelHeight = 0;
        if (firstInChapter) {
            label = new PdfPTable(1);
            label.setWidthPercentage(100);
            label.setSpacingBefore(18);
            label.addCell(blocks.sectionLabel(structure.leaf(Role.H2), labels.text(Label.ORGANISATIONS)));
            labelHeight = 18 + 11 + 6 + 4;
        }
        parts.add(heading);
        leaves.add(structure.leaf(Role.H3, context.resolvedLanguage(organisation.name()), context.language()));
        parts.add(metaLine(organisation));
        StructElem meta = structure.leaf(Role.P);
        // The type is set in letter-spaced capitals.
        Structure.actualText(meta, metaText(organisation));
        leaves.add(meta);
        organisation.description().ifPresent(description -> {
            for (RichTextLayout.Part part : blocks.richText(context.resolve(description), context.styles().body,
                    13.6f, width)) {
                part.paragraph().setSpacingBefore(4);
                parts.add(part.paragraph());
                leaves.add(part.leaf());
            }
        });
        footerLine(organisation).ifPresent(footer -> {
            parts.add(footer.paragraph());
            leaves.add(footer.leaf());
        });
        float height = 0;
        for (Paragraph part : parts) {
            part.setIndentationLeft(part.getIndentationLeft() + ENTRY_INDENT);
            height += LineEstimate.height(part, width);
        }

        // A new page when the entry (at most a page of it) does not fit in the room left, unless this page is
        // still empty: an entry longer than a page then starts at the top and runs on.
        float room = writer.getVerticalPosition(true) - geometry.contentBottom();
        float page = geometry.contentTop() - geometry.contentBottom();
        float needed = labelHeight + Math.min(height, page - labelHeight);
        if (needed > room && room < page - 1) {
            context.document().newPage();
        }
        if (label != null) {
            context.addMarked(label);
        }
        float top = writer.getVerticalPosition(true) - ENTRY_GAP;
        decorator.openBar(top + 1);
        int startPage = writer.getPageNumber();
        for (int i = 0; i < parts.size(); i++) {
            context.add(leaves.get(i), parts.get(i));
        }
        float bottom = writer.getVerticalPosition(true) - 3;
        decorator.closeBar(writer.getDirectContentUnder(), writer.getPageNumber() == startPage ? top + 1
                : geometry.contentTop(), bottom);
    }

    /** "NETZWERK · e. V. · Oldenburg" under an organisation's name. */
    private Paragraph metaLine(Organisation organisation) {
        Paragraph meta = blocks.paragraph(12);
        meta.setSpacingBefore(1);
        Typesetter.Style typeStyle = new Typesetter.Style(Typesetter.Face.BOLD, 7, palette.accent(), 0.8f);
        Typesetter.Style rest = new Typesetter.Style(Typesetter.Face.REGULAR, 8, palette.muted());
        meta.addAll(type.chunks(labels.text(Label.of(organisation.type())).toUpperCase(labels.locale()), typeStyle, null));
        organisation.legalForm().ifPresent(form -> meta.addAll(type.chunks("  ·  " + Typesetter.oneLine(form), rest,
                null)));
        organisation.city().ifPresent(city -> meta.addAll(type.chunks("  ·  " + Typesetter.oneLine(city), rest,
                null)));
        return meta;
    }

    /** The meta line's words as they are read: "Netzwerk · e. V. · Oldenburg". */
    private String metaText(Organisation organisation) {
        List<String> parts = new ArrayList<>();
        parts.add(labels.text(Label.of(organisation.type())));
        organisation.legalForm().ifPresent(form -> parts.add(Typesetter.oneLine(form)));
        organisation.city().ifPresent(city -> parts.add(Typesetter.oneLine(city)));
        return String.join(" · ", parts);
    }

    /** The footer line and the structure element its text belongs to. */
    private record Footer(Paragraph paragraph, StructElem leaf) {}

    /**
     * The website link, the other sectors and the tags; empty when the organisation has none of them. Its
     * text is one {@code Span} of a {@code P}, and each link a {@code Link} beside it in that {@code P}.
     */
    private Optional<Footer> footerLine(Organisation organisation) {
        List<String> otherSectors = organisation.sectorIds().subList(1, organisation.sectorIds().size());
        if (organisation.website().isEmpty() && otherSectors.isEmpty() && organisation.tags().isEmpty()) {
            return Optional.empty();
        }
        Structure structure = context.structure();
        structure.open(Role.P);
        StructElem text = structure.leaf(Role.SPAN);
        Typesetter.Style small = context.styles().small;
        Paragraph footer = blocks.paragraph(14);
        footer.setSpacingBefore(5);
        boolean first = true;
        if (organisation.website().isPresent()) {
            footer.addAll(blocks.linkChunks(organisation.website().get(),
                    new Typesetter.Style(Typesetter.Face.BOLD, 8.5f, palette.accent()), structure.leaf(Role.LINK)));
            first = false;
        }
        if (!otherSectors.isEmpty()) {
            if (!first) {
                footer.add(type.blank("     ", small));
            }
            footer.addAll(type.chunks(labels.text(Label.LEAD, labels.text(Label.ALSO_IN)) + " ", small, null));
            for (int i = 0; i < otherSectors.size(); i++) {
                Sector other = context.region().sector(otherSectors.get(i)).orElseThrow();
                if (i > 0) {
                    footer.addAll(type.chunks(", ", small, null));
                }
                String name = context.text(other.name());
                footer.addAll(blocks.internalLink(name, small.withColour(palette.primary()), Anchors.sector(other),
                        name, structure.leaf(Role.LINK)));
            }
            first = false;
        }
        if (!organisation.tags().isEmpty()) {
            if (!first) {
                footer.add(type.blank("     ", small));
            }
            Typesetter.Style tagStyle = new Typesetter.Style(Typesetter.Face.REGULAR, 7.5f, palette.primary());
            for (int i = 0; i < organisation.tags().size(); i++) {
                if (i > 0) {
                    footer.add(type.blank("    ", small));
                }
                for (Chunk chunk : type.chunks(Typesetter.oneLine(organisation.tags().get(i)), tagStyle, null)) {
                    chunk.setBackground(palette.tint(), 2.5f, 2f, 2.5f, 2.5f);
                    footer.add(chunk);
                }
            }
        }
        structure.close();
        return Optional.of(new Footer(footer, text));
    }
}
