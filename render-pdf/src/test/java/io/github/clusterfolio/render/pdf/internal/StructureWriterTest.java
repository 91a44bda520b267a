package io.github.clusterfolio.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.render.pdf.PdfConformance;
import io.github.clusterfolio.render.pdf.TaggedPdfReadBack;
import io.github.clusterfolio.render.pdf.TaggedPdfReadBack.StructNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfAction;

/**
 * Structure elements are written page by page as soon as they are complete ({@link StructureWriter}): never
 * before their content is drawn, never while it continues on the next page, never ahead of an element still
 * waiting for content, and again when a written element changes. Each case is read back with PDFBox.
 */
class StructureWriterTest {
    private static final Font FONT = new Font(Font.HELVETICA, 10);

    /** A tagged document of small pages with the brochure's structure layer. */
    private static final class Sample {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final Document document = new Document(new Rectangle(200, 200), 20, 20, 20, 20);
        final TaggedPdfWriter writer = TaggedPdfWriter.create(document, out, PdfConformance.PDF_UA_1);
        final Structure structure;

        Sample() {
            document.open();
            structure = new Structure(writer, writer.flow());
        }

        byte[] close() {
            structure.finish();
            document.close();
            return out.toByteArray();
        }
    }

    @Test
    void aLeafIsWrittenOnceItsPageIsDoneAndNotWhileItsTextRunsOn() throws IOException {
        Sample sample = new Sample();
        StructElem first = sample.structure.leaf(Role.P);
        sample.structure.flow(first, new Paragraph("A short paragraph.", FONT));
        assertThat(first.isWritten()).as("its page is not done").isFalse();

        StructElem running = sample.structure.leaf(Role.P);
        sample.structure.flow(running, new Paragraph(words(250), FONT));
        assertThat(sample.writer.getPageNumber()).as("the long paragraph ran over pages").isGreaterThan(2);
        assertThat(first.isWritten()).isTrue();
        assertThat(running.isWritten()).as("its last page is not done").isFalse();

        StructElem last = sample.structure.leaf(Role.P);
        sample.structure.flow(last, new Paragraph("The end.", FONT));
        sample.document.newPage();
        assertThat(running.isWritten()).isTrue();
        assertThat(last.isWritten()).isTrue();
        try (TaggedPdfReadBack read = new TaggedPdfReadBack(sample.close())) {
            assertThat(read.markedContentViolations()).isEmpty();
            assertThat(read.structure()).extracting(StructNode::role).containsExactly("Document", "P", "P", "P");
            assertThat(read.structure().get(2).text()).startsWith("w1 w2 w3").endsWith("w249 w250");
        }
    }

    @Test
    void nothingIsWrittenAheadOfAnElementStillWaitingForContent() {
        Sample sample = new Sample();
        StructElem waiting = sample.structure.leaf(Role.P);
        StructElem drawn = sample.structure.leaf(Role.P);
        sample.structure.flow(drawn, new Paragraph("Drawn first, read second.", FONT));
        sample.document.newPage();
        assertThat(drawn.isWritten()).isFalse();

        sample.structure.flow(waiting, new Paragraph("Drawn second, read first.", FONT));
        sample.document.newPage();
        assertThat(waiting.isWritten()).isTrue();
        assertThat(drawn.isWritten()).isTrue();
    }

    @Test
    void aLinkWhoseWordsRunOntoTheNextPageIsWrittenAgainWithEveryAnnotation() throws IOException {
        Sample sample = new Sample();
        sample.structure.open(Role.P);
        StructElem text = sample.structure.leaf(Role.SPAN);
        StructElem link = sample.structure.leaf(Role.LINK);
        sample.structure.close();
        Paragraph paragraph = new Paragraph();
        paragraph.add(linked(sample, link, words(250)));
        sample.structure.flow(text, paragraph);
        assertThat(sample.structure.linksHeld()).as("forgotten once its paragraph is set, not before").isZero();

        try (TaggedPdfReadBack read = new TaggedPdfReadBack(sample.close())) {
            int pages = read.document.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (PDPage page : read.document.getPages()) {
                assertThat(page.getAnnotations()).as("link annotations on every page").isNotEmpty();
            }
            // Each annotation's Link element holds an object reference to it: the copy written after the first
            // page would hold only the first.
            assertThat(read.linkViolations()).isEmpty();
            assertThat(read.markedContentViolations()).isEmpty();
            assertThat(read.structure()).filteredOn(node -> node.role().equals("Link")).hasSize(1);
        }
    }

    @Test
    void aLinkSetInAColumnLaterKeepsItsTargetWhileOtherTextIsSetBefore() throws IOException {
        Sample sample = new Sample();
        StructElem link = sample.structure.leaf(Role.LINK);
        Chunk words = linked(sample, link, "example.org");
        ColumnText column = new ColumnText(sample.writer.getDirectContent());
        column.setSimpleColumn(20, 20, 180, 100);
        sample.structure.mark(column::addElement, link, new Paragraph(words));
        sample.structure.flow(sample.structure.leaf(Role.P), new Paragraph("Set first.", FONT));
        assertThat(sample.structure.linksHeld()).as("another paragraph's links only are forgotten").isEqualTo(1);
        sample.structure.go(column);

        try (TaggedPdfReadBack read = new TaggedPdfReadBack(sample.close())) {
            assertThat(read.document.getPage(0).getAnnotations()).hasSize(1);
            assertThat(read.linkViolations()).isEmpty();
            assertThat(read.markedContentViolations()).isEmpty();
        }
    }

    @Test
    void aLeafWhoseWordsAreKnownOnlyAtTheEndIsWrittenThenButHoldsNothingElseBack() throws IOException {
        Sample sample = new Sample();
        sample.structure.open(Role.L);
        sample.structure.open(Role.LI);
        StructElem later = sample.structure.open(Role.LBODY);
        StructElem entry = sample.structure.leaf(Role.P);
        sample.structure.actualTextLater(entry, () -> "Entry, page 2");
        sample.structure.flow(entry, new Paragraph("Entry", FONT));
        sample.structure.close();
        sample.structure.close();
        sample.structure.close();
        StructElem after = sample.structure.leaf(Role.P);
        sample.structure.flow(after, new Paragraph("After the list.", FONT));
        sample.document.newPage();
        assertThat(entry.isWritten()).as("its words are not known yet").isFalse();
        assertThat(later.isWritten()).as("its container refers to it by number").isTrue();
        assertThat(after.isWritten()).isTrue();
        sample.structure.finish();
        assertThat(entry.isWritten()).as("written when the document closes").isFalse();

        try (TaggedPdfReadBack read = new TaggedPdfReadBack(sample.close())) {
            assertThat(read.markedContentViolations()).isEmpty();
            assertThat(read.structure()).extracting(StructNode::role)
                    .containsExactly("Document", "L", "LI", "LBody", "P", "P");
            assertThat(read.structure().get(4).attributes()).containsEntry("ActualText", "Entry, page 2");
        }
    }

    /** {@code text} as a chunk linked to example.org, its annotations belonging to {@code link}. */
    private static Chunk linked(Sample sample, StructElem link, String text) {
        Chunk chunk = new Chunk(text, FONT);
        chunk.setGenericTag(sample.structure.link(link, new PdfAction("https://example.org/"), "example.org"));
        return chunk;
    }

    private static String words(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    }
}
