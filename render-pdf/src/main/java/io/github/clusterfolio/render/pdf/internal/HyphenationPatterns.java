package io.github.clusterfolio.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Liang patterns, letter classes and exceptions of one language, read from the table the build compiles
 * from the XML patterns ({@code src/build/hyphenation/CompilePatterns.java} writes it and describes its
 * layout). Reading it takes a few milliseconds, where parsing the German XML took about a tenth of a second
 * of every cold run.
 *
 * <p>Patterns sit in one open-addressing hash table over a single character array, so a word is scored
 * without making a string for each of its substrings. Read-only once made: threads share an instance.
 */
final class HyphenationPatterns {
    private static final int MAGIC = 0x43464859;
    private static final int VERSION = 1;
    private static final int[] NONE = new int[0];

    private final Map<Character, Character> letters;
    private final Map<String, int[]> exceptions;
    private final char[] characters;
    /** Where each pattern's characters end in {@link #characters}; pattern i starts where i - 1 ends. */
    private final int[] ends;
    /** Each pattern's values, one more than its letters, at the offset of its characters plus its index. */
    private final byte[] values;
    /** Pattern index + 1 per slot, 0 for an empty one; the size is a power of two. */
    private final int[] slots;
    private final int longest;

    private HyphenationPatterns(Map<Character, Character> letters, Map<String, int[]> exceptions,
            char[] characters, int[] ends, byte[] values) {
        this.letters = letters;
        this.exceptions = exceptions;
        this.characters = characters;
        this.ends = ends;
        this.values = values;
        this.slots = new int[Integer.highestOneBit(Math.max(1, ends.length) * 2) * 2];
        int longestPattern = 0;
        for (int i = 0; i < ends.length; i++) {
            int start = start(i);
            longestPattern = Math.max(longestPattern, ends[i] - start);
            int slot = slot(hash(characters, start, ends[i]));
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = i + 1;
        }
        this.longest = longestPattern;
    }

