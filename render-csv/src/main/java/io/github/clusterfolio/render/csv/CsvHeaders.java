package io.github.clusterfolio.render.csv;

/**
 * What the first row of every table says. Select it through
 * {@link CsvExporter.Builder#headers(CsvHeaders)} or under {@code CsvHeaders.class} in the
 * {@link io.github.clusterfolio.render.RendererSettings}.
 */
public enum CsvHeaders {
    /**
     * Stable snake_case column identifiers such as {@code legal_form} and {@code description_de}, the same
     * whatever the language, so that scripts can rely on them. The default.
     */
    IDENTIFIERS,

    /**
     * Column labels for people, such as {@code Rechtsform} and {@code Beschreibung (de)}, in the first
     * language being rendered, from the label catalogue (English for a language it has no labels of).
     * Only the header row changes; the cells stay the same.
     */
    LOCALIZED
}
