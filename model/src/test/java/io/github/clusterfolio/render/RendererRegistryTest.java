package io.github.clusterfolio.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clusterfolio.model.Region;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RendererRegistryTest {

    /** A renderer that writes one text file per language; registered for discovery in src/test/resources. */
    public static final class EchoProvider implements RendererProvider {
        @Override
        public String format() {
            return "echo";
        }

        @Override
        public String description() {
            return "writes the region's name per language";
        }

        @Override
        public Renderer create(RendererSettings settings) {
            String suffix = settings.get(String.class).orElse("");
            return new Renderer() {
                @Override
                public String format() {
                    return "echo";
                }

                @Override
                public void render(Region region, RenderOptions options, OutputSink sink) throws IOException {
                    for (String language : options.languagesFor(region)) {
                        try (OutputStream out = sink.open(language + ".txt")) {
                            out.write((region.text(region.name(), language) + suffix).getBytes(StandardCharsets.UTF_8));
                        }
                    }
                }
            };
        }
    }

    private static RendererProvider named(String format) {
        return new RendererProvider() {
            @Override
            public String format() {
                return format;
            }

            @Override
            public String description() {
                return format;
            }

            @Override
            public Renderer create(RendererSettings settings) {
                throw new AssertionError("not used");
            }
        };
    }

    @Test
    void explicitRegistrationFindsProvidersByFormatInSortedOrder() {
        RendererRegistry registry = RendererRegistry.of(named("pdf"), named("csv"));
        assertThat(registry.formats()).containsExactly("csv", "pdf");
        assertThat(registry.find("pdf")).isPresent();
        assertThat(registry.find("docx")).isEmpty();
    }

    @Test
    void twoProvidersClaimingOneFormatAreRejectedNamingBoth() {
        assertThatThrownBy(() -> RendererRegistry.of(named("pdf"), new EchoProvider(), named("pdf")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two renderers claim the format 'pdf'");
    }

    @Test
    void formatNamesMustBeSlugs() {
        assertThatThrownBy(() -> RendererRegistry.of(named("PDF Brochure")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not a lower-case slug");
    }

    @Test
    void serviceLoaderDiscoversTheTestProviderAndItRenders() throws IOException {
        RendererRegistry registry = RendererRegistry.discover(getClass().getClassLoader());
        assertThat(registry.formats()).contains("echo");

        Region region = Region.builder("test", io.github.clusterfolio.model.LocalizedText.of("de", "Probe", "en", "Sample"))
                .languages("de", "en")
                .build();
        InMemoryOutputSink sink = new InMemoryOutputSink();
        registry.find("echo")
                .orElseThrow()
                .create(RendererSettings.empty().with(String.class, "!"))
                .render(region, RenderOptions.at(Instant.EPOCH), sink);
        assertThat(sink.paths()).containsExactly("de.txt", "en.txt");
        assertThat(sink.text("en.txt")).isEqualTo("Sample!");
    }

    @Test
    void settingsAreKeyedByTypeAndReplaceable() {
        RendererSettings settings = RendererSettings.empty().with(Integer.class, 1).with(Integer.class, 2);
        assertThat(settings.get(Integer.class)).contains(2);
        assertThat(settings.get(String.class)).isEmpty();
    }
}
