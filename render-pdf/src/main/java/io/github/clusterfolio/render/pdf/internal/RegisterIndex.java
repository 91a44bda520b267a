package io.github.clusterfolio.render.pdf.internal;

import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The register's order and its letter groups, as the brochure's language sorts: with a German collator
 * "Ämter" files with "A" and "Öko" with "O", case does not separate entries, and leading punctuation such
 * as quotes is ignored. Names that start with a digit go under "0–9"; names in a script without an
 * alphabet of capitals (CJK, for example) under one group for the rest.
 */
final class RegisterIndex {
    /**
     * One register entry.
     *
     * @param name the name as printed
     * @param key the destination and page key of the entry
     * @param group the letter group, such as "A" or "0–9"
     */
    record Entry(String name, String key, String group) {}

    private RegisterIndex() {}

    /** Sorts {@code names} (name, key pairs) for {@code locale} and assigns each its letter group. */
    static List<Entry> sort(List<String[]> names, Locale locale, String otherGroup) {
        Collator collator = Collator.getInstance(locale);
        collator.setStrength(Collator.TERTIARY);
        record Keyed(CollationKey sortKey, String name, String key) {}
        List<Keyed> keyed = new ArrayList<>(names.size());
        for (String[] pair : names) {
            keyed.add(new Keyed(collator.getCollationKey(sortable(pair[0])), pair[0], pair[1]));
        }
        keyed.sort(Comparator.comparing(Keyed::sortKey).thenComparing(Keyed::key));
        List<Entry> entries = new ArrayList<>(keyed.size());
        for (Keyed entry : keyed) {
            entries.add(new Entry(entry.name(), entry.key(), group(entry.name(), locale, otherGroup)));
        }
        return entries;
    }

    /** The name without leading characters that are neither letters nor digits. */
    static String sortable(String name) {
        int start = 0;
        while (start < name.length() && !Character.isLetterOrDigit(name.codePointAt(start))) {
            start += Character.charCount(name.codePointAt(start));
        }
        return start == name.length() ? name : name.substring(start);
    }

    /** The letter group of a name: its first letter without accents, in capitals. */
    static String group(String name, Locale locale, String otherGroup) {
        String sortable = sortable(name);
        if (sortable.isEmpty()) {
            return otherGroup;
        }
        int first = sortable.codePointAt(0);
        if (Character.isDigit(first)) {
            return "0–9";
        }
        if (!Character.isLetter(first)) {
            return otherGroup;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(first);
        if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.GREEK
                && script != Character.UnicodeScript.CYRILLIC && script != Character.UnicodeScript.ARMENIAN
                && script != Character.UnicodeScript.GEORGIAN) {
            return otherGroup;
        }
        int base = Normalizer.normalize(new String(Character.toChars(first)), Normalizer.Form.NFD).codePointAt(0);
        // Title case rather than upper case: Georgian letters, for example, stay as they are written.
        String letter = new String(Character.toChars(Character.toTitleCase(base)));
        return letter.equals("SS") ? "S" : letter;
    }
}
