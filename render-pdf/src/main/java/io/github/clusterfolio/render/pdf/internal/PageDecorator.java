package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.render.text.Label;
import io.github.clusterfolio.render.text.Labels;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.IntFunction;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Everything that happens per page rather than per paragraph: the running header (region, current
 * chapter) and footer ("Seite X von Y") on every page but the cover, crop marks when there is bleed, the
 * page on which each tagged heading lands, the bookmarks made from them, and page numbers that are only
 * known at the end (contents, forward references, the page total), written into templates when the
 * document closes.
 */
final class PageDecorator extends PdfPageEventHelper {
    private static final float HEADER_SIZE = 7.5f;
    private static final float NUMBER_GAP = 3f;

    private final PageGeometry geometry;
    private final Palette palette;
    private final Typesetter type;
    private final Labels labels;
    private final String regionName;
    private final String footerText;

    private final Map<String, Integer> pages = new HashMap<>();
    private final Map<String, Bookmark> bookmarks = new HashMap<>();
    private final Map<String, PdfOutline> outlines = new HashMap<>();
    private final List<Reference> references = new ArrayList<>();
    private final List<PdfTemplate> pageTotals = new ArrayList<>();
    private String runningTitle = "";
    private int pagesEnded;
    private float openBarTop = Float.NaN;

    PageDecorator(PageGeometry geometry, Palette palette, Typesetter type, Labels labels, String regionName,
            String footerText) {
        this.geometry = geometry;
        this.palette = palette;
        this.type = type;
        this.labels = labels;
        this.regionName = regionName;
        this.footerText = footerText;
    }

    /** The chapter named in the header of the pages that follow. */
    void runningTitle(String title) {
        this.runningTitle = title;
    }

    /**
     * Makes a bookmark when the chunk tagged {@code key} is placed. {@code parentKey} names the bookmark it
     * goes under, or is null for the top level.
     */
    void bookmark(String key, String title, String parentKey, boolean open) {
        bookmarks.put(key, new Bookmark(title, parentKey, open));
    }

    /**
     * Starts an entry's accent bar at {@code top} on the current page; if the entry runs on to the next
     * page, the part on this page is drawn when the page ends.
     */
    void openBar(float top) {
        openBarTop = top;
    }

    /** Draws the last part of the open accent bar, from {@code top} to {@code bottom}, on {@code canvas}. */
    void closeBar(PdfContentByte canvas, float top, float bottom) {
        bar(canvas, top, bottom);
        openBarTop = Float.NaN;
    }

    private void bar(PdfContentByte canvas, float top, float bottom) {
        if (top - bottom < 1) {
            return;
        }
        Structure.artifact(canvas, () -> {
            canvas.saveState();
            canvas.setColorFill(palette.accent());
            canvas.rectangle(geometry.contentLeft(), bottom, 1.6f, top - bottom);
            canvas.fill();
            canvas.restoreState();
        });
    }

    /** The page on which the chunk tagged {@code key} was placed, once it has been. */
    OptionalInt page(String key) {
        Integer page = pages.get(key);
        return page == null ? OptionalInt.empty() : OptionalInt.of(page);
    }

    /** The number of pages, once the document is closed. */
    int pageCount() {
        return pagesEnded;
    }

    /**
     * A template, {@code width} wide, that shows the page of {@code key} right-aligned once the document is
     * complete, optionally preceded by dot leaders that continue those of the line it ends.
     *
     * @param originX where the template's left edge will be on the page, to keep the leader dots on the grid
     */
    PdfTemplate pageReference(PdfWriter writer, String key, Typesetter.Style style, float width, boolean leaders,
            float originX, IntFunction<String> text) {
        // No taller than the font's capitals, so that the template does not push its line apart.
        float height = style.size() * 0.95f;
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        references.add(new Reference(template, key, style, leaders, originX, text));
        return template;
    }

    /** The baseline of text in a template made by {@link #pageReference}, from its bottom. */
    static float templateBaseline(Typesetter.Style style) {
        return style.size() * 0.2f;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pagesEnded = writer.getPageNumber();
        PdfContentByte canvas = writer.getDirectContent();
        if (!Float.isNaN(openBarTop)) {
            // An entry that goes on over the page: its bar runs to the foot of this page and on from the top of the next.
            bar(writer.getDirectContentUnder(), openBarTop, geometry.contentBottom());
            openBarTop = geometry.contentTop();
        }
        if (pagesEnded > 1) {
            Structure.pagination(canvas, () -> {
                header(canvas);
                footer(writer, canvas);
            });
        }
        if (geometry.bleedWidth() > 0) {
            Structure.artifact(canvas, () -> cropMarks(canvas));
        }
    }

