package io.github.clusterfolio.render.html.internal;

import io.github.clusterfolio.model.LocalizedText;
import java.io.IOException;
import org.owasp.encoder.Encode;

/**
 * The low-level HTML writer of one render call: markup, encoded text and attribute values, line breaks
 * with indentation, and {@code lang} attributes for text that is not in the page's language. It knows
 * nothing of clusterfolio's fragments; those are written by one class each on top of it. Not thread-safe.
 *
 * <p>Every text from the data goes through {@link #text(String)} ({@link Encode#forHtmlContent(String)})
 * and every attribute value that is not a constant, a slug or a language tag through
 * {@link #attribute(String)} ({@link Encode#forHtmlAttribute(String)}).
 */
public final class HtmlWriter {
    private static final String[] INDENTS = new String[12];

    static {
        for (int depth = 0; depth < INDENTS.length; depth++) {
            INDENTS[depth] = "\n" + "  ".repeat(depth);
        }
    }

    private final Appendable out;
    private final String language;
    private int depth;

    /**
     * A writer appending to {@code out} for a page in {@code language}.
     *
     * @param out where the HTML goes
     * @param language the language of the page or fragment: text in another one is marked
     */
    public HtmlWriter(Appendable out, String language) {
        this.out = out;
        this.language = language;
    }

    /** The language of the page or fragment being written. */
    public String language() {
        return language;
    }

    /** Markup written as it is: constants, slugs, class names and language tags only. */
    public HtmlWriter raw(String markup) throws IOException {
        out.append(markup);
        return this;
    }

    /** One character of markup written as it is. */
    public HtmlWriter raw(char c) throws IOException {
        out.append(c);
        return this;
    }

    /** A heading level (1 to 9) as its digit. */
    public HtmlWriter digit(int level) throws IOException {
        out.append((char) ('0' + level));
        return this;
    }

    /** Text content, encoded. */
    public HtmlWriter text(String text) throws IOException {
        out.append(Encode.forHtmlContent(text));
        return this;
    }

    /** An attribute value inside double quotes, encoded. */
    public HtmlWriter attribute(String value) throws IOException {
        out.append(Encode.forHtmlAttribute(value));
        return this;
    }

    /** A line break and the indentation of the current depth. */
    public HtmlWriter nl() throws IOException {
        out.append(depth < INDENTS.length ? INDENTS[depth] : "\n" + "  ".repeat(depth));
        return this;
    }

    /** One level deeper for the lines that follow. */
    public void indent() {
        depth++;
    }

    /** One level less deep for the lines that follow. */
    public void outdent() {
        depth--;
    }

    /** A text inside other content: wrapped in a {@code span} with its language when that differs. */
    public HtmlWriter inline(LocalizedText.Resolved resolved) throws IOException {
        return inline(resolved.text(), resolved.language());
    }

    /** A text written in {@code writtenIn}: wrapped in a {@code span} with that language when it differs. */
    public HtmlWriter inline(String text, String writtenIn) throws IOException {
        if (writtenIn.equals(language)) {
            return text(text);
        }
        return raw("<span lang=\"").raw(writtenIn).raw("\">").text(text).raw("</span>");
    }

    /** {@code lang} on the element holding a text that falls back to another language. */
    public HtmlWriter lang(LocalizedText.Resolved resolved) throws IOException {
        return lang(resolved.language());
    }

    /** {@code lang} on an element whose text is written in {@code writtenIn}, when that is not the page's. */
    public HtmlWriter lang(String writtenIn) throws IOException {
        if (!writtenIn.equals(language)) {
            raw(" lang=\"").raw(writtenIn).raw('"');
        }
        return this;
    }

    /** {@code rel} for a link that leaves the site. */
    public HtmlWriter rel(SafeUrl url) throws IOException {
        if (url.isExternal()) {
            raw(" rel=\"noopener noreferrer\"");
        }
        return this;
    }
}
