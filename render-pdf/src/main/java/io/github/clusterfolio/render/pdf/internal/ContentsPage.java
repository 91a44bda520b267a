package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.render.text.Label;
import io.github.clusterfolio.render.text.Labels;
import org.jspecify.annotations.NullUnmarked;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The contents: the overview, each sector with its number and the register, each a line with dot leaders
 * that links to the chapter and ends in its page, filled in when the document is complete.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class ContentsPage {
    private final BrochureContext context;
    private final Blocks blocks;

    ContentsPage(BrochureContext context) {
        this.context = context;
        this.blocks = context.blocks();
    }

    void write() {
        Labels labels = context.labels();
        Region region = context.region();
        Structure structure = context.structure();
        structure.open(Role.SECT);
        context.decorator().runningTitle(labels.text(Label.CONTENTS));
        // The bookmark is made when the heading is placed, so it must be asked for first.
        context.decorator().bookmark(Anchors.CONTENTS, labels.text(Label.CONTENTS), null, false);
        blocks.chapterHeading(labels.text(Label.CONTENTS), Anchors.CONTENTS);

        PdfPTable table = new PdfPTable(new float[] {30, context.geometry().contentWidth() - 30});
        // Width by percentage, not locked: OpenPDF then lays the table out twice (measure, write), not three times.
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        structure.open(Role.TOC);
        row(table, "", labels.text(Label.OVERVIEW), Anchors.OVERVIEW);
        for (int index = 0; index < region.sectors().size(); index++) {
            Sector sector = region.sectors().get(index);
            row(table, Blocks.sectorNumber(index), context.text(sector.name()), Anchors.sector(sector));
        }
        if (!region.organisations().isEmpty()) {
            row(table, "", labels.text(Label.REGISTER), Anchors.REGISTER);
        }
        structure.close();
        context.addMarked(table);
        structure.close();
    }

    /** One entry of the contents: a {@code TOCI} with the chapter's number as its label and a link. */
    private void row(PdfPTable table, String number, String entry, String key) {
        Styles styles = context.styles();
        Structure structure = context.structure();
        structure.open(Role.TOCI);
        Paragraph numberParagraph = blocks.paragraph(context.type().line(number, styles.tocNumber, 16));
        PdfPCell numberCell = blocks.cell();
        if (number.isEmpty()) {
            structure.markArtifact(numberCell::addElement, numberParagraph);
        } else {
            structure.mark(numberCell::addElement, structure.leaf(Role.LBL), numberParagraph);
        }
        numberCell.setPaddingBottom(7);
        table.addCell(numberCell);
        StructElem link = structure.leaf(Role.LINK);
        Paragraph paragraph = blocks.leaderLine(entry, styles.tocEntry, 16, key, styles.tocEntry,
                page -> String.valueOf(page), context.geometry().contentRight(), link);
        PdfPCell entryCell = blocks.cell(link, paragraph);
        entryCell.setPaddingBottom(7);
        table.addCell(entryCell);
        structure.close();
    }
}
