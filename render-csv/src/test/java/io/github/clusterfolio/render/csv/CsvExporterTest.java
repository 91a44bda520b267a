package io.github.clusterfolio.render.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.OrganisationType;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.Source;
import io.github.clusterfolio.model.synthetic.SyntheticRegions;
import io.github.clusterfolio.render.InMemoryOutputSink;
import io.github.clusterfolio.render.OutputSink;
import io.github.clusterfolio.render.RenderException;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.testing.FailingOutputSink;
import io.github.clusterfolio.render.text.LabelCatalog;
import io.github.clusterfolio.render.text.LabelSet;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import io.github.clusterfolio.render.text.LabelCatalog;
import io.github.clusterfolio.render.text.LabelSet;
import org.junit.jupiter.api.Test;

class CsvExporterTest {
    private static final RenderOptions OPTIONS = RenderOptions.at(Instant.EPOCH);

    /** A small region with one of everything: a partly translated text, a plain-string name, a figure. */
    private static Region small() {
        return Region.builder("test-region", LocalizedText.of("de", "Testregion", "en", "Test region"))
                .languages("de", "en")
                .sector(new Sector(
                        "energy",
                        LocalizedText.of("de", "Energie", "en", "Energy"),
                        LocalizedText.of(Map.of("de", "Nur deutsch.")),
                        List.of(
                                new KeyFigure(
                                        LocalizedText.of("de", "Anteil", "en", "Share"),
                                        new BigDecimal("-12.50"),
                                        true,
                                        Optional.of(LocalizedText.of("%")),
                                        OptionalInt.of(2024),
                                        Optional.of(new Source(
                                                LocalizedText.of("=Quelle"),
                                                Optional.of(URI.create("https://example.org/q"))))),
                                KeyFigure.of(LocalizedText.of("Groß"), new BigDecimal("7E+3")))))
                .sector(new Sector("empty", LocalizedText.of("Leer"), LocalizedText.of("-"), List.of()))
                .organisation(Organisation.builder("wind", LocalizedText.of("@Wind, \"Süd\""))
                        .type(OrganisationType.PUBLIC_BODY)
                        .sectors("energy", "empty")
                        .tags(List.of("a|b", "c\\d", "e"))
                        .description(LocalizedText.of(Map.of("en", "Only English.")))
                        .build())
                .build();
    }

    private static String render(CsvExporter exporter, Region region, String file) throws IOException {
        InMemoryOutputSink sink = new InMemoryOutputSink();
        exporter.render(region, OPTIONS, sink);
        return sink.text(file);
    }

    @Test
    void defaultsAreRfc4180WithIdentifierHeadersAndNoGuard() {
        CsvExporter exporter = CsvExporter.withDefaults();
        assertThat(exporter.format()).isEqualTo("csv");
        assertThat(exporter.dialect()).isEqualTo(CsvDialect.RFC4180);
        assertThat(exporter.guardsFormulas()).isFalse();
        assertThat(exporter.headers()).isEqualTo(CsvHeaders.IDENTIFIERS);
        assertThat(exporter.missingTranslations()).isEqualTo(CsvMissingTranslations.EMPTY);
        assertThat(exporter.fileNames()).containsExactly("organisations.csv", "sectors.csv", "key-figures.csv");
    }

    @Test
    void tsvFilesEndInTsv() throws IOException {
        CsvExporter exporter = CsvExporter.builder().dialect(CsvDialect.TSV).build();
        assertThat(exporter.fileNames()).containsExactly("organisations.tsv", "sectors.tsv", "key-figures.tsv");
        InMemoryOutputSink sink = new InMemoryOutputSink();
        exporter.render(small(), OPTIONS, sink);
        assertThat(sink.paths()).containsExactly("key-figures.tsv", "organisations.tsv", "sectors.tsv");
    }

    @Test
    void theGuardFollowsTheDialectUnlessSet() {
        assertThat(CsvExporter.builder().dialect(CsvDialect.EXCEL).build().guardsFormulas()).isTrue();
        assertThat(CsvExporter.builder().dialect(CsvDialect.TSV).build().guardsFormulas()).isFalse();
        assertThat(CsvExporter.builder().dialect(CsvDialect.EXCEL).formulaGuard(CsvFormulaGuard.OFF).build()
                .guardsFormulas()).isFalse();
        assertThat(CsvExporter.builder().formulaGuard(CsvFormulaGuard.ON).dialect(CsvDialect.RFC4180).build()
                .guardsFormulas()).isTrue();
    }

