package io.github.clusterfolio.loader.internal;

import io.github.clusterfolio.model.internal.Suggestions;
import io.github.clusterfolio.model.OrganisationType;
import io.github.clusterfolio.model.Qualifier;
import java.math.BigDecimal;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.NullUnmarked;
import tools.jackson.core.JsonToken;

/**
 * Reads the single values of a region file — ids, organisation types, web addresses, numbers, true or
 * false, years — each with a message that says what was expected, what was found and how to fix it.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class ScalarReader extends FormatReader {
    private static final Map<String, OrganisationType> TYPES = new HashMap<>();
    private static final String EXPECTED_TYPE =
            "an organisation type (" + String.join(", ", OrganisationType.formatNames()) + ")";
    private static final Set<String> YES_WORDS = Set.of("true", "yes", "on", "y", "ja");
    private static final Set<String> NO_WORDS = Set.of("false", "no", "off", "n", "nein");

    static {
        for (OrganisationType type : OrganisationType.values()) {
            TYPES.put(type.formatName(), type);
        }
    }

    ScalarReader(YamlCursor cursor, ProblemCollector problems) {
        super(cursor, problems);
    }

    /** An id (a lower-case slug); {@code null} after an error, with a suggestion made from the text. */
    String readId(String expected) {
        String id = readPlainText(expected);
        if (id == null || Values.isSlug(id)) {
            return id;
        }
        String suggestion = Values.slugFrom(id);
        cursor.error(Values.excerpt(id) + " is not a valid id: use lower-case letters, digits and single hyphens"
                + (suggestion.isEmpty() ? ", such as 'logistics-maritime'" : ", such as '" + suggestion + "'"));
        return null;
    }

    /** Records {@code id} (when not {@code null}) at the current line; reports it when already used. */
    void register(String id, Map<String, Integer> lines, String kind) {
        if (id == null) {
            return;
        }
        Integer first = lines.putIfAbsent(id, cursor.line());
        if (first != null) {
            cursor.error(kind + " id '" + id + "' is used twice; it is already the id of the " + kind + " on line "
                    + first);
        }
    }

    OrganisationType readType() {
        String name = readPlainText(EXPECTED_TYPE);
        if (name == null) {
            return null;
        }
        OrganisationType type = TYPES.get(name);
        if (type == null) {
            String suggestion = Suggestions.nearest(name, OrganisationType.formatNames());
            cursor.error("unknown organisation type " + Values.excerpt(name)
                    + (suggestion != null ? " — did you mean '" + suggestion + "'?" : "; use one of "
                            + String.join(", ", OrganisationType.formatNames())));
        }
        return type;
    }

    Qualifier readQualifier() {
        String expected = "a qualifier (" + String.join(", ", Qualifier.formatNames()) + ")";
        String name = readPlainText(expected);
        if (name == null) {
            return null;
        }
        Qualifier qualifier = Qualifier.fromFormatName(name).orElse(null);
        if (qualifier == null) {
            String suggestion = Suggestions.nearest(name, Qualifier.formatNames());
            cursor.error("unknown qualifier " + Values.excerpt(name)
                    + (suggestion != null ? " — did you mean '" + suggestion + "'?" : "; use one of "
                            + String.join(", ", Qualifier.formatNames())));
        }
        return qualifier;
    }

    URI readWebAddress() {
        String text = readPlainText("a web address such as https://example.org/");
        if (text == null) {
            return null;
        }
        Values.WebAddress address = Values.webAddress(text);
        if (address.problem() != null) {
            cursor.error(address.problem());
            return null;
        }
        return address.address();
    }

    BigDecimal readNumber() {
        if (cursor.reported()) {
            cursor.skipValue();
            return null;
        }
        JsonToken token = cursor.token();
        String text = cursor.text();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            BigDecimal value = Values.parseDecimal(text);
            if (value == null) {
                cursor.error(Values.excerpt(text) + " is not a number this format accepts; write digits, such as 70000 or 2.5");
                return null;
            }
            String why = Values.whyOutOfBounds(value, text);
            if (why != null) {
                cursor.error(why);
                return null;
            }
            if (value.scale() > Values.MAX_DECIMAL_PLACES) {
                // 1.0e-6 is 0.000001: the zeros its notation adds are not decimal places of the figure.
                value = value.stripTrailingZeros();
            }
            if (Values.looksLikeThousandsSeparated(text)) {
                cursor.warning(cursor.line(), cursor.column(), text + " is read as "
                        + value.stripTrailingZeros().toPlainString() + ", with the point as decimal point; if you mean "
                        + text.replace(".", "") + ", write it without the point");
            }
            return value;
        }
        if (token == JsonToken.VALUE_STRING && cursor.quoted()) {
            cursor.error("expected a number, found the text " + Values.excerpt(text) + " in quotes"
                    + (Values.parseDecimal(text.strip()) != null ? "; remove the quotes" : Values.numberHint(text)));
            return null;
        }
        if (token == JsonToken.VALUE_STRING && !text.isEmpty()) {
            cursor.error(Values.excerpt(text) + " is not a number" + Values.numberHint(text));
            return null;
        }
        wrongKind("a number");
        return null;
    }

    boolean readBoolean() {
        JsonToken token = cursor.token();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        if (!cursor.reported() && token == JsonToken.VALUE_STRING) {
            String lower = cursor.text().toLowerCase(Locale.ROOT);
            boolean yes = YES_WORDS.contains(lower);
            boolean no = NO_WORDS.contains(lower);
            if (yes || no) {
                boolean unquote = cursor.quoted() && (lower.equals("true") || lower.equals("false"));
                cursor.error("expected true or false, found the text " + Values.excerpt(cursor.text())
                        + (cursor.quoted() ? " in quotes" : "")
                        + (unquote ? "; remove the quotes" : "; write " + (yes ? "true" : "false")));
                return false;
            }
        }
        wrongKind("true or false");
        return false;
    }

    /** A year of four digits; 0 after an error. */
    int readYear() {
        if (cursor.reported()) {
            cursor.skipValue();
            return 0;
        }
        String text = cursor.text();
        if (cursor.token() == JsonToken.VALUE_NUMBER_INT && text.length() == 4 && text.charAt(0) != '0'
                && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(text);
        }
        if (cursor.token() == JsonToken.VALUE_NUMBER_INT || cursor.token() == JsonToken.VALUE_NUMBER_FLOAT) {
            cursor.error(Values.excerpt(text) + " is not a year; write four digits, such as 2024");
            return 0;
        }
        if (cursor.token() == JsonToken.VALUE_STRING && cursor.quoted()) {
            String stripped = text.strip();
            boolean year = stripped.length() == 4 && stripped.charAt(0) != '0'
                    && stripped.chars().allMatch(c -> c >= '0' && c <= '9');
            cursor.error("expected a year such as 2024, found the text " + Values.excerpt(text) + " in quotes"
                    + (year ? "; remove the quotes" : ""));
            return 0;
        }
        if (cursor.token() == JsonToken.VALUE_STRING && !text.isEmpty()) {
            cursor.error(Values.excerpt(text) + " is not a year; write four digits, such as 2024");
            return 0;
        }
        wrongKind("a year such as 2024");
        return 0;
    }
}
