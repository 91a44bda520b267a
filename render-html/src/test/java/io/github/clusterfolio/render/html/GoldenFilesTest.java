package io.github.clusterfolio.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.render.InMemoryOutputSink;
import io.github.clusterfolio.render.RenderOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled dataset, rendered in German and English, against the files under
 * {@code src/test/resources/golden/}. Comparison ignores line-ending style and trailing white space only.
 * Run with {@code -Dgolden.update=true} to rewrite the golden files on purpose, then review the diff.
 *
 * <p>The rendered files are also left in {@code target/html-preview/} for
 * {@code src/test/browser/check-preview.sh} and for a look in a browser.
 */
class GoldenFilesTest {
    static final Instant TIMESTAMP = Instant.parse("2026-11-28T00:00:00Z");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final Path PREVIEW = Path.of("target", "html-preview");

    private static InMemoryOutputSink rendered;

    @BeforeAll
    static void render() throws IOException {
        rendered = renderBundled();
        for (String path : rendered.paths()) {
            Path target = PREVIEW.resolve(path);
            Files.createDirectories(target.getParent());
            Files.write(target, rendered.bytes(path));
        }
    }

    static InMemoryOutputSink renderBundled() throws IOException {
        Region region = BundledDataset.region();
        InMemoryOutputSink sink = new InMemoryOutputSink();
        HtmlFragmentRenderer.withDefaults().render(region, RenderOptions.at(TIMESTAMP), sink);
        return sink;
    }

    @TestFactory
    Stream<DynamicTest> everyFileMatchesItsGoldenFile() {
        boolean update = Boolean.getBoolean("golden.update");
        return rendered.paths().stream().map(path -> DynamicTest.dynamicTest(path, () -> {
            Path golden = GOLDEN.resolve(path);
            String actual = rendered.text(path);
            if (update) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden file for %s (run with -Dgolden.update=true to create it)", path).exists();
            assertThat(normalise(actual)).isEqualTo(normalise(Files.readString(golden, StandardCharsets.UTF_8)));
        }));
    }

    @Test
    void noGoldenFileIsLeftOver() throws IOException {
        Set<String> golden = new TreeSet<>();
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            files.filter(Files::isRegularFile)
                    .forEach(file -> golden.add(GOLDEN.relativize(file).toString().replace('\\', '/')));
        }
        assertThat(golden).containsExactlyElementsOf(rendered.paths());
    }

    @Test
    void writesTheDocumentedFilesForEveryLanguage() {
        Region region = BundledDataset.region();
        List<String> expected = new ArrayList<>();
        for (String language : List.of("de", "en")) {
            expected.add(language + "/index.html");
            expected.add(language + "/overview.html");
            region.sectors().forEach(sector -> expected.add(language + "/sectors/" + sector.id() + ".html"));
            region.organisations().forEach(o -> expected.add(language + "/organisations/" + o.id() + ".html"));
        }
        assertThat(rendered.paths()).containsExactlyInAnyOrderElementsOf(expected).hasSize(2 * (2 + 6 + 18));
    }

    @Test
    void twoRendersGiveIdenticalBytes() throws IOException {
        InMemoryOutputSink again = renderBundled();
        assertThat(again.paths()).isEqualTo(rendered.paths());
        for (String path : rendered.paths()) {
            assertThat(again.bytes(path)).as(path).isEqualTo(rendered.bytes(path));
        }
    }

    static String normalise(String html) {
        return html.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \\t]+\\n", "\n").strip();
    }
}
