package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Prose;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.RichText;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.render.text.Label;
import io.github.clusterfolio.render.text.Labels;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.draw.VerticalPositionMark;

/**
 * The cover: a block in the primary colour with the network motif, the edition, the region's name and the
 * subtitle; below it what the brochure holds, the start of the region's summary and its website on the
 * left, the sectors (linked to their chapters) on the right, and the theme's logo if it has one. All of it
 * is direct content, placed at fixed positions rather than in the page's flow.
 */
final class CoverPage {
    /** How small the region's name on the cover may be set, relative to its full size, to fit the block. */
    private static final float MIN_COVER_NAME_SCALE = 0.2f;

    private final BrochureContext context;
    private final Blocks blocks;
    private final Typesetter type;
    private final Palette palette;
    private final PageGeometry geometry;
    private final Labels labels;
    private final Region region;

    CoverPage(BrochureContext context) {
        this.context = context;
        this.blocks = context.blocks();
        this.type = context.type();
        this.palette = context.palette();
        this.geometry = context.geometry();
        this.labels = context.labels();
        this.region = context.region();
    }

    void write() throws IOException {
        Structure structure = context.structure();
        structure.open(Role.SECT);
        PdfContentByte canvas = context.writer().getDirectContent();
        Rectangle trim = geometry.trim();
        Rectangle bleed = geometry.bleed();
        float blockBottom = trim.getBottom() + trim.getHeight() * 0.38f;

        Structure.artifact(canvas, () -> {
            canvas.saveState();
            canvas.setColorFill(palette.primary());
            canvas.rectangle(bleed.getLeft(), blockBottom, bleed.getWidth(), bleed.getTop() - blockBottom);
            canvas.fill();
            // A band of the accent colour closes the block.
            canvas.setColorFill(palette.accent());
            canvas.rectangle(bleed.getLeft(), blockBottom - 5, bleed.getWidth(), 5);
            canvas.fill();
            canvas.restoreState();
            NetworkMotif.draw(canvas, region, palette, trim.getLeft() + trim.getWidth() * 0.42f,
                    blockBottom + (trim.getTop() - blockBottom) * 0.5f,
                    trim.getRight() - PageGeometry.mm(14), trim.getTop() - PageGeometry.mm(16));
        });

        float textBottom = blockBottom + PageGeometry.mm(16);
        float textTop = trim.getTop() - PageGeometry.mm(20);
        // A name too long for the block at full size is set smaller until it fits, never cut off.
        float nameScale = 1;
        List<Element> inBlock = block(nameScale);
        while (!fits(canvas, inBlock, textBottom, textTop) && nameScale > MIN_COVER_NAME_SCALE) {
            nameScale *= 0.85f;
            inBlock = block(nameScale);
        }
        if (!fits(canvas, inBlock, textBottom, textTop)) {
            context.warnings().accept("PDF (" + context.language() + "): the region's name is too long for the cover"
                    + " even in small type; the cover shows only its beginning (the running heads and the document"
                    + " title carry it whole)");
        }
        List<Element> marked = structure.each(Role.P, inBlock);
        // The edition is set in letter-spaced capitals.
        Structure.actualText(structure.leafOf(marked.getFirst()), labels.text(Label.EDITION, context.edition()));
        placeBottomUp(canvas, marked, textBottom, textTop);

        // Below the block: what the brochure holds (left) and its sectors (right).
        float belowTop = blockBottom - PageGeometry.mm(13);
        float logoSpace = context.settings().logo().isPresent() ? PageGeometry.mm(26) : 0;
        float gutter = PageGeometry.mm(10);
        boolean listSectors = !region.sectors().isEmpty() && region.sectors().size() <= 12;
        float leftWidth = listSectors ? geometry.contentWidth() * 0.58f : geometry.contentWidth() * 0.72f;
        about(canvas, logoSpace, leftWidth, belowTop);
        if (listSectors) {
            sectors(canvas, geometry.contentLeft() + leftWidth + gutter, logoSpace, belowTop);
        }

        if (context.settings().logo().isPresent()) {
            Image logo = Image.getInstance(context.settings().logo().get());
            logo.scaleToFit(PageGeometry.mm(45), PageGeometry.mm(20));
            logo.setAbsolutePosition(geometry.contentRight() - logo.getScaledWidth(), geometry.contentBottom());
            StructElem figure = structure.leaf(Role.FIGURE);
            Optional<LocalizedText.Resolved> alt = context.settings().theme().logoAlt().map(context::resolve);
            if (alt.isPresent()) {
                Structure.alt(figure, Typesetter.oneLine(alt.get().text()));
                Structure.lang(figure, alt.get().language(), context.language());
            } else {
                Structure.alt(figure, labels.text(Label.LOGO_ALT, Typesetter.oneLine(context.text(region.name()))));
            }
            Structure.tagged(canvas, figure, () -> canvas.addImage(logo));
        }
        structure.close();
        // The cover holds only direct content; without this, newPage() would drop it.
        context.writer().setPageEmpty(false);
        context.document().newPage();
    }

