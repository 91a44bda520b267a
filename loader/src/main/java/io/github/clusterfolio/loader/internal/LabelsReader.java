package io.github.clusterfolio.loader.internal;

import io.github.clusterfolio.model.internal.Suggestions;
import io.github.clusterfolio.render.text.LabelCatalog;
import io.github.clusterfolio.render.text.LabelProblem;
import io.github.clusterfolio.render.text.LabelSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JsonToken;

/**
 * Reads a labels file ({@code format: clusterfolio-labels/1}): a language and its label texts by key.
 * The texts are checked against the catalogue they are laid over once the whole document is read (the
 * language may come after the labels): unknown keys with a suggestion, placeholders that differ from the
 * label's, and, for a language the catalogue has no labels of, the keys that are missing.
 */
public final class LabelsReader extends FormatReader {
    /** The value of the {@code format} key this reader reads. */
    public static final String FORMAT = "clusterfolio-labels/1";

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");

    private final LabelCatalog base;
    private final Fields<Void> rootFields;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private String language;
    private int labelsLine;
    private int labelsColumn;

    /** Where a label's key and text stand in the file. */
    private record Entry(String text, int keyLine, int keyColumn, int valueLine, int valueColumn) {}

    /** A reader of the labels under {@code cursor}, to be laid over {@code base}. */
    /** The most characters a label may have: longer than any real heading, far short of slowing the layout. */
    static final int LONGEST_LABEL = 200;

    public LabelsReader(YamlCursor cursor, ProblemCollector problems, LabelCatalog base) {
        super(cursor, problems);
        this.base = base;
        rootFields = Fields.<Void>keys()
                .required("format", none -> readFormat())
                .required("language", none -> readLanguage())
                .required("labels", none -> readLabels());
    }

    /** Reads the document; the labels, or {@code null} when an error was found. */
    public LabelSet read() {
        JsonToken first = cursor.next();
        if (!DocumentReading.startsDocument(cursor, "'format: " + FORMAT + "'")) {
            return null;
        }
        if (first != JsonToken.START_OBJECT) {
            cursor.report("a labels file is a mapping of keys (format, language, labels), but this document is "
                    + cursor.describe());
            cursor.skipValue();
            DocumentReading.checkSingleDocument(cursor);
            return null;
        }
        readFields(rootFields, null);
        DocumentReading.checkSingleDocument(cursor);
        if (language == null) {
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        entries.forEach((key, entry) -> texts.put(key, entry.text()));
        LabelSet set = new LabelSet(language, texts);
        report(base.check(set));
        return problems.hasErrors() ? null : set;
    }

    private void report(List<LabelProblem> found) {
        List<String> missing = new ArrayList<>();
        for (LabelProblem problem : found) {
            Entry entry = entries.get(problem.key());
            switch (problem.kind()) {
                case UNKNOWN_KEY -> {
                    String message = problem.message();
                    if (message.startsWith("unknown label")) {
                        String suggestion = Suggestions.nearest(problem.key(), LabelCatalog.keysFor(language));
                        message += suggestion != null
                                ? " — did you mean '" + suggestion + "'?"
                                : "; 'clusterfolio labels " + language + "' prints every key";
                    }
                    cursor.error(entry.keyLine(), entry.keyColumn(), message);
                }
                case PLACEHOLDERS -> cursor.error(entry.valueLine(), entry.valueColumn(), problem.message());
                case BLANK -> {
                    // readPlainText reported the blank text already.
                }
                case MISSING_KEY -> missing.add(problem.key());
            }
        }
        if (!missing.isEmpty()) {
            cursor.error(labelsLine, labelsColumn, missing.size() + " labels are missing: " + listed(missing, 6)
                    + "; the bundled catalogues are " + String.join(", ", LabelCatalog.BUNDLED_LANGUAGES)
                    + ", and a new language needs every label — start from 'clusterfolio labels en'");
        }
    }

    private void readFormat() {
        String format = readPlainText("'" + FORMAT + "'");
        if (format != null && !format.equals(FORMAT)) {
            cursor.error(Values.excerpt(format) + " is not a labels format this program reads; write 'format: "
                    + FORMAT + "'");
        }
    }

    private void readLanguage() {
        String tag = readPlainText("a language tag such as 'sv' or 'de-AT'");
        if (tag == null) {
            return;
        }
        if (!LANGUAGE_TAG.matcher(tag).matches()) {
            cursor.error(Values.excerpt(tag) + " is not a language tag; write one such as 'sv' or 'de-AT'");
            return;
        }
        language = tag;
    }

    private void readLabels() {
        if (!expectMapping("the labels, each a key and its text (such as 'contents: Innehåll')")) {
            return;
        }
        labelsLine = cursor.line();
        labelsColumn = cursor.column();
        while (cursor.next() == JsonToken.PROPERTY_NAME) {
            String key = cursor.text();
            boolean keyReported = cursor.reported();
            int keyLine = cursor.line();
            int keyColumn = cursor.column();
            cursor.enterKey(key);
            cursor.next();
            int valueLine = cursor.line();
            int valueColumn = cursor.column();
            String text = readPlainText("the text of the label '" + key + "'");
            if (text != null && text.codePointCount(0, text.length()) > LONGEST_LABEL) {
                // A label is a word or a short phrase set in headings and table heads; the brochure's layout is
                // not made for paragraphs there, and a word of thousands of letters would take minutes to set.
                cursor.error(valueLine, valueColumn, "the text of the label '" + key + "' has "
                        + text.codePointCount(0, text.length()) + " characters; a label may have at most "
                        + LONGEST_LABEL);
                text = null;
            }
            if (!keyReported) {
                Entry earlier = entries.get(key);
                if (earlier != null) {
                    cursor.error(keyLine, keyColumn, "duplicate key " + Values.excerpt(key)
                            + "; it is already given on line " + earlier.keyLine());
                } else if (text != null) {
                    entries.put(key, new Entry(text, keyLine, keyColumn, valueLine, valueColumn));
                }
            }
            cursor.leave();
        }
    }
}
