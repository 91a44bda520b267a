package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.loader.LoadResult;
import io.github.clusterfolio.loader.RegionLoader;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.OrganisationType;
import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.synthetic.RegionYamlWriter;
import io.github.clusterfolio.render.InMemoryOutputSink;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.csv.CsvExporter;
import io.github.clusterfolio.render.html.HtmlFragmentRenderer;
import io.github.clusterfolio.render.pdf.PdfBrochureRenderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Sizes far beyond real data go through the whole pipeline: each is accepted by the loader and renders —
 * the PDF flowing over as many pages as it needs with every glyph inside the page, every text present —
 * or is refused by the loader with a message that says what to change.
 */
class ExtremeInputTest {
    private static final String WORDS = "Hafen Logistik Zusammenarbeit Windenergie Übersee Straße research network ";

    @Test
    void aDescriptionOf60000CharactersFlowsOverPages() throws IOException {
        String description = prose(60_000, 1);
        Region region = through(base().organisation(organisation("long-description", "Lange Beschreibung")
                .description(LocalizedText.of(description)).build()));

        Rendered rendered = Rendered.of(region);

        assertThat(rendered.pdfPages("de")).isGreaterThan(10);
        rendered.allTextIsThere();
        assertThat(rendered.csvCell("organisations.csv", 1, "description_de")).isEqualTo(description);
    }

    @Test
    void aDescriptionLongerThanAnyValueMayBeIsRefusedByTheLoaderWithTheLimitNamed() {
        Region region = base().organisation(organisation("too-long", "Zu lang")
                .description(LocalizedText.of(prose(150_000, 2))).build()).build();

        LoadResult result = RegionLoader.defaults().read(RegionYamlWriter.toYaml(region), "too-long.yaml");

        assertThat(result.region()).isEmpty();
        assertThat(result.problems()).extracting(Problem::toString).singleElement().asString()
                .startsWith("too-long.yaml:")
                .contains("longer than any value may be (100,000 characters)");
    }

    @Test
    void anOrganisationWithAThousandTagsRenders() throws IOException {
        List<String> tags = IntStream.range(0, 1_000).mapToObj(i -> "Schlagwort-" + i + (i % 7 == 0 ? " & Co." : ""))
                .toList();
        Region region = through(base().organisation(organisation("many-tags", "Viele Schlagwörter").tags(tags).build()));

        Rendered rendered = Rendered.of(region);

        rendered.allTextIsThere();
        assertThat(Jsoup.parseBodyFragment(rendered.html.text("de/organisations/many-tags.html"))
                .select(".cf-card__tag")).hasSize(1_000);
        assertThat(rendered.csvCell("organisations.csv", 1, "tags").split("\\|")).hasSize(1_000);
    }

    @Test
    void aSectorWithTenThousandOrganisationsRenders() throws IOException {
        Region.Builder builder = base();
        SplittableRandom random = new SplittableRandom(10_000);
        for (int i = 0; i < 10_000; i++) {
            builder.organisation(organisation("org-" + i, "Organisation " + i + " " + prose(20 + random.nextInt(40), i))
                    .city("Bremen")
                    .description(LocalizedText.of(prose(80 + random.nextInt(300), i)))
                    .build());
        }
        Region region = through(builder);

        // One language: the second would only double the time.
        Rendered rendered = Rendered.of(region, List.of("de"));

        assertThat(rendered.pdfPages("de")).isGreaterThan(500);
        rendered.allTextIsThere();
        assertThat(Jsoup.parseBodyFragment(rendered.html.text("de/sectors/logistics.html")).select("article"))
                .hasSize(10_000);
        assertThat(rendered.csvRows("organisations.csv")).isEqualTo(10_000);
    }

