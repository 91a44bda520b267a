package io.github.clusterfolio.render.csv.internal;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Prose;
import io.github.clusterfolio.model.Qualifier;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.RichText;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.Source;
import io.github.clusterfolio.render.RenderException;
import io.github.clusterfolio.render.csv.CsvDialect;
import io.github.clusterfolio.render.csv.CsvTable;
import io.github.clusterfolio.render.text.LabelCatalog;
import io.github.clusterfolio.render.text.Labels;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.NullUnmarked;

/**
 * The state of one export call: the region, the languages, the settings. Writes each table row by row
 * as it walks the model, so nothing but a small buffer is held beyond the model itself.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
public final class CsvExport {
    private static final int BUFFER_CHARS = 1 << 16;

    private final Region region;
    private final List<String> languages;
    private final Consumer<String> warnings;
    private final CsvDialect dialect;
    private final boolean formulaGuard;
    private final Optional<Labels> headerLabels;
    private final boolean fallbackToDefaultLanguage;
    private final boolean approximateColumn;
    private final boolean qualifierColumn;

    /**
     * Prepares an export.
     *
     * @param region the region
     * @param languages the languages to write a column for, in order; all of them the region's
     * @param warnings receives warnings, such as a cell longer than Excel shows
     * @param dialect the dialect
     * @param formulaGuard whether text cells are guarded against formula injection
     * @param headerLabels the catalogue for labels for people in the header rows; empty for identifiers
     * @param fallbackToDefaultLanguage a missing translation shows the default language's text instead of nothing
     * @throws RenderException when two languages would give the same column name
     */
    public CsvExport(Region region, List<String> languages, Consumer<String> warnings, CsvDialect dialect,
            boolean formulaGuard, Optional<LabelCatalog> headerLabels, boolean fallbackToDefaultLanguage) {
        this.region = Objects.requireNonNull(region, "region");
        this.languages = List.copyOf(languages);
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.formulaGuard = formulaGuard;
        this.headerLabels = headerLabels.map(catalog -> catalog.forLanguage(this.languages.getFirst()));
        this.fallbackToDefaultLanguage = fallbackToDefaultLanguage;
        boolean anyQualifier = region.sectors().stream().flatMap(sector -> sector.keyFigures().stream())
                .anyMatch(figure -> figure.qualifier().isPresent());
        boolean anyApproximate = region.sectors().stream().flatMap(sector -> sector.keyFigures().stream())
                .anyMatch(KeyFigure::approximate);
        // A format 1 region keeps its columns; a qualifier gets a column of its own (Column.of).
        this.qualifierColumn = anyQualifier;
        this.approximateColumn = anyApproximate || !anyQualifier;
        Map<String, String> bySuffix = new HashMap<>();
        for (String language : this.languages) {
            String earlier = bySuffix.putIfAbsent(Column.languageSuffix(language), language);
            if (earlier != null) {
                throw new RenderException("the languages '" + earlier + "' and '" + language + "' of region '"
                        + region.id() + "' differ only in case or in '-' versus '_' and would give the same CSV "
                        + "column names; write the language tags the same way throughout the data");
            }
        }
    }

    /**
     * Writes one table to {@code out}, then flushes it; does not close it.
     *
     * @throws IOException when {@code out} fails
     */
    public void write(CsvTable table, OutputStream out) throws IOException {
        String fileName = table.fileName(dialect);
        Writer writer = new SliceWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            List<String> header = Column.header(Column.of(table, approximateColumn, qualifierColumn), languages,
                    headerLabels);
            CellWriter cells = new CellWriter(writer, dialect, formulaGuard, fileName, header, warnings);
            switch (table) {
                case ORGANISATIONS -> writeOrganisations(cells);
                case SECTORS -> writeSectors(cells);
                case KEY_FIGURES -> writeKeyFigures(cells);
            }
            cells.finish();
            writer.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new RenderException("could not write " + fileName + " of region '" + region.id() + "': "
                    + e.getMessage(), e);
        }
    }

    private void writeOrganisations(CellWriter cells) throws IOException {
        for (Organisation organisation : region.organisations()) {
            cells.text(organisation.id());
            texts(cells, organisation.name());
            cells.text(organisation.type().formatName());
            cells.text(organisation.legalForm().orElse(null));
            cells.text(organisation.city().orElse(null));
            cells.text(organisation.website().map(URI::toString).orElse(null));
            cells.text(organisation.mainSectorId());
            cells.text(ListCell.join(organisation.sectorIds()));
            cells.text(ListCell.join(organisation.tags()));
            prose(cells, organisation.description());
            cells.endRecord();
        }
    }

    private void writeSectors(CellWriter cells) throws IOException {
        Map<String, int[]> mainCounts = new HashMap<>();
        for (Sector sector : region.sectors()) {
            mainCounts.put(sector.id(), new int[1]);
        }
        for (Organisation organisation : region.organisations()) {
            mainCounts.get(organisation.mainSectorId())[0]++;
        }
        for (Sector sector : region.sectors()) {
            cells.text(sector.id());
            texts(cells, sector.name());
            prose(cells, Optional.of(sector.summary()));
            cells.number(Integer.toString(region.organisationsOf(sector.id()).size()));
            cells.number(Integer.toString(mainCounts.get(sector.id())[0]));
            cells.endRecord();
        }
    }

    private void writeKeyFigures(CellWriter cells) throws IOException {
        for (Sector sector : region.sectors()) {
            int position = 0;
            for (KeyFigure figure : sector.keyFigures()) {
                cells.text(sector.id());
                cells.number(Integer.toString(++position));
                texts(cells, figure.label());
                // Plain notation: 1E+3 would be read as text by Excel and as a string by most scripts.
                cells.number(figure.value().toPlainString());
                if (approximateColumn) {
                    cells.text(figure.approximate() ? "true" : "false");
                }
                if (qualifierColumn) {
                    cells.text(figure.qualifier().map(Qualifier::formatName).orElse(null));
                }
                texts(cells, figure.unit());
                if (figure.year().isPresent()) {
                    cells.number(Integer.toString(figure.year().getAsInt()));
                } else {
                    cells.empty();
                }
                texts(cells, figure.source().map(Source::title));
                cells.text(figure.source().flatMap(Source::url).map(URI::toString).orElse(null));
                cells.endRecord();
            }
        }
    }

    private void texts(CellWriter cells, Optional<LocalizedText> text) throws IOException {
        if (text.isPresent()) {
            texts(cells, text.get());
        } else {
            for (int i = 0; i < languages.size(); i++) {
                cells.empty();
            }
        }
    }

    /** A summary or description in its plain-text form ({@link RichText#plainText()}), one cell per language. */
    private void prose(CellWriter cells, Optional<Prose> text) throws IOException {
        for (String language : languages) {
            Optional<RichText> meaning = Optional.empty();
            if (text.isPresent()) {
                Prose prose = text.get();
                meaning = fallbackToDefaultLanguage
                        ? Optional.of(region.resolve(prose, language).text())
                        : prose.source().exactly(language).map(written -> prose.meaning().get(written));
            }
            cells.text(meaning.map(RichText::plainText).orElse(null));
        }
    }

    private void texts(CellWriter cells, LocalizedText text) throws IOException {
        for (String language : languages) {
            cells.text(fallbackToDefaultLanguage
                    ? region.text(text, language)
                    : text.exactly(language).orElse(null));
        }
    }

    /**
     * A buffered writer that appends a slice of a string without copying it first. Commons CSV appends a
     * quoted cell in slices, and {@link Writer#append(CharSequence, int, int)} would make a substring of
     * each: the bulk of an export's garbage.
     */
    private static final class SliceWriter extends BufferedWriter {
        SliceWriter(Writer out) {
            super(out, BUFFER_CHARS);
        }

        @Override
        public Writer append(CharSequence text, int start, int end) throws IOException {
            if (text instanceof String string) {
                Objects.checkFromToIndex(start, end, string.length());
                write(string, start, end - start);
                return this;
            }
            return super.append(text, start, end);
        }
    }
}
