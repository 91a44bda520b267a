package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.model.LocalizedText;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.draw.LineSeparator;
import org.openpdf.text.pdf.draw.VerticalPositionMark;

/**
 * The building blocks every part of the brochure is made of: paragraphs with an embedded font, borderless
 * cells, blocks kept together, section labels, justified text, chapter headings, summaries, web links,
 * links within the document and leader lines with a page number filled in at the end.
 */
final class Blocks {
    private final BrochureContext context;

    Blocks(BrochureContext context) {
        this.context = context;
    }

    /**
     * A paragraph whose own font is embedded: OpenPDF writes the space of a paragraph's spacing before and
     * after in the paragraph's font, which would otherwise be a non-embedded Helvetica.
     */
    Paragraph paragraph(float leading) {
        Paragraph paragraph = new Paragraph(leading);
        paragraph.setFont(context.type().font(context.styles().body));
        return paragraph;
    }

    /** A paragraph of {@code phrase}, with the phrase's leading and an embedded font of its own. */
    Paragraph paragraph(Phrase phrase) {
        Paragraph paragraph = new Paragraph(phrase);
        paragraph.setFont(context.type().font(context.styles().body));
        return paragraph;
    }

    /** A borderless, unpadded table cell holding {@code content}. */
    PdfPCell cell(Paragraph content) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setUseAscender(true);
        cell.addElement(content);
        return cell;
    }

    /** {@code content} in a borderless one-cell table that moves to the next page whole if it fits there. */
    PdfPTable keptTogether(Element content, float spacingAfter) {
        PdfPTable table = new PdfPTable(1);
        // Width by percentage, not locked: OpenPDF then lays the table out twice (measure, write), not three times.
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingAfter(spacingAfter);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.addElement(content);
        table.addCell(cell);
        return table;
    }

    /** A small spaced-capitals label with a rule under it, heading a section within a chapter. */
    PdfPCell sectionLabel(String text) {
        Labels labels = context.labels();
        PdfPCell cell = cell(paragraph(context.type().line(text.toUpperCase(labels.locale()),
                context.styles().label, 11)));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(context.palette().hairline());
        cell.setBorderWidth(0.6f);
        cell.setPaddingBottom(5);
        return cell;
    }

    /** A justified, hyphenated paragraph in the language the text is written in. */
    Paragraph justified(String text, Typesetter.Style style, float leading, String textLanguage) {
        Paragraph paragraph = paragraph(leading);
        paragraph.addAll(context.type().chunks(text.strip(), style, context.hyphenation(textLanguage)));
        // OpenPDF sets a justified paragraph's last line with the word spacing of the line above; an
        // invisible glue at the end takes up the rest of that line instead, so it keeps natural spacing.
        Chunk glue = new Chunk(new VerticalPositionMark());
        glue.setFont(context.type().font(style));
        paragraph.add(glue);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        return paragraph;
    }

    /** A chapter's heading, the destination {@code key}, with the accent rule under it. */
    void chapterHeading(String heading, String key) {
        Typesetter type = context.type();
        Styles styles = context.styles();
        Paragraph paragraph = paragraph(styles.title.size() * 1.15f);
        List<Chunk> chunks = type.chunks(Typesetter.oneLine(heading), styles.title, null);
        // The generic tag makes the decorator note the page the heading lands on, for bookmarks and references.
        chunks.getFirst().setLocalDestination(key);
        chunks.getFirst().setGenericTag(key);
        paragraph.addAll(chunks);
        context.add(paragraph);
        Chunk rule = new Chunk(new LineSeparator(3f, 100f * 36 / context.geometry().contentWidth(),
                context.palette().accent(), Element.ALIGN_LEFT, 0));
        rule.setFont(type.font(styles.body));
        Paragraph ruleParagraph = paragraph(12);
        ruleParagraph.add(rule);
        ruleParagraph.setSpacingAfter(14);
        context.add(ruleParagraph);
    }

    /** A chapter's heading under a line of spaced capitals ({@code kicker}), such as "BRANCHE 01". */
    void chapterHeading(String kicker, String heading, String key) {
        Paragraph over = paragraph(context.type().line(kicker.toUpperCase(context.labels().locale()),
                context.styles().kicker, 12));
        over.setSpacingAfter(6);
        context.add(over);
        chapterHeading(heading, key);
    }

    /** Summary paragraphs: the first as a lead in larger type, the rest justified and hyphenated. */
    void summary(LocalizedText summary) {
        LocalizedText.Resolved resolved = context.resolve(summary);
        List<String> paragraphs = PlainText.paragraphs(resolved.text());
        Styles styles = context.styles();
        for (int i = 0; i < paragraphs.size(); i++) {
            boolean first = i == 0;
            Paragraph paragraph = justified(paragraphs.get(i), first ? styles.lead : styles.body, first ? 16.5f : 14,
                    resolved.language());
            // A paragraph of a few lines moves whole to the next page rather than leave one line behind.
            context.add(keptTogether(paragraph, first ? 10 : 7));
        }
    }

    /** "→ example.org", linked to the address. */
    List<Chunk> linkChunks(URI address, Typesetter.Style style) {
        Typesetter type = context.type();
        List<Chunk> chunks = new ArrayList<>();
        chunks.addAll(type.chunks("\u2192\u00a0", style, null));
        chunks.addAll(type.chunks(PlainText.displayAddress(address), style, null));
        String target = address.toASCIIString();
        chunks.forEach(chunk -> chunk.setAnchor(target));
        return chunks;
    }

    /** {@code text} on one line, linked to the destination {@code key} within the document. */
    List<Chunk> internalLink(String text, Typesetter.Style style, String key) {
        List<Chunk> chunks = context.type().chunks(Typesetter.oneLine(text), style, null);
        chunks.forEach(chunk -> chunk.setLocalGoto(key));
        return chunks;
    }

    /**
     * A line "entry ...... page" that links to {@code key}; the page is filled in when the document is
     * complete. {@code right} is where the line ends on the page.
     */
    Paragraph leaderLine(String entry, Typesetter.Style style, float leading, String key,
            Typesetter.Style numberStyle, IntFunction<String> pageText, float right) {
        Typesetter type = context.type();
        Paragraph paragraph = paragraph(leading);
        paragraph.addAll(internalLink(entry, style, key));
        Chunk leader = new Chunk(new LeaderDots(context.palette().muted(), true));
        leader.setFont(type.font(style));
        paragraph.add(leader);
        float width = type.base(numberStyle.face()).getWidthPoint(pageText.apply(8888), numberStyle.size()) + 16;
        PdfTemplate template = context.decorator().pageReference(context.writer(), key, numberStyle, width, true,
                right - width, pageText);
        Chunk number = new Chunk(Image.getInstance(template), 0, -PageDecorator.templateBaseline(numberStyle));
        number.setFont(type.font(style));
        number.setLocalGoto(key);
        paragraph.add(number);
        return paragraph;
    }

    /** A sector's number as printed: "01" for the first. */
    static String sectorNumber(int index) {
        return String.format(Locale.ROOT, "%02d", index + 1);
    }
}
