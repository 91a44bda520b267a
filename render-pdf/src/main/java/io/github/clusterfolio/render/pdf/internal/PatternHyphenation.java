package io.github.clusterfolio.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.HyphenationEvent;
import org.openpdf.text.pdf.hyphenation.Hyphen;
import org.openpdf.text.pdf.hyphenation.PatternConsumer;
import org.openpdf.text.pdf.hyphenation.SimplePatternParser;

/**
 * Hyphenation with Liang's algorithm over the pattern files shipped with this module
 * ({@code hyphenation/<lang>.xml}, converted from TeX's hyph-utf8 patterns, see {@code src/build/hyphenation}).
 *
 * <p>OpenPDF's own {@code HyphenationAuto} cannot be used: it finds patterns only in a global cache, an
 * old resource path or the working directory, its pattern tree overflows on the German patterns
 * (about 90,000 of them) and it misreads pattern values above 6. So this class reads the XML with
 * OpenPDF's parser into a plain map and applies the patterns itself. The patterns of a language are
 * read once and shared, read-only, by every thread.
 *
 * <p>One instance per document: OpenPDF asks for the first part of a word and then, in a second call,
 * for the rest, so an instance keeps that rest between the two calls.
 *
 * <p>Words that a designer would not break are left whole: short words, words with digits and names
 * with capitals inside (acronyms such as "OLEC", names such as "JadeWeser").
 */
final class PatternHyphenation implements HyphenationEvent {
    private static final String PATTERNS = "/io/github/clusterfolio/render/pdf/hyphenation/";
    private static final Map<String, Optional<Patterns>> LOADED = new ConcurrentHashMap<>();

    /** At least this many letters before and after a break. */
    static final int LEFT_MIN = 3;
    static final int RIGHT_MIN = 3;
    private static final int SHORTEST_WORD = 7;
    private static final int[] NONE = new int[0];

    private final Patterns patterns;
    private final boolean breaksCapitalisedWords;
    /** Breaks of the words seen in this document: OpenPDF asks again for each line a word could end. */
    private final Map<String, int[]> seen = new HashMap<>();
    private String post = "";

    private PatternHyphenation(Patterns patterns, boolean breaksCapitalisedWords) {
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

    private static Optional<Patterns> load(String language) {
        try (InputStream in = PatternHyphenation.class.getResourceAsStream(PATTERNS + language + ".xml")) {
            if (in == null) {
                return Optional.empty();
            }
            Patterns patterns = new Patterns();
            new SimplePatternParser().parse(in, patterns);
            patterns.addOverrides(language);
            return Optional.of(patterns);
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

    /** The patterns, letter classes and exceptions of one language, filled by OpenPDF's pattern parser. */
    private static final class Patterns implements PatternConsumer {
        private final Map<Character, Character> letters = new HashMap<>();
        private final Map<String, byte[]> values = new HashMap<>(1 << 17);
        private final Map<String, int[]> exceptions = new HashMap<>();
        private int longest;

        @Override
        public void addClass(String group) {
            char normal = group.charAt(0);
            for (int i = 0; i < group.length(); i++) {
                letters.put(group.charAt(i), normal);
            }
        }

        @Override
        @SuppressWarnings("rawtypes")
        public void addException(String word, ArrayList parts) {
            List<Integer> breaks = new ArrayList<>();
            int position = 0;
            for (Object part : parts) {
                if (part instanceof String text) {
                    position += text.length();
                } else if (part instanceof Hyphen) {
                    breaks.add(position);
                }
            }
            exceptions.put(word, breaks.stream().mapToInt(Integer::intValue).toArray());
        }

        @Override
        public void addPattern(String pattern, String digits) {
            byte[] numbers = new byte[digits.length()];
            for (int i = 0; i < digits.length(); i++) {
                numbers[i] = (byte) (digits.charAt(i) - '0');
            }
            values.put(pattern, numbers);
            longest = Math.max(longest, pattern.length());
        }

        /**
         * Adds the words of {@code hyphenation-overrides.txt} beside this class ("en in-no-va-tive"): breaks
         * that the shipped patterns get wrong on texts we have seen, until the patterns' own exception
         * lists (src/build/hyphenation) take them over.
         */
        void addOverrides(String language) throws IOException {
            try (InputStream in = PatternHyphenation.class.getResourceAsStream("hyphenation-overrides.txt")) {
                if (in == null) {
                    return;
                }
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    String[] parts = line.strip().split("\\s+");
                    if (parts.length == 2 && !line.startsWith("#") && parts[0].equals(language)) {
                        List<Integer> breaks = new ArrayList<>();
                        String word = parts[1].replace("-", "");
                        for (int i = 0, letters = 0; i < parts[1].length(); i++) {
                            if (parts[1].charAt(i) == '-') {
                                breaks.add(letters);
                            } else {
                                letters++;
                            }
                        }
                        exceptions.put(word.toLowerCase(Locale.ROOT),
                                breaks.stream().mapToInt(Integer::intValue).toArray());
                    }
                }
            }
        }

        int[] breaks(String word, int leftMin, int rightMin) {
            int length = word.length();
            char[] normal = new char[length];
            for (int i = 0; i < length; i++) {
                Character letter = letters.get(word.charAt(i));
                if (letter == null) {
                    letter = letters.get(Character.toLowerCase(word.charAt(i)));
                }
                if (letter == null) {
                    return new int[0];
                }
                normal[i] = letter;
            }
            String key = new String(normal);
            int[] exception = exceptions.get(key);
            if (exception != null) {
                return java.util.Arrays.stream(exception)
                        .filter(at -> at >= leftMin && length - at >= rightMin)
                        .toArray();
            }
            String dotted = "." + key + ".";
            byte[] score = new byte[dotted.length() + 1];
            for (int start = 0; start < dotted.length(); start++) {
                int end = Math.min(dotted.length(), start + longest);
                for (int stop = start + 1; stop <= end; stop++) {
                    byte[] pattern = values.get(dotted.substring(start, stop));
                    if (pattern != null) {
                        for (int k = 0; k < pattern.length; k++) {
                            if (pattern[k] > score[start + k]) {
                                score[start + k] = pattern[k];
                            }
                        }
                    }
                }
            }
            // score[i] sits before dotted[i]; the break before word letter j (1-based j in the word) is score[j + 1].
            int[] found = new int[length];
            int count = 0;
            for (int j = leftMin; j <= length - rightMin; j++) {
                if ((score[j + 1] & 1) == 1) {
                    found[count++] = j;
                }
            }
            return java.util.Arrays.copyOf(found, count);
        }
    }
}
