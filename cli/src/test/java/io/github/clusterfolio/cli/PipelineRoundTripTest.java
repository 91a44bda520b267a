package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.loader.LoadResult;
import io.github.clusterfolio.loader.RegionLoader;
import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Prose;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.RichText;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.Source;
import io.github.clusterfolio.model.synthetic.RegionYamlWriter;
import io.github.clusterfolio.render.InMemoryOutputSink;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.Theme;
import io.github.clusterfolio.render.csv.CsvExporter;
import io.github.clusterfolio.render.html.HtmlFragmentRenderer;
import io.github.clusterfolio.render.pdf.PdfBrochureRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole pipeline on many seeded random regions full of awkward text: model → YAML → loader → every
 * renderer → read back with an independent parser (Commons CSV, jsoup, PDFBox). Every output holds
 * exactly the model's texts, under the per-format rules of {@link Normalised}, and no renderer throws.
 * Sizes run from one organisation to thousands; {@code -Dpipeline.maxSeed=N} runs only the regions with
 * seeds up to N, for a quick look while debugging.
 */
class PipelineRoundTripTest {
    static final Instant EDITION = Instant.parse("2026-11-01T00:00:00Z");
    private static final float MM = 72 / 25.4f;

    static Stream<Arguments> regions() {
        return Stream.of(
                Arguments.of(1L, 1, 1),
                Arguments.of(2L, 1, 2),
                Arguments.of(3L, 2, 5),
                Arguments.of(4L, 3, 9),
                Arguments.of(5L, 3, 17),
                Arguments.of(6L, 4, 33),
                Arguments.of(7L, 6, 60),
                Arguments.of(8L, 8, 150),
                Arguments.of(9L, 12, 400),
                Arguments.of(10L, 12, 2_000)).filter(arguments -> (long) arguments.get()[0] <= Long.getLong("pipeline.maxSeed", 99));
    }

