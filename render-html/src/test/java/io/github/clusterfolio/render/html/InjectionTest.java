package io.github.clusterfolio.render.html;

import static io.github.clusterfolio.render.html.HtmlChecks.visible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.OrganisationType;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.Source;
import io.github.clusterfolio.model.WebAddressRule;
import io.github.clusterfolio.model.synthetic.AwkwardText;
import io.github.clusterfolio.render.html.HtmlChecks.Expected;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each hostile string of {@code injection/hostile-strings.txt}, and each of the shared awkward samples
 * ({@link AwkwardText}), is placed in every text field of a region,
 * and inside the path, query, fragment and user part of every address the model allows (it accepts only
 * absolute http and https addresses with a host). Every fragment and the preview page, in both languages,
 * must then hold no element, attribute or link that could run script, keep the host page intact, and show
 * the hostile string as its visible text, character for character (up to the characters HTML cannot
 * carry, which become spaces, and white space, which a browser collapses anyway).
 */
class InjectionTest {
    private static final HtmlFragmentRenderer HTML = HtmlFragmentRenderer.withDefaults();

    static Stream<Arguments> corpus() {
        List<String> strings = TestResources.cases("injection/hostile-strings.txt");
        return strings.stream().map(hostile -> Arguments.of(TestResources.printable(hostile), hostile));
    }

    /** The shared awkward samples (RTL, emoji, combining marks, control characters …), alone and combined. */
    static Stream<Arguments> awkward() {
        SplittableRandom random = new SplittableRandom(20261128);
        Stream<String> picks = Stream.generate(() -> AwkwardText.pick(random)).limit(20);
        return Stream.concat(AwkwardText.SAMPLES.stream(), picks)
                .map(text -> Arguments.of("awkward: " + TestResources.printable(text), text));
    }

