package io.github.clusterfolio.loader.internal;

import io.github.clusterfolio.model.WebAddressRule;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.NullUnmarked;

/**
 * The checks of single values, written out by hand (no regular expressions) because they run for every
 * value of a large file. They accept exactly what the model's constructors accept, so that a region the
 * loader lets through always builds.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
public final class Values {
    private static final int EXCERPT_LENGTH = 48;

    /** The largest magnitude of a key figure: below 10^15, so that it prints without exponent in any tool. */
    static final int MAX_INTEGER_DIGITS = 15;

    /** The most decimal places of a key figure. */
    static final int MAX_DECIMAL_PLACES = 6;

    private Values() {}

    /** Whether {@code id} is a lower-case slug such as {@code logistics-maritime}. */
    public static boolean isSlug(String id) {
        int length = id.length();
        if (length == 0 || id.charAt(0) == '-' || id.charAt(length - 1) == '-') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < length; i++) {
            char c = id.charAt(i);
            if (c == '-') {
                if (previous == '-') {
                    return false;
                }
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** An id made from {@code text} (umlauts spelled out, spaces to hyphens), or empty when none results. */
    public static String slugFrom(String text) {
        String spelled = text.toLowerCase(Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        String plain = Normalizer.normalize(spelled, Normalizer.Form.NFD);
        StringBuilder slug = new StringBuilder();
        boolean hyphen = false;
        for (int i = 0; i < plain.length() && slug.length() < 64; i++) {
            char c = plain.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (hyphen && !slug.isEmpty()) {
                    slug.append('-');
                }
                hyphen = false;
                slug.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                hyphen = true;
            }
        }
        return slug.toString();
    }

    /** Whether {@code tag} is a language tag of the simple form the format allows ({@code de}, {@code en-GB}). */
    public static boolean isLanguageTag(String tag) {
        int length = tag.length();
        int i = 0;
        while (i < length && tag.charAt(i) >= 'a' && tag.charAt(i) <= 'z') {
            i++;
        }
        if (i < 2 || i > 3) {
            return false;
        }
        while (i < length) {
            if (tag.charAt(i) != '-') {
                return false;
            }
            int start = ++i;
            while (i < length && Character.isLetterOrDigit(tag.charAt(i)) && tag.charAt(i) < 0x80) {
                i++;
            }
            if (i - start < 2 || i - start > 8) {
                return false;
            }
        }
        return true;
    }

    /** Why {@code text} is not a web address {@link WebAddressRule} accepts, or {@code null} when it is one. */
    public static String whyNotWebAddress(String text) {
        return webAddress(text).problem();
    }

    /**
     * The web address written as {@code text}, or why it is not an absolute http(s) address with a host.
     *
     * @param address the address, when valid
     * @param problem why it is not valid, or {@code null}
     */
    record WebAddress(URI address, String problem) {}

    /**
     * Checks {@code text} as a web address once, by {@link WebAddressRule}, the rule the model, the schema and
     * the HTML renderer keep too.
     */
    static WebAddress webAddress(String text) {
        String problem = WebAddressRule.whyNot(text).orElse(null);
        if (problem != null) {
            return new WebAddress(null, problem);
        }
        try {
            return new WebAddress(new URI(text), null);
        } catch (URISyntaxException e) {
            // The rule admits only what java.net.URI parses; this is a safety net, not a path taken.
            return new WebAddress(null, excerpt(text) + " is not a valid web address (" + e.getReason()
                    + " at character " + (e.getIndex() + 1) + ")");
        }
    }

    /**
     * The number written as {@code text}, when it is a plain decimal number (JSON syntax); {@code null}
     * otherwise. A negative scale (from an exponent) is normalised so the value prints without one, unless
     * the number has more than 1,000 digits before the point, which no bound admits.
     */
    public static BigDecimal parseDecimal(String text) {
        int length = text.length();
        int i = 0;
        if (i < length && text.charAt(i) == '-') {
            i++;
        }
        int digitsStart = i;
        while (i < length && isDigit(text.charAt(i))) {
            i++;
        }
        int integerDigits = i - digitsStart;
        if (integerDigits == 0 || integerDigits > 1 && text.charAt(digitsStart) == '0') {
            return null;
        }
        if (i < length && text.charAt(i) == '.') {
            int fractionStart = ++i;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == fractionStart) {
                return null;
            }
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponentStart = i;
            while (i < length && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == exponentStart || i - exponentStart > 9) {
                return null;
            }
        }
        if (i != length) {
            return null;
        }
        BigDecimal value = new BigDecimal(text);
        if (value.scale() < 0 && value.precision() - (long) value.scale() > MAX_PLAIN_DIGITS) {
            // Writing 1e999999999 out in digits takes minutes and gigabytes; the number is out of every
            // bound anyway, so it is returned as written (found by fuzzing).
            return value;
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** Up to how many digits before the point {@link #parseDecimal} writes a number with an exponent out. */
    private static final int MAX_PLAIN_DIGITS = 1_000;

    /** Whether {@code value} is within the bounds of a key figure; see {@link #MAX_INTEGER_DIGITS}. */
    static String whyOutOfBounds(BigDecimal value, String text) {
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            return excerpt(text) + " has too many digits; a key figure has at most " + MAX_INTEGER_DIGITS
                    + " digits before the decimal point";
        }
        if (value.scale() > MAX_DECIMAL_PLACES && value.stripTrailingZeros().scale() > MAX_DECIMAL_PLACES) {
            return excerpt(text) + " has too many decimal places; a key figure has at most "
                    + MAX_DECIMAL_PLACES;
        }
        return null;
    }

    /**
     * Whether {@code text} looks like a whole number written with a German thousands separator, such as
     * {@code 70.000}: YAML reads that as seventy with three decimal places.
     */
    static boolean looksLikeThousandsSeparated(String text) {
        int dot = text.indexOf('.');
        if (dot < 1 || dot > 3 || text.length() != dot + 4 || !text.endsWith("000")) {
            return false;
        }
        for (int i = 0; i < dot; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A hint, starting with "; ", for a text found where a number belongs. */
    static String numberHint(String text) {
        String trimmed = text.strip();
        if (trimmed.length() > 2 && trimmed.charAt(0) == '0' && (trimmed.charAt(1) == 'x' || trimmed.charAt(1) == 'o'
                || trimmed.charAt(1) == 'b')) {
            return "; write it in decimal digits";
        }
        if (parseDecimal(trimmed) != null) {
            return "; write it without spaces around it";
        }
        boolean digits = false;
        boolean separators = false;
        boolean other = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (isDigit(c)) {
                digits = true;
            } else if (c == ',' || c == '.' || c == '_' || c == '\'' || c == ' ' || c == '\u00a0' || c == '\u202f') {
                separators = true;
            } else {
                other = true;
            }
        }
        if (!digits) {
            return "; write a number such as 70000 or 2.5";
        }
        if (!other && trimmed.length() > 1 && trimmed.charAt(0) == '0' && isDigit(trimmed.charAt(1))) {
            return "; a number must not start with 0";
        }
        if (!other && separators) {
            return "; write it without thousands separators, with '.' before any decimals, such as 70000 or 2.5";
        }
        return "; write only the number, and a 'qualifier' (format 1.1) or 'approximate: true' (format 1) if it is"
                + " not exact";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code text} in single quotes for a message, shortened and with line breaks made visible. */
    public static String excerpt(String text) {
        return "'" + excerptPlain(text) + "'";
    }

    /** {@code text} for a message, shortened and with line breaks made visible. */
    public static String excerptPlain(String text) {
        boolean shortened = text.length() > EXCERPT_LENGTH;
        String shown = shortened ? text.substring(0, EXCERPT_LENGTH) : text;
        if (shortened && Character.isHighSurrogate(shown.charAt(shown.length() - 1))) {
            shown = shown.substring(0, shown.length() - 1);
        }
        StringBuilder out = new StringBuilder(shown.length() + 4);
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? '?' : c);
            }
        }
        return shortened ? out.append('…').toString() : out.toString();
    }
}
