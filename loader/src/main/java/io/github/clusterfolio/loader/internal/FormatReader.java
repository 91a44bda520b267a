package io.github.clusterfolio.loader.internal;

import io.github.clusterfolio.model.internal.Suggestions;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * What every reader of a YAML format needs: mappings with known keys (unknown keys with a suggestion,
 * duplicate and missing keys), and values of an expected kind with a message that says what was expected
 * and what was found.
 */
abstract class FormatReader {
    final YamlCursor cursor;
    final ProblemCollector problems;

    FormatReader(YamlCursor cursor, ProblemCollector problems) {
        this.cursor = cursor;
        this.problems = problems;
    }

    /**
     * Reads the mapping that starts at the current token, handing the value of every known key to the handler
     * {@code fields} binds to its name (with the cursor on the value's first token; it must consume the whole
     * value), which fills in {@code draft}.
     *
     * @return the keys seen, one bit per key in the order they were declared
     */
    final <D> int readFields(Fields<D> fields, D draft) {
        int startLine = cursor.line();
        int startColumn = cursor.column();
        int seen = 0;
        int suggested = 0;
        int[] keyLines = new int[fields.size()];
        while (cursor.next() == JsonToken.PROPERTY_NAME) {
            String key = cursor.text();
            boolean keyReported = cursor.reported();
            int keyLine = cursor.line();
            int keyColumn = cursor.column();
            int index = keyReported ? -1 : fields.indexOf(key);
            cursor.enterKey(key);
            String refusal = index < 0 && !keyReported ? fields.refusal(key) : null;
            if (refusal != null) {
                cursor.error(keyLine, keyColumn, refusal);
            } else if (index < 0 && !keyReported) {
                String suggestion = unknownKey(key, fields, keyLine, keyColumn);
                if (suggestion != null) {
                    suggested |= 1 << fields.indexOf(suggestion);
                }
            } else if (index >= 0 && (seen & 1 << index) != 0) {
                cursor.error(keyLine, keyColumn, "duplicate key " + Values.excerpt(key)
                        + "; it is already given on line " + keyLines[index]);
                index = -1;
            }
            cursor.next();
            if (index < 0) {
                cursor.skipValue();
            } else {
                seen |= 1 << index;
                keyLines[index] = keyLine;
                fields.read(index, draft);
            }
            cursor.leave();
        }
        // A key reported as a probable typo of a required key is not reported missing as well.
        int missing = fields.required() & ~seen & ~suggested;
        for (int index = 0; missing != 0; index++, missing >>>= 1) {
            if ((missing & 1) != 0) {
                String name = fields.name(index);
                cursor.tentativeError(startLine, startColumn,
                        "missing required key '" + name + "'" + fields.missingHint(name));
            }
        }
        return seen;
    }

    private @Nullable String unknownKey(String key, Fields<?> fields, int line, int column) {
        String suggestion = Suggestions.nearest(key, fields.names());
        if (suggestion != null) {
            cursor.error(line, column, "unknown key " + Values.excerpt(key) + " — did you mean '" + suggestion + "'?");
        } else {
            cursor.error(line, column, "unknown key " + Values.excerpt(key) + "; allowed here: "
                    + String.join(", ", fields.names()));
        }
        return suggestion;
    }

    /**
     * Whether the current value is a mapping; otherwise reports what was found instead of {@code expected}
     * and skips the value.
     */
    final boolean expectMapping(String expected) {
        if (cursor.token() == JsonToken.START_OBJECT) {
            return true;
        }
        wrongKind(expected);
        return false;
    }

    /** Whether the current value is a list; otherwise reports and skips it. */
    final boolean expectList(String expected) {
        if (cursor.token() == JsonToken.START_ARRAY) {
            return true;
        }
        wrongKind(expected);
        return false;
    }

    /** Reports that the current value is not {@code expected} (unless already reported) and skips it. */
    final void wrongKind(String expected) {
        if (!cursor.reported()) {
            cursor.error("expected " + expected + ", found " + cursor.describe());
        }
        cursor.skipValue();
    }

    /** Like {@link #wrongKind(String)} for a place where a text belongs, with how to make a scalar a text. */
    final void wrongKindForText(String expected) {
        if (!cursor.reported()) {
            cursor.error("expected " + expected + ", found " + cursor.describe() + textHint());
        }
        cursor.skipValue();
    }

    /** For a scalar YAML reads as something other than text, how to make it a text. */
    private String textHint() {
        JsonToken token = cursor.token();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                || token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return " — write it in quotes (\"" + Values.excerptPlain(cursor.text()) + "\") if it is meant as text";
        }
        return "";
    }

    /**
     * A non-blank text at the current value, or {@code null} after reporting why there is none.
     *
     * @param expected what belongs here, for the message, such as "a city name"
     */
    final @Nullable String readPlainText(String expected) {
        if (cursor.reported()) {
            cursor.skipValue();
            return null;
        }
        if (cursor.emptyValue()) {
            cursor.error("no value given; expected " + expected);
            return null;
        }
        if (cursor.token() != JsonToken.VALUE_STRING) {
            wrongKindForText(expected);
            return null;
        }
        String text = cursor.text();
        if (text.isBlank()) {
            cursor.error(text.isEmpty() ? "no value given; expected " + expected : "the text is blank; expected " + expected);
            return null;
        }
        return text;
    }

    /** Reads every item of the list at the current token, entering each index into the path; how many there were. */
    final int readItems(IntConsumer onItem) {
        int index = 0;
        while (cursor.next() != JsonToken.END_ARRAY && cursor.token() != null) {
            cursor.enterIndex(index);
            onItem.accept(index);
            cursor.leave();
            index++;
        }
        return index;
    }

    /** A list of names for a message: {@code a, b, c}, shortened after {@code max}. */
    static String listed(Iterable<String> names, int max) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        int more = 0;
        for (String name : names) {
            if (count < max) {
                if (count > 0) {
                    out.append(", ");
                }
                out.append(name);
                count++;
            } else {
                more++;
            }
        }
        if (more > 0) {
            out.append(" and ").append(more).append(" more");
        }
        return out.toString();
    }
}
