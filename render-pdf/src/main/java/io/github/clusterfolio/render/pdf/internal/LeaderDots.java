package io.github.clusterfolio.render.pdf.internal;

import java.awt.Color;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.draw.DrawInterface;

/**
 * Dot leaders between an entry and its page number. The dots sit on a grid fixed to the page (every
 * {@link #PITCH} points from the left edge), so that the dots of all entries line up in columns, and the
 * leaders that a page-number template completes later continue the same grid. One dashed line per leader,
 * not one shape per dot, keeps a long register's content small.
 */
final class LeaderDots implements DrawInterface {
    static final float PITCH = 4.2f;
    private static final float DOT = 0.9f;
    private static final float GAP = 4f;

    private final Color colour;
    private final boolean continued;

    /**
     * Leaders in {@code colour}; {@code continued} when a page-number template that draws the last dots
     * follows directly, so that this part runs up to it without a gap.
     */
    LeaderDots(Color colour, boolean continued) {
        this.colour = colour;
        this.continued = continued;
    }

    @Override
    public void draw(PdfContentByte canvas, float llx, float lly, float urx, float ury, float y) {
        dots(canvas, 0, llx + GAP, continued ? urx : urx - GAP, y, colour);
    }

    /**
     * Draws dots on the page grid between {@code from} and {@code to} (in the canvas's coordinates) at
     * baseline {@code y}; {@code originX} is the canvas's left edge on the page, 0 for the page itself and
     * the template's position for a template.
     */
    static void dots(PdfContentByte canvas, float originX, float from, float to, float y, Color colour) {
        float pageFrom = originX + from;
        float first = (float) Math.ceil(pageFrom / PITCH) * PITCH - originX;
        if (first > to) {
            return;
        }
        canvas.saveState();
        canvas.setColorStroke(colour);
        canvas.setLineWidth(DOT);
        canvas.setLineCap(PdfContentByte.LINE_CAP_ROUND);
        canvas.setLineDash(0, PITCH, 0);
        canvas.moveTo(first, y + DOT);
        canvas.lineTo(to, y + DOT);
        canvas.stroke();
        canvas.restoreState();
    }
}