    /** The counts, the first paragraph of the region's summary and its website, in the left column. */
    private void about(PdfContentByte canvas, float logoSpace, float leftWidth, float belowTop) {
        Structure structure = context.structure();
        ColumnText about = new ColumnText(canvas);
        about.setSimpleColumn(geometry.contentLeft(), geometry.contentBottom() + logoSpace,
                geometry.contentLeft() + leftWidth, belowTop);
        structure.mark(about::addElement, structure.leaf(Role.P), blocks.paragraph(type.line(counts(),
                new Typesetter.Style(Typesetter.Face.BOLD, 11, palette.primary()), 15)));
        region.summary().ifPresent(summary -> {
            Prose.Resolved resolved = context.resolve(summary);
            // The cover's blurb is the words of the first paragraph; the overview sets the whole summary, links too.
            String first = resolved.text().blocks().getFirst() instanceof RichText.Paragraph paragraph
                    ? RichText.words(paragraph.inlines()) : RichText.words(resolved.text());
            String language = resolved.language();
            // Ragged right: a short blurb in a narrow column reads better than justified with gaps.
            Paragraph intro = blocks.paragraph(14.5f);
            intro.addAll(type.chunks(first, new Typesetter.Style(Typesetter.Face.REGULAR, 9.5f, palette.text()),
                    context.hyphenation(language), leftWidth));
            intro.setSpacingBefore(7);
            structure.mark(about::addElement, structure.leaf(Role.P, language, context.language()), intro);
        });
        region.website().ifPresent(website -> {
            structure.open(Role.P);
            StructElem link = structure.leaf(Role.LINK);
            structure.close();
            Paragraph paragraph = blocks.paragraph(14);
            paragraph.addAll(blocks.linkChunks(website,
                    new Typesetter.Style(Typesetter.Face.BOLD, 9.5f, palette.accent()), link));
            paragraph.setSpacingBefore(8);
            structure.mark(about::addElement, link, paragraph);
        });
        structure.go(about);
    }

