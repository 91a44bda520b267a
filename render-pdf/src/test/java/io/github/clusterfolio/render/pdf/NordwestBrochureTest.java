package io.github.clusterfolio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled Metropolregion Nordwest brochure in German and English, read back with PDFBox: every
 * sector and organisation is on the page that the contents, the register and the bookmarks give for it,
 * and pages, metadata, fonts, links, headers and footers are as a print shop and a reader expect.
 */
class NordwestBrochureTest {
    private static final Region REGION = NordwestFixture.region();

    private static String name(io.github.clusterfolio.model.LocalizedText text, String language) {
        return PdfReadBack.normalise(REGION.text(text, language));
    }

    private static PdfReadBack read(String language) throws Exception {
        return new PdfReadBack(Brochures.nordwest(language));
    }

    /** The page number printed after {@code entry} in {@code text} ("… Automotive-Branche 5"). */
    private static int pageAfter(String text, String entry) {
        Matcher matcher = Pattern.compile(Pattern.quote(entry) + " (\\d+)(?: |$)").matcher(text);
        assertThat(matcher.find()).as("'%s' followed by a page number in: %s", entry, text).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void contentsGiveThePageOfEverySector(String language) throws Exception {
        try (PdfReadBack pdf = read(language)) {
            String contents = pdf.text(2);
            assertThat(contents).startsWith(language.equals("de") ? "METROPOLREGION NORDWEST Inhalt Inhalt"
                    : "NORTHWEST METROPOLITAN REGION Contents Contents");
            // Every entry is a link to its chapter.
            List<Integer> targets = new ArrayList<>();
            for (var annotation : pdf.document.getPage(1).getAnnotations()) {
                if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                        && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo goTo) {
                    // Links within the brochure go to named destinations ("sector:automotive").
                    var destination = goTo.getDestination()
                            instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination
                                    .PDNamedDestination named
                            ? pdf.document.getDocumentCatalog().findNamedDestinationPage(named)
                            : (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination)
                                    goTo.getDestination();
                    targets.add(pdf.document.getPages().indexOf(destination.getPage()) + 1);
                }
            }
            List<Integer> printed = new ArrayList<>();
            printed.add(pageAfter(contents, language.equals("de") ? "Überblick" : "Overview"));
            REGION.sectors().forEach(sector -> printed.add(pageAfter(contents, name(sector.name(), language))));
            printed.add(pageAfter(contents, language.equals("de") ? "Register A–Z" : "Index A–Z"));
            assertThat(targets.stream().distinct().toList()).containsExactlyElementsOf(printed);
            int overview = pageAfter(contents, language.equals("de") ? "Überblick" : "Overview");
            // The overview: the sectors at a glance, each with its page.
            for (Sector sector : REGION.sectors()) {
                String title = name(sector.name(), language);
                assertThat(pdf.text(overview)).contains(title.substring(0, Math.min(20, title.length())));
            }
            for (Sector sector : REGION.sectors()) {
                String title = name(sector.name(), language);
                int page = pageAfter(contents, title);
                assertThat(pdf.text(page)).as("page %d, given for '%s'", page, title).contains(title);
                // The sector's chapter starts there: its header names it.
                assertThat(pdf.rawText(page)).contains(title);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void registerListsEveryOrganisationOnItsPage(String language) throws Exception {
        try (PdfReadBack pdf = read(language)) {
            int last = pdf.pageCount();
            assertThat(pdf.text(last)).contains(language.equals("de") ? "Register A–Z" : "Index A–Z");
            // Two columns: read each on its own.
            String register = pdf.half(last, true) + " " + pdf.half(last, false);
            for (Organisation organisation : REGION.organisations()) {
                String title = name(organisation.name(), language);
                int page = pageAfter(register, title);
                assertThat(pdf.text(page)).as("page %d, given for '%s'", page, title).contains(title);
            }
            // Sorted the way the language sorts, under letters; "AVIASPACE" files with the A's, "bremenports" with B.
            assertThat(register).containsSubsequence("A Agrar- und Ernährungsforum", "Automotive Agentur",
                    "AVIASPACE", "B bremenports", "Bundesvereinigung Logistik", "E EcoMaT", "Europäisches Fachzentrum",
                    "W Windenergie-Agentur");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void bookmarksLeadToEverySectorAndOrganisation(String language) throws Exception {
        try (PdfReadBack pdf = read(language)) {
            Map<String, Integer> outline = pdf.outline();
            List<String> expected = new ArrayList<>();
            expected.add(language.equals("de") ? "Inhalt" : "Contents");
            expected.add(language.equals("de") ? "Überblick" : "Overview");
            for (Sector sector : REGION.sectors()) {
                expected.add(REGION.text(sector.name(), language));
                for (Organisation organisation : REGION.organisationsOf(sector.id())) {
                    if (organisation.mainSectorId().equals(sector.id())) {
                        expected.add("  " + REGION.text(organisation.name(), language));
                    }
                }
            }
            expected.add(language.equals("de") ? "Register A–Z" : "Index A–Z");
            assertThat(outline.keySet()).containsExactlyElementsOf(expected);
            outline.forEach((title, page) -> {
                assertThat(page).as("page of bookmark '%s'", title).isBetween(2, pdf.pageCount());
                assertThat(pdf.text(page)).as("page %d of bookmark '%s'", page, title)
                        .contains(PdfReadBack.normalise(title.strip()));
            });
            assertThat(pdf.document.getDocumentCatalog().getPageMode()).isEqualTo(PageMode.USE_OUTLINES);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void pagesHeadersAndFooters(String language) throws Exception {
        try (PdfReadBack pdf = read(language)) {
            // Cover, contents, overview, six sectors (logistics runs over two pages, energy too), register.
            assertThat(pdf.pageCount()).isEqualTo(12);
            String footer = language.equals("de") ? "Seite %d von %d" : "Page %d of %d";
            String header = language.equals("de") ? "METROPOLREGION NORDWEST" : "NORTHWEST METROPOLITAN REGION";
            assertThat(pdf.text(1)).doesNotContain(header).doesNotContain(String.format(footer, 1, 12));
            for (int page = 2; page <= pdf.pageCount(); page++) {
                assertThat(pdf.text(page)).as("page %d", page)
                        .startsWith(header)
                        .contains(String.format(footer, page, pdf.pageCount()));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void metadataLanguageAndVersion(String language) throws Exception {
        try (PdfReadBack pdf = read(language)) {
            PDDocumentInformation info = pdf.document.getDocumentInformation();
            String region = REGION.text(REGION.name(), language);
            String subtitle = language.equals("de") ? "Cluster und Netzwerke" : "Clusters and networks";
            assertThat(info.getTitle()).isEqualTo(region + " – " + subtitle);
            assertThat(info.getAuthor()).isEqualTo(region);
            assertThat(info.getSubject()).startsWith(subtitle);
            assertThat(info.getKeywords()).contains(REGION.text(REGION.sectors().getFirst().name(), language));
            assertThat(info.getCreator()).isEqualTo("clusterfolio");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Brochures.EDITION);
            assertThat(pdf.document.getDocumentCatalog().getLanguage()).isEqualTo(language);
            assertThat(pdf.document.getVersion()).isEqualTo(1.7f);
            assertThat(pdf.document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.METADATA))
                    .as("XMP metadata").isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void everyFontIsEmbedded(String language) throws Exception {
        try (PdfReadBack pdf = read(language)) {
            Map<String, Boolean> fonts = pdf.fonts();
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy((font, embedded) -> assertThat(embedded).as(font).isTrue());
            assertThat(fonts.keySet()).allSatisfy(font -> assertThat(font).matches("[A-Z]{6}\\+LiberationSans.*"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void everyWebsiteIsALinkOnItsOrganisationsPage(String language) throws Exception {
        try (PdfReadBack pdf = read(language)) {
            Map<String, Integer> outline = pdf.outline();
            for (Organisation organisation : REGION.organisations()) {
                if (organisation.website().isEmpty()) {
                    continue;
                }
                int page = outline.get("  " + REGION.text(organisation.name(), language));
                assertThat(pdf.webLinks(page)).as("links on page %d", page)
                        .contains(organisation.website().get().toString());
                assertThat(pdf.text(page)).contains(organisation.website().get().getHost());
            }
            for (Sector sector : REGION.sectors()) {
                for (KeyFigure figure : sector.keyFigures()) {
                    figure.source().flatMap(source -> source.url()).ifPresent(url -> {
                        int page = outline.get(REGION.text(sector.name(), language));
                        try {
                            assertThat(pdf.webLinks(page)).contains(url.toString());
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void keyFiguresAreWrittenTheWayTheLanguageWritesNumbers(String language) throws Exception {
        try (PdfReadBack pdf = read(language)) {
            int page = pdf.outline().get(REGION.text(REGION.sector("automotive").orElseThrow().name(), language));
            // Format 1.1's qualifiers, as the sources say it: "mehr als 70.000", NaGeB's "rund 10.000".
            assertThat(pdf.text(page)).contains(language.equals("de") ? "mehr als 70.000" : "more than 70,000");
            String all = String.join(" ", java.util.stream.IntStream.rangeClosed(1, pdf.pageCount())
                    .mapToObj(pdf::text).toList());
            assertThat(all).contains(language.equals("de") ? "rund 10.000" : "about 10,000");
            assertThat(all).doesNotContain(language.equals("de") ? "über 10.000" : "more than 10,000");
            // Umlauts and typographic quotes survive the round trip.
            assertThat(all).contains(language.equals("de") ? "„Metropolregion Bremen-Oldenburg im Nordwesten e. V.“"
                    : "“Metropolregion Bremen-Oldenburg im Nordwesten e. V.”");
        }
    }
}
