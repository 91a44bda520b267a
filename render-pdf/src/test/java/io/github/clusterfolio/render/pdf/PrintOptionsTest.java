package io.github.clusterfolio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.render.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Options for the print shop and the archive: page sizes, bleed with trim and bleed boxes, PDF/A-2b. */
class PrintOptionsTest {
    private static final float MM = 72 / 25.4f;

    private static Theme theme(Theme.PageSize size, double bleed) {
        Theme d = Theme.DEFAULT;
        return new Theme(d.primaryColour(), d.accentColour(), d.textColour(), d.fonts(), Optional.empty(), size,
                d.margins(), bleed);
    }

    @Test
    void bleedGivesTrimAndBleedBoxesAndARoomierSheet() throws Exception {
        PdfBrochureRenderer renderer = PdfBrochureRenderer.builder().theme(theme(Theme.PageSize.A4, 3)).build();
        byte[] pdf = Brochures.render(renderer, NordwestFixture.region(), "de", new ArrayList<>());
        try (PdfReadBack read = new PdfReadBack(pdf)) {
            for (PDPage page : read.document.getPages()) {
                PDRectangle trim = page.getTrimBox();
                PDRectangle bleed = page.getBleedBox();
                PDRectangle media = page.getMediaBox();
                assertThat(trim.getWidth()).isCloseTo(210 * MM, org.assertj.core.data.Offset.offset(0.1f));
                assertThat(trim.getHeight()).isCloseTo(297 * MM, org.assertj.core.data.Offset.offset(0.1f));
                assertThat(bleed.getLowerLeftX()).isCloseTo(trim.getLowerLeftX() - 3 * MM,
                        org.assertj.core.data.Offset.offset(0.1f));
                assertThat(bleed.getUpperRightY()).isCloseTo(trim.getUpperRightY() + 3 * MM,
                        org.assertj.core.data.Offset.offset(0.1f));
                // Room outside the bleed for the crop marks.
                assertThat(media.getWidth()).isGreaterThan(bleed.getWidth() + 8 * MM);
            }
            // Same content as without bleed: twelve pages, the contents where they were.
            assertThat(read.pageCount()).isEqualTo(12);
            assertThat(read.text(2)).contains("Agrar- und Ernährungswirtschaft 4");
        }
    }

    @Test
    void withoutBleedTheTrimBoxIsThePage() throws Exception {
        try (PdfReadBack read = new PdfReadBack(Brochures.nordwest("en"))) {
            PDPage page = read.document.getPage(0);
            assertThat(page.getTrimBox().getWidth()).isEqualTo(page.getMediaBox().getWidth());
            assertThat(page.getCOSObject().getDictionaryObject(org.apache.pdfbox.cos.COSName.BLEED_BOX)).isNull();
        }
    }

    @Test
    void a5AndLetterAreLaidOutOnTheirOwnPageSize() throws Exception {
        for (Theme.PageSize size : List.of(Theme.PageSize.A5, Theme.PageSize.LETTER)) {
            PdfBrochureRenderer renderer = PdfBrochureRenderer.builder().theme(theme(size, 0)).build();
            byte[] pdf = Brochures.render(renderer, NordwestFixture.region(), "en", new ArrayList<>());
            try (PdfReadBack read = new PdfReadBack(pdf)) {
                PDRectangle media = read.document.getPage(0).getMediaBox();
                assertThat(media.getWidth()).isCloseTo((float) size.widthMillimetres() * MM,
                        org.assertj.core.data.Offset.offset(0.1f));
                assertThat(read.pageCount()).isGreaterThanOrEqualTo(12);
                String last = read.text(read.pageCount());
                assertThat(last).contains("Page " + read.pageCount() + " of " + read.pageCount());
            }
        }
    }

    @Test
    void pdfA2bPassesVeraPdf() throws Exception {
        PdfBrochureRenderer renderer = PdfBrochureRenderer.builder()
                .theme(theme(Theme.PageSize.A4, 3))
                .conformance(PdfConformance.PDF_A_2B)
                .build();
        for (String language : List.of("de", "en")) {
            byte[] pdf = Brochures.render(renderer, NordwestFixture.region(), language, new ArrayList<>());
            VeraPdf.Report report = VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_B);
            assertThat(report.failedRules()).as("veraPDF failures (%s): %s", language, report).isEmpty();
            assertThat(report.compliant()).isTrue();
            assertThat(report.checks()).as("checks veraPDF ran").isGreaterThan(1000);
        }
    }

    /** The same validator rejects the plain PDF 1.7 brochure (no output intent, no PDF/A id): it really checks. */
    @Test
    void veraPdfRejectsThePlainBrochure() throws Exception {
        assertThat(VeraPdf.validate(Brochures.nordwest("de"), PDFAFlavour.PDFA_2_B).compliant())
                .isFalse();
    }
}
