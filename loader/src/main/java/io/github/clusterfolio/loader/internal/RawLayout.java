package io.github.clusterfolio.loader.internal;

import java.util.Arrays;
import org.jspecify.annotations.NullUnmarked;

/**
 * What the YAML parser's events leave out about the raw text, gathered in the one pass that hands the
 * characters to the parser: how far each recent line is indented and what it starts with, and every
 * {@code #} that directly follows other text (inside a value it is text; between values it starts no
 * comment, and YAML forbids it there). Positions count code points, as the parser's marks do.
 *
 * <p>Only the last {@value #LINE_RING} lines are remembered: far more than the parser reads ahead of the
 * events it hands on, unless one value spans thousands of lines, where the checks that need the lines
 * are skipped ({@link #lineFacts} answers {@link #UNKNOWN}).
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class RawLayout {
    /** How many recent lines are remembered. */
    static final int LINE_RING = 1 << 14;

    /** The facts of a line no longer (or not yet) remembered. */
    static final int UNKNOWN = -1;

    private static final int MASK = LINE_RING - 1;
    private static final int MAX_SPACES = 0xff;
    /** The line has a character other than a space (a tab counts). */
    static final int NON_SPACE = 1 << 8;
    /** The line has a character other than a space or tab. */
    static final int NON_WHITESPACE = 1 << 9;
    /** The first character other than a space or tab is {@code #}. */
    static final int COMMENT = 1 << 10;
    /** The first character other than a space is a tab. */
    static final int TAB_FIRST = 1 << 11;

    private static final int IN_SPACES = 0;
    private static final int IN_WHITESPACE = 1;
    private static final int PAST_INDENTATION = 2;

    private final int[] lineNumbers = new int[LINE_RING];
    private final int[] lineFacts = new int[LINE_RING];
    private final int[] lineLengths = new int[LINE_RING];
    private int line = 1;
    private int column;
    private int spaces;
    private int phase = IN_SPACES;
    private int codePoints;
    private char previous = '\n';

    /** Each {@code #} right after other text: code point index, 1-based line and column, in threes. */
    private int[] hashes = new int[3 * 16];
    private int hashCount;
    private int hashStart;

    RawLayout() {
        Arrays.fill(lineNumbers, UNKNOWN);
        lineNumbers[1] = 1;
    }

    /** One code point: a character, or the first half of a surrogate pair; line breaks included. */
    void character(char c) {
        int index = codePoints++;
        if (c == '\n' || c == '\r') {
            previous = c;
            return;
        }
        column++;
        if (c == ' ') {
            if (phase == IN_SPACES) {
                spaces++;
            }
        } else if (c == '\t') {
            if (phase == IN_SPACES) {
                lineFacts[line & MASK] = NON_SPACE | TAB_FIRST | Math.min(spaces, MAX_SPACES);
                phase = IN_WHITESPACE;
            }
        } else if (phase != PAST_INDENTATION) {
            int facts = phase == IN_SPACES ? NON_SPACE | Math.min(spaces, MAX_SPACES) : lineFacts[line & MASK];
            lineFacts[line & MASK] = facts | NON_WHITESPACE | (c == '#' ? COMMENT : 0);
            phase = PAST_INDENTATION;
        } else if (c == '#' && previous != ' ' && previous != '\t') {
            addHash(index);
        }
        previous = c;
    }

    /** A line break was read: the next character starts the next line. */
    void newLine() {
        lineLengths[line & MASK] = column;
        line++;
        column = 0;
        spaces = 0;
        phase = IN_SPACES;
        lineNumbers[line & MASK] = line;
        lineFacts[line & MASK] = 0;
    }

    private void addHash(int index) {
        if (hashStart > 0 && hashCount * 3 == hashes.length) {
            System.arraycopy(hashes, hashStart * 3, hashes, 0, (hashCount - hashStart) * 3);
            hashCount -= hashStart;
            hashStart = 0;
        }
        if (hashCount * 3 == hashes.length) {
            hashes = Arrays.copyOf(hashes, hashes.length * 2);
        }
        hashes[hashCount * 3] = index;
        hashes[hashCount * 3 + 1] = line;
        hashes[hashCount * 3 + 2] = column;
        hashCount++;
    }

    /**
     * The facts of a 1-based line: {@code NON_SPACE}, {@code NON_WHITESPACE}, {@code COMMENT}, {@code TAB_FIRST} and the count of
     * leading spaces (the low 8 bits, at most 255); {@link #UNKNOWN} for a line not remembered.
     */
    int lineFacts(int lineNumber) {
        return lineNumber >= 1 && lineNumbers[lineNumber & MASK] == lineNumber ? lineFacts[lineNumber & MASK] : UNKNOWN;
    }

    /**
     * The length in code points of a 1-based line that has ended, its line break left out; {@link #UNKNOWN} for a
     * line not remembered or not yet ended.
     */
    int lineLength(int lineNumber) {
        return lineNumber >= 1 && lineNumber < line && lineNumbers[lineNumber & MASK] == lineNumber
                ? lineLengths[lineNumber & MASK] : UNKNOWN;
    }

    /** The leading spaces in {@code facts}. */
    static int spaces(int facts) {
        return facts & MAX_SPACES;
    }

    /**
     * The first {@code #} right after other text at a code point index in {@code [from, to)}, as
     * {@code {line, column}}, or {@code null}; every one before {@code to} is forgotten.
     */
    int[] hashBetween(int from, int to) {
        int[] found = null;
        while (hashStart < hashCount && hashes[hashStart * 3] < to) {
            if (found == null && hashes[hashStart * 3] >= from) {
                found = new int[] {hashes[hashStart * 3 + 1], hashes[hashStart * 3 + 2]};
            }
            hashStart++;
        }
        if (hashStart == hashCount) {
            hashStart = 0;
            hashCount = 0;
        }
        return found;
    }
}
