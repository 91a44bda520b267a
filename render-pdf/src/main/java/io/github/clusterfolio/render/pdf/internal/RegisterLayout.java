package io.github.clusterfolio.render.pdf.internal;

import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.ColumnText;

/**
 * Two columns per page for the register; one instance per layout attempt. When simulating, nothing is
 * written and the layout never leaves the current page.
 */
final class RegisterLayout {
    private final BrochureContext context;
    private final PageGeometry geometry;
    private final float gutter = 22;
    private final float columnWidth;
    private final boolean simulate;
    private final ColumnText text;
    private float top;
    private float bottom;
    private int column;

    RegisterLayout(BrochureContext context, float top, float bottom, boolean simulate) {
        this.context = context;
        this.geometry = context.geometry();
        this.columnWidth = (geometry.contentWidth() - gutter) / 2;
        this.text = new ColumnText(context.writer().getDirectContent());
        this.top = top;
        this.bottom = bottom;
        this.simulate = simulate;
        place();
    }

    private void place() {
        float left = geometry.contentLeft() + column * (columnWidth + gutter);
        text.setSimpleColumn(left, bottom, left + columnWidth, top);
    }

    /** Whether nothing has been set in the current column yet. */
    boolean atTop() {
        return text.getYLine() >= top - 0.01f;
    }

    /** The height left in the current column. */
    float room() {
        return text.getYLine() - bottom;
    }

    /** Moves to the next column, on a new page after the second; false when simulating runs out of room. */
    boolean nextColumn() {
        if (column == 0) {
            column = 1;
        } else if (simulate) {
            return false;
        } else {
            context.writer().setPageEmpty(false);
            context.document().newPage();
            column = 0;
            top = geometry.contentTop();
            bottom = geometry.contentBottom();
        }
        place();
        return true;
    }

    /** Leaves {@code points} of space (ColumnText drops a paragraph's spacing at the top of a go()). */
    void skip(float points) {
        text.setYLine(Math.max(bottom, text.getYLine() - points));
    }

    /** Sets {@code elements}, running on into further columns; false when simulating runs out of room. */
    boolean add(List<Element> elements) {
        elements.forEach(text::addElement);
        int status = text.go(simulate);
        while (ColumnText.hasMoreText(status)) {
            if (!nextColumn()) {
                return false;
            }
            status = text.go(simulate);
        }
        return true;
    }
}