    @Test
    void theCorpusHoldsAtLeastFiftyStrings() {
        assertThat(corpus()).hasSizeGreaterThanOrEqualTo(50);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"corpus", "awkward"})
    void hostileTextStaysText(String printable, String hostile) {
        URI address = hostileAddress(hostile);
        Optional<URI> withUser = hostileUser(hostile);
        Optional<String> ascii = ascii(address);
        Region region = regionFilledWith(hostile, address, withUser);
        for (String language : region.languages()) {
            Expected expected = Expected.defaults(language);
            String approximate = language.equals("de") ? "über 1.234,5" : "more than 1,234.5";

            Element overview = HtmlChecks.assertFragmentStructure(HTML.overview(region, language), expected);
            assertThat(overview.select(".cf-teaser__title").eachText()).containsExactly(visible(hostile), visible(hostile));
            assertThat(overview.select(".cf-teaser__figure-value").eachText())
                    .containsExactly(approximate + " " + visible(hostile), approximate + " " + visible(hostile));
            assertThat(overview.select(".cf-teaser__figure-label").eachText())
                    .containsExactly(visible(hostile), visible(hostile));
            for (String teaser : overview.select(".cf-teaser__summary").eachText()) {
                // A paragraph is stripped of white space at both ends (RichText.plain), which the encoder's spaces
                // for control characters at the ends of the text no longer survive.
                assertThat(visible(hostile).strip()).as("teaser shows the summary's first paragraph")
                        .startsWith(teaser.strip());
            }

            Element first = HtmlChecks.assertFragmentStructure(HTML.sector(region, "first", language), expected);
            assertThat(first.select(".cf-sector__title").text()).isEqualTo(visible(hostile));
            assertThat(first.select(".cf-sector__summary").text()).isEqualTo(visible(hostile).strip());
            assertThat(first.select(".cf-figures__label").text()).isEqualTo(visible(hostile));
            assertThat(first.select(".cf-figures__value").text()).isEqualTo(approximate + " " + visible(hostile));
            if (ascii.isPresent()) {
                Element source = first.selectFirst(".cf-figures__source a");
                assertThat(source).isNotNull();
                assertThat(source.attr("href")).isEqualTo(ascii.get());
                assertThat(source.text()).isEqualTo(visible(hostile + " (example.org)"));
            } else {
                assertThat(first.select(".cf-figures__source a")).isEmpty();
                assertThat(first.select(".cf-figures__source").text())
                        .isEqualTo(visible(hostile + " (" + address + ")"));
            }
            if (language.equals("en")) {
                assertThat(first.select(".cf-sector__summary").attr("lang")).as("fallback marked").isEqualTo("de");
            }
            HtmlChecks.assertFragmentStructure(HTML.sector(region, "second", language), expected);

            Element alpha = HtmlChecks.assertFragmentStructure(HTML.organisation(region, "alpha", language), expected);
            assertThat(alpha.select(".cf-card__title").text()).isEqualTo(visible(hostile));
            assertThat(alpha.select(".cf-card__description").text()).isEqualTo(visible(hostile).strip());
            assertThat(alpha.select(".cf-card__detail").first().text()).as("legal form").isEqualTo(visible(hostile));
            assertThat(alpha.select("[itemprop=addressLocality]").text()).isEqualTo(visible(hostile));
            assertThat(alpha.select(".cf-card__tag").eachText()).containsExactly(visible(hostile), visible(hostile + " (2)"));
            if (ascii.isPresent()) {
                Element website = alpha.selectFirst("a[itemprop=url]");
                assertThat(website).isNotNull();
                assertThat(website.attr("href")).isEqualTo(ascii.get());
                assertThat(website.text()).isEqualTo("example.org");
            } else {
                assertThat(alpha.select("a")).as("an address that has no ASCII form is no link").isEmpty();
            }

            Element beta = HtmlChecks.assertFragmentStructure(HTML.organisation(region, "beta", language), expected);
            if (withUser.isPresent()) {
                assertThat(beta.select("a")).as("an address with a user part is no link").isEmpty();
                assertThat(beta.select(".cf-card__detail").first().text()).isEqualTo(visible(withUser.get().toString()));
            }

            assertPreview(HTML.previewPage(region, language, GoldenFilesTest.TIMESTAMP), hostile, ascii);
        }
    }

    private static void assertPreview(String page, String hostile, Optional<String> ascii) {
        Document document = Jsoup.parse(page);
        Set<String> elements = new HashSet<>(HtmlChecks.FRAGMENT_ELEMENTS);
        elements.addAll(HtmlChecks.PAGE_ELEMENTS);
        Set<String> attributes = new HashSet<>(HtmlChecks.ATTRIBUTES);
        attributes.addAll(HtmlChecks.PAGE_ATTRIBUTES);
        HtmlChecks.assertSafe(document.firstElementChild(), elements, attributes);
        HtmlChecks.assertReferencesResolve(document.firstElementChild());
        assertThat(document.select("style")).hasSize(1);
        assertThat(document.head().select("style")).hasSize(1);
        assertThat(document.select("style").first().data()).isEqualTo(HTML.stylesheet());
        assertThat(document.select("meta")).hasSize(4);
        assertThat(document.title()).startsWith(visible(hostile) + " – ");
        assertThat(document.select("h1").text()).isEqualTo(visible(hostile));
        assertThat(document.select(".cf-preview__summary").text()).isEqualTo(visible(hostile).strip());
        assertThat(document.select(".cf-preview__website a").eachAttr("href")).isEqualTo(ascii.stream().toList());
        assertThat(document.select("main").first().children()).as("overview, two sectors, two back links").hasSize(5);
    }

    /** A region whose every text is {@code hostile}; some texts only in German, so English falls back. */
    static Region regionFilledWith(String hostile, URI address, Optional<URI> withUser) {
        LocalizedText every = LocalizedText.of(hostile);
        LocalizedText both = LocalizedText.of("de", hostile, "en", hostile);
        LocalizedText germanOnly = LocalizedText.of(Map.of("de", hostile));
        KeyFigure figure = new KeyFigure(every, new BigDecimal("1234.5"), true, Optional.of(both), OptionalInt.of(2024),
                Optional.of(new Source(both, Optional.of(address))));
        return Region.builder("hostile", every)
                .summary(both)
                .website(address)
                .languages("de", "en")
                .sector(new Sector("first", every, germanOnly, List.of(figure)))
                .sector(new Sector("second", germanOnly, every, List.of(figure)))
                .organisation(Organisation.builder("alpha", every)
                        .type(OrganisationType.NETWORK)
                        .legalForm(hostile)
                        .sectors("first", "second")
                        .city(hostile)
                        .website(address)
                        .description(both)
                        .tags(List.of(hostile, hostile + " (2)"))
                        .build())
                .organisation(Organisation.builder("beta", both)
                        .type(OrganisationType.RESEARCH)
                        .sectors("second")
                        .website(withUser.orElse(null))
                        .description(germanOnly)
                        .build())
                .build();
    }

    /**
     * An https address on example.org with the hostile string in its path, query and fragment, in its ASCII
     * form (percent-encoded), as the model accepts only that; example.org itself when even that is refused.
     */
    static URI hostileAddress(String hostile) {
        try {
            URI ascii = new URI(new URI("https", "example.org", "/" + hostile, hostile, hostile).toASCIIString());
            return WebAddressRule.accepts(ascii.toString()) ? ascii : URI.create("https://example.org/");
        } catch (URISyntaxException | RuntimeException e) {
            return URI.create("https://example.org/");
        }
    }

    /**
     * The address in ASCII, as a link would carry it; empty when {@link URI} cannot encode it (it accepts a
     * lone surrogate, then fails to encode it), and then the renderer must show the address as text.
     */
    static Optional<String> ascii(URI address) {
        try {
            return Optional.of(address.toASCIIString());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** An https address with the hostile string as its user part, when the model accepts one. */
    static Optional<URI> hostileUser(String hostile) {
        try {
            URI uri = new URI("https", hostile, "example.org", -1, "/", null, null);
            Organisation.builder("probe", LocalizedText.of("probe")).sectors("x").website(uri).build();
            return Optional.of(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,%3Cscript%3E", "vbscript:msgbox(1)",
        "https:alert(1)", "//example.org/", "/relative", "mailto:x@example.org"
    })
    void theModelAlreadyRefusesAnythingButHttpAndHttpsAddresses(String address) {
        assertThatThrownBy(() -> Organisation.builder("x", LocalizedText.of("x"))
                        .sectors("s")
                        .website(URI.create(address))
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
