package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.loader.LoadResult;
import io.github.clusterfolio.loader.RegionLoader;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Prose;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.render.InMemoryOutputSink;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.Theme;
import io.github.clusterfolio.render.csv.CsvExporter;
import io.github.clusterfolio.render.html.HtmlFragmentRenderer;
import io.github.clusterfolio.render.pdf.PdfBrochureRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PDF, HTML and CSV say the same thing, for seeded random regions in format 1.1 (rich text and qualified
 * figures). Each output is read back with an independent parser — PDFBox, jsoup, Commons CSV — and compared
 * with the others under the one rule the README's format section states:
 *
 * <ul>
 *   <li><b>words</b>: a summary or description has the same words everywhere. The CSV holds its plain-text
 *       form, where a link is "words (target)" and a list item starts with "- "; without the targets and the
 *       list marks, and with white space collapsed, it is the HTML element's text, and each of its paragraphs
 *       and list items is in the brochure's text;
 *   <li><b>links</b>: the targets in the CSV's text, in order, are the {@code href}s of the HTML text's links,
 *       and every one is a link annotation in the brochure;
 *   <li><b>numbers</b>: the value the HTML shows ("rund 1.234.567,125&nbsp;%") is in the brochure as it is; its
 *       number, read by the language's conventions, is the CSV's value with the same decimals; its words are
 *       there exactly when the CSV names a qualifier.
 * </ul>
 */
