package io.github.clusterfolio.render.pdf.internal;

import java.awt.Color;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPCellEvent;
import org.openpdf.text.pdf.PdfPTable;

/**
 * A rule under a table cell, drawn as an artifact. OpenPDF draws cell borders outside any marked content,
 * which a tagged PDF may not have, so the brochure's tables draw their rules themselves.
 */
record CellRule(Color colour, float width) implements PdfPCellEvent {

    /** Draws the rule under {@code cell} instead of a border. */
    static PdfPCell under(PdfPCell cell, Color colour, float width) {
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setCellEvent(new CellRule(colour, width));
        return cell;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
        Structure.artifact(canvas, () -> {
            canvas.saveState();
            canvas.setColorStroke(colour);
            canvas.setLineWidth(width);
            canvas.moveTo(position.getLeft(), position.getBottom());
            canvas.lineTo(position.getRight(), position.getBottom());
            canvas.stroke();
            canvas.restoreState();
        });
    }
}