    /** The numbered sectors, each linked to its chapter, in the right column. */
    private void sectors(PdfContentByte canvas, float listLeft, float logoSpace, float belowTop) {
        Structure structure = context.structure();
        ColumnText list = new ColumnText(canvas);
        list.setSimpleColumn(listLeft, geometry.contentBottom() + logoSpace, geometry.contentRight(), belowTop);
        Paragraph heading = blocks.paragraph(type.line(labels.text(Label.COVER_SECTORS).toUpperCase(labels.locale()),
                context.styles().label, 11));
        heading.setSpacingAfter(5);
        StructElem headingLeaf = structure.leaf(Role.P);
        Structure.actualText(headingLeaf, labels.text(Label.COVER_SECTORS));
        structure.mark(list::addElement, headingLeaf, heading);
        Typesetter.Style numberStyle = new Typesetter.Style(Typesetter.Face.BOLD, 8.5f, palette.accent());
        Typesetter.Style nameStyle = new Typesetter.Style(Typesetter.Face.REGULAR, 9, palette.text());
        structure.open(Role.L);
        for (int index = 0; index < region.sectors().size(); index++) {
            Sector sector = region.sectors().get(index);
            structure.open(Role.LI);
            structure.open(Role.LBODY);
            StructElem link = structure.leaf(Role.LINK);
            structure.close();
            structure.close();
            String name = context.text(sector.name());
            Paragraph line = blocks.paragraph(13);
            line.setIndentationLeft(18);
            line.setFirstLineIndent(-18);
            line.setSpacingBefore(2);
            line.add(type.blank(Blocks.sectorNumber(index), numberStyle));
            Chunk tab = new Chunk(new VerticalPositionMark(), 18, false);
            tab.setFont(type.font(nameStyle));
            line.add(tab);
            line.addAll(blocks.internalLink(name, nameStyle, Anchors.sector(sector), name, link));
            structure.mark(list::addElement, link, line);
        }
        structure.close();
        structure.go(list);
    }

    /** The cover block's text: edition, region name (at {@code nameScale} of its full size) and subtitle. */
    private List<Element> block(float nameScale) {
        float scale = geometry.scale();
        Typesetter.Style name = new Typesetter.Style(Typesetter.Face.BOLD, 38 * scale * nameScale, palette.onPrimary());
        Typesetter.Style sub = new Typesetter.Style(Typesetter.Face.REGULAR, 17 * scale, palette.onPrimaryMuted());
        Typesetter.Style over = new Typesetter.Style(Typesetter.Face.BOLD, 8.5f, palette.onPrimaryMuted(), 1.6f);
        List<Element> inBlock = new ArrayList<>();
        Paragraph overline = blocks.paragraph(type.line(
                labels.text(Label.EDITION, context.edition()).toUpperCase(labels.locale()), over, 12));
        overline.setSpacingAfter(14);
        inBlock.add(overline);
        Paragraph regionName = blocks.paragraph(type.line(context.text(region.name()), name, 42 * scale * nameScale));
        regionName.setLeading(42 * scale * nameScale);
        inBlock.add(regionName);
        Paragraph subtitle = blocks.paragraph(type.line(context.subtitle(), sub, 22 * scale));
        subtitle.setSpacingBefore(10);
        inBlock.add(subtitle);
        return inBlock;
    }

    /** Whether {@code elements} fit between {@code bottom} and {@code top} in the text column. */
    private boolean fits(PdfContentByte canvas, List<Element> elements, float bottom, float top) {
        ColumnText probe = new ColumnText(canvas);
        probe.setSimpleColumn(geometry.contentLeft(), bottom, geometry.contentRight(), top);
        elements.forEach(probe::addElement);
        return !ColumnText.hasMoreText(probe.go(true));
    }

    /** Places {@code elements} in a column so that the last line ends just above {@code bottom}. */
    private void placeBottomUp(PdfContentByte canvas, List<Element> elements, float bottom, float highestTop) {
        ColumnText probe = new ColumnText(canvas);
        probe.setSimpleColumn(geometry.contentLeft(), bottom, geometry.contentRight(), highestTop);
        elements.forEach(probe::addElement);
        probe.go(true);
        float used = highestTop - probe.getYLine();
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(geometry.contentLeft(), bottom - 4, geometry.contentRight(), bottom + used);
        elements.forEach(column::addElement);
        context.structure().go(column);
    }

    /** "6 Branchen · 18 Organisationen", each count in the plural form its number needs. */
    private String counts() {
        Numbers numbers = context.numbers();
        int sectors = region.sectors().size();
        int organisations = region.organisations().size();
        return labels.count(Label.SECTOR_COUNT, sectors, numbers.number(BigDecimal.valueOf(sectors))) + " · "
                + labels.count(Label.ORGANISATION_COUNT, organisations, numbers.number(BigDecimal.valueOf(organisations)));
    }
}
