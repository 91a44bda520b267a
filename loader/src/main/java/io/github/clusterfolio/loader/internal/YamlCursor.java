package io.github.clusterfolio.loader.internal;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.NullUnmarked;
import tools.jackson.core.JsonToken;

/**
 * Walks the token stream of one YAML document, keeping for the current token its text, its line and
 * column and its path in the document ({@code organisations[3].sectors[0]}). YAML features the format
 * does not use are reported here, once for every reader: anchors, aliases and explicit tags, values longer
 * than the limit, nesting deeper than the limit.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
public final class YamlCursor {
    private final EventYamlParser parser;
    private final ProblemCollector problems;
    private final int maxValueChars;
    private final int maxDepth;
    private final GuardedInput input;

    private JsonToken token;
    private String text;
    private int line;
    private int column;
    private int depth;
    private boolean reported;

    private String[] pathKeys = new String[16];
    private int[] pathIndices = new int[16];
    private int pathSize;

    YamlCursor(
            EventYamlParser parser, ProblemCollector problems, int maxValueChars, int maxDepth, GuardedInput input) {
        this.parser = parser;
        this.input = input;
        this.problems = problems;
        this.maxValueChars = maxValueChars;
        this.maxDepth = maxDepth;
    }

    /** Moves to the next token and returns it; {@code null} at the end of the input. */
    public JsonToken next() {
        token = parser.nextToken();
        problems.commitTentative();
        reported = false;
        if (token == null) {
            text = null;
            return null;
        }
        line = parser.tokenLine();
        column = parser.tokenColumn();
        switch (token) {
            case START_OBJECT, START_ARRAY -> {
                text = null;
                if (++depth > maxDepth) {
                    problems.error(line, column, path(), String.format(Locale.ROOT,
                            "the document is nested more than %d levels deep; reading stopped", maxDepth));
                    throw new ProblemCollector.StopReading();
                }
                checkNodeProperties();
            }
            case END_OBJECT, END_ARRAY -> {
                text = null;
                depth--;
            }
            default -> {
                // A null keeps its spelling ('~', 'NULL' or nothing) for messages.
                text = token == JsonToken.VALUE_NULL ? parser.scalarValue() : parser.getString();
                if (parser.isCurrentAlias()) {
                    report("an alias ('*" + Values.excerptPlain(text)
                            + "') is not allowed here; write the value out in full");
                } else {
                    checkNodeProperties();
                    if (text.length() > maxValueChars) {
                        report(String.format(Locale.ROOT,
                                "this value is %,d characters long; at most %,d are allowed", text.length(),
                                maxValueChars));
                    }
                }
            }
        }
        return token;
    }

    /** Whether the current value is empty: a key with nothing after it, which YAML reads as null. */
    public boolean emptyValue() {
        return token == JsonToken.VALUE_NULL && text != null && text.isEmpty();
    }

    private void checkNodeProperties() {
        String anchor = parser.anchor();
        if (anchor != null) {
            // An anchor on a mapping or list does not change its content, which is still checked.
            String message = "an anchor ('&" + Values.excerptPlain(anchor)
                    + "') is not allowed; the format does not use anchors and aliases, write every value out";
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                error(message);
            } else {
                report(message);
            }
        }
        String tag = parser.tag();
        if (tag != null) {
            report("a YAML tag ('" + Values.excerptPlain(tag.startsWith("tag:yaml.org,2002:")
                    ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag)
                    + "') is not allowed; write the value in quotes if it is a text");
        }
    }

    /** Records an error at the current token and marks the token's value as already reported. */
    public void report(String message) {
        error(message);
        reported = true;
    }

    /** Whether a problem with the current value was already reported (such as an alias). */
    public boolean reported() {
        return reported;
    }

    /** Whether the current scalar is written in quotes. */
    public boolean quoted() {
        return parser.quoted();
    }

    /**
     * Records an error that holds only if the document goes on as YAML: a check at the end of a mapping
     * or list, whose end a syntax error just after it may have faked.
     */
    public void tentativeError(int atLine, int atColumn, String message) {
        problems.tentativeError(atLine, atColumn, path(), message);
    }

    /** The current token. */
    public JsonToken token() {
        return token;
    }

    /** The text of the current key or scalar value. */
    public String text() {
        return text;
    }

    /** The 1-based line of the current token. */
    public int line() {
        return line;
    }

    /** The 1-based column of the current token. */
    public int column() {
        return column;
    }

    /** Records an error at the current token. */
    public void error(String message) {
        problems.error(line, column, path(), message);
    }

    /** Records an error at the given position, with the current path. */
    public void error(int atLine, int atColumn, String message) {
        problems.error(atLine, atColumn, path(), message);
    }

    /** Records a warning (an error in strict mode) at the given position, with the current path. */
    public void warning(int atLine, int atColumn, String message) {
        problems.warning(atLine, atColumn, path(), message);
    }

    /**
     * Skips the current value: nothing for a scalar, everything up to the matching end for a mapping or
     * list. Anchors and aliases inside are still reported.
     */
    public void skipValue() {
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return;
        }
        int end = depth - 1;
        while (depth > end) {
            if (next() == null) {
                return;
            }
        }
    }

    /** Enters a key of a mapping into the path. */
    public void enterKey(String key) {
        grow();
        pathKeys[pathSize] = key;
        pathIndices[pathSize] = -1;
        pathSize++;
    }

    /** Enters an item of a list into the path. */
    public void enterIndex(int index) {
        grow();
        pathKeys[pathSize] = null;
        pathIndices[pathSize] = index;
        pathSize++;
    }

    /** Leaves the innermost key or item of the path. */
    public void leave() {
        pathSize--;
    }

    private void grow() {
        if (pathSize == pathKeys.length) {
            pathKeys = Arrays.copyOf(pathKeys, pathSize * 2);
            pathIndices = Arrays.copyOf(pathIndices, pathSize * 2);
        }
    }

    /** The path of the current position, such as {@code organisations[3].sectors[0]}. */
    public String path() {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < pathSize; i++) {
            if (pathKeys[i] == null) {
                path.append('[').append(pathIndices[i]).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(Values.excerptPlain(pathKeys[i]));
            }
        }
        return path.toString();
    }

    /** What the current token is, for a message: "a list", "the number 12", "the text 'x'" … */
    public String describe() {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "a mapping of keys";
            case START_ARRAY -> "a list";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + Values.excerptPlain(text);
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> text == null || text.isEmpty() ? "nothing"
                    : text.equals("null") ? "null" : "null (written '" + text + "')";
            case VALUE_STRING -> text.isEmpty()
                    ? "an empty text"
                    : "the text " + Values.excerpt(text) + (parser.quoted() ? " in quotes" : "");
            default -> "something else";
        };
    }

    /** How the current scalar is written; null when the current token is no scalar. */
    org.snakeyaml.engine.v2.common.ScalarStyle scalarStyle() {
        return parser.scalarStyle();
    }

    /** The input, for what it saw of the raw text. */
    GuardedInput input() {
        return input;
    }

    /** The parser, for where its own state is needed (document starts). */
    EventYamlParser parser() {
        return parser;
    }
}
