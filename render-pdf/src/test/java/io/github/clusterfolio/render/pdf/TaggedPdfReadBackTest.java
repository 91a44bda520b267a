package io.github.clusterfolio.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.clusterfolio.render.pdf.TaggedPdfReadBack.Section;
import io.github.clusterfolio.render.pdf.TaggedPdfReadBack.StructNode;
import io.github.clusterfolio.render.pdf.TaggedPdfSamples.Defect;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tagged-PDF read-back on samples written with PDFBox ({@link TaggedPdfSamples}): the well-formed sample reads
 * back as written and passes every check; each broken variant makes exactly one check report exactly one violation,
 * so no check passes whatever the document holds.
 */
class TaggedPdfReadBackTest {
    private static byte[] wellTagged;

    @BeforeAll
    static void writeSample() throws IOException {
        wellTagged = TaggedPdfSamples.wellTagged();
    }

    @Test
    void theWellTaggedSamplePassesEveryCheck() throws IOException {
        try (TaggedPdfReadBack read = new TaggedPdfReadBack(wellTagged)) {
            assertThat(read.documentViolations()).isEmpty();
            assertThat(read.linkViolations()).isEmpty();
            assertThat(read.markedContentViolations()).isEmpty();
            assertThat(read.untaggedContentViolations()).isEmpty();
            assertThat(read.violations()).isEmpty();
        }
    }

    @Test
    void theStructureReadsBackInDocumentOrderWithRolesAfterTheRoleMap() throws IOException {
        try (TaggedPdfReadBack read = new TaggedPdfReadBack(wellTagged)) {
            assertThat(read.structure())
                    .extracting(StructNode::role, StructNode::depth, StructNode::text)
                    .containsExactly(
                            tuple("Document", 0, ""),
                            tuple("H1", 1, "Chapter One"),
                            tuple("P", 1, "Read the guide at today."),
                            tuple("Link", 2, "example.org"),
                            tuple("Figure", 1, ""),
                            tuple("H1", 1, "Chapter Two"),
                            tuple("P", 1, "Guten Tag"),
                            tuple("Table", 1, ""),
                            tuple("TR", 2, ""),
                            tuple("TH", 3, "Name"),
                            tuple("TR", 2, ""),
                            tuple("TD", 3, "Ada"));
            List<StructNode> nodes = read.structure();
            assertThat(nodes.get(1).type()).isEqualTo("Heading1");
            assertThat(nodes.get(3).attributes()).isEqualTo(Map.of("Contents", "Link to the guide on example.org"));
            assertThat(nodes.get(4).attributes()).isEqualTo(Map.of("Alt", "A red square"));
            assertThat(nodes.get(6).attributes()).isEqualTo(Map.of("Lang", "de-DE"));
            assertThat(nodes.get(9).attributes()).isEqualTo(Map.of("Scope", "Column"));
        }
    }

    @Test
    void theTextInStructureOrderMatchesThePageTextWithoutArtifacts() throws IOException {
        try (TaggedPdfReadBack read = new TaggedPdfReadBack(wellTagged);
                PdfReadBack pages = new PdfReadBack(wellTagged)) {
            List<Section> chapters = read.chapters("H1");
            assertThat(chapters)
                    .containsExactly(
                            new Section("H1", "Chapter One", "Chapter One Read the guide at example.org today."),
                            new Section("H1", "Chapter Two", "Chapter Two Guten Tag Name Ada"));
            // The running header and page number are artifacts: on the page, not in the structure.
            assertThat(pages.text(1)).isEqualTo("Running header 1 " + chapters.get(0).text());
            assertThat(pages.text(2)).isEqualTo("Running header 2 " + chapters.get(1).text());
            assertThat(read.topLevelText())
                    .extracting(Section::role, Section::text)
                    .containsExactly(
                            tuple("H1", "Chapter One"),
                            tuple("P", "Read the guide at example.org today."),
                            tuple("Figure", ""),
                            tuple("H1", "Chapter Two"),
                            tuple("P", "Guten Tag"),
                            tuple("Table", "Name Ada"));
        }
    }

