package io.github.clusterfolio.loader.internal;

import io.github.clusterfolio.loader.LoaderLimits;
import java.util.function.Function;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads one YAML document with a format reader and turns everything that can go wrong on the way into
 * problems: input the guard refused, YAML syntax errors, too many problems. No exception of Jackson or
 * SnakeYAML leaves this class.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
public final class DocumentReading {
    private DocumentReading() {}

    /**
     * Reads {@code input} with {@code format}, recording problems in {@code problems}.
     *
     * @return what {@code format} returned, or {@code null} when reading stopped early
     */
    public static <T> @Nullable T read(
            EventYamlFactory factory,
            GuardedInput input,
            LoaderLimits limits,
            ProblemCollector problems,
            Function<YamlCursor, @Nullable T> format) {
        @Nullable YamlCursor cursor = null;
        try (EventYamlParser parser = factory.parser(input)) {
            cursor = new YamlCursor(parser, problems, limits.maxValueChars(), limits.maxNestingDepth(), input);
            return format.apply(cursor);
        } catch (ProblemCollector.StopReading stop) {
            return null;
        } catch (RuntimeException e) {
            GuardedInput.Rejection rejection = input.rejection();
            if (input.readFailure() != null) {
                problems.clear();
                problems.error(0, 0, "", FileProblems.cannotRead(input.readFailure()));
            } else if (rejection != null) {
                // The parser reads ahead: what it found before the refused spot depends on where its
                // buffer ended, so the refusal is the one problem reported.
                problems.clear();
                problems.error(rejection.line(), rejection.column(), "", rejection.message());
            } else {
                try {
                    reportSyntaxError(e, problems, cursor, input);
                } catch (ProblemCollector.StopReading full) {
                    // The cap was reached just before the syntax error: the note on problems not shown says so.
                }
            }
            return null;
        }
    }

    /**
     * Whether the document has content; reports an empty file or one of comments only. Call after the
     * first {@link YamlCursor#next()}.
     */
    static boolean startsDocument(YamlCursor cursor, String firstLine) {
        JsonToken token = cursor.token();
        if (token != null && !cursor.emptyValue()) {
            return true;
        }
        String start = "; it should start with " + firstLine;
        if (!cursor.input().sawContent()) {
            cursor.error(1, 1, "the file is empty" + start);
        } else {
            cursor.error(1, 1, "the file holds only comments and no data" + start);
        }
        return false;
    }

    /** Reports a second YAML document after the first one, which has been read to its end. */
    static void checkSingleDocument(YamlCursor cursor) {
        int rootEndLine = cursor.line();
        if (cursor.next() == null) {
            return;
        }
        EventYamlParser parser = cursor.parser();
        int line = cursor.line();
        int column = cursor.column();
        if (parser.documentStartLine() >= rootEndLine) {
            line = parser.documentStartLine();
            column = parser.documentStartColumn();
        }
        cursor.error(line, column, "a second YAML document starts here, but a file holds one document;"
                + " remove the '---' line and what follows it, or move it to a file of its own");
    }