    @Test
    void organisationRowInRfc4180() throws IOException {
        assertThat(render(CsvExporter.withDefaults(), small(), "organisations.csv")).isEqualTo(
                "id,name_de,name_en,type,legal_form,city,website,main_sector_id,sector_ids,tags,description_de,description_en\r\n"
                        + "wind,\"@Wind, \"\"Süd\"\"\",\"@Wind, \"\"Süd\"\"\",public-body,,,,energy,energy|empty,"
                        + "a\\|b|c\\\\d|e,,Only English.\r\n");
    }

    @Test
    void guardPrefixesTextCellsButNeverNumbers() throws IOException {
        CsvExporter guarded = CsvExporter.builder().formulaGuard(CsvFormulaGuard.ON).build();
        assertThat(render(guarded, small(), "organisations.csv")).contains("\"'@Wind, \"\"Süd\"\"\"");
        assertThat(render(guarded, small(), "key-figures.csv")).isEqualTo(
                "sector_id,position,label_de,label_en,value,approximate,unit_de,unit_en,year,source_title_de,"
                        + "source_title_en,source_url\r\n"
                        + "energy,1,Anteil,Share,-12.50,true,%,%,2024,'=Quelle,'=Quelle,https://example.org/q\r\n"
                        + "energy,2,Groß,Groß,7000,false,,,,,,\r\n");
        assertThat(render(guarded, small(), "sectors.csv")).contains("\r\nempty,Leer,Leer,'-,'-,1,0\r\n");
    }

    @Test
    void excelWritesDecimalCommasAndSemicolons() throws IOException {
        CsvExporter excel = CsvExporter.builder().dialect(CsvDialect.EXCEL).build();
        assertThat(render(excel, small(), "key-figures.csv")).isEqualTo(
                "\uFEFFsector_id;position;label_de;label_en;value;approximate;unit_de;unit_en;year;source_title_de;"
                        + "source_title_en;source_url\r\n"
                        + "energy;1;Anteil;Share;-12,50;true;%;%;2024;'=Quelle;'=Quelle;https://example.org/q\r\n"
                        + "energy;2;Groß;Groß;7000;false;;;;;;\r\n");
    }

    @Test
    void tsvEscapesInsteadOfQuoting() throws IOException {
        Region region = Region.builder("r", LocalizedText.of("R"))
                .languages("de")
                .sector(new Sector("s", LocalizedText.of("\"Tab\"\there\r\n"),
                        LocalizedText.of("a\\b\r\n\r\nc\u2028d\n"), List.of()))
                .build();
        // A summary is written in its plain-text form: paragraphs apart by a blank line, U+2028 a line break.
        assertThat(render(CsvExporter.builder().dialect(CsvDialect.TSV).build(), region, "sectors.tsv")).isEqualTo(
                "id\tname_de\tsummary_de\torganisation_count\tmain_organisation_count\n"
                        + "s\t\"Tab\"\\there\\r\\n\ta\\\\b\\n\\nc\\nd\t0\t0\n");
    }

    @Test
    void missingTranslationsAreEmptyOrTheDefaultLanguage() throws IOException {
        String empty = render(CsvExporter.withDefaults(), small(), "sectors.csv");
        assertThat(empty).contains("\r\nenergy,Energie,Energy,Nur deutsch.,,1,1\r\n");
        CsvExporter filling = CsvExporter.builder().missingTranslations(CsvMissingTranslations.DEFAULT_LANGUAGE).build();
        assertThat(render(filling, small(), "sectors.csv")).contains("\r\nenergy,Energie,Energy,Nur deutsch.,Nur deutsch.,1,1\r\n");
        // Missing in the default language itself: the text's first language stands in, as in the brochure.
        assertThat(render(filling, small(), "organisations.csv")).endsWith(",Only English.,Only English.\r\n");
    }

    @Test
    void onlyTheLanguagesAskedForGetColumns() throws IOException {
        InMemoryOutputSink sink = new InMemoryOutputSink();
        CsvExporter.withDefaults().render(small(), OPTIONS.withLanguages(List.of("en")), sink);
        assertThat(sink.text("sectors.csv")).startsWith("id,name_en,summary_en,organisation_count,")
                .contains("\r\nenergy,Energy,,1,1\r\n");
        assertThatThrownBy(() -> CsvExporter.withDefaults().render(small(), OPTIONS.withLanguages(List.of("fr")), sink))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'fr'");
    }

