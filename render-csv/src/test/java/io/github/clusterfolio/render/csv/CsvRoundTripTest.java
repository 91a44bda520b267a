package io.github.clusterfolio.render.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Prose;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.RichText;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.Source;
import io.github.clusterfolio.render.InMemoryOutputSink;
import io.github.clusterfolio.render.RenderOptions;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writes many seeded awkward regions in every dialect, with the formula guard on and off, reads them back
 * with Commons CSV as the README tells a consumer to, and compares every cell with the model.
 */
class CsvRoundTripTest {
    private static final int SEEDS = 150;

    static Stream<Arguments> cases() {
        return LongStream.range(0, SEEDS).boxed().flatMap(seed -> Stream.of(CsvDialect.values())
                .flatMap(dialect -> Stream.of(CsvFormulaGuard.values())
                        .map(guard -> Arguments.of(seed, dialect, guard))));
    }

    @ParameterizedTest(name = "seed {0}, {1}, guard {2}")
    @MethodSource("cases")
    void everyCellReadsBackAsTheModelSaysApartFromTheDocumentedGuard(long seed, CsvDialect dialect,
            CsvFormulaGuard guard) throws Exception {
        Region region = AwkwardRegions.generate(seed);
        CsvExporter exporter = CsvExporter.builder().dialect(dialect).formulaGuard(guard).build();
        InMemoryOutputSink sink = new InMemoryOutputSink();
        exporter.render(region, RenderOptions.at(Instant.EPOCH), sink);
        assertThat(sink.paths()).containsExactlyInAnyOrderElementsOf(exporter.fileNames());
        Function<String, String> decode = guard == CsvFormulaGuard.ON ? ReadBack::unguard : Function.identity();

        ReadBack.Table organisations = ReadBack.read(sink.bytes(CsvTable.ORGANISATIONS.fileName(dialect)), dialect);
        assertThat(organisations.rows()).hasSameSizeAs(region.organisations());
        for (int i = 0; i < region.organisations().size(); i++) {
            Organisation expected = region.organisations().get(i);
            Cells row = new Cells(organisations.rows().get(i), decode);
            String where = "organisation " + expected.id();
            assertThat(row.text("id")).as(where).isEqualTo(expected.id());
            assertTexts(row, "name", Optional.of(expected.name()), region, where);
            assertThat(row.text("type")).as(where).isEqualTo(expected.type().formatName());
            assertThat(row.text("legal_form")).as(where).isEqualTo(expected.legalForm().orElse(""));
            assertThat(row.text("city")).as(where).isEqualTo(expected.city().orElse(""));
            assertThat(row.text("website")).as(where).isEqualTo(expected.website().map(URI::toString).orElse(""));
            assertThat(row.text("main_sector_id")).as(where).isEqualTo(expected.mainSectorId());
            assertThat(ReadBack.splitList(row.text("sector_ids"))).as(where).isEqualTo(expected.sectorIds());
            assertThat(ReadBack.splitList(row.text("tags"))).as(where).isEqualTo(expected.tags());
            assertProse(row, "description", expected.description(), region, where);
        }

        ReadBack.Table sectors = ReadBack.read(sink.bytes(CsvTable.SECTORS.fileName(dialect)), dialect);
        assertThat(sectors.rows()).hasSameSizeAs(region.sectors());
        for (int i = 0; i < region.sectors().size(); i++) {
            Sector expected = region.sectors().get(i);
            Cells row = new Cells(sectors.rows().get(i), decode);
            String where = "sector " + expected.id();
            assertThat(row.text("id")).as(where).isEqualTo(expected.id());
            assertTexts(row, "name", Optional.of(expected.name()), region, where);
            assertProse(row, "summary", Optional.of(expected.summary()), region, where);
            assertThat(row.number("organisation_count")).as(where)
                    .isEqualTo(Integer.toString(region.organisationsOf(expected.id()).size()));
            assertThat(row.number("main_organisation_count")).as(where).isEqualTo(Long.toString(region.organisations()
                    .stream().filter(organisation -> organisation.mainSectorId().equals(expected.id())).count()));
        }

        ReadBack.Table figures = ReadBack.read(sink.bytes(CsvTable.KEY_FIGURES.fileName(dialect)), dialect);
        List<Map<String, String>> figureRows = figures.rows();
        int index = 0;
        for (Sector sector : region.sectors()) {
            for (int position = 1; position <= sector.keyFigures().size(); position++) {
                KeyFigure expected = sector.keyFigures().get(position - 1);
                String where = "key figure " + position + " of " + sector.id();
                assertThat(index).as(where).isLessThan(figureRows.size());
                Cells row = new Cells(figureRows.get(index++), decode);
                assertThat(row.text("sector_id")).as(where).isEqualTo(sector.id());
                assertThat(row.number("position")).as(where).isEqualTo(Integer.toString(position));
                assertTexts(row, "label", Optional.of(expected.label()), region, where);
                String value = row.number("value");
                assertThat(value).as(where).matches(dialect == CsvDialect.EXCEL ? "-?[0-9]+(,[0-9]+)?" : "-?[0-9]+(\\.[0-9]+)?");
                assertThat(new BigDecimal(value.replace(',', '.'))).as(where).isEqualByComparingTo(expected.value());
                assertThat(row.text("approximate")).as(where).isEqualTo(Boolean.toString(expected.approximate()));
                assertTexts(row, "unit", expected.unit(), region, where);
                assertThat(row.number("year")).as(where)
                        .isEqualTo(expected.year().isPresent() ? Integer.toString(expected.year().getAsInt()) : "");
                assertTexts(row, "source_title", expected.source().map(Source::title), region, where);
                assertThat(row.text("source_url")).as(where)
                        .isEqualTo(expected.source().flatMap(Source::url).map(URI::toString).orElse(""));
            }
        }
        assertThat(index).isEqualTo(figureRows.size());
    }

    /** For a per-language text: its exact text in each language column, empty where it has none. */
    private static void assertTexts(Cells row, String column, Optional<LocalizedText> text, Region region, String where) {
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (String language : region.languages()) {
            expected.add(text.flatMap(t -> t.exactly(language)).orElse(""));
            actual.add(row.text(column + "_" + language));
        }
        assertThat(actual).as(where + ", " + column).isEqualTo(expected);
    }

    /** For a summary or description: its plain-text form in each language column, empty where it has none. */
    private static void assertProse(Cells row, String column, Optional<Prose> text, Region region, String where) {
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (String language : region.languages()) {
            expected.add(text.flatMap(t -> t.source().exactly(language).map(written -> t.meaning().get(written)))
                    .map(RichText::plainText).orElse(""));
            actual.add(row.text(column + "_" + language));
        }
        assertThat(actual).as(where + ", " + column).isEqualTo(expected);
    }

    /** One record, its text cells decoded from the formula guard, its numeric cells as they are. */
    private record Cells(Map<String, String> row, Function<String, String> decode) {
        String text(String column) {
            return decode.apply(cell(column));
        }

        String number(String column) {
            return cell(column);
        }

        private String cell(String column) {
            String cell = row.get(column);
            assertThat(cell).as("column " + column).isNotNull();
            return cell;
        }
    }
}
