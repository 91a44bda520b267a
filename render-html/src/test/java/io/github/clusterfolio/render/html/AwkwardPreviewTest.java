package io.github.clusterfolio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.OrganisationType;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.Source;
import io.github.clusterfolio.model.synthetic.AwkwardText;
import io.github.clusterfolio.render.InMemoryOutputSink;
import io.github.clusterfolio.render.RenderOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A region made of the awkward samples and the hostile corpus, rendered as a preview into
 * {@code target/html-preview-awkward/}, where {@code src/test/browser/check-preview.sh} opens it in Chromium:
 * a real browser must load it without a console message (no script ran, nothing was blocked) and without
 * anything wider than a phone's screen.
 */
class AwkwardPreviewTest {
    static final Path OUT = Path.of("target", "html-preview-awkward");

    @Test
    void rendersAPreviewOfTheWorstTextsForTheBrowserCheck() throws IOException {
        Region region = awkwardRegion();
        InMemoryOutputSink sink = new InMemoryOutputSink();
        HtmlFragmentRenderer.withDefaults().render(region, RenderOptions.at(GoldenFilesTest.TIMESTAMP), sink);
        for (String path : sink.paths()) {
            if (path.endsWith("/index.html")) {
                Path target = OUT.resolve(path);
                Files.createDirectories(target.getParent());
                Files.write(target, sink.bytes(path));
                Document page = Jsoup.parse(sink.text(path));
                assertThat(page.select("script, img, iframe, object, embed, svg, form")).isEmpty();
                int cards = region.sectors().stream().mapToInt(sector -> region.organisationsOf(sector.id()).size()).sum();
                assertThat(page.select(".cf-card")).hasSize(cards);
            }
        }
        try (var languages = Files.list(OUT)) {
            assertThat(languages.count()).isEqualTo(2);
        }
    }

    static Region awkwardRegion() {
        SplittableRandom random = new SplittableRandom(5);
        List<String> hostile = TestResources.cases("injection/hostile-strings.txt");
        Region.Builder region = Region.builder("awkward", LocalizedText.of(AwkwardText.SAMPLES.get(0)))
                .summary(LocalizedText.of("de", AwkwardText.pick(random), "en", AwkwardText.pick(random)))
                .website(URI.create("https://example.org/?q=%3Cscript%3E"))
                .languages("de", "en");
        for (int s = 1; s <= 3; s++) {
            region.sector(new Sector("sector-" + s, LocalizedText.of(AwkwardText.pick(random)),
                    LocalizedText.of("de", AwkwardText.pick(random) + "\n\n" + AwkwardText.pick(random), "en",
                            hostile.get(random.nextInt(hostile.size()))),
                    List.of(new KeyFigure(LocalizedText.of(AwkwardText.pick(random)), new BigDecimal("123456789.25"),
                            true, Optional.of(LocalizedText.of(AwkwardText.pick(random))), OptionalInt.of(2026),
                            Optional.of(new Source(LocalizedText.of(hostile.get(random.nextInt(hostile.size()))),
                                    Optional.of(URI.create("https://statistics.example.org/" + "very-long-path/".repeat(8)))))))));
        }
        List<Organisation> organisations = new ArrayList<>();
        for (int o = 0; o < AwkwardText.SAMPLES.size(); o++) {
            String sample = AwkwardText.SAMPLES.get(o);
            organisations.add(Organisation.builder("org-" + o, LocalizedText.of(sample))
                    .type(OrganisationType.values()[o % OrganisationType.values().length])
                    .legalForm(AwkwardText.pick(random))
                    .sectors(o % 4 == 0 ? List.of("sector-1", "sector-" + (2 + o % 2)) : List.of("sector-" + (1 + o % 3)))
                    .city(AwkwardText.pick(random))
                    .website(URI.create("https://" + "sub.".repeat(o % 5) + "example.org/" + "x".repeat(o * 5)))
                    .description(LocalizedText.of("de", sample + " " + hostile.get(o), "en", hostile.get(o + 20)))
                    .tags(List.of(AwkwardText.pick(random), hostile.get(o + 40)))
                    .build());
        }
        organisations.forEach(region::organisation);
        return region.build();
    }
}
