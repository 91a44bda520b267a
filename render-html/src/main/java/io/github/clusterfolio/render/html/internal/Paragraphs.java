package io.github.clusterfolio.render.html.internal;

import io.github.clusterfolio.model.Prose;
import io.github.clusterfolio.model.RichText;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * How a summary or description ({@link RichText}, the one meaning every renderer shares) becomes HTML: a
 * text of one paragraph is one {@code p}, a longer one a {@code div} of {@code p} and {@code ul} elements;
 * strong words are {@code strong}, emphasised words {@code em}, a line break (U+2028 in the data) is
 * {@code br}, and a link is an {@code a} only when {@link SafeUrl} lets its target through (else its words
 * stay as text). Every word goes through {@link HtmlWriter#text(String)}.
 */
final class Paragraphs {
    private Paragraphs() {}

    /** A text's paragraphs in a block: one {@code p}, or a {@code div} of several. */
    static void block(FragmentContext c, Prose.Resolved resolved, String block) throws IOException {
        String tag = isOneParagraph(resolved.text()) ? "p" : "div";
        c.html().nl().raw('<').raw(tag).raw(" class=\"").raw(c.cp()).raw(block).raw('"').lang(resolved.language())
                .raw('>');
        body(c.html(), resolved.text());
    }

    /** Whether the text is a single paragraph, written as one {@code p}. */
    static boolean isOneParagraph(RichText text) {
        return text.blocks().size() == 1 && text.blocks().getFirst() instanceof RichText.Paragraph;
    }

    /**
     * The content of a paragraph block and its end tag: the paragraph's content and {@code </p>} when
     * {@link #isOneParagraph}, else one element per block and {@code </div>}.
     */
    static void body(HtmlWriter html, RichText text) throws IOException {
        if (isOneParagraph(text)) {
            inlines(html, ((RichText.Paragraph) text.blocks().getFirst()).inlines());
            html.raw("</p>");
            return;
        }
        html.indent();
        blocks(html, text.blocks());
        html.outdent();
        html.nl().raw("</div>");
    }

    /** The first paragraph's content, for a teaser (a list's words when the text starts with one). */
    static void first(HtmlWriter html, RichText text) throws IOException {
        if (text.blocks().getFirst() instanceof RichText.Paragraph paragraph) {
            inlines(html, paragraph.inlines());
        } else {
            html.text(RichText.words(new RichText(List.of(text.blocks().getFirst()))));
        }
    }

    private static void blocks(HtmlWriter html, List<RichText.Block> blocks) throws IOException {
        for (RichText.Block block : blocks) {
            switch (block) {
                case RichText.Paragraph paragraph -> {
                    html.nl().raw("<p>");
                    inlines(html, paragraph.inlines());
                    html.raw("</p>");
                }
                case RichText.BulletList list -> {
                    html.nl().raw("<ul>");
                    html.indent();
                    for (List<RichText.Block> item : list.items()) {
                        html.nl().raw("<li>");
                        if (item.size() == 1 && item.getFirst() instanceof RichText.Paragraph paragraph) {
                            inlines(html, paragraph.inlines());
                        } else {
                            html.indent();
                            blocks(html, item);
                            html.outdent();
                            html.nl();
                        }
                        html.raw("</li>");
                    }
                    html.outdent();
                    html.nl().raw("</ul>");
                }
            }
        }
    }

    private static void inlines(HtmlWriter html, List<RichText.Inline> inlines) throws IOException {
        for (RichText.Inline inline : inlines) {
            switch (inline) {
                case RichText.Text text -> html.text(text.text());
                case RichText.LineBreak lineBreak -> html.raw("<br>");
                case RichText.Strong strong -> {
                    html.raw("<strong>");
                    inlines(html, strong.content());
                    html.raw("</strong>");
                }
                case RichText.Emphasis emphasis -> {
                    html.raw("<em>");
                    inlines(html, emphasis.content());
                    html.raw("</em>");
                }
                case RichText.Link link -> {
                    Optional<SafeUrl> url = SafeUrl.of(link.target());
                    if (url.isPresent()) {
                        html.raw("<a href=\"").attribute(url.get().href()).raw('"').rel(url.get()).raw('>');
                    }
                    inlines(html, link.content());
                    if (url.isPresent()) {
                        html.raw("</a>");
                    }
                }
            }
        }
    }
}
