package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.loader.RegionLoader;
import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.synthetic.LanguageCopies;
import io.github.clusterfolio.render.InMemoryOutputSink;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.csv.CsvExporter;
import io.github.clusterfolio.render.csv.CsvHeaders;
import io.github.clusterfolio.render.html.HtmlFragmentRenderer;
import io.github.clusterfolio.render.pdf.PdfBrochureRenderer;
import io.github.clusterfolio.render.text.Label;
import io.github.clusterfolio.render.text.LabelCatalog;
import io.github.clusterfolio.render.text.LabelSet;
import io.github.clusterfolio.render.text.Labels;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * For each bundled language, the bundled dataset with its texts copied into that language (German texts
 * for every language but German, English ones for German) renders as a PDF, CSV with labelled headers and
 * HTML, and no word of another language's catalogue shows up in any of them: the test knows every word of
 * every catalogue, and looks for those that are in no catalogue of the language and in none of the data.
 * The HTML's {@code lang} attributes and the PDF's {@code /Lang} name the language, and no label is an
 * English stand-in.
 */
class BundledLanguagesTest {
    static final List<String> LANGUAGES = LabelCatalog.BUNDLED_LANGUAGES;
    private static final Instant MOMENT = Instant.parse("2026-11-30T08:00:00Z");
    private static final Region NORDWEST = RegionInput.bundled().read(RegionLoader.defaults()).region().orElseThrow();

    @ParameterizedTest
    @FieldSource("LANGUAGES")
    void theBundledDatasetRendersInTheLanguageWithNoWordOfAnotherCatalogue(String language) throws IOException {
        String source = language.equals("de") ? "en" : "de";
        Region region = LanguageCopies.copiedInto(NORDWEST, source, language);
        Set<String> foreign = foreignWords(language, region);
        Labels labels = LabelCatalog.bundled().forLanguage(language);
        RenderOptions options = RenderOptions.at(MOMENT);

        InMemoryOutputSink pdf = new InMemoryOutputSink();
        PdfBrochureRenderer.builder().build().render(region, options, pdf);
        String pdfText;
        try (PDDocument document = Loader.loadPDF(pdf.bytes("metropolregion-nordwest-" + language + ".pdf"))) {
            assertThat(document.getDocumentCatalog().getLanguage()).as("/Lang").isEqualTo(language);
            // Headings set in letter-spaced capitals ("K E Y  F I G U R E S") are read as words again.
            pdfText = pdfText(document);
        }
        assertThat(pdfText).contains(labels.text(Label.CONTENTS), labels.text(Label.SUBTITLE),
                labels.text(Label.KEY_FIGURES).toUpperCase(labels.locale()),
                labels.text(Label.PAGE_OF, 2, pageCount(pdf, language)));
        assertNoForeignWord("PDF", pdfText, foreign);

        InMemoryOutputSink html = new InMemoryOutputSink();
        HtmlFragmentRenderer.withDefaults().render(region, options, html);
        StringBuilder htmlText = new StringBuilder();
        for (String path : html.paths()) {
            Document document = Jsoup.parse(html.text(path));
            Element root = path.endsWith("index.html") ? document.selectFirst("html") : document.body().child(0);
            assertThat(root.attr("lang")).as("lang of %s", path).isEqualTo(language);
            assertThat(document.select("[lang]").eachAttr("lang")).as("no stand-in in %s", path).containsOnly(language);
            htmlText.append(document.text()).append('\n');
            document.select("[aria-label], title").forEach(element ->
                    htmlText.append(element.attr("aria-label")).append(' ').append(element.text()).append('\n'));
        }
        assertThat(htmlText).contains(labels.text(Label.OVERVIEW_SECTORS), labels.text(Label.ORGANISATIONS));
        assertNoForeignWord("HTML", htmlText.toString(), foreign);

        InMemoryOutputSink csv = new InMemoryOutputSink();
        CsvExporter.builder().headers(CsvHeaders.LOCALIZED).build().render(region, options, csv);
        StringBuilder headers = new StringBuilder();
        for (String path : csv.paths()) {
            headers.append(csv.text(path).lines().findFirst().orElseThrow()).append('\n');
        }
        assertThat(headers).contains(labels.text(Label.IDENTIFIER), labels.text(Label.KEY_FIGURE));
        assertNoForeignWord("CSV headers", headers.toString(), foreign);
    }

