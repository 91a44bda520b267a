package io.github.clusterfolio.render.text;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The labels of one language, resolved: each text from the language's own catalogue, its primary
 * language's, or the English one, and the language it is written in (so that HTML can mark an English
 * stand-in with {@code lang="en"}). Made by {@link LabelCatalog#forLanguage(String)}; immutable.
 */
public final class Labels {
    private final String language;
    private final Locale locale;
    private final String[] patterns;
    private final String[] writtenIn;
    private final LabelCatalog catalog;

    Labels(String language, LabelCatalog catalog) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.catalog = catalog;
        Label[] all = Label.values();
        patterns = new String[all.length];
        writtenIn = new String[all.length];
        String primary = LabelCatalog.primary(language);
        for (Label label : all) {
            // A plural label is taken whole from one language, so that its forms follow that language's rules.
            String probe = label.plural()
                    ? label.key() + "." + PluralCategory.of(language).getFirst().formName()
                    : label.key();
            String from;
            if (catalog.own(language, probe) != null) {
                from = language;
            } else if (catalog.own(primary, probe) != null) {
                from = primary;
            } else {
                from = LabelCatalog.FALLBACK_LANGUAGE;
            }
            patterns[label.ordinal()] = from;
            // Only English stand-ins are marked; a text of the primary language counts as the language's own.
            writtenIn[label.ordinal()] = from.equals(LabelCatalog.FALLBACK_LANGUAGE) && !primary.equals("en")
                    ? LabelCatalog.FALLBACK_LANGUAGE
                    : language;
        }
    }

    /** The language tag these labels are for. */
    public String language() {
        return language;
    }

    /** The locale of the language, for numbers, dates and sorting. */
    public Locale locale() {
        return locale;
    }

    /**
     * The text of a label with its placeholders filled in, in the order of {@link Label#placeholders()}.
     *
     * @throws IllegalArgumentException for a plural label, or when the number of values is not the number
     *     of placeholders
     */
    public String text(Label label, Object... values) {
        if (label.plural()) {
            throw new IllegalArgumentException(label + " is a plural label: use count()");
        }
        if (values.length != label.placeholders().size()) {
            throw new IllegalArgumentException(label + " has " + label.placeholders().size() + " placeholders, not "
                    + values.length);
        }
        // Every label has a text in the language its patterns come from: the catalogue is complete by construction.
        String pattern = Objects.requireNonNull(catalog.own(patterns[label.ordinal()], label.key()), label.key());
        if (values.length == 0) {
            return pattern;
        }
        return LabelTexts.fill(pattern, label.placeholders(), LabelTexts.strings(values));
    }

    /**
     * The form of a plural label for {@code count}, with {@code {count}} filled with {@code written}, the
     * count as the language writes it.
     */
    public String count(Label label, long count, String written) {
        if (!label.plural()) {
            throw new IllegalArgumentException(label + " is not a plural label");
        }
        String from = patterns[label.ordinal()];
        String key = label.key() + "." + PluralCategory.forCount(from, count).formName();
        String pattern = Objects.requireNonNull(catalog.own(from, key), key);
        return LabelTexts.fill(pattern, label.placeholders(), List.of(written));
    }

    /** The language the text of {@code label} is written in: this one, or English for a stand-in. */
    public String languageOf(Label label) {
        return writtenIn[label.ordinal()];
    }

    /** The unfilled text of a full key of this language (for printing a catalogue). */
    String pattern(String key) {
        Label label = LabelCatalog.labelOfKey(key);
        String from = patterns[label.ordinal()];
        if (!label.plural()) {
            return Objects.requireNonNull(catalog.own(from, key), key);
        }
        String own = catalog.own(from, key);
        if (own != null) {
            return own;
        }
        // An English stand-in for a language with more plural forms: the English plural serves each.
        String other = label.key() + "." + PluralCategory.OTHER.formName();
        return Objects.requireNonNull(catalog.own(from, other), other);
    }

    @Override
    public String toString() {
        return "Labels[" + language + "]";
    }
}
