package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.render.pdf.TaggedPdfReadBack;
import io.github.clusterfolio.render.pdf.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Checks that a brochure is an accessible, tagged PDF, with the same independent checkers as render-pdf's own
 * tests: veraPDF's PDF/UA-1 profile, and the structure read back with PDFBox (every link in a Link element,
 * nothing drawn outside marked content, the document-level entries).
 */
final class AccessiblePdf {
    private AccessiblePdf() {}

    static void check(byte[] pdf, String what) {
        try {
            assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1).failedRules()).as("PDF/UA-1: %s", what).isEmpty();
            try (TaggedPdfReadBack read = new TaggedPdfReadBack(pdf)) {
                assertThat(read.violations()).as("tagging: %s", what).isEmpty();
            }
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("could not check " + what + ": " + e, e);
        }
    }
}
