package io.github.clusterfolio.render.csv;

/**
 * What a per-language column holds when a text has not been translated into that column's language.
 * A text that is the same in every language (such as most organisation names) fills every language
 * column either way. Select it through {@link CsvExporter.Builder#missingTranslations(CsvMissingTranslations)}
 * or under {@code CsvMissingTranslations.class} in the {@link io.github.clusterfolio.render.RendererSettings}.
 */
public enum CsvMissingTranslations {
    /**
     * The cell is empty, so the export says exactly what the data holds and a script can find the gaps.
     * The default.
     */
    EMPTY,

    /**
     * The cell holds the text in the region's default (first) language, as the PDF brochure and the HTML
     * fragments show it; useful for a table that people read in one language.
     */
    DEFAULT_LANGUAGE
}
