package io.github.clusterfolio.render.pdf.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.HyphenationEvent;

/**
 * Hyphenation with Liang's algorithm over the patterns shipped with this module (TeX's hyph-utf8 patterns,
 * converted to XML in {@code src/main/hyphenation} and compiled to {@link HyphenationPatterns} tables by the
 * build; see {@code src/build/hyphenation}).
 *
 * <p>OpenPDF's own {@code HyphenationAuto} cannot be used: it finds patterns only in a global cache, an
 * old resource path or the working directory, its pattern tree overflows on the German patterns
 * (about 90,000 of them) and it misreads pattern values above 6. So this class applies the patterns
 * itself. The patterns of a language are
 * read once and shared, read-only, by every thread.
 *
 * <p>One instance per document: OpenPDF asks for the first part of a word and then, in a second call,
 * for the rest, so an instance keeps that rest between the two calls.
 *
 * <p>Words that a designer would not break are left whole: short words, words with digits and names
 * with capitals inside (acronyms such as "OLEC", names such as "JadeWeser").
 */
final class PatternHyphenation implements HyphenationEvent {
    private static final Map<String, Optional<HyphenationPatterns>> LOADED = new ConcurrentHashMap<>();

    /** At least this many letters before and after a break. */
    static final int LEFT_MIN = 3;
    static final int RIGHT_MIN = 3;
    private static final int SHORTEST_WORD = 7;
    private static final int[] NONE = new int[0];

    private final HyphenationPatterns patterns;
    private final boolean breaksCapitalisedWords;
    /** Breaks of the words seen in this document: OpenPDF asks again for each line a word could end. */
    private final Map<String, int[]> seen = new HashMap<>();
    private String post = "";

    private PatternHyphenation(HyphenationPatterns patterns, boolean breaksCapitalisedWords) {
        this.patterns = patterns;
        this.breaksCapitalisedWords = breaksCapitalisedWords;
    }

    /** Hyphenation for a language tag, if patterns for its language are shipped. */
    static Optional<PatternHyphenation> forLanguage(String language) {
        String primary = Locale.forLanguageTag(language).getLanguage();
        // German capitalises every noun, so a capital says nothing there; elsewhere it marks a name, often a
        // German one in an English text ("Oldenburg"), which the language's patterns would break wrongly.
        boolean capitals = primary.equals("de");
        return LOADED.computeIfAbsent(primary, PatternHyphenation::load)
                .map(patterns -> new PatternHyphenation(patterns, capitals));
    }

    private static Optional<HyphenationPatterns> load(String language) {
        try {
            return HyphenationPatterns.load(language);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + language + " hyphenation patterns", e);
        }
    }

    /** The allowed break positions of a word (number of letters before each break), in increasing order. */
    int[] breaks(String word) {
        if (!breakable(word) || (!breaksCapitalisedWords && Character.isUpperCase(word.charAt(0)))) {
            return NONE;
        }
        return seen.computeIfAbsent(word, w -> patterns.breaks(w, LEFT_MIN, RIGHT_MIN));
    }

    /** The word with a hyphen at each allowed break, such as "Ver-sor-gung"; for tests and reviews. */
    String hyphenated(String word) {
        StringBuilder out = new StringBuilder(word);
        int[] breaks = breaks(word);
        for (int k = breaks.length - 1; k >= 0; k--) {
            out.insert(breaks[k], '-');
        }
        return out.toString();
    }

    @Override
    public String getHyphenSymbol() {
        return "-";
    }

    @Override
    public String getHyphenatedWordPre(String word, BaseFont font, float fontSize, float remainingWidth) {
        post = word;
        float hyphenWidth = font.getWidthPoint(getHyphenSymbol(), fontSize);
        if (hyphenWidth > remainingWidth) {
            return "";
        }
        int[] breaks = breaks(word);
        int fits = -1;
        for (int k = 0; k < breaks.length; k++) {
            if (font.getWidthPoint(word.substring(0, breaks[k]), fontSize) + hyphenWidth > remainingWidth) {
                break;
            }
            fits = k;
        }
        if (fits < 0) {
            return "";
        }
        post = word.substring(breaks[fits]);
        return word.substring(0, breaks[fits]) + getHyphenSymbol();
    }

    @Override
    public String getHyphenatedWordPost() {
        return post;
    }

    private static boolean breakable(String word) {
        if (word.length() < SHORTEST_WORD) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) || (i > 0 && Character.isUpperCase(c))) {
                return false;
            }
        }
        return true;
    }
}