class CrossFormatAgreementTest {
    private static final Pattern TARGET = Pattern.compile(" \\(((?:https?://|mailto:)[^\\s)]*)\\)");
    private static final Pattern LIST_MARK = Pattern.compile("(?m)^\\s*- ");
    private static final Pattern NUMBER = Pattern.compile("-?\\d[\\d.,\\u00a0\\u202f']*\\d|-?\\d");
    private static final float MM = 72 / 25.4f;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 10);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void textsLinksAndNumbersAgreeAcrossFormats(long seed) throws IOException {
        String yaml = RichRegions.yaml(seed, 1 + (int) (seed % 4), (int) (3 + seed * 3));
        assertThat(yaml).startsWith("format: clusterfolio/1.1");
        LoadResult loaded = RegionLoader.defaults()
                .read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "rich.yaml");
        assertThat(loaded.errors()).isEmpty();
        Region region = loaded.region().orElseThrow();

        RenderOptions options = RenderOptions.at(PipelineRoundTripTest.EDITION);
        InMemoryOutputSink csv = new InMemoryOutputSink();
        InMemoryOutputSink html = new InMemoryOutputSink();
        InMemoryOutputSink pdf = new InMemoryOutputSink();
        CsvExporter.withDefaults().render(region, options, csv);
        HtmlFragmentRenderer.withDefaults().render(region, options, html);
        PdfBrochureRenderer.builder().build().render(region, options, pdf);

        List<CSVRecord> sectors = csv(csv, "sectors.csv");
        List<CSVRecord> organisations = csv(csv, "organisations.csv");
        List<CSVRecord> figures = csv(csv, "key-figures.csv");
        for (String language : region.languages()) {
            Theme.Margins margins = Theme.DEFAULT.margins();
            PdfText brochure = new PdfText(pdf.bytes(region.id() + "-" + language + ".pdf"),
                    (float) margins.top() * MM, (float) margins.bottom() * MM);
            String body = Normalised.pdfExtracted(brochure.body());
            Set<String> pdfLinks = Set.copyOf(brochure.links());
            for (int s = 0; s < region.sectors().size(); s++) {
                Sector sector = region.sectors().get(s);
                String where = language + " sector " + sector.id();
                Element fragment = Jsoup.parseBodyFragment(html.text(language + "/sectors/" + sector.id() + ".html"))
                        .body();
                textAgrees(where, sectors.get(s).get("summary_" + language),
                        fragment.selectFirst(".cf-sector__summary"), body, pdfLinks, region, sector.summary(), language);
                List<CSVRecord> rows = figures.stream().filter(row -> row.get("sector_id").equals(sector.id())).toList();
                List<Element> values = fragment.select(".cf-figures__value");
                assertThat(values).as(where).hasSameSizeAs(rows);
                for (int f = 0; f < rows.size(); f++) {
                    figureAgrees(where + " figure " + (f + 1), rows.get(f), values.get(f).text(), body, language);
                }
            }
            for (int o = 0; o < region.organisations().size(); o++) {
                Organisation organisation = region.organisations().get(o);
                String where = language + " organisation " + organisation.id();
                Element card = Jsoup.parseBodyFragment(
                        html.text(language + "/organisations/" + organisation.id() + ".html")).body();
                String cell = organisations.get(o).get("description_" + language);
                if (organisation.description().isEmpty()) {
                    assertThat(cell).as(where).isEmpty();
                    assertThat(card.select(".cf-card__description")).as(where).isEmpty();
                    continue;
                }
                textAgrees(where, cell, card.selectFirst(".cf-card__description"), body, pdfLinks, region,
                        organisation.description().get(), language);
            }
        }
    }

    /** A summary or description: the same words, paragraphs and links in CSV, HTML and PDF. */
    private static void textAgrees(String where, String csvText, Element htmlText, String pdfBody, Set<String> pdfLinks,
            Region region, Prose model, String language) {
        assertThat(htmlText).as(where).isNotNull();
        List<String> csvTargets = new ArrayList<>();
        Matcher target = TARGET.matcher(csvText);
        while (target.find()) {
            csvTargets.add(target.group(1));
        }
        String csvWords = LIST_MARK.matcher(TARGET.matcher(csvText).replaceAll("")).replaceAll(" ");
        assertThat(Normalised.html(htmlText)).as(where + ": words of HTML and CSV").isEqualTo(Normalised.collapse(csvWords));
        assertThat(htmlText.select("a[href]").eachAttr("href")).as(where + ": links of HTML and CSV")
                .isEqualTo(csvTargets);
        assertThat(csvTargets).as(where + ": links of the model").isEqualTo(RichRegions.targets(
                region.resolve(model, language).text()));
        assertThat(pdfLinks).as(where + ": links of PDF and CSV").containsAll(csvTargets);
        for (String paragraph : TARGET.matcher(csvText).replaceAll("").split("\\n")) {
            String words = LIST_MARK.matcher(paragraph).replaceAll("").strip();
            if (!words.isEmpty()) {
                assertThat(pdfBody).as(where + ": a paragraph of the CSV in the PDF")
                        .contains(Normalised.pdf(words, Set.of(), false));
            }
        }
    }

    /** A key figure: the HTML's value is in the brochure, and its number and qualifier are the CSV's. */
    private static void figureAgrees(String where, CSVRecord row, String htmlValue, String pdfBody, String language) {
        String value = htmlValue.replace('\u00a0', ' ').strip();
        assertThat(pdfBody.replace('\u00a0', ' ')).as(where + ": the HTML's value in the PDF")
                .contains(Normalised.pdf(value, Set.of(), true).replace('\u00a0', ' '));
        Matcher number = NUMBER.matcher(htmlValue);
        assertThat(number.find()).as(where + ": a number in " + htmlValue).isTrue();
        BigDecimal csvValue = new BigDecimal(row.get("value"));
        BigDecimal shown = parse(number.group(), Locale.forLanguageTag(language));
        assertThat(shown).as(where + ": " + number.group() + " is the CSV's " + csvValue).isEqualByComparingTo(csvValue);
        assertThat(shown.scale()).as(where + ": the decimals written").isEqualTo(Math.max(0, csvValue.scale()));
        boolean words = !value.substring(0, number.start()).isBlank();
        assertThat(words).as(where + ": qualifier words before the number when the CSV names one ("
                + row.get("qualifier") + ")").isEqualTo(!row.get("qualifier").isEmpty());
    }

    /** A number as written in {@code locale}, with the decimals it shows. */
    private static BigDecimal parse(String written, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        String plain = written.replace(String.valueOf(symbols.getGroupingSeparator()), "")
                .replace('\u00a0', ' ').replace(" ", "").replace('\u202f', ' ').replace(" ", "")
                .replace(symbols.getDecimalSeparator(), '.');
        NumberFormat check = NumberFormat.getNumberInstance(locale);
        assertThat(check.parse(written, new ParsePosition(0))).as("%s reads as a number in %s", written, locale)
                .isNotNull();
        return new BigDecimal(plain);
    }

    private static List<CSVRecord> csv(InMemoryOutputSink sink, String file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        return format.parse(new StringReader(sink.text(file))).getRecords();
    }
}
