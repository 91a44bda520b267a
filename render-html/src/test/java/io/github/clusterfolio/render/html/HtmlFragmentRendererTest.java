package io.github.clusterfolio.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.synthetic.SyntheticRegions;
import io.github.clusterfolio.render.InMemoryOutputSink;
import io.github.clusterfolio.render.OutputSink;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.Renderer;
import io.github.clusterfolio.render.RendererProvider;
import io.github.clusterfolio.render.RendererRegistry;
import io.github.clusterfolio.render.RendererSettings;
import io.github.clusterfolio.render.Theme;
import io.github.clusterfolio.render.testing.FailingOutputSink;
import io.github.clusterfolio.render.text.LabelCatalog;
import io.github.clusterfolio.render.text.LabelSet;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public API: builder settings and their checks, the String and Appendable forms, discovery, threads. */
class HtmlFragmentRendererTest {
    private static final Region REGION = BundledDataset.region();

    @Test
    void appendableAndStringFormsGiveTheSameText() throws IOException {
        HtmlFragmentRenderer html = HtmlFragmentRenderer.withDefaults();
        StringWriter overview = new StringWriter();
        html.writeOverview(REGION, "de", overview);
        assertThat(overview.toString()).isEqualTo(html.overview(REGION, "de"));
        StringBuilder sector = new StringBuilder();
        html.writeSector(REGION, "automotive", "en", sector);
        assertThat(sector.toString()).isEqualTo(html.sector(REGION, "automotive", "en"));
        StringBuilder card = new StringBuilder();
        html.writeOrganisation(REGION, "wab", "de", card);
        assertThat(card.toString()).isEqualTo(html.organisation(REGION, "wab", "de"));
        StringBuilder page = new StringBuilder();
        html.writePreviewPage(REGION, "en", GoldenFilesTest.TIMESTAMP, page);
        assertThat(page.toString()).isEqualTo(html.previewPage(REGION, "en", GoldenFilesTest.TIMESTAMP));
    }

    @Test
    void fragmentFilesHoldTheSameFragmentsAsTheApi() throws IOException {
        HtmlFragmentRenderer html = HtmlFragmentRenderer.withDefaults();
        InMemoryOutputSink sink = GoldenFilesTest.renderBundled();
        assertThat(sink.text("de/overview.html")).isEqualTo(html.overview(REGION, "de") + "\n");
        assertThat(sink.text("en/sectors/health.html")).isEqualTo(html.sector(REGION, "health", "en") + "\n");
        assertThat(sink.text("de/organisations/olec.html")).isEqualTo(html.organisation(REGION, "olec", "de") + "\n");
    }

