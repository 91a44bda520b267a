package io.github.clusterfolio.render.html.internal;

import io.github.clusterfolio.model.LocalizedText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a text of the data becomes paragraphs: blank lines separate paragraphs, a single line break
 * becomes {@code br}. Only CR, LF and CRLF break lines; other separators (U+2028 …) are text, encoded
 * like any other.
 */
final class Paragraphs {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("(?:\\r\\n|\\n|\\r)[ \\t]*(?:(?:\\r\\n|\\n|\\r)[ \\t]*)+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\n|\\r");

    private Paragraphs() {}

    /** A text's paragraphs in a block: one {@code p}, or a {@code div} of several. */
    static void block(FragmentContext c, LocalizedText.Resolved resolved, String block) throws IOException {
        List<String> paragraphs = split(resolved.text());
        String tag = paragraphs.size() == 1 ? "p" : "div";
        c.html().nl().raw('<').raw(tag).raw(" class=\"").raw(c.cp()).raw(block).raw('"').lang(resolved).raw('>');
        body(c.html(), paragraphs);
    }

    /**
     * The content of a paragraph block and its end tag: the text itself and {@code </p>}, or one {@code p}
     * per paragraph and {@code </div>}.
     */
    static void body(HtmlWriter html, List<String> paragraphs) throws IOException {
        if (paragraphs.size() == 1) {
            lines(html, paragraphs.getFirst());
            html.raw("</p>");
            return;
        }
        html.indent();
        for (String paragraph : paragraphs) {
            html.nl().raw("<p>");
            lines(html, paragraph);
            html.raw("</p>");
        }
        html.outdent();
        html.nl().raw("</div>");
    }

    /** The paragraphs of a text, separated by blank lines; never empty. */
    static List<String> split(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return List.of(text);
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            if (!isBlankLine(paragraph)) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs.isEmpty() ? List.of(text) : paragraphs;
    }

    static String first(String text) {
        return split(text).getFirst();
    }

    /** A paragraph's text, with its single line breaks kept as {@code br}. */
    static void lines(HtmlWriter html, String paragraph) throws IOException {
        if (paragraph.indexOf('\n') < 0 && paragraph.indexOf('\r') < 0) {
            html.text(paragraph);
            return;
        }
        String[] lines = LINE_BREAK.split(paragraph, -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                html.raw("<br>");
            }
            html.text(lines[i]);
        }
    }

    private static boolean isBlankLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
