package io.github.clusterfolio.loader.internal;

import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Prose;
import io.github.clusterfolio.model.RichText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.NullUnmarked;
import tools.jackson.core.JsonToken;

/**
 * Reads the texts of a region file — one string for every language, or a mapping from language tag to
 * text — and checks each against the region's languages: a missing translation or one in a language the
 * region does not list is a warning. Texts read before the languages are known are checked once they are.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class TextReader extends FormatReader {
    static final String TEXT = "a text, or texts per language such as {de: …, en: …}";

    private boolean richTexts;
    private List<String> languages;
    private boolean languagesBroken;
    private final List<PendingTextCheck> pendingTexts = new ArrayList<>();

    TextReader(YamlCursor cursor, ProblemCollector problems) {
        super(cursor, problems);
    }

    /** The region's languages are known: checks the texts read so far. */
    void languagesAre(List<String> regionLanguages) {
        languages = regionLanguages;
        finishTextChecks();
    }

    /** The region's languages cannot be known: texts are not checked against them. */
    void languagesBroken() {
        languagesBroken = true;
        pendingTexts.clear();
    }

    /** From format 1.1 on, summaries and descriptions are rich text (a Markdown subset). */
    void richTexts(boolean rich) {
        this.richTexts = rich;
    }

    /**
     * A summary or description: plain in format 1, rich text in format 1.1, where every refused link is
     * reported at its place; {@code null} after an error.
     */
    Prose readProse() {
        if (!richTexts) {
            LocalizedText text = readText();
            return text == null ? null : Prose.plain(text);
        }
        Map<String, RichText> meanings = new HashMap<>();
        boolean[] badLinks = {false};
        LocalizedText text = readText(written -> {
            MarkdownSubset.Reading reading = MarkdownSubset.read(written);
            for (MarkdownSubset.BadLink bad : reading.badLinks()) {
                int[] at = ScalarPositions.locate(cursor, bad.line(), bad.column());
                cursor.error(at[0], at[1], bad.message());
                badLinks[0] = true;
            }
            meanings.put(written, reading.text());
        });
        return text == null || badLinks[0] ? null : Prose.of(text, meanings::get);
    }

    /** A text in every language (one string) or per language (a mapping); {@code null} after an error. */
    LocalizedText readText() {
        return readText(written -> {});
    }

    /**
     * Like {@link #readText()}, handing each string read to {@code onString} while the cursor is still on it.
     */
    private LocalizedText readText(Consumer<String> onString) {
        if (cursor.reported()) {
            cursor.skipValue();
            return null;
        }
        if (cursor.token() == JsonToken.VALUE_STRING || cursor.emptyValue()) {
            String text = readPlainText(TEXT);
            if (text == null) {
                return null;
            }
            onString.accept(text);
            return LocalizedText.of(text);
        }
        if (cursor.token() != JsonToken.START_OBJECT) {
            wrongKindForText(TEXT);
            return null;
        }
        int mapLine = cursor.line();
        int mapColumn = cursor.column();
        TreeMap<String, String> byLanguage = new TreeMap<>();
        boolean broken = false;
        while (cursor.next() == JsonToken.PROPERTY_NAME) {
            String language = cursor.text();
            boolean keyReported = cursor.reported();
            cursor.enterKey(language);
            if (keyReported) {
                broken = true;
                cursor.next();
                cursor.skipValue();
            } else if (!Values.isLanguageTag(language)) {
                cursor.error(Values.excerpt(language) + " is not a language tag such as 'de' or 'en'");
                broken = true;
                cursor.next();
                cursor.skipValue();
            } else if (byLanguage.containsKey(language)) {
                cursor.error("duplicate key '" + language + "'; the text in this language is already given above");
                broken = true;
                cursor.next();
                cursor.skipValue();
            } else {
                cursor.next();
                String text = readPlainText("the text in '" + language + "'");
                if (text == null) {
                    broken = true;
                } else {
                    onString.accept(text);
                    byLanguage.put(language, text);
                }
            }
            cursor.leave();
        }
        if (broken) {
            return null;
        }
        if (byLanguage.isEmpty()) {
            cursor.tentativeError(mapLine, mapColumn, "the text is empty; give one text, or texts per language such as {de: …}");
            return null;
        }
        if (languages != null) {
            checkTranslations(byLanguage.keySet(), mapLine, mapColumn, null);
        } else if (!languagesBroken) {
            pendingTexts.add(new PendingTextCheck(Set.copyOf(byLanguage.keySet()), mapLine, mapColumn, cursor.path()));
        }
        return new LocalizedText(Optional.empty(), byLanguage);
    }

    /** Checks the texts read before the languages were known, if they are known now. */
    void finishTextChecks() {
        if (languages != null) {
            for (PendingTextCheck check : pendingTexts) {
                checkTranslations(check.languages(), check.line(), check.column(), check.path());
            }
        }
        pendingTexts.clear();
    }

    /** Warns of missing and surplus languages; {@code path} is {@code null} for the cursor's current one. */
    private void checkTranslations(Set<String> given, int line, int column, String knownPath) {
        if (given.size() == languages.size() && given.containsAll(languages)) {
            return;
        }
        String path = knownPath != null ? knownPath : cursor.path();
        List<String> missing = new ArrayList<>();
        for (String language : languages) {
            if (!given.contains(language)) {
                missing.add(language);
            }
        }
        if (!missing.isEmpty()) {
            String used = given.contains(languages.getFirst()) ? languages.getFirst() : Collections.min(given);
            problems.warning(line, column, path, "no " + quotedList(missing) + " text; the '" + used
                    + "' text is used instead");
        }
        List<String> extra = new ArrayList<>();
        for (String language : new TreeSet<>(given)) {
            if (!languages.contains(language)) {
                extra.add(language);
            }
        }
        if (!extra.isEmpty()) {
            problems.warning(line, column, path, "the " + quotedList(extra) + " text is never shown: "
                    + (extra.size() == 1 ? "it is not one of" : "they are not among") + " the region's languages ("
                    + listed(languages, 10) + ")");
        }
    }

    private static String quotedList(List<String> languages) {
        int shown = Math.min(languages.size(), 10);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                out.append(i == languages.size() - 1 ? " and " : ", ");
            }
            out.append('\'').append(languages.get(i)).append('\'');
        }
        if (shown < languages.size()) {
            out.append(" and ").append(languages.size() - shown).append(" more");
        }
        return out.toString();
    }

    private record PendingTextCheck(Set<String> languages, int line, int column, String path) {}
}
