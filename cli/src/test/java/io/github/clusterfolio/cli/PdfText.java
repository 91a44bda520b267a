package io.github.clusterfolio.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF read back with PDFBox, an independent parser: its glyphs in the order they are drawn on each line
 * (left to right, which for right-to-left text is visual order), the text between the top and bottom margins (so that
 * a paragraph running over a page break is not interrupted by the running head and foot) in two reading
 * orders — as the PDF draws it, which keeps table cells whole, and top to bottom on each page, which keeps a
 * paragraph whole when a table on the same page is drawn after it — every web link, and every glyph that
 * lies outside its page's trim box.
 */
final class PdfText {
    private final StringBuilder all = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private final String sortedBody;
    private final List<String> links = new ArrayList<>();
    private final List<String> outside = new ArrayList<>();
    private final int pages;

    /**
     * Reads {@code pdf}; text above {@code topMargin} or below {@code bottomMargin} (points, measured from
     * the trim box's edges) counts as page furniture and is left out of {@link #body()}.
     */
    PdfText(byte[] pdf, float topMargin, float bottomMargin) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
            Stripper stripper = new Stripper(topMargin, bottomMargin, false);
            stripper.getText(document);
            Stripper sorted = new Stripper(topMargin, bottomMargin, true);
            sorted.getText(document);
            sortedBody = sorted.ownBody.toString();
            body.append(stripper.ownBody);
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
        }
    }

    /** Every page's text, in content order, line breaks and all. */
    String all() {
        return all.toString();
    }

    /** The text between the margins of every page, in the order the PDF draws it. */
    String body() {
        return body.toString();
    }

    /** The text between the margins of every page, top to bottom and left to right on each page. */
    String sortedBody() {
        return sortedBody;
    }

    /** The targets of every web link, in page order. */
    List<String> links() {
        return links;
    }

    /** Glyphs drawn (partly) outside their page's trim box, as "page N: 'c' at x,y"; empty when none. */
    List<String> glyphsOutsideTheTrimBox() {
        return outside;
    }

    int pageCount() {
        return pages;
    }

    private final class Stripper extends PDFTextStripper {
        private final float topMargin;
        private final float bottomMargin;
        private final boolean sorted;
        private final StringBuilder ownBody = new StringBuilder();
        private PDRectangle trim;
        private float mediaHeight;

        Stripper(float topMargin, float bottomMargin, boolean sorted) throws IOException {
            this.topMargin = topMargin;
            this.bottomMargin = bottomMargin;
            this.sorted = sorted;
            setSortByPosition(sorted);
            setSuppressDuplicateOverlappingText(false);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            trim = page.getTrimBox();
            mediaHeight = page.getMediaBox().getHeight();
            super.startPage(page);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            boolean inBody = false;
            for (TextPosition position : positions) {
                // PDFBox gives y from the top of the media box, to the glyph's baseline.
                float baseline = mediaHeight - position.getYDirAdj();
                float top = baseline + position.getHeightDir();
                float left = position.getXDirAdj();
                float right = left + position.getWidthDirAdj();
                if (!sorted && (left < trim.getLowerLeftX() - 0.5f || right > trim.getUpperRightX() + 0.5f
                        || baseline < trim.getLowerLeftY() - 0.5f || top > trim.getUpperRightY() + 0.5f)) {
                    outside.add(String.format("page %d: '%s' at %.1f,%.1f-%.1f,%.1f, trim box %s", getCurrentPageNo(),
                            position.getUnicode(), left, baseline, right, top, trim));
                }
                inBody |= baseline >= trim.getLowerLeftY() + bottomMargin && baseline <= trim.getUpperRightY() - topMargin;
            }
            // The glyphs as drawn, left to right: PDFBox's own right-to-left handling works word by word and
            // so cannot give a run of several right-to-left words back in logical order.
            StringBuilder drawn = new StringBuilder();
            positions.forEach(position -> drawn.append(position.getUnicode()));
            if (!sorted) {
                all.append(drawn);
            }
            if (inBody) {
                ownBody.append(drawn);
            }
            super.writeString(text, positions);
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            if (!sorted) {
                all.append('\n');
            }
            ownBody.append('\n');
            super.writeLineSeparator();
        }

        @Override
        protected void writeWordSeparator() throws IOException {
            if (!sorted) {
                all.append(' ');
            }
            ownBody.append(' ');
            super.writeWordSeparator();
        }
    }
}
