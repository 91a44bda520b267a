package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Prose;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.RichText;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.render.text.Label;
import io.github.clusterfolio.render.text.Labels;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullUnmarked;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * The overview: the region's summary and website, the sectors at a glance (number, name with a one-sentence
 * gist, first key figure, organisations, page) and a bar chart of the key figure most sectors share.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class OverviewChapter {
    private static final int MOST_BARS = 40;

    /** One sector's value of the key figure the chart shows. */
    record SectorFigure(Sector sector, KeyFigure figure) {}

    private final BrochureContext context;
    private final Blocks blocks;
    private final Typesetter type;
    private final Palette palette;
    private final Labels labels;
    private final Region region;

    OverviewChapter(BrochureContext context) {
        this.context = context;
        this.blocks = context.blocks();
        this.type = context.type();
        this.palette = context.palette();
        this.labels = context.labels();
        this.region = context.region();
    }

    void write() {
        Structure structure = context.structure();
        context.document().newPage();
        structure.open(Role.SECT);
        context.decorator().runningTitle(labels.text(Label.OVERVIEW));
        context.decorator().bookmark(Anchors.OVERVIEW, labels.text(Label.OVERVIEW), null, false);
        blocks.chapterHeading(labels.text(Label.OVERVIEW), Anchors.OVERVIEW);

        region.summary().ifPresent(blocks::summary);
        region.website().ifPresent(website -> {
            structure.open(Role.P);
            StructElem link = structure.leaf(Role.LINK);
            structure.close();
            Paragraph paragraph = blocks.paragraph(14);
            paragraph.addAll(blocks.linkChunks(website, new Typesetter.Style(Typesetter.Face.BOLD, 9, palette.accent()),
                    link));
            paragraph.setSpacingBefore(2);
            context.add(link, paragraph);
        });

        if (!region.sectors().isEmpty()) {
            sectorsAtAGlance();
        }
        chart();
        structure.close();
    }

    private void sectorsAtAGlance() {
        Structure structure = context.structure();
        float width = context.geometry().contentWidth();
        PdfPTable table = new PdfPTable(new float[] {0.06f * width, 0.38f * width, 0.33f * width, 0.15f * width,
            0.08f * width});
        // Width by percentage, not locked: OpenPDF then lays the table out twice (measure, write), not three times.
        table.setWidthPercentage(100);
        table.setSpacingBefore(18);
        table.setHeaderRows(2);
        structure.open(Role.TABLE);
        PdfPCell heading = blocks.sectionLabel(structure.leaf(Role.CAPTION), labels.text(Label.OVERVIEW_SECTORS));
        heading.setColspan(5);
        table.addCell(heading);
        Typesetter.Style head = new Typesetter.Style(Typesetter.Face.BOLD, 6.5f, palette.muted(), 0.3f);
        String[] headers = {labels.text(Label.NUMBER), labels.text(Label.SECTOR), labels.text(Label.KEY_FIGURE),
            labels.text(Label.ORGANISATIONS), labels.text(Label.PAGE)};
        structure.open(Role.THEAD);
        structure.open(Role.TR);
        for (int column = 0; column < headers.length; column++) {
            Paragraph text = blocks.paragraph(type.line(headers[column].toUpperCase(labels.locale()), head, 9));
            if (column >= 3) {
                text.setAlignment(Element.ALIGN_RIGHT);
            }
            StructElem header = structure.leaf(Role.TH);
            Structure.scope(header, true);
            Structure.actualText(header, headers[column]);
            PdfPCell cell = Blocks.ruled(blocks.cell(header, text), palette.muted(), 0.6f);
            cell.setPaddingBottom(4);
            cell.setHorizontalAlignment(column >= 3 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        structure.close();
        structure.close();
        structure.open(Role.TBODY);
        for (int index = 0; index < region.sectors().size(); index++) {
            sectorRow(table, index, region.sectors().get(index), width);
        }
        structure.close();
        structure.close();
        context.addMarked(table);
    }

    private void sectorRow(PdfPTable table, int index, Sector sector, float width) {
        Structure structure = context.structure();
        Typesetter.Style small = context.styles().small;
        Typesetter.Style cellText = new Typesetter.Style(Typesetter.Face.REGULAR, 9, palette.text());
        Typesetter.Style numberText = new Typesetter.Style(Typesetter.Face.BOLD, 9, palette.accent());
        Typesetter.Style linkText = new Typesetter.Style(Typesetter.Face.BOLD, 9, palette.primary());
        String key = Anchors.sector(sector);
        String sectorName = context.text(sector.name());
        structure.open(Role.TR);
        table.addCell(rowCell(structure.leaf(Role.TD), blocks.paragraph(type.line(Blocks.sectorNumber(index),
                numberText, 12)), Element.ALIGN_LEFT));

        structure.open(Role.TD);
        StructElem link = structure.leaf(Role.LINK);
        Paragraph name = blocks.paragraph(12);
        name.addAll(blocks.internalLink(sectorName, linkText, key, sectorName, link));
        PdfPCell nameCell = rowCell(link, name, Element.ALIGN_LEFT);
        if (region.sectors().size() <= 15) {
            // Few sectors leave room to say in one sentence what each is about.
            Prose.Resolved summary = context.resolve(sector.summary());
            Paragraph gist = blocks.paragraph(10.5f);
            gist.addAll(type.chunks(PlainText.firstSentence(RichText.words(summary.text())), small.withSize(7.5f),
                    context.hyphenation(summary.language()), 0.38f * width - 6));
            gist.setSpacingBefore(1);
            structure.mark(nameCell::addElement, structure.leaf(Role.P, summary.language(), context.language()),
                    gist);
        }
        structure.close();
        table.addCell(nameCell);

        Paragraph figure = blocks.paragraph(12);
        PdfPCell figureCell;
        if (sector.keyFigures().isEmpty()) {
            figureCell = rowCell(structure.leaf(Role.TD), figure, Element.ALIGN_LEFT);
        } else {
            structure.open(Role.TD);
            KeyFigure first = sector.keyFigures().getFirst();
            figure.addAll(type.chunks(figureWithUnit(first), cellText.withFace(Typesetter.Face.BOLD), null));
            figureCell = rowCell(structure.leaf(Role.P), figure, Element.ALIGN_LEFT);
            Paragraph what = blocks.paragraph(type.line(context.text(first.label()), small.withSize(7.5f), 10));
            structure.mark(figureCell::addElement, structure.leaf(Role.P, context.resolvedLanguage(first.label()),
                    context.language()), what);
            structure.close();
        }
        table.addCell(figureCell);
        table.addCell(rowCell(structure.leaf(Role.TD), blocks.paragraph(type.line(context.numbers().number(
                BigDecimal.valueOf(region.organisationsOf(sector.id()).size())), cellText, 12)),
                Element.ALIGN_RIGHT));

        structure.open(Role.TD);
        StructElem pageLink = structure.leaf(Role.LINK);
        structure.close();
        float pageWidth = 0.08f * width - 6;
        PdfTemplate page = context.decorator().pageReference(context.writer(), key, cellText, pageWidth, false, 0,
                String::valueOf);
        Chunk pageChunk = new Chunk(Image.getInstance(page), 0, -PageDecorator.templateBaseline(cellText));
        pageChunk.setFont(type.font(cellText));
        pageChunk.setGenericTag(blocks.internalLinkTag(key, sectorName, pageLink));
        structure.actualTextLater(pageLink, () -> context.decorator().page(key).stream()
                .mapToObj(String::valueOf).findFirst().orElse(""));
        Paragraph pageParagraph = blocks.paragraph(12);
        pageParagraph.add(pageChunk);
        table.addCell(rowCell(pageLink, pageParagraph, Element.ALIGN_RIGHT));
        structure.close();
    }

    /** A cell of the table's body holding {@code content} for {@code leaf}. */
    private PdfPCell rowCell(StructElem leaf, Paragraph content, int alignment) {
        content.setAlignment(alignment);
        PdfPCell cell = blocks.cell(leaf, content);
        Blocks.ruled(cell, palette.hairline(), 0.5f);
        cell.setPaddingTop(5);
        cell.setPaddingBottom(6);
        cell.setPaddingRight(6);
        return cell;
    }

    private String figureWithUnit(KeyFigure figure) {
        String value = context.numbers().value(figure);
        return figure.unit().map(unit -> context.numbers().withUnit(value, context.text(unit))).orElse(value);
    }

    /** The bar chart of the key figure most sectors share, if at least two share one. */
    private void chart() {
        List<SectorFigure> shared = sharedFigure();
        if (shared.isEmpty()) {
            return;
        }
        List<SectorFigure> sorted = new ArrayList<>(shared);
        sorted.sort((a, b) -> b.figure().value().compareTo(a.figure().value()));
        List<BarChart.Bar> bars = new ArrayList<>();
        for (SectorFigure entry : sorted.subList(0, Math.min(MOST_BARS, sorted.size()))) {
            bars.add(new BarChart.Bar(context.text(entry.sector().name()),
                    Math.max(0, entry.figure().value().doubleValue()), context.numbers().value(entry.figure())));
        }
        KeyFigure example = shared.getFirst().figure();
        String caption = example.unit().isPresent()
                ? labels.text(Label.CHART_UNIT, context.text(example.label()), context.text(example.unit().get()))
                : labels.text(Label.CHART, context.text(example.label()));

        Structure structure = context.structure();
        PdfPTable table = new PdfPTable(1);
        // Width by percentage, not locked: OpenPDF then lays the table out twice (measure, write), not three times.
        table.setWidthPercentage(100);
        table.setSpacingBefore(22);
        table.setKeepTogether(true);
        table.addCell(blocks.sectionLabel(structure.leaf(Role.H2), caption));
        PdfTemplate drawing = BarChart.draw(context.writer().getDirectContent(), type, palette, context.numbers(),
                bars, context.geometry().contentWidth());
        StructElem figure = structure.leaf(Role.FIGURE);
        Structure.alt(figure, chartDescription(caption, bars));
        PdfPCell chartCell = blocks.cell();
        chartCell.setPaddingTop(8);
        chartCell.setFixedHeight(drawing.getHeight() + 8);
        // Drawn by the cell itself, so that the picture can be a Figure with its alternative text.
        chartCell.setCellEvent((cell, position, canvases) -> {
            PdfContentByte canvas = canvases[PdfPTable.TEXTCANVAS];
            Structure.tagged(canvas, figure, () -> canvas.addTemplate(drawing, position.getLeft(),
                    position.getBottom()));
        });
        table.addCell(chartCell);
        if (sorted.size() > bars.size()) {
            PdfPCell note = blocks.cell(structure.leaf(Role.P), blocks.paragraph(type.line(labels.text(Label.CHART_TOP, String.valueOf(bars.size()), String.valueOf(sorted.size())),
                    context.styles().small, 11)));
            note.setPaddingTop(4);
            table.addCell(note);
        }
        context.addMarked(table);
    }

    /** What the chart shows, in words: its caption and every bar with its value, largest first. */
    private String chartDescription(String caption, List<BarChart.Bar> bars) {
        List<String> values = new ArrayList<>(bars.size());
        for (BarChart.Bar bar : bars) {
            values.add(labels.text(Label.CHART_ALT_BAR, Typesetter.oneLine(bar.label()), bar.valueText()));
        }
        return labels.text(Label.CHART_ALT, caption, String.join("; ", values));
    }

    /**
     * The sectors that share the key figure most of them have, matched by label and unit regardless of case,
     * in the order of the sectors; empty unless at least two share one. A tie goes to the figure seen first.
     */
    private List<SectorFigure> sharedFigure() {
        Map<String, List<SectorFigure>> byLabel = new LinkedHashMap<>();
        for (Sector sector : region.sectors()) {
            List<String> seen = new ArrayList<>();
            for (KeyFigure figure : sector.keyFigures()) {
                String unit = figure.unit().map(context::text).orElse("");
                String key = Typesetter.oneLine(context.text(figure.label())).toLowerCase(labels.locale()) + "\u0000"
                        + unit.toLowerCase(labels.locale());
                // A sector that lists the same figure twice counts once.
                if (!seen.contains(key)) {
                    seen.add(key);
                    byLabel.computeIfAbsent(key, k -> new ArrayList<>()).add(new SectorFigure(sector, figure));
                }
            }
        }
        List<SectorFigure> shared = List.of();
        for (List<SectorFigure> candidates : byLabel.values()) {
            if (candidates.size() >= 2 && candidates.size() > shared.size()) {
                shared = candidates;
            }
        }
        return shared;
    }
}
