package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clusterfolio.loader.LoadResult;
import io.github.clusterfolio.loader.RegionLoader;
import io.github.clusterfolio.model.RichText;
import io.github.clusterfolio.model.synthetic.HostileMarkdown;
import io.github.clusterfolio.model.synthetic.RegionYamlWriter;
import io.github.clusterfolio.render.InMemoryOutputSink;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.csv.CsvExporter;
import io.github.clusterfolio.render.html.HtmlFragmentRenderer;
import io.github.clusterfolio.render.pdf.PdfBrochureRenderer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile rich text (format 1.1's Markdown subset) through the loader and every renderer: script and data
 * links are refused where they stand, and whatever loads renders in bounded time, with no script, no event
 * handler and no link that is not http, https or mailto in the HTML, and a brochure that is still PDF/UA-1.
 */
class HostileRichTextTest {
    /** An http, https or mailto address, or a relative one (no colon at all: no scheme). */
    private static final Pattern SAFE_HREF = Pattern.compile("(https?://|mailto:).*|[^:]*");
    private static final Duration BOUND = Duration.ofSeconds(20);

    static IntStream cases() {
        return IntStream.range(0, HostileMarkdown.CASES.size());
    }

    @ParameterizedTest(name = "case {0}")
    @MethodSource("cases")
    void hostileMarkdownIsRefusedWhereItStandsOrRendersSafely(int index) throws Exception {
        String markdown = HostileMarkdown.CASES.get(index);
        String yaml = "format: clusterfolio/1.1\nregion:\n  id: hostile\n  name: Hostile\n  summary: "
                + RegionYamlWriter.quote(markdown) + "\n  languages: [de, en]\n"
                + "sectors:\n  - id: s\n    name: S\n    summary: " + RegionYamlWriter.quote(markdown) + "\n"
                + "organisations:\n  - id: o\n    name: O\n    type: network\n    sectors: [s]\n    description: "
                + RegionYamlWriter.quote(markdown) + "\n";
        long start = System.nanoTime();
        LoadResult loaded = RegionLoader.defaults()
                .read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "hostile.yaml");
        // A link (not an image, which stays text) to a script or data address.
        boolean unsafeLink = markdown.toLowerCase(java.util.Locale.ROOT)
                .matches("(?s)(.*[^!])?\\[[^\\]]*\\]\\(\\s*<?(javascript|data):.*");
        if (loaded.region().isEmpty()) {
            assertThat(loaded.errors()).as("refused only for a link").isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.message()).contains("link");
                // the lines of the region's summary, the sector's summary and the description
                assertThat(problem.line()).isIn(5, 10, 16);
            });
            return;
        }
        assertThat(unsafeLink).as("a script or data link must not load").isFalse();
        RenderOptions options = RenderOptions.at(PipelineRoundTripTest.EDITION);
        InMemoryOutputSink csv = new InMemoryOutputSink();
        InMemoryOutputSink html = new InMemoryOutputSink();
        InMemoryOutputSink pdf = new InMemoryOutputSink();
        CsvExporter.withDefaults().render(loaded.region().get(), options, csv);
        HtmlFragmentRenderer.withDefaults().render(loaded.region().get(), options, html);
        PdfBrochureRenderer.builder().build().render(loaded.region().get(), options, pdf);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("load and render").isLessThan(BOUND);

        for (String path : html.paths()) {
            Document document = Jsoup.parse(html.text(path));
            assertThat(document.select("script, img, iframe, object, embed, form, svg, math")).as(path).isEmpty();
            document.getAllElements().forEach(element -> element.attributes().forEach(attribute -> {
                assertThat(attribute.getKey()).as(path).doesNotStartWithIgnoringCase("on");
                if (attribute.getKey().equals("href")) {
                    assertThat(attribute.getValue()).as(path).matches(SAFE_HREF);
                }
            }));
        }
        // The CSV is plain text (raw HTML and images stay the literal text they were): one record per organisation.
        assertThat(org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.text("organisations.csv"))).getRecords()).hasSize(1);
        for (String language : List.of("de", "en")) {
            AccessiblePdf.check(pdf.bytes("hostile-" + language + ".pdf"), "hostile case " + index);
        }
    }

    @Test
    void theModelHoldsNoLinkTheRuleRefuses() {
        for (String target : List.of("javascript:alert(1)", "data:text/html,x", "vbscript:x", "//example.org/",
                "https://user@evil.example/", "mailto:a@b@c", "ftp://example.org/")) {
            assertThatThrownBy(() -> new RichText.Link(URI.create(target), List.of(new RichText.Text("x"))))
                    .as(target).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