    @Test
    void localizedHeadersFollowTheFirstLanguage() throws IOException {
        CsvExporter localized = CsvExporter.builder().headers(CsvHeaders.LOCALIZED).build();
        assertThat(render(localized, small(), "key-figures.csv")).startsWith(
                "Branche,Nr.,Kennzahl (de),Kennzahl (en),Wert,Ungefähr,Einheit (de),Einheit (en),Jahr,Quelle (de),"
                        + "Quelle (en),Link zur Quelle\r\n");
        InMemoryOutputSink sink = new InMemoryOutputSink();
        localized.render(small(), OPTIONS.withLanguages(List.of("en", "de")), sink);
        assertThat(sink.text("organisations.csv")).startsWith(
                "Identifier,Name (en),Name (de),Type,Legal form,City,Website,Main sector,Sectors,Tags,"
                        + "Description (en),Description (de)\r\n");
    }

    @Test
    void headerWordsFromALabelsFileAreGuardedLikeEveryOtherTextCell() throws IOException {
        // Labels files are user input; a header word that looks like a formula must not run in a spreadsheet.
        LabelCatalog labels = LabelCatalog.bundled().with(new LabelSet("de",
                Map.of("sector", "=HYPERLINK(\"http://x\")", "value", "@SUM(1)")));
        CsvExporter guarded = CsvExporter.builder().headers(CsvHeaders.LOCALIZED).labels(labels)
                .formulaGuard(CsvFormulaGuard.ON).build();
        assertThat(render(guarded, small(), "key-figures.csv"))
                .startsWith("\"'=HYPERLINK(\"\"http://x\"\")\",Nr.,Kennzahl (de),Kennzahl (en),'@SUM(1),");
        CsvExporter unguarded = CsvExporter.builder().headers(CsvHeaders.LOCALIZED).labels(labels)
                .formulaGuard(CsvFormulaGuard.OFF).build();
        assertThat(render(unguarded, small(), "key-figures.csv")).startsWith("\"=HYPERLINK(");
    }

    @Test
    void languageTagsBecomeSnakeCaseSuffixes() throws IOException {
        Region region = Region.builder("r", LocalizedText.of("R"))
                .languages("de-AT", "en")
                .sector(new Sector("s", LocalizedText.of("S"), LocalizedText.of("T"), List.of()))
                .build();
        assertThat(render(CsvExporter.withDefaults(), region, "sectors.csv"))
                .startsWith("id,name_de_at,name_en,summary_de_at,summary_en,");
    }

    @Test
    void languagesThatWouldShareAColumnNameAreRefused() {
        Region region = Region.builder("r", LocalizedText.of("R"))
                .languages("en-GB", "en-gb")
                .sector(new Sector("s", LocalizedText.of("S"), LocalizedText.of("T"), List.of()))
                .build();
        assertThatThrownBy(() -> render(CsvExporter.withDefaults(), region, "sectors.csv"))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("'en-GB' and 'en-gb'");
    }

    @Test
    void aRegionWithoutOrganisationsOrFiguresGivesHeaderOnlyTables() throws IOException {
        Region region = Region.builder("r", LocalizedText.of("R"))
                .languages("de")
                .sector(new Sector("s", LocalizedText.of("S"), LocalizedText.of("T"), List.of()))
                .build();
        InMemoryOutputSink sink = new InMemoryOutputSink();
        CsvExporter.withDefaults().render(region, OPTIONS, sink);
        assertThat(sink.text("organisations.csv")).isEqualTo(
                "id,name_de,type,legal_form,city,website,main_sector_id,sector_ids,tags,description_de\r\n");
        assertThat(sink.text("key-figures.csv")).isEqualTo(
                "sector_id,position,label_de,value,approximate,unit_de,year,source_title_de,source_url\r\n");
    }

    @Test
    void excelWarnsAboutCellsLongerThanItShows() throws IOException {
        Region region = Region.builder("r", LocalizedText.of("R"))
                .languages("de")
                .sector(new Sector("s", LocalizedText.of("S"), LocalizedText.of("x".repeat(40_000)), List.of()))
                .build();
        List<String> warnings = new ArrayList<>();
        CsvExporter.builder().dialect(CsvDialect.EXCEL).build()
                .render(region, OPTIONS.withWarnings(warnings::add), new InMemoryOutputSink());
        assertThat(warnings).containsExactly("sectors.csv, row 2, column summary_de: the text has 40000 characters; "
                + "Excel shows at most 32767 in a cell and cuts the rest off");
        warnings.clear();
        CsvExporter.withDefaults().render(region, OPTIONS.withWarnings(warnings::add), new InMemoryOutputSink());
        assertThat(warnings).isEmpty();
    }