    /** The PDF's text, with headings set in letter-spaced capitals ("K E Y  F I G U R E S") read as words again. */
    private static String pdfText(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document)
                .replaceAll("(?<=(?:^|\\s)\\p{L}) (?=\\p{L}(?:\\s|$))", "")
                .replaceAll(" {2,}", " ");
    }

    @Test
    void theScanFindsALabelWordOfAnotherLanguage() throws IOException {
        // The check above must be able to fail: a Dutch brochure whose contents are called "Contents".
        Region region = LanguageCopies.copiedInto(NORDWEST, "de", "nl");
        Set<String> foreign = foreignWords("nl", region);
        assertThat(foreign).hasSizeGreaterThan(100).contains("contents", "inhalt", "sommaire", "indhold", "treści");
        InMemoryOutputSink pdf = new InMemoryOutputSink();
        PdfBrochureRenderer.builder()
                .labels(LabelCatalog.bundled().with(new LabelSet("nl", Map.of("contents", "Contents"))))
                .build()
                .render(region, RenderOptions.at(MOMENT), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.bytes("metropolregion-nordwest-nl.pdf"))) {
            Set<String> found = new TreeSet<>(words(pdfText(document)));
            found.retainAll(foreign);
            assertThat(found).containsExactly("contents");
        }
    }

    private static String pageCount(InMemoryOutputSink pdf, String language) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.bytes("metropolregion-nordwest-" + language + ".pdf"))) {
            // The footer counts pages from the cover (page 1 has none), as the brochure numbers them.
            return Integer.toString(document.getNumberOfPages());
        }
    }

    private static void assertNoForeignWord(String what, String text, Set<String> foreign) {
        Set<String> found = new TreeSet<>(words(text));
        found.retainAll(foreign);
        assertThat(found).as("words of another language's labels in the %s", what).isEmpty();
    }

    /**
     * The words of every other bundled catalogue that are in none of {@code language}'s labels and in none
     * of the region's data, lower case; words shorter than four letters are too often shared to tell.
     */
    static Set<String> foreignWords(String language, Region region) {
        Set<String> own = new HashSet<>(words(String.join(" ", LabelCatalog.bundled().completeTexts(language).values())));
        own.addAll(dataWords(region));
        Set<String> foreign = new TreeSet<>();
        for (String other : LabelCatalog.BUNDLED_LANGUAGES) {
            if (!other.equals(language)) {
                foreign.addAll(words(String.join(" ", LabelCatalog.bundled().completeTexts(other).values())));
            }
        }
        foreign.removeAll(own);
        return foreign;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= 4) {
                words.add(word);
            }
        }
        return words;
    }

    private static Set<String> dataWords(Region region) {
        StringBuilder all = new StringBuilder(region.toString());
        String language = region.defaultLanguage();
        for (Sector sector : region.sectors()) {
            all.append(' ').append(region.text(sector.name(), language)).append(' ')
                    .append(region.text(sector.summary(), language));
            for (KeyFigure figure : sector.keyFigures()) {
                all.append(' ').append(region.text(figure.label(), language));
                figure.unit().ifPresent(unit -> all.append(' ').append(region.text(unit, language)));
                figure.source().ifPresent(source -> all.append(' ').append(region.text(source.title(), language))
                        .append(' ').append(source.url().map(Object::toString).orElse("")));
            }
        }
        for (Organisation organisation : region.organisations()) {
            all.append(' ').append(region.text(organisation.name(), language)).append(' ')
                    .append(organisation.legalForm().orElse("")).append(' ').append(organisation.city().orElse(""))
                    .append(' ').append(organisation.website().map(Object::toString).orElse("")).append(' ')
                    .append(String.join(" ", organisation.tags()));
            organisation.description().ifPresent(text -> all.append(' ').append(region.text(text, language)));
        }
        all.append(' ').append(region.text(region.name(), language));
        region.summary().ifPresent(text -> all.append(' ').append(region.text(text, language)));
        return new HashSet<>(words(all.toString()));
    }
}
