package io.github.clusterfolio.render.html;

import static io.github.clusterfolio.render.html.HtmlChecks.assertFragment;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.render.html.HtmlChecks.Expected;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fragment of the bundled dataset, in both languages and under several configurations, parsed
 * back with jsoup: well-formed, one root, headings from the configured level without gaps, unique
 * prefixed ids, prefixed classes, no script, style, event handler or {@code javascript:} anywhere.
 */
class FragmentStructureTest {
    private static final Region REGION = BundledDataset.region();

    static Stream<Arguments> configurations() {
        return Stream.of(
                Arguments.of("defaults", new Expected("cf-", "cf-", 2, "")),
                Arguments.of("other prefixes, h1", new Expected("nw-", "region_", 1, "")),
                Arguments.of("h3", new Expected("cf-", "cf-", 3, "")),
                Arguments.of("h4, upper-case prefix", new Expected("Cf_", "X-", 4, "")));
    }

    private static HtmlFragmentRenderer renderer(Expected expected) {
        return HtmlFragmentRenderer.builder()
                .classPrefix(expected.classPrefix())
                .idPrefix(expected.idPrefix())
                .headingLevel(expected.headingLevel())
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void everyFragmentKeepsTheRules(String name, Expected configuration) {
        HtmlFragmentRenderer html = renderer(configuration);
        int fragments = 0;
        for (String language : REGION.languages()) {
            Expected expected = new Expected(
                    configuration.classPrefix(), configuration.idPrefix(), configuration.headingLevel(), language);
            assertOverview(assertFragment(html.overview(REGION, language), expected), expected);
            fragments++;
            for (Sector sector : REGION.sectors()) {
                assertSector(assertFragment(html.sector(REGION, sector.id(), language), expected), sector, expected);
                fragments++;
            }
            for (Organisation organisation : REGION.organisations()) {
                Element card = assertFragment(html.organisation(REGION, organisation.id(), language), expected);
                assertCard(card, organisation, expected);
                assertThat(card.id()).isEqualTo(expected.idPrefix() + "organisation-" + organisation.id());
                fragments++;
            }
        }
        assertThat(fragments).isEqualTo(2 * (1 + 6 + 18));
    }

    private static void assertOverview(Element root, Expected expected) {
        String c = expected.classPrefix();
        assertThat(root.normalName()).isEqualTo("section");
        assertThat(root.id()).isEqualTo(expected.idPrefix() + "overview");
        List<Element> links = root.select("a." + c + "teaser__link");
        assertThat(links).hasSize(REGION.sectors().size());
        for (int i = 0; i < links.size(); i++) {
            Sector sector = REGION.sectors().get(i);
            assertThat(links.get(i).attr("href")).isEqualTo("#" + expected.idPrefix() + "sector-" + sector.id());
            assertThat(links.get(i).text()).isEqualTo(REGION.text(sector.name(), expected.language()));
        }
        assertThat(root.select("." + c + "teaser__count")).hasSize(REGION.sectors().size());
    }

    private static void assertSector(Element root, Sector sector, Expected expected) {
        String c = expected.classPrefix();
        assertThat(root.normalName()).isEqualTo("section");
        assertThat(root.id()).isEqualTo(expected.idPrefix() + "sector-" + sector.id());
        if (sector.keyFigures().isEmpty()) {
            assertThat(root.select("table")).isEmpty();
        } else {
            Element region = root.selectFirst("div." + c + "figures");
            assertThat(region).isNotNull();
            assertThat(region.attr("role")).isEqualTo("region");
            assertThat(region.attr("tabindex")).as("scrollable, so focusable").isEqualTo("0");
            Element table = region.selectFirst("table." + c + "figures__table");
            assertThat(table).isNotNull();
            // Named by the caption and the sector's title: unique among the sectors of a page.
            assertThat(region.attr("aria-labelledby"))
                    .isEqualTo(table.select("caption").attr("id") + " " + root.id() + "--title");
            assertThat(table.select("caption")).hasSize(1);
            assertThat(table.select("thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
            assertThat(table.select("tbody tr")).hasSize(sector.keyFigures().size());
            assertThat(table.select("tbody tr > th:first-child"))
                    .hasSize(sector.keyFigures().size())
                    .allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("row"));
        }
        List<Organisation> members = REGION.organisationsOf(sector.id());
        List<Element> cards = root.select("article." + c + "card");
        assertThat(cards).hasSize(members.size());
        for (int i = 0; i < cards.size(); i++) {
            assertCard(cards.get(i), members.get(i), expected);
        }
    }

    private static void assertCard(Element card, Organisation organisation, Expected expected) {
        String c = expected.classPrefix();
        assertThat(card.normalName()).isEqualTo("article");
        assertThat(card.classNames()).contains(c + "card", c + "card--" + organisation.type().formatName());
        assertThat(card.hasAttr("itemscope")).isTrue();
        assertThat(card.attr("itemtype")).startsWith("https://schema.org/");
        Element name = card.selectFirst("[itemprop=name]");
        assertThat(name).isNotNull();
        assertThat(name.text()).isEqualTo(REGION.text(organisation.name(), expected.language()));
        organisation.website().ifPresent(website -> {
            Element link = card.selectFirst("a[itemprop=url]");
            assertThat(link).isNotNull();
            assertThat(link.attr("href")).isEqualTo(website.toString());
            assertThat(link.text()).isEqualTo(website.getHost());
        });
        organisation.city().ifPresent(city -> assertThat(card.select("[itemprop=address] [itemprop=addressLocality]").text())
                .isEqualTo(city));
        assertThat(card.select("[itemprop=keywords]").eachText()).isEqualTo(organisation.tags());
    }

    @Test
    void numbersAndLabelsFollowTheLanguage() {
        HtmlFragmentRenderer html = HtmlFragmentRenderer.withDefaults();
        Element de = Jsoup.parseBodyFragment(html.overview(REGION, "de")).body();
        Element en = Jsoup.parseBodyFragment(html.overview(REGION, "en")).body();
        assertThat(de.select(".cf-teaser__figure").eachText()).contains("über 70.000 Beschäftigte");
        assertThat(en.select(".cf-teaser__figure").eachText()).contains("more than 70,000 Employees");
        assertThat(de.select(".cf-teaser__count").eachText())
                .containsExactly("2 Organisationen", "2 Organisationen", "1 Organisation", "6 Organisationen",
                        "2 Organisationen", "5 Organisationen");
        assertThat(en.select(".cf-teaser__count").eachText())
                .containsExactly("2 organisations", "2 organisations", "1 organisation", "6 organisations",
                        "2 organisations", "5 organisations");
        assertThat(de.select("h2").text()).isEqualTo("Die Branchen auf einen Blick");
        assertThat(en.select("h2").text()).isEqualTo("The sectors at a glance");
    }

    @Test
    void previewPageIsACompleteOfflineDocumentWithEveryFragment() throws Exception {
        HtmlFragmentRenderer html = HtmlFragmentRenderer.withDefaults();
        for (String language : REGION.languages()) {
            String page = html.previewPage(REGION, language, GoldenFilesTest.TIMESTAMP);
            assertThat(page).startsWith("<!doctype html>\n<html lang=\"" + language + "\">");
            Parser parser = Parser.htmlParser().setTrackErrors(20);
            Document document = Jsoup.parse(page, "", parser);
            assertThat(parser.getErrors()).as("parse errors").isEmpty();

            Set<String> elements = new HashSet<>(HtmlChecks.FRAGMENT_ELEMENTS);
            elements.addAll(HtmlChecks.PAGE_ELEMENTS);
            Set<String> attributes = new HashSet<>(HtmlChecks.ATTRIBUTES);
            attributes.addAll(HtmlChecks.PAGE_ATTRIBUTES);
            HtmlChecks.assertSafe(document.firstElementChild(), elements, attributes);
            HtmlChecks.assertReferencesResolve(document.firstElementChild());
            HtmlChecks.assertHeadingsFrom(document.body(), 1);
            assertThat(document.select("[src], link, script, img, iframe")).as("nothing loaded from elsewhere").isEmpty();

            assertThat(document.select("head meta[name=viewport]").attr("content"))
                    .isEqualTo("width=device-width, initial-scale=1");
            assertThat(document.select("head meta[charset]").attr("charset")).isEqualTo("utf-8");
            assertThat(document.select("style")).hasSize(1);
            Element style = document.selectFirst("head > style");
            assertThat(style).isNotNull();
            assertThat(style.data()).isEqualTo(html.stylesheet());
            String hash = Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(style.data().getBytes(StandardCharsets.UTF_8)));
            assertThat(document.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                    .isEqualTo("default-src 'none'; style-src 'sha256-" + hash + "'; base-uri 'none'; form-action 'none'");

            for (Element link : document.select("a[href^=#]")) {
                assertThat(document.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
            }
            assertThat(document.select("#cf-overview")).hasSize(1);
            for (Sector sector : REGION.sectors()) {
                assertThat(document.select("#cf-sector-" + sector.id())).hasSize(1);
                assertThat(document.select("#cf-overview a[href=#cf-sector-" + sector.id() + "]")).hasSize(1);
            }
            assertThat(document.select("h1").text()).isEqualTo(REGION.text(REGION.name(), language));
        }
    }

    @Test
    void previewPageLinksTheOtherLanguagesWhenRenderedAsFiles() throws Exception {
        var sink = GoldenFilesTest.renderBundled();
        Document de = Jsoup.parse(sink.text("de/index.html"));
        assertThat(de.select("nav a").eachAttr("href")).containsExactly("../de/index.html", "../en/index.html");
        assertThat(de.select("nav a[aria-current=page]").attr("hreflang")).isEqualTo("de");
        assertThat(de.select("nav a").eachText()).containsExactly("Deutsch", "English");
        assertThat(de.select("footer").text()).isEqualTo("Stand: 28. November 2026. Erstellt mit clusterfolio.");
    }
}
