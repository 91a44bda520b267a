package io.github.clusterfolio.model;

import io.github.clusterfolio.model.internal.Checks;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A text in one language as every renderer reads it: paragraphs and bullet lists of words that may be
 * strong, emphasised or a link. This is the one definition of what a text means; the PDF, HTML and CSV
 * write the same structure, each in its own way.
 *
 * <p>The rules for a text written without markup (every summary and description of a {@code clusterfolio/1}
 * file) are those of {@link #plain(String)}: a blank line (a line of nothing but
 * white space) or U+2029 separates paragraphs; a single line break (LF, CR LF or CR) with the spaces and tabs
 * around it is one space, as in Markdown, since it is where the writer's editor wrapped the line; U+2028
 * (LINE SEPARATOR) is a line break the reader sees; paragraphs are stripped of white space at both ends;
 * other spaces stay as written.
 *
 * @param blocks the paragraphs and lists, in order; never empty
 */
public record RichText(List<Block> blocks) {
    /** The character that breaks a line within a paragraph. */
    public static final char LINE_SEPARATOR = '\u2028';

    /** The character that separates paragraphs, like a blank line. */
    public static final char PARAGRAPH_SEPARATOR = '\u2029';

    private static final Pattern LINE_FEEDS = Pattern.compile("\r\n?");
    /** A line break followed by a line of nothing but white space: where one paragraph ends. */
    private static final Pattern BLANK_LINE = Pattern.compile("\n\\s*\n");
    private static final Pattern LINE_BREAK = Pattern.compile("[ \t]*\n[ \t]*");