    private static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max) + "…";
    }

    private static void reportSyntaxError(RuntimeException e, ProblemCollector problems, @Nullable YamlCursor cursor,
            GuardedInput input) {
        String path = cursor == null ? "" : cursor.path();
        MarkedYamlEngineException marked = null;
        NumberFormatException number = null;
        for (Throwable cause = e; cause != null && marked == null; cause = cause.getCause()) {
            if (cause instanceof LayoutChecks.LayoutProblem layout) {
                problems.dropFrom(layout.line());
                problems.error(layout.line(), layout.column(), path, layout.getMessage());
                return;
            }
            if (cause instanceof MarkedYamlEngineException found) {
                marked = found;
            } else if (cause instanceof NumberFormatException found) {
                number = found;
            }
        }
        if (marked == null && number != null) {
            // SnakeYAML Engine parses the hexadecimal digits of an escape without checking that any are left:
            // a file that ends right after the escape's letter fails with a bare NumberFormatException.
            problems.dropFrom(input.line());
            problems.error(input.line(), input.nextColumn(), path, "the file ends inside a double-quoted text,"
                    + " just after an escape such as \\u, which needs hexadecimal digits (\\u 4, \\x 2, \\U 8);"
                    + " finish the escape and close the quotation mark");
            return;
        }
        if (marked != null) {
            SyntaxProblem problem = SyntaxProblem.of(
                    marked.getContext(),
                    marked.getContextMark().orElse(null),
                    marked.getProblem(),
                    marked.getProblemMark().orElse(null));
            // What was read inside a broken flow collection or quoted text is not what the author meant.
            int cutoff = problem.line();
            String context = marked.getContext() == null ? "" : marked.getContext();
            if ((context.contains("flow") || context.contains("scalar")) && marked.getContextMark().isPresent()) {
                cutoff = Math.min(cutoff, marked.getContextMark().get().getLine() + 1);
            }
            problems.dropFrom(cutoff);
            problems.error(problem.line(), problem.column(), path, problem.message());
        } else if (e instanceof JacksonException jackson) {
            // Jackson's own complaints (a list as a key) concern the event it just read: its start is the spot.
            TokenStreamLocation location = jackson.getLocation();
            int line = location == null ? 0 : Math.max(0, location.getLineNr());
            int column = location == null ? 0 : Math.max(0, location.getColumnNr());
            if (cursor != null && cursor.parser().tokenLine() > 0) {
                line = cursor.parser().tokenLine();
                column = cursor.parser().tokenColumn();
            }
            problems.dropFrom(line);
            problems.error(line, column, path, SyntaxProblem.describeJackson(jackson.getOriginalMessage()));
        } else {
            problems.error(0, 0, path, "internal error while reading the document (please report it): "
                    + shorten(String.valueOf(e), 300));
        }
    }

    /**
     * A YAML syntax error in words an editor can act on.
     *
     * @param line the 1-based line
     * @param column the 1-based column
     * @param message what is wrong and how to fix it
     */
    record SyntaxProblem(int line, int column, String message) {
        static SyntaxProblem of(String context, Mark contextMark, String problem, Mark problemMark) {
            String what = problem == null ? "" : problem.strip();
            String where = context == null ? "" : context.strip();
            Mark at = problemMark != null ? problemMark : contextMark;
            String message;
            if (what.contains("(TAB)") || what.contains("\\t")) {
                message = "a tab is used for indentation here; indent with spaces only";
            } else if (what.startsWith("mapping values are not allowed")) {
                message = "unexpected ':' — put a text that contains ': ' in quotes, or check the indentation of"
                        + " this line";
            } else if (what.startsWith("could not find expected ':'")) {
                message = "expected 'key: value' — a ':' is missing, or a text running over several lines"
                        + " needs quotes";
                at = contextMark != null ? contextMark : at;
            } else if (what.startsWith("expected <block end>")) {
                message = "this line is indented differently from the lines above it at the same level";
            } else if (what.startsWith("sequence entries are not allowed")) {
                message = "a list item ('- ') cannot start here; put the list on the lines below its key,"
                        + " indented";
            } else if (what.contains("end of stream") && where.contains("quoted scalar")) {
                message = "the quotation mark here is never closed";
                at = contextMark != null ? contextMark : at;
            } else if (what.startsWith("expected ',' or ']'")) {
                message = "the list opened with '[' at " + position(contextMark) + " is not closed with ']',"
                        + " or a ',' is missing";
            } else if (what.startsWith("expected ',' or '}'")) {
                message = "the mapping opened with '{' at " + position(contextMark) + " is not closed with '}',"
                        + " or a ',' is missing";
            } else if (what.contains("found unknown escape character")) {
                message = "unknown escape sequence in a double-quoted text; write a backslash as \\\\, or use"
                        + " single quotes";
            } else if (what.contains("that cannot start any token")) {
                message = "a value cannot start with this character; put the value in quotes";
            } else if (what.contains("undefined tag handle") || where.contains("while scanning a tag")) {
                message = "a value cannot start with '!' (a YAML tag); put the value in quotes";
            } else if (where.contains("anchor") || where.contains("alias")) {
                message = "a value cannot start with '&' or '*' (YAML anchors and aliases); put the value in"
                        + " quotes";
            } else if (what.contains("found duplicate anchor")) {
                message = "anchors are not allowed; write every value out";
            } else if (what.startsWith("expected '<document end>' before directives")) {
                message = "a directive ('%…') can only stand before the first document, or after a line '...' that"
                        + " ends the one before; a file holds one document, so remove it";
            } else if (what.startsWith("expected '<document start>'")) {
                message = "a second YAML document starts here, but a file holds one document; remove it or move"
                        + " it to a file of its own";
            } else {
                message = "invalid YAML: " + shorten((where.isEmpty() ? "" : where + ": ") + what, 200);
            }
            return new SyntaxProblem(
                    at == null ? 0 : at.getLine() + 1, at == null ? 0 : at.getColumn() + 1, message);
        }

        static String describeJackson(String message) {
            if (message != null && message.startsWith("Expected a property name")) {
                return "a key must be a plain text, not a list or a mapping";
            }
            return "invalid YAML: " + shorten(message == null ? "" : message, 200);
        }

        private static String position(Mark mark) {
            return mark == null ? "its start" : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
        }
    }
}
