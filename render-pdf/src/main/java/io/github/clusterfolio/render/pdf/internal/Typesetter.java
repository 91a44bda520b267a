package io.github.clusterfolio.render.pdf.internal;

import java.awt.Color;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.NullUnmarked;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.HyphenationEvent;

/**
 * Turns text into OpenPDF chunks for one document: tidies it (Unicode NFC, no control or invisible
 * characters, non-breaking spaces in "e. V."), gives every chunk an embedded font (a chunk without one
 * would pull in a non-embedded Helvetica), and sends each character the text face lacks to the first
 * fallback font that has it. A character that no font has is shown as U+FFFD (or "?" when the font lacks
 * that too) and reported once per text
 * through the warnings consumer, naming the text; it is never dropped silently.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class Typesetter {
    /** The four styles of the text face. */
    enum Face {
        REGULAR,
        BOLD,
        ITALIC,
        BOLD_ITALIC
    }

    /**
     * How a run of text looks.
     *
     * @param face the style of the text face
     * @param size the size in points
     * @param colour the fill colour
     * @param tracking extra space between characters in points, for spaced capitals
     */
    record Style(Face face, float size, Color colour, float tracking) {
        Style(Face face, float size, Color colour) {
            this(face, size, colour, 0);
        }

        Style withColour(Color other) {
            return new Style(face, size, other, tracking);
        }

        Style withFace(Face other) {
            return new Style(other, size, colour, tracking);
        }

        Style withSize(float other) {
            return new Style(face, other, colour, tracking);
        }
    }

    private static final int REPLACEMENT = 0xFFFD;

    private final Map<Face, BaseFont> faces = new EnumMap<>(Face.class);
    private final List<BaseFont> fallbacks = new ArrayList<>();
    private final Map<FontKey, Font> fontCache = new HashMap<>();
    private final Consumer<String> warnings;
    private final String documentLanguage;
    private final Set<String> reported = new LinkedHashSet<>();
    private final SeededRandom random = new SeededRandom(0);

    Typesetter(FontFiles files, Consumer<String> warnings, String documentLanguage) {
        this.warnings = warnings;
        this.documentLanguage = documentLanguage;
        Map<FontFiles.FontFile, BaseFont> made = new IdentityHashMap<>();
        faces.put(Face.REGULAR, made.computeIfAbsent(files.regular(), file -> file.create(random)));
        faces.put(Face.BOLD, made.computeIfAbsent(files.bold(), file -> file.create(random)));
        faces.put(Face.ITALIC, made.computeIfAbsent(files.italic(), file -> file.create(random)));
        faces.put(Face.BOLD_ITALIC, made.computeIfAbsent(files.boldItalic(), file -> file.create(random)));
        for (FontFiles.FontFile file : files.fallbacks()) {
            fallbacks.add(made.computeIfAbsent(file, f -> f.create(random)));
        }
    }

    /** Seeds the font-subset name prefixes, which the fonts draw when they are written at the end. */
    void seedSubsetNames(long seed) {
        random.restart(seed);
    }

    /** The base font of a face, for drawing text directly on a canvas. */
    BaseFont base(Face face) {
        return faces.get(face);
    }

    /** A font of the text face. */
    Font font(Style style) {
        return font(faces.get(style.face()), style.size(), style.colour());
    }

    private Font font(BaseFont base, float size, Color colour) {
        return fontCache.computeIfAbsent(new FontKey(base, size, colour), key -> new Font(base, size, Font.NORMAL, colour));
    }

    /** A phrase of {@code text} in one style; line breaks in the text are kept. */
    Phrase phrase(String text, Style style, float leading) {
        Phrase phrase = new Phrase(leading);
        phrase.setFont(font(style));
        phrase.addAll(chunks(text, style, null));
        return phrase;
    }

    /** A phrase of {@code text} in one style on one line: line breaks become spaces. */
    Phrase line(String text, Style style, float leading) {
        Phrase phrase = new Phrase(leading);
        phrase.setFont(font(style));
        phrase.addAll(chunks(oneLine(text), style, null));
        return phrase;
    }

    /** A chunk that carries no text of its own (a separator, a space), in the text face so that it embeds. */
    Chunk blank(String text, Style style) {
        return new Chunk(text, font(style));
    }

    /**
     * The chunks of {@code text}: runs of characters that the same font can show. {@code hyphenation} (may be
     * null) is set on every chunk.
     */
    List<Chunk> chunks(String text, Style style, HyphenationEvent hyphenation) {
        return chunks(text, style, hyphenation, 0);
    }

    /**
     * The chunks of {@code text} for lines {@code width} wide: as {@link #chunks(String, Style, HyphenationEvent)},
     * but text with right-to-left characters is broken into lines here, before it is put into visual order
     * (see {@link #breakBidiLines}). A width of 0 leaves line breaking to OpenPDF.
     */
    List<Chunk> chunks(String text, Style style, HyphenationEvent hyphenation, float width) {
        String tidy = tidy(text);
        String drawn = BidiText.visualOrder(breakBidiLines(tidy, style, width));
        List<Chunk> chunks = new ArrayList<>(1);
        BaseFont primary = faces.get(style.face());
        StringBuilder run = new StringBuilder(drawn.length());
        BaseFont runFont = primary;
        List<Integer> missing = null;
        for (int i = 0; i < drawn.length(); ) {
            int codePoint = drawn.codePointAt(i);
            i += Character.charCount(codePoint);
            BaseFont font = fontFor(codePoint, primary);
            if (font == null) {
                if (Character.isSpaceChar(codePoint)) {
                    codePoint = Character.isWhitespace(codePoint) ? ' ' : '\u00a0';
                    font = primary;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    if (!missing.contains(codePoint)) {
                        missing.add(codePoint);
                    }
                    codePoint = primary.charExists(REPLACEMENT) ? REPLACEMENT : '?';
                    font = primary;
                }
            }
            if (font != runFont && !run.isEmpty()) {
                chunks.add(chunk(run.toString(), runFont, style, hyphenation));
                run.setLength(0);
            }
            runFont = font;
            run.appendCodePoint(codePoint);
        }
        if (!run.isEmpty() || chunks.isEmpty()) {
            chunks.add(chunk(run.toString(), runFont, style, hyphenation));
        }
        if (missing != null) {
            report(tidy, missing, primary.charExists(REPLACEMENT) ? "\uFFFD" : "?");
        }
        return chunks;
    }

    private BaseFont fontFor(int codePoint, BaseFont primary) {
        if (codePoint == ' ' || codePoint == '\n' || primary.charExists(codePoint)) {
            return primary;
        }
        for (BaseFont fallback : fallbacks) {
            if (fallback.charExists(codePoint)) {
                return fallback;
            }
        }
        return null;
    }

    private Chunk chunk(String text, BaseFont base, Style style, HyphenationEvent hyphenation) {
        Chunk chunk = new Chunk(text, font(base, style.size(), style.colour()));
        if (style.tracking() != 0) {
            chunk.setCharacterSpacing(style.tracking());
        }
        if (hyphenation != null) {
            chunk.setHyphenation(hyphenation);
        }
        return chunk;
    }

    private void report(String text, List<Integer> missing, String replacement) {
        if (!reported.add(text)) {
            return;
        }
        StringBuilder characters = new StringBuilder();
        for (int codePoint : missing) {
            if (!characters.isEmpty()) {
                characters.append(", ");
            }
            characters.append(new String(Character.toChars(codePoint)))
                    .append(String.format(Locale.ROOT, " (U+%04X)", codePoint));
        }
        String shown = text.length() > 120 ? text.substring(0, 117) + "…" : text;
        warnings.accept("PDF (" + documentLanguage + "): no font has " + characters + " in the text \"" + shown
                + "\"; the brochure shows " + replacement + " instead. Add a font that has these characters as a fallback font "
                + "(PdfOptions.fallbackFonts), for example Noto Sans CJK for Chinese, Japanese or Korean.");
    }

    /** The warnings reported so far, by text; for tests. */
    Set<String> reportedTexts() {
        return Set.copyOf(reported);
    }

    /**
     * Tidies text for print: Unicode NFC (so that "a" + combining diaeresis becomes "ä", which the font
     * has), line breaks as {@code \n}, tabs as spaces, invisible characters (soft hyphens, zero-width
     * spaces, other controls) removed, and non-breaking spaces inside abbreviations such as "e. V.".
     */
    static String tidy(String text) {
        String normal = Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = null;
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            boolean drop = c == '\r' && i + 1 < normal.length() && normal.charAt(i + 1) == '\n';
            char replacement = c;
            if (!drop) {
                if (c == '\r' || c == '\u2028' || c == '\u2029') {
                    replacement = '\n';
                } else if (c == '\t') {
                    replacement = ' ';
                } else if (c != '\n' && (Character.getType(c) == Character.CONTROL
                        || Character.getType(c) == Character.FORMAT)) {
                    drop = true;
                }
            }
            if (out == null && (drop || replacement != c)) {
                out = new StringBuilder(normal.length());
                out.append(normal, 0, i);
            }
            if (out != null && !drop) {
                out.append(replacement);
            }
        }
        return abbreviations(out == null ? normal : out.toString());
    }

    /**
     * Breaks {@code text} into lines no wider than {@code width} in {@code style}, in logical order, and marks
     * each break with a line break, when the text has right-to-left characters. The visual reordering then
     * works line by line, so that a right-to-left run that wraps keeps its first words on the first line, as
     * the bidirectional algorithm (UAX #9, rule L1 onwards) requires; OpenPDF's page flow would break the
     * already reordered text and so swap the parts. Text without right-to-left characters is returned as it is
     * and left to OpenPDF's own line breaking, justification and hyphenation.
     */
    String breakBidiLines(String text, Style style, float width) {
        if (width <= 0 || !Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return text;
        }
        BaseFont font = faces.get(style.face());
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (String paragraphLine : text.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            float used = 0;
            int lineStart = out.length();
            for (String word : paragraphLine.split(" ", -1)) {
                float wordWidth = measure(word, font, style);
                float spaceWidth = out.length() > lineStart ? measure(" ", font, style) : 0;
                if (out.length() > lineStart && used + spaceWidth + wordWidth > width) {
                    out.append('\n');
                    lineStart = out.length();
                    used = 0;
                    spaceWidth = 0;
                } else if (out.length() > lineStart) {
                    out.append(' ');
                }
                out.append(word);
                used += spaceWidth + wordWidth;
            }
        }
        return out.toString();
    }

    private float measure(String text, BaseFont primary, Style style) {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            BaseFont font = fontFor(codePoint, primary);
            width += (font == null ? primary : font).getWidthPoint(codePoint, style.size()) + style.tracking();
        }
        // A little room for rounding: OpenPDF must not break a line that was measured to fit.
        return width * 1.01f;
    }

    /** Abbreviations whose parts must not be split over two lines: "e. V.", "z. B.", "Co. KG" … */
    private static final String[][] ABBREVIATIONS = {
        {"e.", "V."}, {"z.", "B."}, {"d.", "h."}, {"u.", "a."}, {"o.", "Ä."}, {"i.", "d."}, {"d.", "R."}, {"Co.", "KG"}
    };

    private static String abbreviations(String text) {
        int space = text.indexOf(". ");
        if (space < 0) {
            return text;
        }
        char[] chars = null;
        for (; space >= 0; space = text.indexOf(". ", space + 1)) {
            for (String[] pair : ABBREVIATIONS) {
                int start = space + 1 - pair[0].length();
                if (start >= 0
                        && text.startsWith(pair[0], start)
                        && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                        && text.startsWith(pair[1], space + 2)
                        && (space + 2 + pair[1].length() == text.length()
                                || !Character.isLetterOrDigit(text.charAt(space + 2 + pair[1].length())))) {
                    if (chars == null) {
                        chars = text.toCharArray();
                    }
                    chars[space + 1] = '\u00a0';
                }
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** The text on one line: runs of white space, line breaks included, become one space. */
    static String oneLine(String text) {
        String tidy = tidy(text);
        StringBuilder out = new StringBuilder(tidy.length());
        boolean space = false;
        for (int i = 0; i < tidy.length(); i++) {
            char c = tidy.charAt(i);
            if (Character.isWhitespace(c)) {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private record FontKey(BaseFont base, float size, Color colour) {}
}