    static Stream<Arguments> defects() {
        String link = "page 1: link to " + TaggedPdfSamples.LINK_URI;
        return Stream.of(
                Arguments.of(Defect.TEXT_OUTSIDE_MARKED_CONTENT, "untagged", "page 1: 1 × Tj outside marked content"),
                Arguments.of(Defect.RULE_OUTSIDE_MARKED_CONTENT, "untagged", "page 1: 1 × S outside marked content"),
                Arguments.of(Defect.FORM_DRAWN_OUTSIDE_MARKED_CONTENT, "untagged",
                        "page 1, form /Form1: 1 × f outside marked content"),
                Arguments.of(Defect.MCID_NOT_IN_TREE, "marked",
                        "page 1: /P MCID 5 is not referenced from the structure tree"),
                Arguments.of(Defect.SPAN_WITHOUT_MCID, "marked",
                        "page 2: /Span without MCID outside tagged content and artifacts"),
                Arguments.of(Defect.LINK_IN_P_NOT_LINK, "links", link + ": its parent-tree entry is P, not Link"),
                Arguments.of(Defect.LINK_WITHOUT_STRUCT_PARENT, "links", link + " has no /StructParent"),
                Arguments.of(Defect.LINK_WITHOUT_CONTENTS, "links", link + " has no /Contents"),
                Arguments.of(Defect.NO_LANG, "document", "catalog: no /Lang"),
                Arguments.of(Defect.NOT_MARKED, "document", "catalog: /MarkInfo /Marked is not true"),
                Arguments.of(Defect.NO_DISPLAY_DOC_TITLE, "document",
                        "catalog: /ViewerPreferences /DisplayDocTitle is not true"),
                Arguments.of(Defect.NO_TABS_ON_THE_LINK_PAGE, "document", "page 1: /Tabs is missing, not /S"),
                Arguments.of(Defect.NO_PDFUA_ID, "document", "XMP metadata: no pdfuaid:part 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void eachDefectIsReportedByItsCheckAndNothingElse(Defect defect, String check, String violation)
            throws IOException {
        assertThat(defects().map(arguments -> arguments.get()[0])).containsExactlyInAnyOrder(Defect.values());
        try (TaggedPdfReadBack read = new TaggedPdfReadBack(TaggedPdfSamples.tagged(EnumSet.of(defect)))) {
            List<String> reported = switch (check) {
                case "document" -> read.documentViolations();
                case "links" -> read.linkViolations();
                case "marked" -> read.markedContentViolations();
                case "untagged" -> read.untaggedContentViolations();
                default -> throw new IllegalArgumentException(check);
            };
            assertThat(reported).containsExactly(violation);
            assertThat(read.violations()).containsExactly(violation);
        }
    }

    @Test
    void anUntaggedPdfFailsTheDocumentChecksAndHasNoStructure() throws IOException {
        try (TaggedPdfReadBack read = new TaggedPdfReadBack(TaggedPdfSamples.untagged())) {
            assertThat(read.structure()).isEmpty();
            assertThat(read.chapters("H1")).isEmpty();
            assertThat(read.documentViolations())
                    .containsExactly(
                            "catalog: no /StructTreeRoot",
                            "catalog: /MarkInfo /Marked is not true",
                            "catalog: no /Lang",
                            "catalog: /ViewerPreferences /DisplayDocTitle is not true",
                            "page 1: /Tabs is missing, not /S",
                            "XMP metadata: no pdfuaid:part 1");
            assertThat(read.untaggedContentViolations()).containsExactly("page 1: 1 × Tj outside marked content");
            assertThat(read.markedContentViolations()).isEmpty();
            assertThat(read.linkViolations()).isEmpty();
        }
    }
}
