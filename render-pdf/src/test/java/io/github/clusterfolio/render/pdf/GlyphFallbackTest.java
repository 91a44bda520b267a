package io.github.clusterfolio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.OrganisationType;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Characters the text face lacks are never dropped silently: a fallback font shows them, or a warning names the text. */
class GlyphFallbackTest {
    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private static Region region(String organisationName) {
        return Region.builder("glyphs", LocalizedText.of("Glyph region"))
                .languages("en")
                .sector(new Sector("trade", LocalizedText.of("Trade"), LocalizedText.of("Trade with the world."),
                        List.of()))
                .organisation(Organisation.builder("asia-desk", LocalizedText.of(organisationName))
                        .type(OrganisationType.AGENCY)
                        .sectors("trade")
                        .description(LocalizedText.of("Works with partners in 上海 and ქუთაისი."))
                        .build())
                .build();
    }

    @Test
    void missingGlyphsAreReportedWithTheTextThatHasThem() throws Exception {
        List<String> warnings = new ArrayList<>();
        byte[] pdf = Brochures.render(PdfBrochureRenderer.builder().build(), region("中文 Trade Desk"), "en", warnings);
        assertThat(warnings).anySatisfy(warning -> assertThat(warning)
                .contains("中 (U+4E2D)").contains("文 (U+6587)").contains("\"中文 Trade Desk\""));
        assertThat(warnings).anySatisfy(warning -> assertThat(warning)
                .contains("上 (U+4E0A)").contains("Works with partners in 上海"));
        try (PdfReadBack read = new PdfReadBack(pdf)) {
            // Shown as a visible replacement, not left out: the name keeps its length.
            String all = read.text(4);
            assertThat(all).contains("?? Trade Desk");
            assertThat(read.fonts()).allSatisfy((font, embedded) -> assertThat(embedded).isTrue());
        }
    }

    @Test
    void aFallbackFontShowsWhatTheTextFaceLacks() throws Exception {
        assumeTrue(Files.isReadable(DEJAVU), "DejaVu Sans (Debian fonts-dejavu-core) is not installed");
        List<String> warnings = new ArrayList<>();
        PdfBrochureRenderer renderer = PdfBrochureRenderer.builder().fallbackFont(DEJAVU).build();
        byte[] pdf = Brochures.render(renderer, region("ქართული Trade Desk"), "en", warnings);
        // DejaVu has Georgian but no Chinese: only the Chinese is reported.
        assertThat(warnings).noneSatisfy(warning -> assertThat(warning).contains("(U+10E5)"));
        assertThat(warnings).noneSatisfy(warning -> assertThat(warning).contains("(U+10E3)"));
        assertThat(warnings).anySatisfy(warning -> assertThat(warning).contains("上 (U+4E0A)"));
        try (PdfReadBack read = new PdfReadBack(pdf)) {
            assertThat(read.text(4)).contains("ქართული Trade Desk");
            assertThat(read.fonts().keySet()).anySatisfy(font -> assertThat(font).contains("DejaVuSans"));
            assertThat(read.fonts()).allSatisfy((font, embedded) -> assertThat(embedded).isTrue());
        }
    }
}