    /** The compiled patterns of {@code language} shipped with this module, if there are any. */
    static Optional<HyphenationPatterns> load(String language) throws IOException {
        byte[] table;
        try (InputStream in = HyphenationPatterns.class.getResourceAsStream(
                "/io/github/clusterfolio/render/pdf/hyphenation/" + language + ".bin")) {
            if (in == null) {
                return Optional.empty();
            }
            table = in.readAllBytes();
        }
        try {
            return Optional.of(read(ByteBuffer.wrap(table)));
        } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IOException("the " + language + " hyphenation table is damaged", e);
        }
    }

    // Bulk reads through buffer views: a cold JVM would interpret a loop over 300,000 characters.
    private static HyphenationPatterns read(ByteBuffer in) throws IOException {
        if (in.getInt() != MAGIC || in.getInt() != VERSION) {
            throw new IOException("not a hyphenation table of version " + VERSION);
        }
        int letterCount = in.getInt();
        Map<Character, Character> letters = new HashMap<>(letterCount * 2);
        for (int i = 0; i < letterCount; i++) {
            letters.put(in.getChar(), in.getChar());
        }
        int exceptionCount = in.getInt();
        Map<String, int[]> exceptions = new HashMap<>(exceptionCount * 2);
        for (int i = 0; i < exceptionCount; i++) {
            byte[] word = new byte[Short.toUnsignedInt(in.getShort())];
            in.get(word);
            int[] breaks = new int[in.getInt()];
            in.asIntBuffer().get(breaks);
            in.position(in.position() + breaks.length * Integer.BYTES);
            exceptions.put(new String(word, StandardCharsets.UTF_8), breaks);
        }
        int patternCount = in.getInt();
        char[] characters = new char[in.getInt()];
        in.asCharBuffer().get(characters);
        in.position(in.position() + characters.length * Character.BYTES);
        int[] ends = new int[patternCount];
        in.asIntBuffer().get(ends);
        in.position(in.position() + ends.length * Integer.BYTES);
        byte[] values = new byte[characters.length + patternCount];
        in.get(values);
        if (in.hasRemaining()) {
            throw new IOException("the hyphenation table has " + in.remaining() + " bytes too many");
        }
        return new HyphenationPatterns(letters, exceptions, characters, ends, values);
    }

    /**
     * The allowed break positions of {@code word} (letters before each break), in increasing order, with at
     * least {@code leftMin} letters before and {@code rightMin} after each.
     */
    int[] breaks(String word, int leftMin, int rightMin) {
        int length = word.length();
        char[] dotted = new char[length + 2];
        dotted[0] = '.';
        dotted[length + 1] = '.';
        for (int i = 0; i < length; i++) {
            Character letter = letters.get(word.charAt(i));
            if (letter == null) {
                letter = letters.get(Character.toLowerCase(word.charAt(i)));
            }
            if (letter == null) {
                return NONE;
            }
            dotted[i + 1] = letter;
        }
        int[] exception = exceptions.get(new String(dotted, 1, length));
        if (exception != null) {
            return Arrays.stream(exception).filter(at -> at >= leftMin && length - at >= rightMin).toArray();
        }
        byte[] score = new byte[dotted.length + 1];
        for (int start = 0; start < dotted.length; start++) {
            int end = Math.min(dotted.length, start + longest);
            int hash = 0;
            for (int stop = start + 1; stop <= end; stop++) {
                hash = 31 * hash + dotted[stop - 1];
                int pattern = find(hash, dotted, start, stop);
                if (pattern >= 0) {
                    int from = start(pattern) + pattern;
                    for (int k = 0; k <= stop - start; k++) {
                        if (values[from + k] > score[start + k]) {
                            score[start + k] = values[from + k];
                        }
                    }
                }
            }
        }
        // score[i] sits before dotted[i]; the break before word letter j (1-based) is score[j + 1].
        int[] found = new int[length];
        int count = 0;
        for (int j = leftMin; j <= length - rightMin; j++) {
            if ((score[j + 1] & 1) == 1) {
                found[count++] = j;
            }
        }
        return Arrays.copyOf(found, count);
    }

    /** How many patterns there are. */
    int size() {
        return ends.length;
    }

    /** The values of {@code pattern} (one more than its letters), if it is one; for tests. */
    Optional<byte[]> values(String pattern) {
        char[] text = pattern.toCharArray();
        int index = find(hash(text, 0, text.length), text, 0, text.length);
        if (index < 0) {
            return Optional.empty();
        }
        int from = start(index) + index;
        return Optional.of(Arrays.copyOfRange(values, from, from + text.length + 1));
    }

    /** The breaks listed for {@code word} (lower case, letter classes applied) as an exception, if any. */
    Optional<int[]> exception(String word) {
        return Optional.ofNullable(exceptions.get(word)).map(int[]::clone);
    }

    /** The index of the pattern spelt by {@code text[start, stop)} whose hash is {@code hash}, or -1. */
    private int find(int hash, char[] text, int start, int stop) {
        int slot = slot(hash);
        while (slots[slot] != 0) {
            int pattern = slots[slot] - 1;
            int from = start(pattern);
            if (ends[pattern] - from == stop - start
                    && Arrays.equals(characters, from, ends[pattern], text, start, stop)) {
                return pattern;
            }
            slot = (slot + 1) & (slots.length - 1);
        }
        return -1;
    }

    private int start(int pattern) {
        return pattern == 0 ? 0 : ends[pattern - 1];
    }

    /** The first slot to try for a hash: its high bits folded in, as the 31-polynomial leaves them weak. */
    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (slots.length - 1);
    }

    private static int hash(char[] text, int start, int stop) {
        int hash = 0;
        for (int i = start; i < stop; i++) {
            hash = 31 * hash + text[i];
        }
        return hash;
    }
}