    @Test
    void aNameThatIsOneUnbreakableWordOf500CharactersWraps() throws IOException {
        String word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen".repeat(9).substring(0, 500);
        Region region = through(base().organisation(organisation("long-word", word)
                .description(LocalizedText.of(word + " " + word)).legalForm(word).city(word).tags(List.of(word)).build()));

        Rendered rendered = Rendered.of(region);

        rendered.allTextIsThere();
        assertThat(rendered.csvCell("organisations.csv", 1, "name_de")).isEqualTo(word);
    }

    // ---------------------------------------------------------------------------------------------------

    private static Region.Builder base() {
        return Region.builder("extreme", LocalizedText.of("de", "Extreme Region", "en", "Extreme region"))
                .languages("de", "en")
                .summary(LocalizedText.of("Eine Region für Grenzfälle."))
                .sector(new Sector("logistics", LocalizedText.of("de", "Logistik", "en", "Logistics"),
                        LocalizedText.of("de", "Häfen und Lager.", "en", "Ports and warehouses."), List.of()));
    }

    private static Organisation.Builder organisation(String id, String name) {
        return Organisation.builder(id, LocalizedText.of(name)).type(OrganisationType.NETWORK).sectors("logistics");
    }

    /** Ordinary words up to {@code length} characters, in paragraphs of about 1,500 characters. */
    private static String prose(int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] words = WORDS.split(" ");
        StringBuilder text = new StringBuilder(length + 20);
        int paragraph = 0;
        while (text.length() < length) {
            text.append(words[random.nextInt(words.length)]);
            if (text.length() - paragraph > 1_500) {
                text.append(".\n\n");
                paragraph = text.length();
            } else {
                text.append(' ');
            }
        }
        return text.substring(0, length).strip();
    }

    /** The region written as YAML and loaded again, as the command line would get it. */
    private static Region through(Region.Builder builder) {
        Region region = builder.build();
        LoadResult result = RegionLoader.defaults().read(RegionYamlWriter.toYaml(region), "extreme.yaml");
        assertThat(result.errors()).isEmpty();
        assertThat(result.region()).contains(region);
        return result.region().orElseThrow();
    }

    /** Every format rendered in memory, with the warnings the renderers gave. */
    private record Rendered(Region region, List<String> languages, InMemoryOutputSink csv, InMemoryOutputSink html,
            InMemoryOutputSink pdf, List<String> warnings) {
        static Rendered of(Region region) throws IOException {
            return of(region, region.languages());
        }

        static Rendered of(Region region, List<String> languages) throws IOException {
            List<String> warnings = new ArrayList<>();
            RenderOptions options = RenderOptions.at(PipelineRoundTripTest.EDITION).withLanguages(languages)
                    .withWarnings(warnings::add);
            Rendered rendered = new Rendered(region, languages, new InMemoryOutputSink(), new InMemoryOutputSink(),
                    new InMemoryOutputSink(), warnings);
            CsvExporter.withDefaults().render(region, options, rendered.csv);
            HtmlFragmentRenderer.withDefaults().render(region, options, rendered.html);
            PdfBrochureRenderer.builder().build().render(region, options, rendered.pdf);
            return rendered;
        }

        int pdfPages(String language) throws IOException {
            return new PdfText(pdf.bytes(region.id() + "-" + language + ".pdf"), 0, 0).pageCount();
        }

        /** Every text of the model in every PDF, every glyph inside its page, and every PDF accessible. */
        void allTextIsThere() throws IOException {
            for (String language : languages) {
                byte[] bytes = pdf.bytes(region.id() + "-" + language + ".pdf");
                PipelineRoundTripTest.pdfHoldsTheModel(region, language, bytes, warnings);
                AccessiblePdf.check(bytes, region.id() + ", " + language);
            }
        }

        String csvCell(String file, int row, String column) throws IOException {
            return org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.StringReader(csv.text(file))).getRecords().get(row - 1).get(column);
        }

        long csvRows(String file) throws IOException {
            return org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.StringReader(csv.text(file))).stream().count();
        }
    }
}
