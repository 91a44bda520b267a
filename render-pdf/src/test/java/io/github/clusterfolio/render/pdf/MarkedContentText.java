package io.github.clusterfolio.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/** The text of each marked-content sequence of a page, by MCID, as PDFBox's marked-content extractor sees it. */
final class MarkedContentText {
    private MarkedContentText() {}

    /** The text of each MCID on a page; nested sequences without their own MCID count for the enclosing one. */
    static Map<Integer, String> of(PDPage page) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, List<TextPosition>> positions = new HashMap<>();
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            collect(content, -1, positions);
        }
        Map<Integer, String> texts = new HashMap<>();
        positions.forEach((mcid, glyphs) -> texts.put(mcid, join(glyphs)));
        return texts;
    }

    /**
     * The text of a page's real content in the order it is drawn: every marked-content sequence that is not an
     * artifact (nor inside one), glyph by glyph as in {@link #of}.
     */
    static String inDrawingOrder(PDPage page) throws IOException {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        List<TextPosition> glyphs = new ArrayList<>();
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            collectReal(content, glyphs);
        }
        return join(glyphs);
    }

    private static void collectReal(PDMarkedContent content, List<TextPosition> out) {
        if ("Artifact".equals(content.getTag())) {
            return;
        }
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition glyph) {
                out.add(glyph);
            } else if (item instanceof PDMarkedContent nested) {
                collectReal(nested, out);
            }
        }
    }

    private static void collect(PDMarkedContent content, int enclosing, Map<Integer, List<TextPosition>> out) {
        int mcid = content.getMCID() >= 0 ? content.getMCID() : enclosing;
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition glyph && mcid >= 0) {
                out.computeIfAbsent(mcid, k -> new ArrayList<>()).add(glyph);
            } else if (item instanceof PDMarkedContent nested) {
                collect(nested, mcid, out);
            }
        }
    }

    /** Glyphs to text, with a space where a new line starts or a gap wider than a third of a space opens. */
    private static String join(List<TextPosition> glyphs) {
        StringBuilder text = new StringBuilder();
        TextPosition previous = null;
        for (TextPosition glyph : glyphs) {
            if (previous != null) {
                float lineHeight = Math.max(previous.getHeightDir(), 1f);
                boolean newLine = Math.abs(glyph.getYDirAdj() - previous.getYDirAdj()) > lineHeight / 2;
                float space = Float.isNaN(previous.getWidthOfSpace()) || previous.getWidthOfSpace() <= 0
                        ? previous.getFontSizeInPt() / 4
                        : previous.getWidthOfSpace();
                float gap = glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
                if (newLine || gap > space / 3) {
                    text.append(' ');
                }
            }
            text.append(glyph.getUnicode());
            previous = glyph;
        }
        return text.toString();
    }
}
