package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.model.Prose;
import io.github.clusterfolio.model.RichText;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.draw.VerticalPositionMark;

/**
 * Sets a summary or description ({@link RichText}) as brochure paragraphs: each paragraph justified and
 * hyphenated, strong words bold, emphasised words italic, links in the accent colour and clickable, bullet
 * lists indented under a bullet. Tagged as the rest of the brochure: a paragraph of plain words is a {@code P}
 * leaf, as before rich text; a paragraph with styles or links is a {@code P} holding a {@code Span} for its
 * words and one {@code Link} per link (with the annotation's OBJR and its target as {@code /Contents}, as every
 * link of the brochure); a list is {@code L} › {@code LI} › {@code LBody}.
 */
final class RichTextLayout {
    /** How far each list level is indented, in points. */
    private static final float LIST_INDENT = 12;

    private final BrochureContext context;

    RichTextLayout(BrochureContext context) {
        this.context = context;
    }

    /**
     * A paragraph of the layout and the leaf its content belongs to.
     *
     * @param leaf the structure element that holds the paragraph's marked content
     * @param paragraph the paragraph
     * @param first whether it is the text's first paragraph (not within a list)
     */
    record Part(StructElem leaf, Paragraph paragraph, boolean first) {}

    /**
     * The paragraphs of {@code text} in order, their structure elements made now below the current container.
     *
     * @param style the style of a paragraph's words; {@code firstStyle} for the text's first paragraph
     * @param leading the line height; {@code firstLeading} for the first paragraph
     * @param width the width of the lines, for text with right-to-left characters
     */
    List<Part> parts(Prose.Resolved text, Typesetter.Style firstStyle, float firstLeading, Typesetter.Style style,
            float leading, float width) {
        List<Part> parts = new ArrayList<>();
        blocks(text.text().blocks(), text.language(), 0, firstStyle, firstLeading, style, leading, width, parts);
        return parts;
    }

    private void blocks(List<RichText.Block> blocks, String language, int depth, Typesetter.Style firstStyle,
            float firstLeading, Typesetter.Style style, float leading, float width, List<Part> parts) {
        Structure structure = context.structure();
        for (RichText.Block block : blocks) {
            switch (block) {
                case RichText.Paragraph paragraph -> {
                    boolean first = parts.isEmpty() && depth == 0;
                    parts.add(paragraph(paragraph.inlines(), language, first ? firstStyle : style,
                            first ? firstLeading : leading, width, depth, null, first));
                }
                case RichText.BulletList list -> {
                    Structure.lang(structure.open(Role.L), language, context.language());
                    for (List<RichText.Block> item : list.items()) {
                        structure.open(Role.LI);
                        structure.open(Role.LBODY);
                        for (int i = 0; i < item.size(); i++) {
                            RichText.Block inner = item.get(i);
                            if (inner instanceof RichText.Paragraph paragraph) {
                                parts.add(paragraph(paragraph.inlines(), language, style, leading, width, depth + 1,
                                        i == 0 ? "\u2022" : null, false));
                            } else {
                                blocks(List.of(inner), language, depth + 1, style, leading, style, leading, width,
                                        parts);
                            }
                        }
                        structure.close();
                        structure.close();
                    }
                    structure.close();
                }
            }
        }
    }

    private Part paragraph(List<RichText.Inline> inlines, String language, Typesetter.Style style, float leading,
            float width, int depth, String bullet, boolean first) {
        Blocks blocks = context.blocks();
        Structure structure = context.structure();
        float indent = depth * LIST_INDENT;
        // Plain words alone are set as they always were, one leaf for the whole paragraph.
        if (bullet == null && inlines.size() == 1 && inlines.getFirst() instanceof RichText.Text plain) {
            Paragraph paragraph = blocks.justified(plain.text(), style, leading, language, width - indent);
            paragraph.setIndentationLeft(indent);
            return new Part(structure.leaf(Role.P, language, context.language()), paragraph, first);
        }
        Structure.lang(structure.open(Role.P), language, context.language());
        StructElem words = structure.leaf(Role.SPAN);
        Paragraph paragraph = blocks.paragraph(leading);
        if (bullet != null) {
            paragraph.addAll(context.type().chunks(bullet + "\u2002", style, null));
            paragraph.setFirstLineIndent(-LIST_INDENT + 2);
        }
        inlines(inlines, style, language, paragraph);
        structure.close();
        Chunk glue = new Chunk(new VerticalPositionMark());
        glue.setFont(context.type().font(style));
        paragraph.add(glue);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setIndentationLeft(indent);
        return new Part(words, paragraph, first);
    }

    private void inlines(List<RichText.Inline> inlines, Typesetter.Style style, String language, Paragraph into) {
        Typesetter type = context.type();
        for (RichText.Inline inline : inlines) {
            switch (inline) {
                case RichText.Text text -> into.addAll(type.chunks(text.text(), style, context.hyphenation(language)));
                case RichText.LineBreak lineBreak -> into.add(type.blank("\n", style));
                case RichText.Strong strong -> inlines(strong.content(), style.withFace(bold(style.face())), language,
                        into);
                case RichText.Emphasis emphasis -> inlines(emphasis.content(), style.withFace(italic(style.face())),
                        language, into);
                case RichText.Link link -> {
                    String target = link.target().toString();
                    StructElem element = context.structure().leaf(Role.LINK);
                    String tag = context.structure().link(element, new PdfAction(target), target);
                    Paragraph words = new Paragraph();
                    inlines(link.content(), style.withColour(context.palette().accent()), language, words);
                    for (Element chunk : words) {
                        ((Chunk) chunk).setGenericTag(tag);
                        into.add(chunk);
                    }
                }
            }
        }
    }

    private static Typesetter.Face bold(Typesetter.Face face) {
        return face == Typesetter.Face.ITALIC || face == Typesetter.Face.BOLD_ITALIC ? Typesetter.Face.BOLD_ITALIC
                : Typesetter.Face.BOLD;
    }

    private static Typesetter.Face italic(Typesetter.Face face) {
        return face == Typesetter.Face.BOLD || face == Typesetter.Face.BOLD_ITALIC ? Typesetter.Face.BOLD_ITALIC
                : Typesetter.Face.ITALIC;
    }
}
