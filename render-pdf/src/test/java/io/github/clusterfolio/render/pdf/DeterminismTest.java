package io.github.clusterfolio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.render.Theme;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same region, options and timestamp give the same bytes: in one JVM, across threads and in another JVM. */
class DeterminismTest {

    @Test
    void sameInputSameBytesWithinOneJvm() {
        byte[] first = Brochures.nordwest("de");
        byte[] again = Brochures.render(PdfBrochureRenderer.builder().build(), NordwestFixture.region(), "de",
                new ArrayList<>());
        assertThat(again).isEqualTo(first);
    }

    @Test
    void anotherTimestampGivesAnotherFile() {
        var sink = new io.github.clusterfolio.render.InMemoryOutputSink();
        try {
            PdfBrochureRenderer.builder().build().render(NordwestFixture.region(),
                    io.github.clusterfolio.render.RenderOptions.at(Instant.parse("2027-03-01T00:00:00Z"))
                            .withLanguages(List.of("de")), sink);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(sink.bytes("metropolregion-nordwest-de.pdf")).isNotEqualTo(Brochures.nordwest("de"));
    }

    /** {@link PdfBrochureRenderer#rendersLanguagesSeparately()}: the command line renders languages at once on that promise. */
    @Test
    void eachLanguageAloneGivesTheSameBytesAsBothTogether() throws Exception {
        PdfBrochureRenderer renderer = PdfBrochureRenderer.builder().build();
        var options = io.github.clusterfolio.render.RenderOptions.at(Instant.parse("2027-03-01T00:00:00Z"));
        var together = new io.github.clusterfolio.render.InMemoryOutputSink();
        renderer.render(NordwestFixture.region(), options, together);
        var english = new io.github.clusterfolio.render.InMemoryOutputSink();
        renderer.render(NordwestFixture.region(), options.withLanguages(List.of("en")), english);
        var german = new io.github.clusterfolio.render.InMemoryOutputSink();
        renderer.render(NordwestFixture.region(), options.withLanguages(List.of("de")), german);

        assertThat(renderer.rendersLanguagesSeparately()).isTrue();
        assertThat(together.paths()).containsExactlyInAnyOrder("metropolregion-nordwest-de.pdf", "metropolregion-nordwest-en.pdf");
        assertThat(german.bytes("metropolregion-nordwest-de.pdf")).isEqualTo(together.bytes("metropolregion-nordwest-de.pdf"));
        assertThat(english.bytes("metropolregion-nordwest-en.pdf")).isEqualTo(together.bytes("metropolregion-nordwest-en.pdf"));
    }

    @Test
    void oneRendererOnManyThreadsGivesTheSameBytes() throws Exception {
        PdfBrochureRenderer renderer = PdfBrochureRenderer.builder()
                .theme(new Theme(Theme.DEFAULT.primaryColour(), Theme.DEFAULT.accentColour(),
                        Theme.DEFAULT.textColour(), Theme.Fonts.BUNDLED, java.util.Optional.empty(),
                        Theme.PageSize.A5, Theme.DEFAULT.margins(), 3))
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String language = i % 2 == 0 ? "de" : "en";
                results.add(pool.submit(() -> Brochures.render(renderer, NordwestFixture.region(), language,
                        new ArrayList<>())));
            }
            for (int i = 2; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(results.get(i % 2).get());
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /**
     * Another JVM, with another default locale and time zone, writes the same bytes. The child runs
     * {@link RenderInAnotherJvm} on this test's class path.
     */
    @Test
    void anotherJvmWritesTheSameBytes(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("child.pdf");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Duser.language=fr", "-Duser.country=CA",
                        "-Duser.timezone=Asia/Tokyo", "-Dfile.encoding=ISO-8859-1",
                        "-cp", System.getProperty("java.class.path"), RenderInAnotherJvm.class.getName(),
                        out.toString(), "de")
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("child.log").toFile())
                .start();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(folder.resolve("child.log"))).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(Brochures.nordwest("de"));
        assertThat(new File(out.toString())).exists();
    }
}
