package io.github.clusterfolio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clusterfolio.model.synthetic.SyntheticRegions;
import io.github.clusterfolio.render.InMemoryOutputSink;
import io.github.clusterfolio.render.RenderException;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.Renderer;
import io.github.clusterfolio.render.RendererRegistry;
import io.github.clusterfolio.render.RendererSettings;
import io.github.clusterfolio.render.Theme;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer's public contract: files, languages, options, errors and discovery. */
class RendererApiTest {

    @Test
    void writesOneFilePerLanguageOfTheRegion() throws IOException {
        InMemoryOutputSink sink = new InMemoryOutputSink();
        PdfBrochureRenderer.builder().build().render(NordwestFixture.region(), RenderOptions.at(Brochures.EDITION), sink);
        assertThat(sink.paths()).containsExactly("metropolregion-nordwest-de.pdf", "metropolregion-nordwest-en.pdf");
        assertThat(sink.bytes("metropolregion-nordwest-en.pdf")).startsWith("%PDF-1.7".getBytes());
    }

    @Test
    void aLanguageTheRegionDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> PdfBrochureRenderer.builder().build().render(NordwestFixture.region(),
                        RenderOptions.at(Brochures.EDITION).withLanguages(List.of("fr")), new InMemoryOutputSink()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fr");
    }

    @Test
    void theSubtitleCanBeReplacedPerLanguage() throws Exception {
        PdfBrochureRenderer renderer = PdfBrochureRenderer.builder().subtitle("de", "Wirtschaft im Nordwesten").build();
        try (PdfReadBack read = new PdfReadBack(Brochures.render(renderer, NordwestFixture.region(), "de",
                new ArrayList<>()))) {
            assertThat(read.text(1)).contains("Wirtschaft im Nordwesten");
            assertThat(read.document.getDocumentInformation().getTitle())
                    .isEqualTo("Metropolregion Nordwest – Wirtschaft im Nordwesten");
        }
        try (PdfReadBack read = new PdfReadBack(Brochures.render(renderer, NordwestFixture.region(), "en",
                new ArrayList<>()))) {
            assertThat(read.text(1)).contains("Clusters and networks");
        }
    }

    @Test
    void aFailingSinkIsAnIoException() {
        IOException broken = new IOException("disk full");
        assertThatThrownBy(() -> PdfBrochureRenderer.builder().build().render(NordwestFixture.region(),
                        RenderOptions.at(Brochures.EDITION), path -> new OutputStream() {
                            @Override
                            public void write(int b) throws IOException {
                                throw broken;
                            }

                            @Override
                            public void write(byte[] b, int off, int len) throws IOException {
                                throw broken;
                            }
                        }))
                .isSameAs(broken);
    }

