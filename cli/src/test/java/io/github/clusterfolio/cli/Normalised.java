package io.github.clusterfolio.cli;

import java.text.Bidi;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What "the same content" means for each format when a text of the model is compared with what a reader
 * gets back. Each rule is either what the format's renderer documents it does, or what reading the format
 * back cannot avoid; nothing else may differ.
 *
 * <ul>
 *   <li><b>CSV</b>: no normalisation at all; every cell is the model's text, byte for byte.
 *   <li><b>HTML</b> (the renderer encodes with the OWASP Java Encoder): a control character other than tab,
 *       line feed and carriage return, which HTML cannot carry, becomes a space; then, as a browser shows
 *       it, every run of white space is one space and the ends are trimmed.
 *   <li><b>PDF</b> (the renderer's {@code Typesetter.tidy}): Unicode NFC; control and format characters
 *       (zero-width space and joiner, byte-order mark, bidi controls) are dropped, as they print as
 *       nothing; a character that no font has is printed as {@code ?} and reported in a warning naming
 *       the text. Right-to-left text is compared as drawn: in the visual order of the Unicode
 *       bidirectional algorithm ({@link #visual(String)}), as PDFBox's own reordering works word by word.
 *       Reading a PDF back loses where lines and words break: every white space and every hyphen is
 *       removed on both sides before comparing (justified lines, hyphenation and wrapped long words
 *       otherwise differ only in spaces and hyphens).
 * </ul>
 */
final class Normalised {
    private static final Pattern MISSING = Pattern.compile("\\(U\\+([0-9A-F]{4,6})\\)");

    private Normalised() {}

    /** A model text as the HTML reader sees it. */
    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(
                Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r' ? ' ' : c));
        return collapse(out.toString());
    }

    /** The text of an HTML element as a browser shows it: text nodes as they are, {@code <br>} as a space. */
    static String html(Element element) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element child && (child.nameIs("br") || child.nameIs("p")
                        || child.nameIs("li") || child.nameIs("dd") || child.nameIs("dt"))) {
                    out.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element child && child.isBlock()) {
                    out.append(' ');
                }
            }
        }, element);
        return collapse(out.toString());
    }

    /** Runs of white space (as HTML defines it, and the Unicode spaces Java knows) as one space, trimmed. */
    static String collapse(String text) {
        return text.replaceAll("[\\s\\u00a0\\u2028\\u2029\\u0085\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000]+", " ")
                .strip();
    }

    /**
     * A model text as its glyphs must appear in the PDF, left to right, given the characters the renderer
     * reported missing. {@code oneLine}: the brochure sets the text on one line (names, labels, tags), so its
     * line breaks are spaces before the bidirectional algorithm orders it.
     */
    static String pdf(String text, Set<Integer> missing, boolean oneLine) {
        String normal = Normalizer.normalize(oneLine ? text.replaceAll("[\\r\\n\\u2028\\u2029]+", " ") : text,
                Normalizer.Form.NFC);
        StringBuilder printable = new StringBuilder(normal.length());
        normal.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (c == '\n' || c == '\r' || (type != Character.CONTROL && type != Character.FORMAT)) {
                printable.appendCodePoint(c);
            }
        });
        StringBuilder out = new StringBuilder(printable.length());
        for (String line : printable.toString().split("\\r\\n|[\\r\\n\\u2028\\u2029]", -1)) {
            visual(line).codePoints().forEach(c -> out.appendCodePoint(missing.contains(c) ? '?' : c));
        }
        return squeeze(out.toString());
    }

    /**
     * One line in visual order by the Unicode bidirectional algorithm (the JDK's {@link Bidi}), paragraph
     * direction left to right: runs at an odd level reversed grapheme by grapheme with their brackets
     * mirrored, runs ordered by level. This is the order a reader's eye meets the glyphs from the left.
     */
    static String visual(String line) {
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return line;
        }
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        String[] parts = new String[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            if ((levels[i] & 1) == 0) {
                parts[i] = run;
                continue;
            }
            BreakIterator graphemes = BreakIterator.getCharacterInstance();
            graphemes.setText(run);
            StringBuilder reversed = new StringBuilder(run.length());
            for (int end = graphemes.last(), start = graphemes.previous(); start != BreakIterator.DONE;
                    end = start, start = graphemes.previous()) {
                String grapheme = run.substring(start, end);
                int pair = BRACKETS.indexOf(grapheme);
                reversed.append(grapheme.length() == 1 && pair >= 0 ? String.valueOf(BRACKETS.charAt(pair ^ 1)) : grapheme);
            }
            parts[i] = reversed.toString();
        }
        Bidi.reorderVisually(levels, 0, parts, 0, runs);
        return String.join("", parts);
    }

    private static final String BRACKETS = "()[]{}<>«»‹›";

    /** Text read back from a PDF, in the same form as {@link #pdf(String, Set)}. */
    static String pdfExtracted(String text) {
        return squeeze(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /** Without white space and hyphens, which line breaking adds, removes or changes. */
    private static String squeeze(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-' && c != '\u00ad' && c != '\u2010'
                    && c != '\u2011') {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** The code points the PDF renderer's warnings name as shown as a replacement: "no font has x (U+1F6A2), …". */
    static Set<Integer> missingGlyphs(List<String> warnings) {
        Set<Integer> missing = new HashSet<>();
        for (String warning : warnings) {
            int end = warning.indexOf(" in the text ");
            if (!warning.startsWith("PDF (") || !warning.contains("no font has ") || end < 0) {
                continue;
            }
            Matcher matcher = MISSING.matcher(warning.substring(0, end));
            while (matcher.find()) {
                missing.add(Integer.parseInt(matcher.group(1), 16));
            }
        }
        return missing;
    }
}
