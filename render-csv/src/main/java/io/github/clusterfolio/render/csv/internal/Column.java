package io.github.clusterfolio.render.csv.internal;

import io.github.clusterfolio.render.csv.CsvTable;
import io.github.clusterfolio.render.text.Label;
import io.github.clusterfolio.render.text.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One column of a table as the reader sees it: a snake_case identifier, and the label its header has
 * for people. A per-language column stands for one column per language rendered, the identifier
 * followed by {@code _} and the language tag ({@code description_de}), the label followed by the tag in
 * brackets ({@code Beschreibung (de)}).
 */
record Column(String identifier, Label label, boolean perLanguage) {

    // Never "ID" as a first label: Excel takes a file that starts with "ID" for a SYLK file and refuses it.
    static final List<Column> ORGANISATIONS = List.of(
            single("id", Label.IDENTIFIER),
            perLanguage("name", Label.NAME),
            single("type", Label.TYPE),
            single("legal_form", Label.LEGAL_FORM),
            single("city", Label.CITY),
            single("website", Label.WEBSITE),
            single("main_sector_id", Label.MAIN_SECTOR),
            single("sector_ids", Label.SECTORS),
            single("tags", Label.TAGS),
            perLanguage("description", Label.DESCRIPTION));

    static final List<Column> SECTORS = List.of(
            single("id", Label.IDENTIFIER),
            perLanguage("name", Label.NAME),
            perLanguage("summary", Label.SUMMARY),
            single("organisation_count", Label.ORGANISATIONS),
            single("main_organisation_count", Label.ORGANISATIONS_MAIN_SECTOR));

    static final List<Column> KEY_FIGURES = List.of(
            single("sector_id", Label.SECTOR),
            single("position", Label.NUMBER),
            perLanguage("label", Label.KEY_FIGURE),
            single("value", Label.VALUE),
            single("approximate", Label.APPROXIMATE_COLUMN),
            perLanguage("unit", Label.UNIT),
            single("year", Label.YEAR),
            perLanguage("source_title", Label.SOURCE),
            single("source_url", Label.SOURCE_URL));

    private static Column single(String identifier, Label label) {
        return new Column(identifier, label, false);
    }

    private static Column perLanguage(String identifier, Label label) {
        return new Column(identifier, label, true);
    }

    static List<Column> of(CsvTable table) {
        return switch (table) {
            case ORGANISATIONS -> ORGANISATIONS;
            case SECTORS -> SECTORS;
            case KEY_FIGURES -> KEY_FIGURES;
        };
    }

    /** The column identifier suffix of a language tag: lower case, {@code -} replaced by {@code _}. */
    static String languageSuffix(String languageTag) {
        return languageTag.toLowerCase(Locale.ROOT).replace('-', '_');
    }

    /** The header cells of {@code columns} for these languages: labels from {@code labels}, or identifiers. */
    static List<String> header(List<Column> columns, List<String> languages, Optional<Labels> labels) {
        List<String> cells = new ArrayList<>();
        for (Column column : columns) {
            String label = labels.map(texts -> texts.text(column.label)).orElse(null);
            if (!column.perLanguage) {
                cells.add(label != null ? label : column.identifier);
                continue;
            }
            for (String language : languages) {
                cells.add(label != null ? label + " (" + language + ")" : column.identifier + "_" + languageSuffix(language));
            }
        }
        return List.copyOf(cells);
    }
}
