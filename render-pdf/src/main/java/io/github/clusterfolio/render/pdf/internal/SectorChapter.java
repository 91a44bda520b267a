package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.Source;
import io.github.clusterfolio.render.text.Label;
import io.github.clusterfolio.render.text.Labels;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.NullUnmarked;
import org.openpdf.text.Chunk;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * One chapter per sector: its number and name, summary, key figures, the organisations whose main sector it
 * is, and cross references to organisations whose main sector is another.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class SectorChapter {
    private final BrochureContext context;
    private final Blocks blocks;
    private final Typesetter type;
    private final Palette palette;
    private final Labels labels;
    private final OrganisationEntry entries;

    SectorChapter(BrochureContext context) {
        this.context = context;
        this.blocks = context.blocks();
        this.type = context.type();
        this.palette = context.palette();
        this.labels = context.labels();
        this.entries = new OrganisationEntry(context);
    }

    /** Writes the chapter of {@code sector}, the {@code index}th of the region's sectors (from 0). */
    void write(int index, Sector sector) {
        Region region = context.region();
        Structure structure = context.structure();
        String key = Anchors.sector(sector);
        String name = context.text(sector.name());
        context.document().newPage();
        structure.open(Role.SECT);
        context.decorator().runningTitle(name);
        context.decorator().bookmark(key, name, null, false);
        blocks.chapterHeading(labels.text(Label.SECTOR_KICKER, Blocks.sectorNumber(index)), name, key);

        blocks.summary(sector.summary());
        if (!sector.keyFigures().isEmpty()) {
            keyFigures(sector);
        }
        List<Organisation> members = region.organisationsOf(sector.id());
        List<Organisation> main = members.stream().filter(o -> o.mainSectorId().equals(sector.id())).toList();
        List<Organisation> others = members.stream().filter(o -> !o.mainSectorId().equals(sector.id())).toList();
        if (main.isEmpty() && others.isEmpty()) {
            Paragraph empty = blocks.paragraph(type.phrase(labels.text(Label.SECTOR_EMPTY), context.styles().small, 12));
            empty.setSpacingBefore(18);
            context.add(structure.leaf(Role.P), empty);
        }
        for (int i = 0; i < main.size(); i++) {
            entries.write(main.get(i), key, i == 0);
        }
        if (!others.isEmpty()) {
            crossReferences(others);
        }
        structure.close();
    }

    /** The key figures: a table of value and label (its row header), under the heading "Key figures". */
    private void keyFigures(Sector sector) {
        Structure structure = context.structure();
        PageGeometry geometry = context.geometry();
        float width = geometry.contentWidth();
        PdfPTable table = new PdfPTable(new float[] {0.36f * width, 0.64f * width});
        // Width by percentage, not locked: OpenPDF then lays the table out twice (measure, write), not three times.
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        table.setKeepTogether(true);
        PdfPCell heading = blocks.sectionLabel(structure.leaf(Role.H2), labels.text(Label.KEY_FIGURES));
        heading.setColspan(2);
        table.addCell(heading);
        structure.open(Role.TABLE);
        for (KeyFigure figure : sector.keyFigures()) {
            structure.open(Role.TR);
            PdfPCell valueCell = Blocks.ruled(blocks.cell(structure.leaf(Role.TD), value(figure)),
                    palette.hairline(), 0.5f);
            valueCell.setPaddingTop(6);
            valueCell.setPaddingBottom(8);
            valueCell.setPaddingRight(10);
            table.addCell(valueCell);

            StructElem header = structure.open(Role.TH);
            Structure.scope(header, false);
            Typesetter.Style labelStyle = new Typesetter.Style(Typesetter.Face.BOLD, 9.5f, palette.text());
            PdfPCell labelCell = blocks.cell(structure.leaf(Role.P, context.resolvedLanguage(figure.label()),
                    context.language()), blocks.paragraph(type.phrase(Typesetter.oneLine(context.text(
                    figure.label())), labelStyle, 13)));
            figureNote(figure, labelCell);
            structure.close();
            Blocks.ruled(labelCell, palette.hairline(), 0.5f);
            labelCell.setPaddingTop(9);
            labelCell.setPaddingBottom(8);
            table.addCell(labelCell);
            structure.close();
        }
        structure.close();
        context.addMarked(table);
    }

    /** A key figure's value: the number large, the words around it ("über", the unit) in smaller type. */
    private Paragraph value(KeyFigure figure) {
        Numbers numbers = context.numbers();
        Typesetter.Style big = new Typesetter.Style(Typesetter.Face.BOLD, 17 * context.geometry().scale(),
                palette.accent());
        Typesetter.Style unitStyle = new Typesetter.Style(Typesetter.Face.REGULAR, 9.5f, palette.accent());
        Paragraph value = blocks.paragraph(20 * context.geometry().scale());
        if (figure.approximate() || figure.qualifier().isPresent()) {
            // "über 70.000", "rund 10.000": only the number is set large, the words around it like the unit.
            String number = numbers.number(figure.value());
            String full = numbers.value(figure);
            int at = full.indexOf(number);
            if (at >= 0) {
                value.addAll(type.chunks(full.substring(0, at), unitStyle, null));
                value.addAll(type.chunks(number, big, null));
                value.addAll(type.chunks(full.substring(at + number.length()), unitStyle, null));
            } else {
                value.addAll(type.chunks(full, big, null));
            }
        } else {
            value.addAll(type.chunks(numbers.number(figure.value()), big, null));
        }
        figure.unit().ifPresent(unit -> {
            String joined = numbers.withUnit("", context.text(unit));
            value.addAll(type.chunks(joined, unitStyle, null));
        });
        return value;
    }

    /** Adds "Stand 2024 · Quelle: NaGeB", with the source linked, to {@code cell}, when there is either. */
    private void figureNote(KeyFigure figure, PdfPCell cell) {
        if (figure.year().isEmpty() && figure.source().isEmpty()) {
            return;
        }
        Structure structure = context.structure();
        Typesetter.Style small = context.styles().small;
        structure.open(Role.P);
        StructElem text = structure.leaf(Role.SPAN);
        Paragraph note = blocks.paragraph(11);
        note.setSpacingBefore(1);
        if (figure.year().isPresent()) {
            note.addAll(type.chunks(labels.text(Label.AS_OF, String.valueOf(figure.year().getAsInt())), small,
                    null));
        }
        if (figure.source().isPresent()) {
            Source source = figure.source().get();
            if (figure.year().isPresent()) {
                note.addAll(type.chunks(" · ", small, null));
            }
            note.addAll(type.chunks(labels.text(Label.LEAD, labels.text(Label.SOURCE)) + " ", small, null));
            List<Chunk> title = type.chunks(Typesetter.oneLine(context.text(source.title())),
                    source.url().isPresent() ? small.withColour(palette.accent()) : small, null);
            source.url().ifPresent(url -> {
                String address = url.toASCIIString();
                String tag = structure.link(structure.leaf(Role.LINK), new PdfAction(address), address);
                title.forEach(chunk -> chunk.setGenericTag(tag));
            });
            note.addAll(title);
        }
        structure.close();
        structure.mark(cell::addElement, text, note);
    }

    /** Organisations whose main sector is another, listed with a link to their entry and its page. */
    private void crossReferences(List<Organisation> others) {
        Structure structure = context.structure();
        Typesetter.Style small = context.styles().small;
        PdfPTable table = new PdfPTable(1);
        // Width by percentage, not locked: OpenPDF then lays the table out twice (measure, write), not three times.
        table.setWidthPercentage(100);
        table.setSpacingBefore(20);
        table.setHeaderRows(1);
        table.addCell(blocks.sectionLabel(structure.leaf(Role.H2), labels.text(Label.ALSO_ACTIVE)));
        Typesetter.Style entry = new Typesetter.Style(Typesetter.Face.BOLD, 9, palette.primary());
        structure.open(Role.L);
        for (Organisation organisation : others) {
            String key = Anchors.organisation(organisation);
            Sector main = context.region().sector(organisation.mainSectorId()).orElseThrow();
            structure.open(Role.LI);
            structure.open(Role.LBODY);
            StructElem link = structure.leaf(Role.LINK);
            Paragraph line = blocks.leaderLine(context.text(organisation.name()), entry, 13, key, small,
                    page -> labels.text(Label.PAGE_SHORT, String.valueOf(page)), context.geometry().contentRight(), link);
            PdfPCell cell = blocks.cell(link, line);
            structure.mark(cell::addElement, structure.leaf(Role.P), blocks.paragraph(type.line(
                    labels.text(Label.ALSO_ACTIVE_MAIN, context.text(main.name())), small, 11)));
            structure.close();
            structure.close();
            cell.setPaddingBottom(6);
            table.addCell(cell);
        }
        structure.close();
        context.addMarked(table);
    }
}
