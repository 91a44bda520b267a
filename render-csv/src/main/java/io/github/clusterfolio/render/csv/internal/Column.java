package io.github.clusterfolio.render.csv.internal;

import io.github.clusterfolio.render.csv.CsvTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One column of a table as the reader sees it: a snake_case identifier, and labels for people in
 * German and English. A per-language column stands for one column per language rendered, the
 * identifier followed by {@code _} and the language tag ({@code description_de}), the label followed by
 * the tag in brackets ({@code Beschreibung (de)}).
 */
record Column(String identifier, String german, String english, boolean perLanguage) {

    // Never "ID" as a first label: Excel takes a file that starts with "ID" for a SYLK file and refuses it.
    static final List<Column> ORGANISATIONS = List.of(
            single("id", "Kennung", "Identifier"),
            perLanguage("name", "Name", "Name"),
            single("type", "Art", "Type"),
            single("legal_form", "Rechtsform", "Legal form"),
            single("city", "Ort", "City"),
            single("website", "Website", "Website"),
            single("main_sector_id", "Hauptbranche", "Main sector"),
            single("sector_ids", "Branchen", "Sectors"),
            single("tags", "Schlagwörter", "Tags"),
            perLanguage("description", "Beschreibung", "Description"));

    static final List<Column> SECTORS = List.of(
            single("id", "Kennung", "Identifier"),
            perLanguage("name", "Name", "Name"),
            perLanguage("summary", "Zusammenfassung", "Summary"),
            single("organisation_count", "Organisationen", "Organisations"),
            single("main_organisation_count", "Organisationen mit dieser Hauptbranche",
                    "Organisations with this main sector"));

    static final List<Column> KEY_FIGURES = List.of(
            single("sector_id", "Branche", "Sector"),
            single("position", "Nr.", "No."),
            perLanguage("label", "Kennzahl", "Key figure"),
            single("value", "Wert", "Value"),
            single("approximate", "Ungefähr", "Approximate"),
            perLanguage("unit", "Einheit", "Unit"),
            single("year", "Jahr", "Year"),
            perLanguage("source_title", "Quelle", "Source"),
            single("source_url", "Link zur Quelle", "Source URL"));

    private static Column single(String identifier, String german, String english) {
        return new Column(identifier, german, english, false);
    }

    private static Column perLanguage(String identifier, String german, String english) {
        return new Column(identifier, german, english, true);
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

    /** The header cells of {@code columns} for these languages, identifiers or labels in {@code labelLanguage}. */
    static List<String> header(List<Column> columns, List<String> languages, boolean localized, String labelLanguage) {
        boolean german = labelLanguage.equals("de") || labelLanguage.startsWith("de-");
        List<String> cells = new ArrayList<>();
        for (Column column : columns) {
            String label = german ? column.german : column.english;
            if (!column.perLanguage) {
                cells.add(localized ? label : column.identifier);
                continue;
            }
            for (String language : languages) {
                cells.add(localized ? label + " (" + language + ")" : column.identifier + "_" + languageSuffix(language));
            }
        }
        return List.copyOf(cells);
    }
}
