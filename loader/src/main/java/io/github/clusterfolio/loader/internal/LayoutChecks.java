package io.github.clusterfolio.loader.internal;

import java.io.Serial;
import java.util.Arrays;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * The YAML 1.2 rules SnakeYAML Engine does not check, checked on its events against the {@link RawLayout}
 * of the text (yaml-test-suite cases the parser wrongly accepts):
 *
 * <ul>
 *   <li>a {@code #} between two values must follow a space or tab to start a comment:
 *       {@code city: "Oldenburg"# x} (SU5Z), {@code [a, b]#x} (9JBA), {@code [a,#x} (CVW2);
 *   <li>inside a list or mapping of indented lines, the lines a {@code [ ]} or {@code { }} collection
 *       runs on to must be indented more than the key or {@code -} it belongs to (9C9N, Y79Y-003), and so
 *       must the lines a text in quotes runs on to (QB6E, DK95-01); a tab does not count as indentation.
 * </ul>
 */
final class LayoutChecks {
    private static final int FLOW = -2;

    private final RawLayout layout;
    /** Per open collection: the column of a block collection, or {@link #FLOW}. */
    private int[] open = new int[16];
    private int depth;
    private int flowDepth;
    private boolean inDocument;
    private int previousEndIndex;
    private int previousEndLine;

    LayoutChecks(RawLayout layout) {
        this.layout = layout;
    }

    /** Checks {@code event}, the next event of the parser. */
    void check(Event event) {
        if (event.getStartMark().isEmpty() || event.getEndMark().isEmpty()) {
            return;
        }
        Mark start = event.getStartMark().get();
        Mark end = event.getEndMark().get();
        int startLine = start.getLine() + 1;
        Event.ID id = event.getEventId();
        if (id == Event.ID.DocumentStart) {
            inDocument = true;
        } else if (inDocument) {
            int[] hash = layout.hashBetween(previousEndIndex, start.getIndex());
            if (hash != null) {
                throw new LayoutProblem(hash[0], hash[1], "'#' right after a value starts no comment: put a space"
                        + " before '#' to start a comment, or put the whole value in quotes if '#' belongs to it");
            }
            int blockColumn = innermostBlockColumn();
            if (flowDepth > 0 && blockColumn >= 0) {
                checkContinuationLines(previousEndLine + 1, startLine, blockColumn, false,
                        "this line continues the list or mapping in brackets, so it");
            }
            // (A plain text running over lines inside brackets is left to the parser, whose message for a
            // bracket never closed is the better one.)
            if (event instanceof ScalarEvent scalar && blockColumn >= 0 && (scalar.isSQuoted() || scalar.isDQuoted())) {
                checkContinuationLines(startLine + 1, end.getLine() + 1, blockColumn, true,
                        "this line continues the text in quotes of line " + startLine + ", so it");
            }
        }
        switch (id) {
            case MappingStart, SequenceStart -> push(((CollectionStartEvent) event).isFlow() ? FLOW : start.getColumn());
            case MappingEnd, SequenceEnd -> pop();
            case DocumentEnd -> inDocument = false;
            default -> {}
        }
        previousEndIndex = end.getIndex();
        previousEndLine = end.getLine() + 1;
    }

    /**
     * Checks that lines {@code from} to {@code to} (1-based, inclusive) are indented by more than
     * {@code blockColumn} spaces, where they hold anything; comment lines only count inside a text.
     */
    private void checkContinuationLines(int from, int to, int blockColumn, boolean insideText, String what) {
        for (int line = from; line <= to; line++) {
            int facts = layout.lineFacts(line);
            if (facts == RawLayout.UNKNOWN) {
                continue;
            }
            boolean content = insideText
                    ? (facts & RawLayout.NON_SPACE) != 0
                    : (facts & RawLayout.NON_WHITESPACE) != 0 && (facts & RawLayout.COMMENT) == 0;
            int spaces = RawLayout.spaces(facts);
            if (content && spaces <= blockColumn) {
                throw new LayoutProblem(line, spaces + 1, what + " must be indented by more than " + blockColumn
                        + (blockColumn == 1 ? " space" : " spaces") + " (further than the key or '-' it belongs to)"
                        + ((facts & RawLayout.TAB_FIRST) != 0 ? "; a tab does not count as indentation" : ""));
            }
        }
    }

    private int innermostBlockColumn() {
        for (int i = depth - 1; i >= 0; i--) {
            if (open[i] != FLOW) {
                return open[i];
            }
        }
        return -1;
    }

    private void push(int column) {
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = column;
        if (column == FLOW) {
            flowDepth++;
        }
    }

    private void pop() {
        if (depth > 0 && open[--depth] == FLOW) {
            flowDepth--;
        }
    }

    /** A rule of YAML the parser let pass, at a 1-based line and column. */
    static final class LayoutProblem extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;

        private final int line;
        private final int column;

        LayoutProblem(int line, int column, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }
}
