package io.github.clusterfolio.render.csv;

import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.render.OutputSink;
import io.github.clusterfolio.render.RenderException;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.Renderer;
import io.github.clusterfolio.render.csv.internal.CsvExport;
import io.github.clusterfolio.render.text.LabelCatalog;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Exports a region as three CSV tables: {@code organisations.csv}, {@code sectors.csv} and
 * {@code key-figures.csv} ({@code .tsv} in the {@link CsvDialect#TSV TSV} dialect), in that order.
 *
 * <p>Rows are written to the sink as they are produced, so memory does not grow with the number of rows;
 * the same region and settings always give the same bytes. Each text of the model becomes one column per
 * language rendered ({@link RenderOptions#languagesFor(Region)}), in that order; lists such as sector ids
 * and tags become one cell with the items separated by {@code |}. The column identifiers and the encoding
 * of every cell are documented in the project's README.
 *
 * <p>Configured once through {@link #builder()}; immutable and thread-safe afterwards.
 */
public final class CsvExporter implements Renderer {
    /** The format name, which is also the output sub-folder's name. */
    public static final String FORMAT = "csv";

    private final CsvDialect dialect;
    private final boolean formulaGuard;
    private final CsvHeaders headers;
    private final LabelCatalog labels;
    private final CsvMissingTranslations missingTranslations;

    private CsvExporter(Builder builder) {
        this.dialect = builder.dialect;
        this.formulaGuard = builder.formulaGuard == null
                ? dialect.guardsFormulasByDefault()
                : builder.formulaGuard == CsvFormulaGuard.ON;
        this.headers = builder.headers;
        this.labels = builder.labels;
        this.missingTranslations = builder.missingTranslations;
    }

    /** A builder with the defaults: RFC 4180, identifier headers, empty cells for missing translations. */
    public static Builder builder() {
        return new Builder();
    }

    /** An exporter with every default, see {@link #builder()}. */
    public static CsvExporter withDefaults() {
        return builder().build();
    }

    /** {@value #FORMAT}. */
    @Override
    public String format() {
        return FORMAT;
    }

    /** The dialect the tables are written in. */
    public CsvDialect dialect() {
        return dialect;
    }

    /** Whether text cells are guarded against formula injection, after applying the dialect's default. */
    public boolean guardsFormulas() {
        return formulaGuard;
    }

    /** What the header rows say. */
    public CsvHeaders headers() {
        return headers;
    }

    /** What a cell holds for a text missing in its column's language. */
    public CsvMissingTranslations missingTranslations() {
        return missingTranslations;
    }

    /** The names of the files {@link #render} writes, in the order it writes them. */
    public List<String> fileNames() {
        return Arrays.stream(CsvTable.values()).map(table -> table.fileName(dialect)).toList();
    }

    /**
     * Writes the three tables through {@code sink}, each file opened, written completely and closed
     * before the next. {@link RenderOptions#timestamp()} is not used: the tables contain no date.
     *
     * @throws IOException when the sink fails
     * @throws RenderException when the region cannot be written as CSV, for example because two of its
     *     language tags differ only in case and would give the same column name
     * @throws IllegalArgumentException when the options ask for a language the region does not have
     */
    @Override
    public void render(Region region, RenderOptions options, OutputSink sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        CsvExport export = export(region, options);
        for (CsvTable table : CsvTable.values()) {
            try (OutputStream out = sink.open(table.fileName(dialect))) {
                export.write(table, out);
            }
        }
    }

    /**
     * Writes one table to {@code out}, for example straight into a web response. The stream is flushed but
     * not closed.
     *
     * @throws IOException when {@code out} fails
     * @throws RenderException when the region cannot be written as CSV
     * @throws IllegalArgumentException when the options ask for a language the region does not have
     */
    public void write(CsvTable table, Region region, RenderOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(out, "out");
        export(region, options).write(table, out);
    }

    private CsvExport export(Region region, RenderOptions options) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(options, "options");
        return new CsvExport(
                region,
                options.languagesFor(region),
                options.warnings(),
                dialect,
                formulaGuard,
                headers == CsvHeaders.LOCALIZED ? Optional.of(labels) : Optional.empty(),
                missingTranslations == CsvMissingTranslations.DEFAULT_LANGUAGE);
    }

    @Override
    public String toString() {
        return "CsvExporter[dialect=" + dialect.formatName() + ", formulaGuard=" + formulaGuard + ", headers="
                + headers + ", missingTranslations=" + missingTranslations + "]";
    }

    /** Configures a {@link CsvExporter}; not thread-safe, use one builder per thread. */
    public static final class Builder {
        private CsvDialect dialect = CsvDialect.RFC4180;
        private @Nullable CsvFormulaGuard formulaGuard;
        private CsvHeaders headers = CsvHeaders.IDENTIFIERS;
        private CsvMissingTranslations missingTranslations = CsvMissingTranslations.EMPTY;
        private LabelCatalog labels = LabelCatalog.bundled();

        private Builder() {}

        /** Sets the dialect; {@link CsvDialect#RFC4180} unless set. */
        public Builder dialect(CsvDialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /**
         * Turns the formula-injection guard on or off whatever the dialect; unless set, it is on for
         * {@link CsvDialect#EXCEL} and off for the others.
         */
        public Builder formulaGuard(CsvFormulaGuard formulaGuard) {
            this.formulaGuard = Objects.requireNonNull(formulaGuard, "formulaGuard");
            return this;
        }

        /** Sets what the header rows say; {@link CsvHeaders#IDENTIFIERS} unless set. */
        public Builder headers(CsvHeaders headers) {
            this.headers = Objects.requireNonNull(headers, "headers");
            return this;
        }

        /** Sets what a cell holds for a missing translation; {@link CsvMissingTranslations#EMPTY} unless set. */
        public Builder missingTranslations(CsvMissingTranslations missingTranslations) {
            this.missingTranslations = Objects.requireNonNull(missingTranslations, "missingTranslations");
            return this;
        }

        /**
         * The label catalogue that {@link CsvHeaders#LOCALIZED} headers come from; default
         * {@link LabelCatalog#bundled()}.
         */
        public Builder labels(LabelCatalog labels) {
            this.labels = Objects.requireNonNull(labels, "labels");
            return this;
        }

        /** The exporter; the builder can go on being used for others. */
        public CsvExporter build() {
            return new CsvExporter(this);
        }
    }
}