    /** Checks that there is at least one block and copies the list. */
    public RichText {
        blocks = Checks.copy(blocks, "the blocks of a text");
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("a text has at least one paragraph");
        }
    }

    /** A text written without markup, read by the rules in this type's description. */
    public static RichText plain(String text) {
        Objects.requireNonNull(text, "text");
        String lines = LINE_FEEDS.matcher(text).replaceAll("\n").replace(String.valueOf(PARAGRAPH_SEPARATOR), "\n\n");
        List<Block> paragraphs = new ArrayList<>();
        for (String part : BLANK_LINE.split(lines)) {
            String paragraph = LINE_BREAK.matcher(part.strip()).replaceAll(" ");
            if (!paragraph.isEmpty()) {
                paragraphs.add(Paragraph.of(paragraph));
            }
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(Paragraph.of(text.strip()));
        }
        return new RichText(paragraphs);
    }

    /**
     * The plain-text form (the CSV's): blocks separated by a blank line, each list item on a line of its own
     * starting with "- " (nested content indented by two spaces), a line break as a line feed, strong and
     * emphasised words as they are, a link as "text (target)" — or only the target when the words are the target.
     */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        appendBlocks(out, blocks, "", true);
        return out.toString();
    }

    /** The words of a text, as {@link #plainText()} but a link as its words alone: for a gist or a blurb. */
    public static String words(RichText text) {
        StringBuilder out = new StringBuilder();
        appendBlocks(out, text.blocks, "", false);
        return out.toString();
    }

    /** The words of inline content, a link as its words alone. */
    public static String words(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        appendInlines(out, inlines, false);
        return out.toString();
    }

    private static void appendBlocks(StringBuilder out, List<Block> blocks, String indent, boolean targets) {
        boolean first = true;
        for (Block block : blocks) {
            if (!first) {
                out.append(indent.isEmpty() ? "\n\n" : "\n").append(indent);
            }
            first = false;
            switch (block) {
                case Paragraph paragraph -> appendInlines(out, paragraph.inlines(), targets);
                case BulletList list -> {
                    for (int i = 0; i < list.items().size(); i++) {
                        if (i > 0) {
                            out.append('\n').append(indent);
                        }
                        out.append("- ");
                        appendBlocks(out, list.items().get(i), indent + "  ", targets);
                    }
                }
            }
        }
    }

    /** The plain-text form of inline content, by the rule of {@link #plainText()}. */
    public static String plainText(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        appendInlines(out, inlines, true);
        return out.toString();
    }

    private static void appendInlines(StringBuilder out, List<Inline> inlines, boolean targets) {
        for (Inline inline : inlines) {
            switch (inline) {
                case Text text -> out.append(text.text());
                case LineBreak lineBreak -> out.append('\n');
                case Strong strong -> appendInlines(out, strong.content(), targets);
                case Emphasis emphasis -> appendInlines(out, emphasis.content(), targets);
                case Link link -> {
                    String words = words(link.content());
                    String target = link.target().toString();
                    out.append(!targets || words.equals(target) ? words : words + " (" + target + ")");
                }
            }
        }
    }

    /** A paragraph or a list. */
    public sealed interface Block permits Paragraph, BulletList {}

    /** Words, strong or emphasised words, links and line breaks. */
    public sealed interface Inline permits Text, Strong, Emphasis, Link, LineBreak {}

    /**
     * A paragraph.
     *
     * @param inlines its content
     */
    public record Paragraph(List<Inline> inlines) implements Block {
        /** Copies the content. */
        public Paragraph {
            inlines = Checks.copy(inlines, "the content of a paragraph");
        }

        /**
         * A paragraph of plain words, in which U+2028 stands for a line break (the one way a plain text
         * breaks a line).
         */
        public static Paragraph of(String text) {
            List<Inline> inlines = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == LINE_SEPARATOR) {
                    if (i > start) {
                        inlines.add(new Text(text.substring(start, i)));
                    }
                    if (i < text.length()) {
                        inlines.add(new LineBreak());
                    }
                    start = i + 1;
                }
            }
            return new Paragraph(inlines);
        }
    }

    /**
     * A bullet list.
     *
     * @param items its items, each a list of blocks (paragraphs and lists nested in it)
     */
    public record BulletList(List<List<Block>> items) implements Block {
        /** Copies the items; there is at least one, and none is empty. */
        public BulletList {
            Objects.requireNonNull(items, "items");
            List<List<Block>> copy = new ArrayList<>();
            for (List<Block> item : items) {
                copy.add(Checks.copy(item, "a list item"));
            }
            items = List.copyOf(copy);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a list has at least one item");
            }
        }
    }

    /**
     * Words as they are.
     *
     * @param text the words; not empty
     */
    public record Text(String text) implements Inline {
        /** Checks that there is a text. */
        public Text {
            Objects.requireNonNull(text, "text");
            if (text.isEmpty()) {
                throw new IllegalArgumentException("a text run is not empty");
            }
        }
    }

    /**
     * Strong words ({@code **…**}).
     *
     * @param content what is strong
     */
    public record Strong(List<Inline> content) implements Inline {
        /** Copies the content. */
        public Strong {
            content = Checks.copy(content, "strong content");
        }
    }

    /**
     * Emphasised words ({@code *…*}).
     *
     * @param content what is emphasised
     */
    public record Emphasis(List<Inline> content) implements Inline {
        /** Copies the content. */
        public Emphasis {
            content = Checks.copy(content, "emphasised content");
        }
    }

    /**
     * A link ({@code [text](https://…)}).
     *
     * @param target where it leads: a web address or an e-mail link, as {@link WebAddressRule#whyNotLink} accepts
     * @param content the words that are linked
     */
    public record Link(URI target, List<Inline> content) implements Inline {
        /** Checks the target against the one rule for links and copies the content. */
        public Link {
            Objects.requireNonNull(target, "a link needs a target");
            String why = WebAddressRule.whyNotLink(target.toString()).orElse(null);
            if (why != null) {
                throw new IllegalArgumentException("link target: " + why);
            }
            content = Checks.copy(content, "the words of a link");
        }
    }

    /** A line break within a paragraph (U+2028 in the text as written). */
    public record LineBreak() implements Inline {}
}
