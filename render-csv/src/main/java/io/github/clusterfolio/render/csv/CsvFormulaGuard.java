package io.github.clusterfolio.render.csv;

/**
 * Whether text cells are protected against formula injection (OWASP "CSV Injection"). A spreadsheet
 * runs a cell that begins with {@code =}, {@code +}, {@code -} or {@code @} as a formula, and tab or
 * carriage return at the start can hide such a beginning; a description copied from a web form could
 * thus open a link or read other cells when a colleague opens the export.
 *
 * <p>With the guard on, a text cell that begins with one of {@code = + - @}, tab or carriage return,
 * possibly after one or more apostrophes, gets one apostrophe ({@code '}) in front, so the spreadsheet
 * shows it as text. To recover the original text, remove the first character of every text cell that
 * begins with one or more apostrophes followed by one of those six characters; no other cell is
 * changed, so the guard can always be undone exactly. Numeric cells (values, years, counts, positions)
 * are never changed: a negative value stays a number.
 *
 * <p>Unless set, the guard follows the dialect: on for {@link CsvDialect#EXCEL}, off for the others.
 * Select it through {@link CsvExporter.Builder#formulaGuard(CsvFormulaGuard)} or under
 * {@code CsvFormulaGuard.class} in the {@link io.github.clusterfolio.render.RendererSettings}.
 */
public enum CsvFormulaGuard {
    /** Guard text cells, whatever the dialect. */
    ON,
    /** Write every text exactly as it is, whatever the dialect. */
    OFF
}
