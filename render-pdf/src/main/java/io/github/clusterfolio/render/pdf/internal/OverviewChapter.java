package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * The overview: the region's summary and website, the sectors at a glance (number, name with a one-sentence
 * gist, first key figure, organisations, page) and a bar chart of the key figure most sectors share.
 */
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
        context.document().newPage();
        context.decorator().runningTitle(labels.get("overview"));
        context.decorator().bookmark(Anchors.OVERVIEW, labels.get("overview"), null, false);
        blocks.chapterHeading(labels.get("overview"), Anchors.OVERVIEW);

        region.summary().ifPresent(blocks::summary);
        region.website().ifPresent(website -> {
            Paragraph link = blocks.paragraph(14);
            link.addAll(blocks.linkChunks(website, new Typesetter.Style(Typesetter.Face.BOLD, 9, palette.accent())));
            link.setSpacingBefore(2);
            context.add(link);
        });

        if (!region.sectors().isEmpty()) {
            sectorsAtAGlance();
        }
        chart();
    }

    private void sectorsAtAGlance() {
        float width = context.geometry().contentWidth();
        PdfPTable table = new PdfPTable(new float[] {0.06f * width, 0.38f * width, 0.33f * width, 0.15f * width,
            0.08f * width});
        // Width by percentage, not locked: OpenPDF then lays the table out twice (measure, write), not three times.
        table.setWidthPercentage(100);
        table.setSpacingBefore(18);
        table.setHeaderRows(2);
        PdfPCell heading = blocks.sectionLabel(labels.get("overview.sectors"));
        heading.setColspan(5);
        table.addCell(heading);
        Typesetter.Style head = new Typesetter.Style(Typesetter.Face.BOLD, 6.5f, palette.muted(), 0.3f);
        String[] headers = {labels.get("table.number"), labels.get("table.sector"), labels.get("table.keyFigure"),
            labels.get("table.organisations"), labels.get("table.page")};
        for (int column = 0; column < headers.length; column++) {
            PdfPCell cell = blocks.cell(blocks.paragraph(type.line(headers[column].toUpperCase(labels.locale()), head,
                    9)));
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(palette.muted());
            cell.setBorderWidth(0.6f);
            cell.setPaddingBottom(4);
            cell.setHorizontalAlignment(column >= 3 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            if (column >= 3) {
                ((Paragraph) cell.getCompositeElements().getFirst()).setAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
        for (int index = 0; index < region.sectors().size(); index++) {
            sectorRow(table, index, region.sectors().get(index), width);
        }
        context.add(table);
    }

    private void sectorRow(PdfPTable table, int index, Sector sector, float width) {
        Typesetter.Style small = context.styles().small;
        Typesetter.Style cellText = new Typesetter.Style(Typesetter.Face.REGULAR, 9, palette.text());
        Typesetter.Style numberText = new Typesetter.Style(Typesetter.Face.BOLD, 9, palette.accent());
        Typesetter.Style linkText = new Typesetter.Style(Typesetter.Face.BOLD, 9, palette.primary());
        String key = Anchors.sector(sector);
        table.addCell(rowCell(blocks.paragraph(type.line(Blocks.sectorNumber(index), numberText, 12)),
                Element.ALIGN_LEFT));
        Paragraph name = blocks.paragraph(12);
        name.addAll(blocks.internalLink(context.text(sector.name()), linkText, key));
        PdfPCell nameCell = rowCell(name, Element.ALIGN_LEFT);
        if (region.sectors().size() <= 15) {
            // Few sectors leave room to say in one sentence what each is about.
            LocalizedText.Resolved summary = context.resolve(sector.summary());
            Paragraph gist = blocks.paragraph(10.5f);
            gist.addAll(type.chunks(PlainText.firstSentence(summary.text()), small.withSize(7.5f),
                    context.hyphenation(summary.language())));
            gist.setSpacingBefore(1);
            nameCell.addElement(gist);
        }
        table.addCell(nameCell);
        Paragraph figure = blocks.paragraph(12);
        Paragraph what = null;
        if (!sector.keyFigures().isEmpty()) {
            KeyFigure first = sector.keyFigures().getFirst();
            figure.addAll(type.chunks(figureWithUnit(first), cellText.withFace(Typesetter.Face.BOLD), null));
            what = blocks.paragraph(type.line(context.text(first.label()), small.withSize(7.5f), 10));
        }
        PdfPCell figureCell = rowCell(figure, Element.ALIGN_LEFT);
        if (what != null) {
            figureCell.addElement(what);
        }
        table.addCell(figureCell);
        table.addCell(rowCell(blocks.paragraph(type.line(context.numbers().number(
                BigDecimal.valueOf(region.organisationsOf(sector.id()).size())), cellText, 12)),
                Element.ALIGN_RIGHT));
        float pageWidth = 0.08f * width - 6;
        PdfTemplate page = context.decorator().pageReference(context.writer(), key, cellText, pageWidth, false, 0,
                String::valueOf);
        Chunk pageChunk = new Chunk(Image.getInstance(page), 0, -PageDecorator.templateBaseline(cellText));
        pageChunk.setFont(type.font(cellText));
        pageChunk.setLocalGoto(key);
        Paragraph pageParagraph = blocks.paragraph(12);
        pageParagraph.add(pageChunk);
        table.addCell(rowCell(pageParagraph, Element.ALIGN_RIGHT));
    }

    private PdfPCell rowCell(Paragraph content, int alignment) {
        content.setAlignment(alignment);
        PdfPCell cell = blocks.cell(content);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(palette.hairline());
        cell.setBorderWidth(0.5f);
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
                ? labels.get("overview.chart.unit", context.text(example.label()), context.text(example.unit().get()))
                : labels.get("overview.chart", context.text(example.label()));

        PdfPTable table = new PdfPTable(1);
        // Width by percentage, not locked: OpenPDF then lays the table out twice (measure, write), not three times.
        table.setWidthPercentage(100);
        table.setSpacingBefore(22);
        table.setKeepTogether(true);
        table.addCell(blocks.sectionLabel(caption));
        PdfTemplate drawing = BarChart.draw(context.writer().getDirectContent(), type, palette, context.numbers(),
                bars, context.geometry().contentWidth());
        Image image = Image.getInstance(drawing);
        PdfPCell chartCell = new PdfPCell(image, false);
        chartCell.setBorder(Rectangle.NO_BORDER);
        chartCell.setPadding(0);
        chartCell.setPaddingTop(8);
        table.addCell(chartCell);
        if (sorted.size() > bars.size()) {
            PdfPCell note = blocks.cell(blocks.paragraph(type.line(labels.get("overview.chart.top",
                    String.valueOf(bars.size()), String.valueOf(sorted.size())), context.styles().small, 11)));
            note.setPaddingTop(4);
            table.addCell(note);
        }
        context.add(table);
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
