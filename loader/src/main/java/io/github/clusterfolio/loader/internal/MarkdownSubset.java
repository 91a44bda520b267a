package io.github.clusterfolio.loader.internal;

import io.github.clusterfolio.model.RichText;
import io.github.clusterfolio.model.WebAddressRule;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads the Markdown subset of format 1.1's rich texts with commonmark-java into the model's
 * {@link RichText}: paragraphs, {@code **strong**}, {@code *emphasis*}, {@code [text](https://…)} links and
 * {@code - } bullet lists. commonmark's parser is told to recognise no block but lists; every node of
 * another kind it still finds (an image, a code span, inline HTML, an autolink, a reference link or its
 * definition, an ordered or {@code *} list) is turned back into the text it was written as, so that it
 * stays literal. A link whose target the one link rule refuses is a problem, at its place in the text.
 */
final class MarkdownSubset {
    /** Lists nested deeper than this are kept as the text they were written as. */
    static final int MAX_LIST_DEPTH = 4;
    /** Strong and emphasis nested deeper than this keep their words without the deeper styles. */
    static final int MAX_INLINE_DEPTH = 8;

    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(ListBlock.class))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .maxInlineNesting(MAX_INLINE_DEPTH * 4)
            .build();

    private final String source;
    private final List<BadLink> badLinks = new ArrayList<>();

    private MarkdownSubset(String source) {
        this.source = source;
    }

    /**
     * A link the rule refuses, at a 0-based line and column of the text.
     *
     * @param line the line within the text, from 0
     * @param column the column within that line, from 0
     * @param message what is wrong
     */
    record BadLink(int line, int column, String message) {}

    /**
     * What a text means, and the links it holds that the rule refuses.
     *
     * @param text the meaning
     * @param badLinks the refused links, in order; when there are any, {@code text} leaves them unlinked
     */
    record Reading(RichText text, List<BadLink> badLinks) {}

    /** Reads {@code markdown}. */
    static Reading read(String markdown) {
        MarkdownSubset reader = new MarkdownSubset(markdown);
        List<RichText.Block> blocks = reader.blocks(PARSER.parse(markdown), 0);
        RichText text = blocks.isEmpty() ? RichText.plain(markdown) : new RichText(blocks);
        return new Reading(text, List.copyOf(reader.badLinks));
    }

    private List<RichText.Block> blocks(Node parent, int listDepth) {
        List<RichText.Block> blocks = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph paragraph) {
                List<RichText.Inline> inlines = inlines(paragraph, 0);
                if (!inlines.isEmpty()) {
                    blocks.add(new RichText.Paragraph(inlines));
                }
            } else if (node instanceof BulletList list && "-".equals(list.getMarker()) && listDepth < MAX_LIST_DEPTH) {
                List<List<RichText.Block>> items = new ArrayList<>();
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    List<RichText.Block> content = item instanceof ListItem ? blocks(item, listDepth + 1) : List.of();
                    items.add(content.isEmpty() ? List.of(RichText.Paragraph.of("")) : content);
                }
                if (!items.isEmpty()) {
                    blocks.add(new RichText.BulletList(items));
                }
            } else {
                String literal = literalLines(node);
                if (!literal.isBlank()) {
                    blocks.add(RichText.Paragraph.of(literal));
                }
            }
        }
        return blocks;
    }

    private List<RichText.Inline> inlines(Node parent, int depth) {
        List<RichText.Inline> inlines = new ArrayList<>();
        StringBuilder words = new StringBuilder();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Text text -> words.append(text.getLiteral());
                case SoftLineBreak softBreak -> words.append(' ');
                case HardLineBreak hardBreak -> words.append(' ');
                case StrongEmphasis strong when depth < MAX_INLINE_DEPTH -> {
                    flush(words, inlines);
                    addStyled(inlines, new RichText.Strong(inlines(strong, depth + 1)));
                }
                case Emphasis emphasis when depth < MAX_INLINE_DEPTH -> {
                    flush(words, inlines);
                    addStyled(inlines, new RichText.Emphasis(inlines(emphasis, depth + 1)));
                }
                case StrongEmphasis strong -> words.append(RichText.plainText(inlines(strong, depth)));
                case Emphasis emphasis -> words.append(RichText.plainText(inlines(emphasis, depth)));
                case Link link when isInlineLink(link) -> link(link, depth, words, inlines);
                default -> words.append(literal(node));
            }
        }
        flush(words, inlines);
        return inlines;
    }

    private void link(Link link, int depth, StringBuilder words, List<RichText.Inline> inlines) {
        String target = link.getDestination();
        String why = WebAddressRule.whyNotLink(target).orElse(null);
        List<RichText.Inline> content = inlines(link, depth + 1);
        if (why != null) {
            SourceSpan start = link.getSourceSpans().getFirst();
            badLinks.add(new BadLink(start.getLineIndex(), start.getColumnIndex(),
                    target.isEmpty() ? "the link has no target; write [text](https://…)" : "a link in the text: " + why));
            words.append(RichText.plainText(content));
            return;
        }
        flush(words, inlines);
        inlines.add(new RichText.Link(URI.create(target), content.isEmpty()
                ? List.of(new RichText.Text(target)) : content));
    }

    /** Whether a link is written inline, {@code [text](target)}, rather than by reference to a definition. */
    private boolean isInlineLink(Link link) {
        String written = literal(link);
        return written.endsWith(")") && !written.startsWith("!");
    }

    private static void addStyled(List<RichText.Inline> inlines, RichText.Inline styled) {
        boolean empty = switch (styled) {
            case RichText.Strong strong -> strong.content().isEmpty();
            case RichText.Emphasis emphasis -> emphasis.content().isEmpty();
            default -> false;
        };
        if (!empty) {
            inlines.add(styled);
        }
    }

    /** Adds the words gathered so far, with U+2028 as a line break, and empties the buffer. */
    private static void flush(StringBuilder words, List<RichText.Inline> inlines) {
        if (!words.isEmpty()) {
            inlines.addAll(RichText.Paragraph.of(words.toString()).inlines());
            words.setLength(0);
        }
    }

    /** The text a node was written as, its lines joined by spaces. */
    private String literal(Node node) {
        return String.join(" ", spans(node));
    }

    /** The text a block was written as, its lines kept apart by line breaks (U+2028). */
    private String literalLines(Node node) {
        return String.join(String.valueOf(RichText.LINE_SEPARATOR), spans(node)).strip();
    }

    private List<String> spans(Node node) {
        List<String> parts = new ArrayList<>();
        for (SourceSpan span : node.getSourceSpans()) {
            int start = span.getInputIndex();
            parts.add(source.substring(start, Math.min(source.length(), start + span.getLength())));
        }
        return parts;
    }
}
