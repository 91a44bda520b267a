package io.github.clusterfolio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clusterfolio.model.KeyFigure;
import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Organisation;
import io.github.clusterfolio.model.OrganisationType;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Sector;
import io.github.clusterfolio.model.synthetic.AwkwardText;
import io.github.clusterfolio.render.RenderOptions;
import io.github.clusterfolio.render.testing.FailingOutputSink;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The shared awkward samples in every text field, and a sink that fails half-way. */
class AwkwardTextTest {

    static Region awkwardRegion() {
        Region.Builder region = Region.builder("awkward", LocalizedText.of("de", AwkwardText.SAMPLES.get(0), "en",
                        AwkwardText.SAMPLES.get(1)))
                .languages("de", "en")
                .summary(LocalizedText.of(String.join("\n\n", AwkwardText.SAMPLES)));
        for (int s = 0; s < 3; s++) {
            region.sector(new Sector("sector-" + s, LocalizedText.of(AwkwardText.SAMPLES.get(s * 5 % 18)),
                    LocalizedText.of(String.join(" ", AwkwardText.SAMPLES)),
                    List.of(new KeyFigure(LocalizedText.of(AwkwardText.SAMPLES.get(s + 7)), new BigDecimal("1234.5"),
                            true, Optional.of(LocalizedText.of(AwkwardText.SAMPLES.get(s + 10))), OptionalInt.of(2024),
                            Optional.empty()))));
        }
        for (int o = 0; o < AwkwardText.SAMPLES.size(); o++) {
            String sample = AwkwardText.SAMPLES.get(o);
            region.organisation(Organisation.builder("org-" + o, LocalizedText.of(sample))
                    .type(OrganisationType.values()[o % OrganisationType.values().length])
                    .legalForm(AwkwardText.SAMPLES.get((o + 1) % AwkwardText.SAMPLES.size()))
                    .city(AwkwardText.SAMPLES.get((o + 2) % AwkwardText.SAMPLES.size()))
                    .sectors("sector-" + o % 3)
                    .description(LocalizedText.of(sample + " " + AwkwardText.SAMPLES.get((o + 3) % 18)))
                    .tags(List.of(AwkwardText.SAMPLES.get((o + 4) % 18)))
                    .build());
        }
        return region.build();
    }

    @Test
    void everyAwkwardSampleRendersAndWhatCannotBeShownIsReported() throws Exception {
        Region region = awkwardRegion();
        for (String language : List.of("de", "en")) {
            List<String> warnings = new ArrayList<>();
            byte[] pdf = Brochures.render(PdfBrochureRenderer.builder().build(), region, language, warnings);
            // Arabic, emoji and CJK are not in Liberation Sans: each text with them is named in a warning.
            assertThat(warnings).anySatisfy(w -> assertThat(w).contains("北京 東京 서울 CJK"));
            assertThat(warnings).anySatisfy(w -> assertThat(w).contains("مرحبا بالعالم"));
            assertThat(warnings).anySatisfy(w -> assertThat(w).contains("(U+1F6A2)"));
            try (PdfReadBack read = new PdfReadBack(pdf)) {
                assertThat(read.fonts()).allSatisfy((font, embedded) -> assertThat(embedded).isTrue());
                String all = String.join(" ", java.util.stream.IntStream.rangeClosed(1, read.pageCount())
                        .mapToObj(read::text).toList());
                // Combining marks are composed, markup is text, invisible and control characters are gone.
                assertThat(all).contains("élève combining marks, Zoë, Ångström").contains("<script>alert(1)</script>")
                        .contains("zerowidthspaceandjoiner").contains("controlcharbell[31m");
                assertThat(all).contains("Müller & Söhne GmbH");
                for (Organisation organisation : region.organisations()) {
                    String name = PdfReadBack.normalise(region.text(organisation.name(), language));
                    if (name.chars().allMatch(c -> c < 0x0590)) {
                        assertThat(read.outline()).containsKey("  " + java.text.Normalizer.normalize(name,
                                        java.text.Normalizer.Form.NFC).replace("\u200b", "")
                                .replace("\u200d", "").replace("\ufeff", "").replace("\u2060", "")
                                .replaceAll("\\p{Cc}", ""));
                    }
                }
            }
        }
    }

    /** Regression: the cover cut a long region name off after five lines, silently. */
    @Test
    void aRegionNameTooLongForTheCoverIsSetSmallerNotCutOff() throws Exception {
        String name = "Metropolregion " + "Nordwestdeutschlandküstenverbund".repeat(12) + " Ende";
        Region region = Region.builder("long-name", LocalizedText.of(name)).languages("de")
                .sector(new Sector("a", LocalizedText.of("A"), LocalizedText.of("A."), List.of())).build();
        List<String> warnings = new ArrayList<>();

        byte[] pdf = Brochures.render(PdfBrochureRenderer.builder().build(), region, "de", warnings);

        try (PdfReadBack read = new PdfReadBack(pdf)) {
            assertThat(read.text(1).replace(" ", "")).contains(name.replace(" ", ""));
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aSinkThatFailsHalfWayIsReportedAsAnIoException() {
        assertThatThrownBy(() -> PdfBrochureRenderer.builder().build().render(NordwestFixture.region(),
                        RenderOptions.at(Brochures.EDITION), new FailingOutputSink(100_000)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("No space left on device");
    }
}
