package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.render.Theme;
import org.openpdf.text.Rectangle;

/**
 * Where things go on a page, in points. Without bleed the media box is the trimmed page. With bleed the
 * media box grows by the bleed and a slug for crop marks on every side; the trim box is the finished page,
 * the bleed box the trim box plus the bleed, and the margins are measured inside the trim box.
 *
 * @param media the whole sheet (MediaBox)
 * @param bleed the trim box plus bleed (BleedBox); equal to {@code trim} without bleed
 * @param trim the finished page (TrimBox)
 * @param left left margin measured from the media box's edge
 * @param right right margin measured from the media box's edge
 * @param top top margin measured from the media box's edge
 * @param bottom bottom margin measured from the media box's edge
 * @param bleedWidth the bleed in points, 0 for none
 * @param scale display-type scale, 1 for A4 and Letter, smaller for A5
 */
record PageGeometry(Rectangle media, Rectangle bleed, Rectangle trim, float left, float right, float top, float bottom,
        float bleedWidth, float scale) {

    /** Length of a crop mark. */
    static final float MARK_LENGTH = mm(5);
    /** Room between the bleed edge and the media edge, for the crop marks. */
    static final float SLUG = MARK_LENGTH + mm(2);

    static PageGeometry of(Theme theme) {
        float width = mm(theme.pageSize().widthMillimetres());
        float height = mm(theme.pageSize().heightMillimetres());
        float bleed = mm(theme.bleedMillimetres());
        float offset = bleed > 0 ? bleed + SLUG : 0;
        Rectangle media = new Rectangle(width + 2 * offset, height + 2 * offset);
        Rectangle trim = new Rectangle(offset, offset, offset + width, offset + height);
        Rectangle bleedBox = new Rectangle(offset - bleed, offset - bleed, offset + width + bleed, offset + height + bleed);
        Theme.Margins margins = theme.margins();
        float scale = (float) Math.min(1, Math.max(0.78, theme.pageSize().widthMillimetres() / 210.0));
        return new PageGeometry(
                media,
                bleedBox,
                trim,
                offset + mm(margins.left()),
                offset + mm(margins.right()),
                offset + mm(margins.top()),
                offset + mm(margins.bottom()),
                bleed,
                scale);
    }

    /** Millimetres in points. */
    static float mm(double millimetres) {
        return (float) (millimetres * 72 / 25.4);
    }

    /** The left edge of the text area. */
    float contentLeft() {
        return left;
    }

    /** The right edge of the text area. */
    float contentRight() {
        return media.getWidth() - right;
    }

    /** The top of the text area. */
    float contentTop() {
        return media.getHeight() - top;
    }

    /** The bottom of the text area. */
    float contentBottom() {
        return bottom;
    }

    /** The width of the text area. */
    float contentWidth() {
        return contentRight() - contentLeft();
    }
}
