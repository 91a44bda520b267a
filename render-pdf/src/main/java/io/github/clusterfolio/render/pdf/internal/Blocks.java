package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.model.Prose;
import io.github.clusterfolio.render.text.Labels;
import java.awt.Color;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.jspecify.annotations.NullUnmarked;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.draw.LineSeparator;
import org.openpdf.text.pdf.draw.VerticalPositionMark;

/**
 * The building blocks every part of the brochure is made of: paragraphs with an embedded font, borderless
 * cells with their content tagged, section labels, justified text, chapter headings, summaries, web links,
 * links within the document and leader lines with a page number filled in at the end. Each block that holds
 * content takes the structure element it belongs to.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class Blocks {
    private final BrochureContext context;
    private final RichTextLayout richText;

    Blocks(BrochureContext context) {
        this.context = context;
        this.richText = new RichTextLayout(context);
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

    /** A borderless, unpadded, empty table cell. */
    PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setUseAscender(true);
        return cell;
    }

    /** A borderless, unpadded table cell holding {@code content} as the content of {@code leaf}. */
    PdfPCell cell(StructElem leaf, Paragraph content) {
        PdfPCell cell = cell();
        context.structure().mark(cell::addElement, leaf, content);
        return cell;
    }

    /** Draws an artifact rule under {@code cell} in place of OpenPDF's border. */
    static PdfPCell ruled(PdfPCell cell, Color colour, float width) {
        return CellRule.under(cell, colour, width);
    }

    /**
     * Adds {@code paragraph} to the flow as {@code leaf}, moved whole to the next page if it does not fit in the
     * room left on this one but does on an empty page; a longer paragraph starts here and runs on.
     */
    void keptTogether(StructElem leaf, Paragraph paragraph, float width) {
        PageGeometry geometry = context.geometry();
        float height = LineEstimate.height(paragraph, width - paragraph.getIndentationLeft());
        float room = context.writer().getVerticalPosition(true) - geometry.contentBottom();
        float page = geometry.contentTop() - geometry.contentBottom();
        if (height > room && height <= page && room < page - 1) {
            context.document().newPage();
        }
        context.add(leaf, paragraph);
    }

    /** A small spaced-capitals label with a rule under it, heading a section within a chapter. */
    PdfPCell sectionLabel(StructElem leaf, String text) {
        Labels labels = context.labels();
        Structure.actualText(leaf, Typesetter.oneLine(text));
        PdfPCell cell = cell(leaf, paragraph(context.type().line(text.toUpperCase(labels.locale()),
                context.styles().label, 11)));
        ruled(cell, context.palette().hairline(), 0.6f);
        cell.setPaddingBottom(5);
        return cell;
    }

    /**
     * A justified, hyphenated paragraph in the language the text is written in, for lines {@code width} wide
     * (which only text with right-to-left characters needs, to break its lines before reordering them).
     */
    Paragraph justified(String text, Typesetter.Style style, float leading, String textLanguage, float width) {
        Paragraph paragraph = paragraph(leading);
        paragraph.addAll(context.type().chunks(text.strip(), style, context.hyphenation(textLanguage), width));
        // OpenPDF sets a justified paragraph's last line with the word spacing of the line above; an
        // invisible glue at the end takes up the rest of that line instead, so it keeps natural spacing.
        Chunk glue = new Chunk(new VerticalPositionMark());
        glue.setFont(context.type().font(style));
        paragraph.add(glue);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        return paragraph;
    }

    /** A chapter's heading (an {@code H1}), the destination {@code key}, with the accent rule under it. */
    void chapterHeading(String heading, String key) {
        Typesetter type = context.type();
        Styles styles = context.styles();
        Paragraph paragraph = paragraph(styles.title.size() * 1.15f);
        List<Chunk> chunks = type.chunks(Typesetter.oneLine(heading), styles.title, null);
        // The generic tag makes the decorator note the page the heading lands on, for bookmarks and references.
        chunks.getFirst().setLocalDestination(key);
        chunks.getFirst().setGenericTag(key);
        paragraph.addAll(chunks);
        context.add(context.structure().leaf(Role.H1), paragraph);
        Chunk rule = new Chunk(new LineSeparator(3f, 100f * 36 / context.geometry().contentWidth(),
                context.palette().accent(), Element.ALIGN_LEFT, 0));
        rule.setFont(type.font(styles.body));
        Paragraph ruleParagraph = paragraph(12);
        ruleParagraph.add(rule);
        ruleParagraph.setSpacingAfter(14);
        context.addArtifact(ruleParagraph);
    }

    /** A chapter's heading under a line of spaced capitals ({@code kicker}), such as "BRANCHE 01". */
    void chapterHeading(String kicker, String heading, String key) {
        Paragraph over = paragraph(context.type().line(kicker.toUpperCase(context.labels().locale()),
                context.styles().kicker, 12));
        over.setSpacingAfter(6);
        StructElem leaf = context.structure().leaf(Role.P);
        Structure.actualText(leaf, kicker);
        context.add(leaf, over);
        chapterHeading(heading, key);
    }

    /** Summary paragraphs: the first as a lead in larger type, the rest justified and hyphenated. */
    void summary(Prose summary) {
        Prose.Resolved resolved = context.resolve(summary);
        Styles styles = context.styles();
        float width = context.geometry().contentWidth();
        for (RichTextLayout.Part part : richText.parts(resolved, styles.lead, 16.5f, styles.body, 14, width)) {
            part.paragraph().setSpacingAfter(part.first() ? 10 : 7);
            // A paragraph of a few lines moves whole to the next page rather than leave one line behind.
            keptTogether(part.leaf(), part.paragraph(), width);
        }
    }

    /** The paragraphs of a description or another rich text, in body type, with their leaves. */
    List<RichTextLayout.Part> richText(Prose.Resolved text, Typesetter.Style style, float leading, float width) {
        return richText.parts(text, style, leading, style, leading, width);
    }

    /** "→ example.org", linked to the address; its annotations belong to {@code link}. */
    List<Chunk> linkChunks(URI address, Typesetter.Style style, StructElem link) {
        Typesetter type = context.type();
        List<Chunk> chunks = new ArrayList<>();
        chunks.addAll(type.chunks("\u2192\u00a0", style, null));
        chunks.addAll(type.chunks(PlainText.displayAddress(address), style, null));
        String target = address.toASCIIString();
        String tag = context.structure().link(link, new PdfAction(target), target);
        chunks.forEach(chunk -> chunk.setGenericTag(tag));
        return chunks;
    }

    /**
     * {@code text} on one line, linked to the destination {@code key} within the document, whose heading is
     * {@code target}; its annotations belong to {@code link}.
     */
    List<Chunk> internalLink(String text, Typesetter.Style style, String key, String target,
            StructElem link) {
        List<Chunk> chunks = context.type().chunks(Typesetter.oneLine(text), style, null);
        String tag = internalLinkTag(key, target, link);
        chunks.forEach(chunk -> chunk.setGenericTag(tag));
        return chunks;
    }

    /** The generic tag for chunks that link to the destination {@code key}, whose heading is {@code target}. */
    String internalLinkTag(String key, String target, StructElem link) {
        return context.structure().link(link, PdfAction.gotoLocalPage(key, false), Typesetter.oneLine(target));
    }

    /**
     * A line "entry ...... page" that links to {@code key}; the page is filled in when the document is
     * complete. {@code right} is where the line ends on the page; its annotations belong to {@code link}.
     */
    Paragraph leaderLine(String entry, Typesetter.Style style, float leading, String key,
            Typesetter.Style numberStyle, IntFunction<String> pageText, float right, StructElem link) {
        Typesetter type = context.type();
        Paragraph paragraph = paragraph(leading);
        String tag = internalLinkTag(key, entry, link);
        List<Chunk> chunks = type.chunks(Typesetter.oneLine(entry), style, null);
        chunks.forEach(chunk -> chunk.setGenericTag(tag));
        paragraph.addAll(chunks);
        Chunk leader = new Chunk(new LeaderDots(context.palette().muted(), true));
        leader.setFont(type.font(style));
        paragraph.add(leader);
        float width = type.base(numberStyle.face()).getWidthPoint(pageText.apply(8888), numberStyle.size()) + 16;
        PdfTemplate template = context.decorator().pageReference(context.writer(), key, numberStyle, width, true,
                right - width, pageText);
        Chunk number = new Chunk(Image.getInstance(template), 0, -PageDecorator.templateBaseline(numberStyle));
        number.setFont(type.font(style));
        number.setGenericTag(tag);
        paragraph.add(number);
        // The page number is drawn before the entry's words; read them in order, with the page once known.
        context.structure().actualTextLater(link, () -> Typesetter.oneLine(entry) + " "
                + context.decorator().page(key).stream().mapToObj(pageText).findFirst().orElse(""));
        return paragraph;
    }

    /** A sector's number as printed: "01" for the first. */
    static String sectorNumber(int index) {
        return String.format(Locale.ROOT, "%02d", index + 1);
    }
}