    @Test
    void unknownLanguagesSectorsAndOrganisationsAreRefusedWithTheirName() {
        HtmlFragmentRenderer html = HtmlFragmentRenderer.withDefaults();
        assertThatThrownBy(() -> html.overview(REGION, "fr"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'fr'")
                .hasMessageContaining("de, en");
        assertThatThrownBy(() -> html.sector(REGION, "shipbuilding", "de"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'shipbuilding'");
        assertThatThrownBy(() -> html.organisation(REGION, "acme", "de"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'acme'");
        assertThatThrownBy(() -> html.render(REGION, RenderOptions.at(Instant.EPOCH).withLanguages(List.of("fr")),
                        new InMemoryOutputSink()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rendersOnlyTheLanguagesAskedFor() throws IOException {
        InMemoryOutputSink sink = new InMemoryOutputSink();
        HtmlFragmentRenderer.withDefaults()
                .render(REGION, RenderOptions.at(Instant.EPOCH).withLanguages(List.of("en")), sink);
        assertThat(sink.paths()).allMatch(path -> path.startsWith("en/")).hasSize(26);
        assertThat(Jsoup.parse(sink.text("en/index.html")).select("nav")).as("no links to languages not rendered").isEmpty();
    }

    @Test
    void aFailingSinkFailsTheRenderWithItsIOException() {
        OutputSink failing = path -> {
            throw new IOException("disk full: " + path);
        };
        assertThatThrownBy(() -> HtmlFragmentRenderer.withDefaults().render(REGION, RenderOptions.at(Instant.EPOCH), failing))
                .isInstanceOf(IOException.class)
                .hasMessage("disk full: de/index.html");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 1000, 50_000, 200_000})
    void aSinkThatFailsPartWayFailsTheRenderWithAnIOExceptionOnly(long budget) {
        assertThatThrownBy(() -> HtmlFragmentRenderer.withDefaults()
                        .render(REGION, RenderOptions.at(Instant.EPOCH), new FailingOutputSink(budget)))
                .isExactlyInstanceOf(IOException.class)
                .hasMessageContaining("No space left on device");
    }

    @Test
    void prefixesAndHeadingLevelAreApplied() {
        HtmlFragmentRenderer html = HtmlFragmentRenderer.builder()
                .classPrefix("nw-")
                .idPrefix("clusters-")
                .headingLevel(3)
                .build();
        Element sector = Jsoup.parseBodyFragment(html.sector(REGION, "automotive", "de")).body().child(0);
        assertThat(sector.id()).isEqualTo("clusters-sector-automotive");
        assertThat(sector.className()).isEqualTo("nw-sector");
        assertThat(sector.select("h3.nw-sector__title")).hasSize(1);
        assertThat(sector.select("h4.nw-sector__subtitle")).hasSize(1);
        assertThat(sector.select("h5.nw-card__title")).hasSize(2);
        assertThat(html.stylesheet()).contains(".nw-card__title").doesNotContain(".cf-");
        assertThat(html.overview(REGION, "de")).contains("href=\"#clusters-sector-automotive\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1cf", "cf prefix", "cf\"", "-cf", "cf.", "ä-", "abcdefghijklmnopqrstuvwxyz0123456789"})
    void prefixesMustBeSafeInClassNamesAndIds(String prefix) {
        assertThatThrownBy(() -> HtmlFragmentRenderer.builder().classPrefix(prefix))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("class prefix");
        assertThatThrownBy(() -> HtmlFragmentRenderer.builder().idPrefix(prefix))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id prefix");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 6, -1})
    void headingLevelMustLeaveRoomForTwoLevelsBelow(int level) {
        assertThatThrownBy(() -> HtmlFragmentRenderer.builder().headingLevel(level))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 4");
    }

    @Test
    void sectorLinkTemplateLinksTheOverviewElsewhereButNotThePreview() {
        HtmlFragmentRenderer html = HtmlFragmentRenderer.builder().sectorLinkTemplate("/cluster/{id}/?lang=de&x=1").build();
        Element overview = Jsoup.parseBodyFragment(html.overview(REGION, "de")).body();
        assertThat(overview.select("a").eachAttr("href")).first().isEqualTo("/cluster/agriculture-food/?lang=de&x=1");
        assertThat(html.overview(REGION, "de")).contains("href=\"/cluster/agriculture-food/?lang=de&amp;x=1\"");
        Element page = Jsoup.parse(html.previewPage(REGION, "de", Instant.EPOCH));
        assertThat(page.select(".cf-teaser__link").eachAttr("href")).allMatch(href -> href.startsWith("#cf-sector-"));

        HtmlFragmentRenderer absolute = HtmlFragmentRenderer.builder()
                .sectorLinkTemplate("https://example.org/sectors/{id}.html")
                .build();
        assertThat(absolute.overview(REGION, "en")).contains("href=\"https://example.org/sectors/automotive.html\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert('{id}')", "JavaScript:{id}", "data:text/html,{id}", "mailto:{id}@example.org",
        "//evil.example/{id}", "/sectors/ {id}", "/sectors/\"{id}", "/sectors/no-placeholder", "ftp://example.org/{id}"
    })
    void sectorLinkTemplatesThatCouldMisleadAreRefused(String template) {
        assertThatThrownBy(() -> HtmlFragmentRenderer.builder().sectorLinkTemplate(template))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sector link template");
    }

    @Test
    void labelsCanBeReplacedPerLanguageAndMustKeepTheirPlaceholders() {
        HtmlFragmentRenderer html = HtmlFragmentRenderer.builder()
                .labels(LabelCatalog.bundled().with(new LabelSet("de", Map.of(
                        "organisations", "Akteure im Feld", "approximate", "rund {value}"))))
                .build();
        Element sector = Jsoup.parseBodyFragment(html.sector(REGION, "automotive", "de")).body();
        assertThat(sector.select(".cf-sector__subtitle").text()).isEqualTo("Akteure im Feld");
        assertThat(sector.select(".cf-figures__value").text()).isEqualTo("rund 70.000");
        assertThat(Jsoup.parseBodyFragment(html.sector(REGION, "automotive", "en")).select(".cf-sector__subtitle").text())
                .isEqualTo("Organisations");

        assertThatThrownBy(() -> LabelCatalog.bundled().with(new LabelSet("de", Map.of("approximate", "rund"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{value}");
        assertThatThrownBy(() -> LabelCatalog.bundled().with(new LabelSet("de", Map.of("tags", " "))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LabelSet("Deutsch", Map.of("tags", "Tags")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("language tag");
    }

    @Test
    void aLanguageWithoutLabelsGetsEveryLabelInEnglish() {
        // Rendering with a language that has no labels uses English for every label, so none can be missing.
        Region swedish = Region.builder("r", io.github.clusterfolio.model.LocalizedText.of("R"))
                .languages("sv")
                .sector(new io.github.clusterfolio.model.Sector("s", io.github.clusterfolio.model.LocalizedText.of("S"),
                        io.github.clusterfolio.model.LocalizedText.of("T"), List.of()))
                .build();
        assertThat(HtmlFragmentRenderer.withDefaults().overview(swedish, "sv"))
                .contains("lang=\"en\">The sectors at a glance<");
    }

    @Test
    void oneRendererServesManyThreadsAtOnce() throws Exception {
        HtmlFragmentRenderer html = HtmlFragmentRenderer.withDefaults();
        Region big = SyntheticRegions.generate(7, 5, 400);
        List<String> expected = new ArrayList<>();
        for (var organisation : big.organisations()) {
            expected.add(html.organisation(big, organisation.id(), "de") + html.sector(big, organisation.mainSectorId(), "en"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (var organisation : big.organisations()) {
                results.add(pool.submit(() -> html.organisation(big, organisation.id(), "de")
                        + html.sector(big, organisation.mainSectorId(), "en")));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theProviderIsFoundByServiceLoaderAndUsesTheTheme() throws IOException {
        RendererRegistry registry = RendererRegistry.discover();
        RendererProvider provider = registry.find("html").orElseThrow();
        assertThat(provider).isInstanceOf(HtmlRendererProvider.class);
        assertThat(provider.description()).contains("HTML");
        Theme theme = new Theme(Theme.Colour.of("#552288"), Theme.Colour.of("#aa3300"), Theme.Colour.of("#101010"),
                Theme.Fonts.BUNDLED, java.util.Optional.empty(), Theme.PageSize.A4, new Theme.Margins(20, 20, 20, 20), 0);
        Renderer renderer = provider.create(RendererSettings.empty().with(Theme.class, theme));
        assertThat(renderer.format()).isEqualTo("html");
        InMemoryOutputSink sink = new InMemoryOutputSink();
        renderer.render(REGION, RenderOptions.at(Instant.EPOCH), sink);
        assertThat(sink.text("de/index.html")).contains("--cf-primary: #552288;", "--cf-accent: #aa3300;");
        InMemoryOutputSink plain = new InMemoryOutputSink();
        provider.create(RendererSettings.empty()).render(REGION, RenderOptions.at(Instant.EPOCH), plain);
        assertThat(plain.text("de/index.html")).contains("--cf-primary: #1b3a5c;");
    }
}