    @Test
    void unreadableThemeFilesFailWhenTheRendererIsBuiltAndNameTheFile(@TempDir Path folder) throws IOException {
        Path missing = folder.resolve("missing.ttf");
        Theme.Fonts fonts = new Theme.Fonts(Optional.of(missing), Optional.empty(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> PdfBrochureRenderer.builder().theme(withFonts(fonts)).build())
                .isInstanceOf(RenderException.class)
                .hasMessageContaining(missing.toString());

        Path notAFont = Files.writeString(folder.resolve("notes.ttf"), "not a font");
        Theme.Fonts broken = new Theme.Fonts(Optional.of(notAFont), Optional.empty(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> PdfBrochureRenderer.builder().theme(withFonts(broken)).build())
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("notes.ttf")
                .hasMessageContaining("not a usable");

        Path logo = Files.writeString(folder.resolve("logo.png"), "not an image");
        Theme d = Theme.DEFAULT;
        Theme withLogo = new Theme(d.primaryColour(), d.accentColour(), d.textColour(), d.fonts(), Optional.of(logo),
                d.pageSize(), d.margins(), 0);
        assertThatThrownBy(() -> PdfBrochureRenderer.builder().theme(withLogo).build())
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("logo.png");
    }

    @Test
    void aThemesLogoIsPlacedOnTheCover(@TempDir Path folder) throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(200, 80,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        Path logo = folder.resolve("logo.png");
        javax.imageio.ImageIO.write(image, "png", logo.toFile());
        Theme d = Theme.DEFAULT;
        Theme withLogo = new Theme(d.primaryColour(), d.accentColour(), d.textColour(), d.fonts(), Optional.of(logo),
                d.pageSize(), d.margins(), 0);
        byte[] pdf = Brochures.render(PdfBrochureRenderer.builder().theme(withLogo).build(), NordwestFixture.region(),
                "de", new ArrayList<>());
        try (PdfReadBack read = new PdfReadBack(pdf)) {
            assertThat(read.document.getPage(0).getResources().getXObjectNames()).isNotEmpty();
        }
    }

    @Test
    void theProviderIsFoundAndReadsThemeAndOptions() throws Exception {
        RendererRegistry registry = RendererRegistry.discover();
        assertThat(registry.formats()).contains("pdf");
        Theme d = Theme.DEFAULT;
        Theme a5 = new Theme(d.primaryColour(), d.accentColour(), d.textColour(), d.fonts(), Optional.empty(),
                Theme.PageSize.A5, d.margins(), 0);
        Renderer renderer = registry.find("pdf").orElseThrow().create(RendererSettings.empty()
                .with(Theme.class, a5)
                .with(PdfOptions.class, PdfOptions.DEFAULT.withSubtitle("en", "Who is who")));
        assertThat(renderer.format()).isEqualTo("pdf");
        assertThat(((PdfBrochureRenderer) renderer).theme()).isEqualTo(a5);
        InMemoryOutputSink sink = new InMemoryOutputSink();
        renderer.render(NordwestFixture.region(), RenderOptions.at(Brochures.EDITION).withLanguages(List.of("en")), sink);
        try (PdfReadBack read = new PdfReadBack(sink.bytes("metropolregion-nordwest-en.pdf"))) {
            assertThat(read.text(1)).contains("Who is who");
            assertThat(read.document.getPage(0).getMediaBox().getWidth()).isCloseTo(148 * 72 / 25.4f,
                    org.assertj.core.data.Offset.offset(0.1f));
        }
        assertThat(new PdfRendererProvider().description()).contains("PDF");
    }

    @Test
    void optionsRejectNonsense() {
        assertThatThrownBy(() -> PdfOptions.DEFAULT.withSubtitle("de", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PdfOptions.DEFAULT.withSubtitle("German", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A large synthetic region (1,000 organisations in 20 sectors) renders completely. */
    @Test
    void aThousandOrganisationsRender() throws Exception {
        var region = SyntheticRegions.generate(42, 20, 1000);
        byte[] pdf = Brochures.render(PdfBrochureRenderer.builder().build(), region, "de", new ArrayList<>());
        try (PdfReadBack read = new PdfReadBack(pdf)) {
            assertThat(read.pageCount()).isGreaterThan(100);
            var outline = read.outline();
            long organisations = outline.keySet().stream().filter(title -> title.startsWith("  ")).count();
            assertThat(organisations).isEqualTo(1000);
            assertThat(read.fonts()).allSatisfy((font, embedded) -> assertThat(embedded).isTrue());
            // Spot checks: the bookmarks' pages hold their names.
            int checked = 0;
            for (var entry : outline.entrySet()) {
                if (checked++ % 97 == 0) {
                    assertThat(read.text(entry.getValue())).contains(PdfReadBack.normalise(entry.getKey().strip()));
                }
            }
            String last = read.text(read.pageCount());
            assertThat(last).contains("Seite " + read.pageCount() + " von " + read.pageCount());
            // No entry is split over two pages: each description ends on the page its name is on.
            for (var organisation : region.organisations()) {
                if (organisation.description().isEmpty()) {
                    continue;
                }
                String name = region.text(organisation.name(), "de");
                int page = outline.get("  " + name);
                String description = region.text(organisation.description().get().source(), "de");
                assertThat(letters(read.text(page))).as("entry of %s on page %d", name, page)
                        .contains(letters(description.substring(Math.max(0, description.length() - 60))));
            }
        }
    }

    /** Letters and digits only: hyphenation and line breaks do not matter. */
    private static String letters(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static Theme withFonts(Theme.Fonts fonts) {
        Theme d = Theme.DEFAULT;
        return new Theme(d.primaryColour(), d.accentColour(), d.textColour(), fonts, Optional.empty(), d.pageSize(),
                d.margins(), 0);
    }
}
