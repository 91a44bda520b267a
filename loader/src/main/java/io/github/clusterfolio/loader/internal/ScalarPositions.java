package io.github.clusterfolio.loader.internal;

import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Finds where a place inside a scalar's value stands in the file: a line and column within the value (as
 * commonmark counts them in a rich text) become the file's line and column. A literal block ({@code |})
 * keeps its lines, so each is found exactly; a folded block ({@code >}) and a plain or quoted scalar over
 * several lines join lines with a space, which is undone from the raw lines' lengths. Where the raw lines
 * are no longer known, the place is the scalar's start.
 */
final class ScalarPositions {
    private ScalarPositions() {}

    /**
     * The 1-based file line and column of the 0-based {@code line} and {@code column} of the value of the
     * scalar under the cursor.
     */
    static int[] locate(YamlCursor cursor, int line, int column) {
        int[] start = {cursor.line(), cursor.column()};
        ScalarStyle style = cursor.scalarStyle();
        GuardedInput input = cursor.input();
        if (style == null || input == null) {
            return start;
        }
        RawLayout layout = input.layout();
        boolean block = style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED;
        boolean quoted = style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED;
        int blockIndent = -1;
        int outLine = 0;
        int offset = 0;
        int previousLength = -1;
        for (int i = 0; ; i++) {
            int sourceLine = (block ? start[0] + 1 : start[0]) + i;
            int facts = layout.lineFacts(sourceLine);
            int length = layout.lineLength(sourceLine);
            if (facts == RawLayout.UNKNOWN || length == RawLayout.UNKNOWN) {
                return start;
            }
            boolean blank = (facts & RawLayout.NON_SPACE) == 0;
            int indent;
            if (block) {
                if (blockIndent < 0 && !blank) {
                    blockIndent = RawLayout.spaces(facts);
                }
                indent = Math.max(0, blockIndent);
            } else {
                indent = i == 0 ? start[1] - 1 + (quoted ? 1 : 0) : RawLayout.spaces(facts);
            }
            int content = Math.max(0, length - indent);
            if (style == ScalarStyle.LITERAL) {
                if (i == line) {
                    return new int[] {sourceLine, indent + column + 1};
                }
                continue;
            }
            if (blank) {
                outLine++;
                previousLength = -1;
                continue;
            }
            offset = previousLength < 0 ? 0 : offset + previousLength + 1;
            previousLength = content;
            if (outLine == line && column <= offset + content) {
                return new int[] {sourceLine, indent + Math.max(0, column - offset) + 1};
            }
            if (outLine > line) {
                return start;
            }
        }
    }
}