    private void header(PdfContentByte canvas) {
        Rectangle trim = geometry.trim();
        float baseline = trim.getTop() - (trim.getTop() - geometry.contentTop()) * 0.48f;
        Typesetter.Style left = new Typesetter.Style(Typesetter.Face.BOLD, HEADER_SIZE, palette.muted(), 0.7f);
        Typesetter.Style right = new Typesetter.Style(Typesetter.Face.REGULAR, HEADER_SIZE, palette.primary(), 0.2f);
        float half = geometry.contentWidth() / 2 - 8;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                type.line(fit(regionName.toUpperCase(labels.locale()), left, half), left, HEADER_SIZE),
                geometry.contentLeft(), baseline, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                type.line(fit(runningTitle, right, half), right, HEADER_SIZE),
                geometry.contentRight(), baseline, 0);
        canvas.saveState();
        canvas.setColorStroke(palette.hairline());
        canvas.setLineWidth(0.5f);
        canvas.moveTo(geometry.contentLeft(), baseline - 5);
        canvas.lineTo(geometry.contentRight(), baseline - 5);
        canvas.stroke();
        canvas.restoreState();
    }

    private void footer(PdfWriter writer, PdfContentByte canvas) {
        Rectangle trim = geometry.trim();
        float baseline = trim.getBottom() + (geometry.contentBottom() - trim.getBottom()) * 0.42f;
        Typesetter.Style style = new Typesetter.Style(Typesetter.Face.REGULAR, HEADER_SIZE, palette.muted(), 0.2f);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                type.line(fit(footerText, style, geometry.contentWidth() / 2), style, HEADER_SIZE),
                geometry.contentLeft(), baseline, 0);
        float width = geometry.contentWidth() / 2 - 8;
        PdfTemplate total = canvas.createTemplate(width, HEADER_SIZE * 1.3f);
        canvas.addTemplate(total, geometry.contentRight() - width, baseline - HEADER_SIZE * 0.3f);
        pageTotals.add(total);
    }

    private void cropMarks(PdfContentByte canvas) {
        Rectangle trim = geometry.trim();
        float bleed = geometry.bleedWidth();
        float near = bleed;
        float far = bleed + PageGeometry.MARK_LENGTH;
        canvas.saveState();
        canvas.setColorStroke(Color.BLACK);
        canvas.setLineWidth(0.25f);
        float[] xs = {trim.getLeft(), trim.getRight()};
        float[] ys = {trim.getBottom(), trim.getTop()};
        for (float x : xs) {
            float outward = x == trim.getLeft() ? -1 : 1;
            for (float y : ys) {
                float upward = y == trim.getBottom() ? -1 : 1;
                canvas.moveTo(x + outward * near, y);
                canvas.lineTo(x + outward * far, y);
                canvas.moveTo(x, y + upward * near);
                canvas.lineTo(x, y + upward * far);
            }
        }
        canvas.stroke();
        canvas.restoreState();
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String key) {
        if (Structure.isLink(key) || pages.putIfAbsent(key, writer.getPageNumber()) != null) {
            return;
        }
        Bookmark bookmark = bookmarks.remove(key);
        if (bookmark == null) {
            return;
        }
        PdfOutline parent = bookmark.parentKey() == null
                ? writer.getRootOutline()
                : outlines.getOrDefault(bookmark.parentKey(), writer.getRootOutline());
        PdfDestination destination = new PdfDestination(PdfDestination.XYZ, geometry.trim().getLeft(),
                Math.min(geometry.trim().getTop(), rect.getTop() + 28), 0);
        // Bookmark titles are plain text: no non-breaking spaces, which some viewers show as boxes.
        String title = Typesetter.oneLine(bookmark.title()).replace('\u00a0', ' ');
        outlines.put(key, new PdfOutline(parent, destination, title, bookmark.open()));
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        int total = pagesEnded;
        Typesetter.Style style = new Typesetter.Style(Typesetter.Face.REGULAR, HEADER_SIZE, palette.muted(), 0.2f);
        for (int page = 0; page < pageTotals.size(); page++) {
            PdfTemplate template = pageTotals.get(page);
            // The first footer is on page 2: the cover has none.
            String text = labels.text(Label.PAGE_OF, String.valueOf(page + 2), String.valueOf(total));
            ColumnText.showTextAligned(template, Element.ALIGN_RIGHT, type.line(text, style, HEADER_SIZE),
                    template.getWidth(), HEADER_SIZE * 0.3f, 0);
        }
        for (Reference reference : references) {
            Integer page = pages.get(reference.key());
            String text = page == null ? "–" : reference.text().apply(page);
            PdfTemplate template = reference.template();
            float baseline = templateBaseline(reference.style());
            BaseFont font = type.base(reference.style().face());
            float textWidth = font.getWidthPoint(text, reference.style().size());
            if (reference.leaders()) {
                LeaderDots.dots(template, reference.originX(), 0, template.getWidth() - textWidth - NUMBER_GAP - 1.5f,
                        baseline, palette.muted());
            }
            ColumnText.showTextAligned(template, Element.ALIGN_RIGHT, type.line(text, reference.style(),
                    reference.style().size()), template.getWidth(), baseline, 0);
        }
    }

    /** {@code text}, shortened with an ellipsis until it fits {@code width} in {@code style}. */
    private String fit(String text, Typesetter.Style style, float width) {
        String line = Typesetter.oneLine(text);
        BaseFont font = type.base(style.face());
        if (measure(line, font, style) <= width) {
            return line;
        }
        int end = line.length();
        while (end > 1 && measure(line.substring(0, end) + "…", font, style) > width) {
            end--;
        }
        return line.substring(0, end).strip() + "…";
    }

    private static float measure(String text, BaseFont font, Typesetter.Style style) {
        return font.getWidthPoint(text, style.size()) + style.tracking() * text.length();
    }

    private record Bookmark(String title, String parentKey, boolean open) {}

    private record Reference(PdfTemplate template, String key, Typesetter.Style style, boolean leaders, float originX,
            IntFunction<String> text) {}
}
