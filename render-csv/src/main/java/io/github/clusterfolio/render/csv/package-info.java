/**
 * CSV exports of a region for spreadsheets, open-data portals and scripts.
 *
 * <p>{@link io.github.clusterfolio.render.csv.CsvExporter} writes three tables, one row per record, as
 * they are produced: {@code organisations.csv}, {@code sectors.csv} and {@code key-figures.csv}
 * ({@code .tsv} in the {@link io.github.clusterfolio.render.csv.CsvDialect#TSV TSV} dialect). Column
 * names are stable snake_case identifiers; every text of the model becomes one column per language, such
 * as {@code description_de} and {@code description_en}. Configure an exporter once through its builder,
 * or let {@link io.github.clusterfolio.render.csv.CsvRendererProvider} build one from typed
 * {@link io.github.clusterfolio.render.RendererSettings}:
 *
 * <pre>{@code
 * CsvExporter exporter = CsvExporter.builder().dialect(CsvDialect.EXCEL).build();
 * exporter.render(region, RenderOptions.at(Instant.now()), OutputSink.directory(Path.of("out/csv")));
 * }</pre>
 */
@NullMarked
package io.github.clusterfolio.render.csv;

import org.jspecify.annotations.NullMarked;
