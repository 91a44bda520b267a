package io.github.clusterfolio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.render.pdf.TaggedPdfSamples.Defect;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * {@link VeraPdf} on the samples of {@link TaggedPdfSamples}: the well-tagged sample passes PDF/UA-1; an untagged PDF
 * and every broken variant fail it with the rules one expects — so veraPDF agrees that each defect the read-back
 * checks report is a real one — and the flavour asked for is the one checked. Rule ids are veraPDF 1.28's.
 */
class VeraPdfTest {

    @Test
    void theWellTaggedSamplePassesPdfUa1() throws Exception {
        VeraPdf.Report report = VeraPdf.validate(TaggedPdfSamples.wellTagged(), PDFAFlavour.PDFUA_1);
        assertThat(report.failedRules()).as("%s", report).isEmpty();
        assertThat(report.compliant()).isTrue();
        assertThat(report.flavour()).isEqualTo(PDFAFlavour.PDFUA_1);
        assertThat(report.checks()).as("checks veraPDF ran").isGreaterThan(500);
    }

    @Test
    void anUntaggedPdfFailsPdfUa1() throws Exception {
        VeraPdf.Report report = VeraPdf.validate(TaggedPdfSamples.untagged(), PDFAFlavour.PDFUA_1);
        assertThat(report.compliant()).isFalse();
        assertThat(report.ruleIds())
                .as("%s", report)
                .containsExactly("6.2-1", "7.1-3", "7.1-8", "7.1-10", "7.1-11", "7.2-34", "7.21.4.1-1");
        assertThat(report.clauses()).containsExactly("6.2", "7.1", "7.2", "7.21.4.1");
        assertThat(report.toString())
                .startsWith("veraPDF ua1: not compliant (")
                .contains("\n  7.1-3 (1×) Content shall be marked as Artifact or tagged as real content — at root/")
                .contains("7.21.4.1-1 (1×) The font programs for all fonts used for rendering within a conforming"
                        + " file shall be embedded");
    }

    /** The sample is no PDF/A (no output intent, no PDF/A identification): the PDF/A profiles say so, not ua1's. */
    @Test
    void theFlavourAskedForIsTheOneChecked() throws Exception {
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_B, PDFAFlavour.PDFA_2_A)) {
            VeraPdf.Report report = VeraPdf.validate(TaggedPdfSamples.wellTagged(), flavour);
            assertThat(report.flavour()).isEqualTo(flavour);
            assertThat(report.compliant()).isFalse();
            assertThat(report.ruleIds()).as("%s", report).contains("6.6.4-1", "6.2.4.3-4");
            assertThat(report.clauses()).as("%s", report).allMatch(clause -> clause.startsWith("6."));
        }
    }

    static Stream<Arguments> defects() {
        return Stream.of(
                Arguments.of(Defect.TEXT_OUTSIDE_MARKED_CONTENT, List.of("7.1-3")),
                Arguments.of(Defect.RULE_OUTSIDE_MARKED_CONTENT, List.of("7.1-3")),
                Arguments.of(Defect.FORM_DRAWN_OUTSIDE_MARKED_CONTENT, List.of("7.1-3")),
                Arguments.of(Defect.MCID_NOT_IN_TREE, List.of("7.1-3")),
                Arguments.of(Defect.SPAN_WITHOUT_MCID, List.of("7.1-3")),
                Arguments.of(Defect.LINK_IN_P_NOT_LINK, List.of("7.18.5-1")),
                Arguments.of(Defect.LINK_WITHOUT_STRUCT_PARENT, List.of("7.18.5-1")),
                Arguments.of(Defect.LINK_WITHOUT_CONTENTS, List.of("7.18.1-2", "7.18.5-2")),
                Arguments.of(Defect.NO_LANG, List.of("7.2-22", "7.2-24", "7.2-33", "7.2-34")),
                Arguments.of(Defect.NOT_MARKED, List.of("6.2-1")),
                Arguments.of(Defect.NO_DISPLAY_DOC_TITLE, List.of("7.1-10")),
                Arguments.of(Defect.NO_TABS_ON_THE_LINK_PAGE, List.of("7.18.3-1")),
                Arguments.of(Defect.NO_PDFUA_ID, List.of("5-1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void eachDefectOfTheSampleFailsPdfUa1(Defect defect, List<String> ruleIds) throws Exception {
        assertThat(defects().map(arguments -> arguments.get()[0])).containsExactlyInAnyOrder(Defect.values());
        VeraPdf.Report report = VeraPdf.validate(TaggedPdfSamples.tagged(EnumSet.of(defect)), PDFAFlavour.PDFUA_1);
        assertThat(report.compliant()).isFalse();
        assertThat(report.ruleIds()).as("%s", report).containsExactlyElementsOf(ruleIds);
    }
}
