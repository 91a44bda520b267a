package io.github.clusterfolio.render.pdf.internal;

import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;

/**
 * The height a paragraph will take, estimated without laying it out: lines are filled word by word,
 * greedily and without hyphenation, as OpenPDF fills them. Hyphenation can only pull more text onto a
 * line, so the estimate is never lower than the real height, which is what keeping an entry together
 * needs: at worst an entry that would just have fitted moves to the next page.
 */
final class LineEstimate {
    private LineEstimate() {}

    /** The height of {@code paragraph} set {@code width} wide: spacing before and after plus its lines. */
    static float height(Paragraph paragraph, float width) {
        return paragraph.getSpacingBefore() + paragraph.getSpacingAfter()
                + lines(paragraph, width) * paragraph.getTotalLeading();
    }

    /** The number of lines {@code paragraph} takes when set {@code width} wide. */
    static int lines(Paragraph paragraph, float width) {
        int lines = 1;
        float line = 0;
        float pendingSpace = 0;
        for (Element element : paragraph) {
            if (!(element instanceof Chunk chunk) || chunk.getFont().getBaseFont() == null) {
                continue;
            }
            Font font = chunk.getFont();
            BaseFont base = font.getBaseFont();
            float size = font.getSize();
            float tracking = chunk.getCharacterSpacing();
            String text = chunk.getContent();
            float space = base.getWidthPoint(' ', size) + tracking;
            int start = 0;
            while (start <= text.length()) {
                int end = text.indexOf(' ', start);
                if (end < 0) {
                    end = text.length();
                }
                if (end > start) {
                    String word = text.substring(start, end);
                    float wordWidth = base.getWidthPoint(word, size) + tracking * word.length();
                    if (line > 0 && line + pendingSpace + wordWidth > width) {
                        lines++;
                        line = wordWidth;
                    } else {
                        line += pendingSpace + wordWidth;
                    }
                    // A word wider than the line is cut into pieces, one line each.
                    while (line > width) {
                        lines++;
                        line -= width;
                    }
                    pendingSpace = 0;
                }
                if (end < text.length()) {
                    pendingSpace += space;
                }
                start = end + 1;
            }
        }
        return lines;
    }
}