    @ParameterizedTest(name = "seed {0}: {1} sectors, {2} organisations")
    @MethodSource("regions")
    void everyFormatReadsBackAsTheModelSays(long seed, int sectors, int organisations) throws IOException {
        Region original = AwkwardRegions.generate(seed, sectors, organisations);
        String yaml = RegionYamlWriter.toYaml(original);
        LoadResult loaded = RegionLoader.defaults()
                .read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "awkward.yaml");
        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.region()).contains(original);
        Region region = loaded.region().orElseThrow();

        List<String> warnings = new ArrayList<>();
        RenderOptions options = RenderOptions.at(EDITION).withWarnings(warnings::add);
        InMemoryOutputSink csv = new InMemoryOutputSink();
        InMemoryOutputSink html = new InMemoryOutputSink();
        InMemoryOutputSink pdf = new InMemoryOutputSink();
        CsvExporter.withDefaults().render(region, options, csv);
        HtmlFragmentRenderer.withDefaults().render(region, options, html);
        PdfBrochureRenderer.builder().build().render(region, options, pdf);

        assertThat(pdf.paths()).containsExactlyInAnyOrder(region.id() + "-de.pdf", region.id() + "-en.pdf");
        csvHoldsTheModel(region, csv);
        for (String language : region.languages()) {
            htmlHoldsTheModel(region, language, html);
            pdfHoldsTheModel(region, language, pdf.bytes(region.id() + "-" + language + ".pdf"), warnings);
            AccessiblePdf.check(pdf.bytes(region.id() + "-" + language + ".pdf"), "seed " + seed + ", " + language);
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // CSV: every cell exactly as in the model

    private static void csvHoldsTheModel(Region region, InMemoryOutputSink sink) throws IOException {
        List<CSVRecord> organisations = csv(sink, "organisations.csv");
        assertThat(organisations).hasSameSizeAs(region.organisations());
        for (int i = 0; i < organisations.size(); i++) {
            CSVRecord row = organisations.get(i);
            Organisation organisation = region.organisations().get(i);
            assertThat(row.get("id")).isEqualTo(organisation.id());
            for (String language : region.languages()) {
                assertThat(row.get("name_" + language)).isEqualTo(exactly(Optional.of(organisation.name()), language));
                assertThat(row.get("description_" + language))
                        .isEqualTo(plainText(organisation.description(), language));
            }
            assertThat(row.get("legal_form")).isEqualTo(organisation.legalForm().orElse(""));
            assertThat(row.get("city")).isEqualTo(organisation.city().orElse(""));
            assertThat(row.get("website")).isEqualTo(organisation.website().map(URI::toString).orElse(""));
            assertThat(splitList(row.get("tags"))).isEqualTo(organisation.tags());
        }
        List<CSVRecord> sectors = csv(sink, "sectors.csv");
        assertThat(sectors).hasSameSizeAs(region.sectors());
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < sectors.size(); i++) {
            Sector sector = region.sectors().get(i);
            for (String language : region.languages()) {
                assertThat(sectors.get(i).get("name_" + language)).isEqualTo(exactly(Optional.of(sector.name()), language));
                assertThat(sectors.get(i).get("summary_" + language))
                        .isEqualTo(plainText(Optional.of(sector.summary()), language));
            }
            sector.keyFigures().forEach(figure -> labels.add(exactly(Optional.of(figure.label()), "de")));
        }
        assertThat(csv(sink, "key-figures.csv")).extracting(row -> row.get("label_de")).containsExactlyElementsOf(labels);
    }

    private static List<CSVRecord> csv(InMemoryOutputSink sink, String file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        return format.parse(new StringReader(sink.text(file))).getRecords();
    }

    private static String exactly(Optional<LocalizedText> text, String language) {
        return text.flatMap(t -> t.exactly(language)).orElse("");
    }

    /** A summary or description as the CSV has it: the plain-text form of its meaning, without fallback. */
    private static String plainText(Optional<Prose> text, String language) {
        return text.flatMap(t -> t.source().exactly(language).map(written -> t.meaning().get(written)))
                .map(RichText::plainText).orElse("");
    }

    /** The words of a summary or description in {@code language}, paragraph by paragraph. */
    static List<String> paragraphs(Region region, Prose text, String language) {
        List<String> paragraphs = new ArrayList<>();
        collectParagraphs(region.resolve(text, language).text().blocks(), paragraphs);
        return paragraphs.stream().filter(paragraph -> !paragraph.isBlank()).toList();
    }

    private static void collectParagraphs(List<RichText.Block> blocks, List<String> into) {
        for (RichText.Block block : blocks) {
            switch (block) {
                case RichText.Paragraph paragraph -> into.add(RichText.words(paragraph.inlines()));
                case RichText.BulletList list -> list.items().forEach(item -> collectParagraphs(item, into));
            }
        }
    }

    /** The README's rule: split at every | without a \ before it, then undo \| and \\. */
    private static List<String> splitList(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                item.append(cell.charAt(++i));
            } else if (c == '|') {
                items.add(item.toString());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString());
        return items;
    }

    // ---------------------------------------------------------------------------------------------------
    // HTML: every fragment parses, holds its texts as a browser shows them, and nothing runs

    private static final Pattern SAFE_URL = Pattern.compile("(https?://|mailto:|#|/).*");

    private static void htmlHoldsTheModel(Region region, String language, InMemoryOutputSink sink) {
        for (Organisation organisation : region.organisations()) {
            Element card = fragment(sink, language + "/organisations/" + organisation.id() + ".html");
            String where = language + " card of " + organisation.id();
            assertThat(Normalised.html(card.selectFirst(".cf-card__title"))).as(where)
                    .isEqualTo(Normalised.html(region.text(organisation.name(), language)));
            String text = Normalised.html(card);
            List<String> expected = new ArrayList<>();
            organisation.description().ifPresent(d -> expected.addAll(paragraphs(region, d, language)));
            organisation.legalForm().ifPresent(expected::add);
            organisation.city().ifPresent(expected::add);
            for (String sectorId : organisation.sectorIds()) {
                expected.add(region.text(region.sector(sectorId).orElseThrow().name(), language));
            }
            assertThat(expected).as(where).allSatisfy(field -> assertThat(text).contains(Normalised.html(field)));
            assertThat(card.select(".cf-card__tag")).as(where).extracting(Normalised::html)
                    .containsExactlyElementsOf(organisation.tags().stream().map(Normalised::html).toList());
            assertThat(card.select("a[itemprop=url]")).as(where).extracting(a -> a.attr("href"))
                    .containsExactlyElementsOf(organisation.website().map(URI::toString).stream().toList());
        }
        for (Sector sector : region.sectors()) {
            Element fragment = fragment(sink, language + "/sectors/" + sector.id() + ".html");
            String where = language + " sector " + sector.id();
            String text = Normalised.html(fragment);
            List<String> expected = new ArrayList<>(List.of(region.text(sector.name(), language)));
            expected.addAll(paragraphs(region, sector.summary(), language));
            for (KeyFigure figure : sector.keyFigures()) {
                expected.add(region.text(figure.label(), language));
                figure.unit().ifPresent(unit -> expected.add(region.text(unit, language)));
                figure.source().ifPresent(source -> expected.add(region.text(source.title(), language)));
            }
            assertThat(expected).as(where).allSatisfy(field -> assertThat(text).contains(Normalised.html(field)));
            assertThat(fragment.select("article[id]")).as(where).extracting(article -> article.id())
                    .containsExactlyElementsOf(region.organisationsOf(sector.id()).stream()
                            .map(organisation -> "cf-sector-" + sector.id() + "--organisation-" + organisation.id()).toList());
        }
        Document preview = Jsoup.parse(sink.text(language + "/index.html"));
        assertThat(preview.select("article[id]")).hasSizeGreaterThanOrEqualTo(region.organisations().size());
    }

    /** A fragment parsed as a CMS would include it; it must not carry anything a browser would run. */
    private static Element fragment(InMemoryOutputSink sink, String path) {
        Document document = Jsoup.parseBodyFragment(sink.text(path));
        assertThat(document.body().children()).as(path + " has one root element").hasSize(1);
        assertThat(document.select("script, style, iframe, object, embed, link, meta, base, form")).as(path).isEmpty();
        document.getAllElements().forEach(element -> element.attributes().forEach(attribute -> {
            assertThat(attribute.getKey()).as(path).doesNotStartWithIgnoringCase("on").isNotEqualToIgnoringCase("style");
            if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
                assertThat(attribute.getValue()).as(path).matches(SAFE_URL);
            }
        }));
        return document.body().child(0);
    }

    // ---------------------------------------------------------------------------------------------------
    // PDF: every text of the language in the brochure's text, every web address a link

    static void pdfHoldsTheModel(Region region, String language, byte[] bytes, List<String> warnings)
            throws IOException {
        Set<Integer> missing = Normalised.missingGlyphs(warnings);
        // Only characters of scripts the bundled fonts do not cover may be reported missing.
        assertThat(missing).allSatisfy(c -> assertThat(Character.UnicodeScript.of(c)).as("U+%04X", c)
                .isNotIn(Character.UnicodeScript.LATIN, Character.UnicodeScript.GREEK, Character.UnicodeScript.CYRILLIC,
                        Character.UnicodeScript.HEBREW));
        Theme.Margins margins = Theme.DEFAULT.margins();
        PdfText pdf = new PdfText(bytes, (float) margins.top() * MM, (float) margins.bottom() * MM);
        String body = Normalised.pdfExtracted(pdf.body());
        String sortedBody = Normalised.pdfExtracted(pdf.sortedBody());

        List<String> lines = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        lines.add(region.text(region.name(), language));
        region.summary().ifPresent(summary -> paragraphs.addAll(paragraphs(region, summary, language)));
        Set<String> links = new TreeSet<>();
        for (Sector sector : region.sectors()) {
            lines.add(region.text(sector.name(), language));
            paragraphs.addAll(paragraphs(region, sector.summary(), language));
            for (KeyFigure figure : sector.keyFigures()) {
                lines.add(region.text(figure.label(), language));
                figure.unit().ifPresent(unit -> lines.add(region.text(unit, language)));
                figure.source().map(Source::title).ifPresent(title -> lines.add(region.text(title, language)));
                figure.source().flatMap(Source::url).ifPresent(url -> links.add(url.toString()));
            }
        }
        for (Organisation organisation : region.organisations()) {
            lines.add(region.text(organisation.name(), language));
            organisation.legalForm().ifPresent(lines::add);
            organisation.city().ifPresent(lines::add);
            organisation.description().ifPresent(d -> paragraphs.addAll(paragraphs(region, d, language)));
            lines.addAll(organisation.tags());
            organisation.website().ifPresent(website -> links.add(website.toString()));
        }
        List<String> expected = new ArrayList<>();
        lines.forEach(text -> expected.add(Normalised.pdf(text, missing, true)));
        for (String paragraph : paragraphs) {
            if (java.text.Bidi.requiresBidi(paragraph.toCharArray(), 0, paragraph.length())) {
                // A paragraph with right-to-left text is broken into lines before each line is put into visual
                // order (UAX #9, L1-L4), so the order of its words depends on where the lines break: each word is
                // looked for on its own. Render-pdf's TypesetterTest pins the line order itself.
                for (String word : paragraph.split("[^\\p{L}\\p{M}\\p{N}]+")) {
                    if (word.length() > 1) {
                        expected.add(Normalised.pdf(word, missing, true));
                    }
                }
            } else {
                expected.add(Normalised.pdf(paragraph, missing, false));
            }
        }
        List<String> absent = expected.stream()
                .filter(text -> !body.contains(text) && !sortedBody.contains(text))
                .distinct()
                .map(text -> whereItDiffers(text, body))
                .toList();
        assertThat(absent).as("texts of the model missing from the %s brochure (%d pages)", language, pdf.pageCount())
                .isEmpty();
        assertThat(pdf.links()).as("web links of the %s brochure", language).containsAll(links);
        assertThat(pdf.glyphsOutsideTheTrimBox()).as("glyphs outside the page in the %s brochure", language).isEmpty();
    }

    /** For a failure message: how much of {@code text} the PDF has, and what it has instead of the rest. */
    private static String whereItDiffers(String text, String body) {
        int found = 0;
        int at = -1;
        for (int length = 1; length <= text.length(); length++) {
            int index = body.indexOf(text.substring(0, length));
            if (index < 0) {
                break;
            }
            found = length;
            at = index;
        }
        String instead = at < 0 ? "" : body.substring(at + found, Math.min(body.length(), at + found + 40));
        return "expected «" + text.substring(0, found) + "»«" + text.substring(found) + "», the PDF has «"
                + text.substring(0, found) + "»«" + instead + "…»";
    }
}
