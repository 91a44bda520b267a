package io.github.clusterfolio.render;

import io.github.clusterfolio.model.internal.Checks;
import io.github.clusterfolio.model.internal.Suggestions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * One option a renderer accepts, declared by its {@link RendererProvider#options()}: its name, type, allowed
 * values, default and a one-line description. The command line ({@code --option FORMAT.KEY=VALUE}), the project
 * file ({@code options: {FORMAT: {KEY: VALUE}}}), its JSON Schema and the Maven plugin all read this one
 * declaration; the provider reads the value back, typed, with {@link RendererSettings#option(RendererOption)}.
 *
 * <p>Values arrive as text and are parsed here (through {@link RendererRegistry#withOption}), so that every
 * caller reports a wrong value with the same words. An option is identified by the object itself, so two formats may each have an
 * option of the same name.
 *
 * @param <T> the type the provider reads
 */
public final class RendererOption<T> {
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z][A-Za-z0-9]*");

    /** What kind of value an option takes. */
    public enum Type {
        /** One of a fixed list of names, such as {@code excel}. */
        CHOICE,
        /** A whole number between a minimum and a maximum. */
        INTEGER,
        /** A text that the renderer checks. */
        TEXT,
        /** A text per language tag, such as a subtitle in German and one in English. */
        TEXT_PER_LANGUAGE;

        /** The type's name in help texts: {@code choice}, {@code integer}, {@code text}, {@code text-per-language}. */
        public String displayName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final String name;
    private final Type type;
    private final String description;
    private final String defaultValue;
    private final Map<String, T> choices;
    private final int minimum;
    private final int maximum;
    private final @Nullable UnaryOperator<String> textCheck;

    private RendererOption(String name, Type type, String description, String defaultValue, Map<String, T> choices,
            int minimum, int maximum, @Nullable UnaryOperator<String> textCheck) {
        if (!NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
            throw new IllegalArgumentException("an option name is lowerCamelCase letters and digits, not '" + name + "'");
        }
        this.name = name;
        this.type = type;
        this.description = Objects.requireNonNull(description, "description");
        this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
        this.choices = choices;
        this.minimum = minimum;
        this.maximum = maximum;
        this.textCheck = textCheck;
    }

    /**
     * An option whose value is one of {@code choices}' names (lower-case slugs), in the order given.
     *
     * @param defaultName the name that applies when the option is not given; one of the choices
     */
    public static <T> RendererOption<T> choice(String name, String description, Map<String, T> choices,
            String defaultName) {
        Map<String, T> copy = new LinkedHashMap<>();
        choices.forEach((choice, value) -> {
            if (!Checks.isSlug(choice)) {
                throw new IllegalArgumentException("the choice '" + choice + "' is not a lower-case slug");
            }
            copy.put(choice, Objects.requireNonNull(value, "value"));
        });
        if (!copy.containsKey(defaultName)) {
            throw new IllegalArgumentException("the default '" + defaultName + "' is not one of the choices");
        }
        return new RendererOption<>(name, Type.CHOICE, description, defaultName,
                java.util.Collections.unmodifiableMap(copy), 0, 0, null);
    }

    /** An option whose value is a whole number from {@code minimum} to {@code maximum}. */
    public static RendererOption<Integer> integer(String name, String description, int minimum, int maximum,
            int defaultValue) {
        if (minimum > defaultValue || defaultValue > maximum) {
            throw new IllegalArgumentException("the default " + defaultValue + " is outside " + minimum + " to " + maximum);
        }
        return new RendererOption<>(name, Type.INTEGER, description, Integer.toString(defaultValue), Map.of(), minimum,
                maximum, null);
    }

    /**
     * An option whose value is a text; {@code check} returns the text to use or throws an
     * {@link IllegalArgumentException} whose message says what is wrong (such as a renderer builder's check).
     */
    public static RendererOption<String> text(String name, String description, String defaultValue,
            UnaryOperator<String> check) {
        return new RendererOption<>(name, Type.TEXT, description, defaultValue, Map.of(), 0, 0,
                Objects.requireNonNull(check, "check"));
    }

    /**
     * An option with a text per language tag; {@code check} checks each text as for {@link #text}. Its value is
     * the map from language to text, empty unless given.
     */
    public static RendererOption<Map<String, String>> textPerLanguage(String name, String description,
            UnaryOperator<String> check) {
        return new RendererOption<>(name, Type.TEXT_PER_LANGUAGE, description, "", Map.of(), 0, 0,
                Objects.requireNonNull(check, "check"));
    }

    /** The option's name, lowerCamelCase, such as {@code conformance} or {@code headingLevel}. */
    public String name() {
        return name;
    }

    /** What kind of value it takes. */
    public Type type() {
        return type;
    }

    /** One line for help texts and the JSON Schema. */
    public String description() {
        return description;
    }

    /** The value that applies when none is given, as it would be written; empty for a text per language. */
    public String defaultValue() {
        return defaultValue;
    }

    /** The names a {@link Type#CHOICE} accepts, in order; empty for other types. */
    public List<String> allowedValues() {
        return List.copyOf(choices.keySet());
    }

    /** The smallest value of an {@link Type#INTEGER}; 0 for other types. */
    public int minimum() {
        return minimum;
    }

    /** The largest value of an {@link Type#INTEGER}; 0 for other types. */
    public int maximum() {
        return maximum;
    }

    /** Allowed values in words, for help texts: {@code rfc4180, excel, tsv} or {@code 1 to 4}. */
    public String allowedInWords() {
        return switch (type) {
            case CHOICE -> String.join(", ", choices.keySet());
            case INTEGER -> minimum + " to " + maximum;
            case TEXT -> "a text";
            case TEXT_PER_LANGUAGE -> "a text per language tag";
        };
    }

    /**
     * Reads one value written as text: a choice's name, a number, or a text (for {@link Type#TEXT_PER_LANGUAGE},
     * the text of one language).
     *
     * @throws InvalidOptionException ({@link InvalidOptionException.Part#VALUE}) saying what is allowed, with a
     *     "did you mean" where a choice is close
     */
    Object parseItem(String format, String value) {
        Objects.requireNonNull(value, "value");
        String where = format + "." + name;
        switch (type) {
            case CHOICE -> {
                T chosen = choices.get(value);
                if (chosen != null) {
                    return chosen;
                }
                String near = Suggestions.nearest(value, choices.keySet());
                throw new InvalidOptionException(InvalidOptionException.Part.VALUE, "'" + value + "' is not a value of "
                        + where + (near != null ? " — did you mean '" + near + "'?" : "") + "; allowed: "
                        + allowedInWords());
            }
            case INTEGER -> {
                String digits = value.strip();
                // Digits 0-9 only: Integer.parseInt would also take "+2" and other scripts' digits ("\uFF12").
                if (!digits.matches("-?[0-9]+")) {
                    throw new InvalidOptionException(InvalidOptionException.Part.VALUE, "'" + value
                            + "' is not a whole number; " + where + " is " + allowedInWords());
                }
                int number;
                try {
                    number = Integer.parseInt(digits);
                } catch (NumberFormatException tooLarge) {
                    number = digits.startsWith("-") ? Integer.MIN_VALUE : Integer.MAX_VALUE;
                }
                if (number < minimum || number > maximum) {
                    throw new InvalidOptionException(InvalidOptionException.Part.VALUE, where + " must be "
                            + allowedInWords() + ", not " + digits);
                }
                return number;
            }
            default -> {
                try {
                    return Objects.requireNonNull(textCheck, "textCheck").apply(value);
                } catch (IllegalArgumentException wrong) {
                    throw new InvalidOptionException(InvalidOptionException.Part.VALUE, where + ": " + wrong.getMessage());
                }
            }
        }
    }

    /** The value the provider gets when the option is not given. */
    @SuppressWarnings("unchecked")
    T defaultTyped() {
        return switch (type) {
            case CHOICE -> Objects.requireNonNull(choices.get(defaultValue), "default");
            case INTEGER -> (T) Integer.valueOf(defaultValue);
            case TEXT -> (T) defaultValue;
            case TEXT_PER_LANGUAGE -> (T) Map.of();
        };
    }

    /** Whether {@code language} is a language tag of the form the data format allows, for per-language options. */
    static Optional<String> languageProblem(String language) {
        return Checks.isLanguageTag(language) ? Optional.empty()
                : Optional.of("'" + language + "' is not a language tag such as 'de' or 'en'");
    }

    @Override
    public String toString() {
        return "RendererOption[" + name + ", " + type.displayName() + "]";
    }
}