    @Test
    void theSameInputGivesTheSameBytesAlsoFromManyThreadsAtOnce() throws Exception {
        Region region = SyntheticRegions.generate(42, 8, 2_000);
        CsvExporter exporter = CsvExporter.builder().dialect(CsvDialect.EXCEL).build();
        InMemoryOutputSink first = new InMemoryOutputSink();
        exporter.render(region, OPTIONS, first);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<InMemoryOutputSink>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> {
                    InMemoryOutputSink sink = new InMemoryOutputSink();
                    exporter.render(region, OPTIONS, sink);
                    return sink;
                }));
            }
            for (Future<InMemoryOutputSink> run : runs) {
                InMemoryOutputSink sink = run.get();
                for (String file : exporter.fileNames()) {
                    assertThat(sink.bytes(file)).as(file).isEqualTo(first.bytes(file));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rowsReachTheSinkWhileTheTableIsStillBeingWritten() throws IOException {
        Region region = SyntheticRegions.generate(7, 6, 20_000);
        List<Integer> chunks = new ArrayList<>();
        long[] total = new long[1];
        OutputSink counting = path -> new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                if (path.equals("organisations.csv")) {
                    chunks.add(length);
                }
                total[0] += length;
            }
        };
        CsvExporter.withDefaults().render(region, OPTIONS, counting);
        // Several megabytes arrive in many pieces no larger than the writer's buffer, not in one piece at the end.
        assertThat(total[0]).isGreaterThan(4_000_000);
        assertThat(chunks).hasSizeGreaterThan(50);
        assertThat(chunks.stream().mapToInt(Integer::intValue).max().orElseThrow()).isLessThanOrEqualTo(3 * 65_536);
    }

    @Test
    void aFailingSinkGivesItsIOExceptionAndEveryOpenedFileIsClosed() {
        List<String> closed = new ArrayList<>();
        IOException failure = new IOException("disk full");
        OutputSink failing = path -> new FilterOutputStream(new ByteArrayOutputStream()) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                throw failure;
            }

            @Override
            public void close() {
                closed.add(path);
            }
        };
        assertThatThrownBy(() -> CsvExporter.withDefaults().render(SyntheticRegions.generate(1, 2, 10), OPTIONS, failing))
                .isSameAs(failure);
        assertThat(closed).containsExactly("organisations.csv");
    }

    @Test
    void aSinkThatRunsOutOfSpaceAnywhereGivesAnIOExceptionAndNothingElse() throws IOException {
        Region region = SyntheticRegions.generate(3, 4, 300);
        CsvExporter exporter = CsvExporter.builder().dialect(CsvDialect.EXCEL).build();
        InMemoryOutputSink complete = new InMemoryOutputSink();
        exporter.render(region, OPTIONS, complete);
        long total = exporter.fileNames().stream().mapToLong(file -> complete.bytes(file).length).sum();
        long organisations = complete.bytes("organisations.csv").length;
        for (long budget : new long[] {0, 1, 100, organisations / 2, organisations, organisations + 10, total - 1}) {
            assertThatThrownBy(() -> exporter.render(region, OPTIONS, new FailingOutputSink(budget)))
                    .as("budget %d of %d", budget, total)
                    .isExactlyInstanceOf(IOException.class)
                    .hasMessageContaining("No space left on device");
        }
        exporter.render(region, OPTIONS, new FailingOutputSink(total));
    }

    @Test
    void writeOneTableLeavesTheStreamOpen() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        CsvExporter.builder().dialect(CsvDialect.TSV).build().write(CsvTable.SECTORS, small(), OPTIONS, bytes);
        assertThat(closed).isFalse();
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("id\tname_de\tname_en\tsummary_de\tsummary_en\torganisation_count\tmain_organisation_count\n"
                        + "energy\tEnergie\tEnergy\tNur deutsch.\t\t1\t1\n"
                        + "empty\tLeer\tLeer\t-\t-\t1\t0\n");
    }

    @Test
    void dialectNamesForTheCommandLine() {
        assertThat(CsvDialect.formatNames()).containsExactly("rfc4180", "excel", "tsv");
        assertThat(Arrays.stream(CsvDialect.values()).map(d -> CsvDialect.fromFormatName(d.formatName()).orElseThrow()))
                .containsExactly(CsvDialect.values());
        assertThat(CsvDialect.fromFormatName("EXCEL")).isEmpty();
    }
}
