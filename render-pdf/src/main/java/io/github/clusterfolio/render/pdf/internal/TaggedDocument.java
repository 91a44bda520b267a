package io.github.clusterfolio.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.NullUnmarked;
import org.openpdf.text.DocumentException;
import org.openpdf.text.ExceptionConverter;
import org.openpdf.text.pdf.PdfDocument;

/**
 * OpenPDF's page-flow document with the two hooks a tagged PDF needs and OpenPDF does not offer.
 *
 * <p>OpenPDF keeps the lines of a paragraph back and writes them later (when the page fills, or when the next
 * table arrives), so marked content opened around {@code Document.add} would not enclose them. This class writes
 * them on demand ({@link #flush()}) and opens and closes marked content in the text layer of the page flow
 * ({@link #beginText}, {@link #endText}). A sequence still open when a page ends is closed at the end of that
 * page and opened again, for the same structure element, on the next one, as ISO 32000-1 14.7.4 asks. The
 * flow's graphics layer (rules, leader dots, tag backgrounds) holds only decoration and is one artifact per page.
 *
 * <p>Only {@link Structure} uses it; the layout code never touches marked content directly.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
final class TaggedDocument extends PdfDocument {
    /** What the open sequence in the text layer belongs to: a structure element, or null for an artifact. */
    private StructElem openLeaf;
    private boolean textOpen;
    private boolean pageOpen;
    /** The sequence a column left open on the writer's direct content, as for the text layer. */
    private StructElem directLeaf;
    private boolean directOpen;

    private Consumer<List<StructElem>> pageWritten;

    /**
     * Calls {@code listener} after each page is written, with the leaves whose marked content continues on the
     * next page.
     */
    void onPageWritten(Consumer<List<StructElem>> listener) {
        this.pageWritten = listener;
    }

    /** Writes every line OpenPDF holds back, so that it lands in the marked content open now. */
    void flush() {
        try {
            flushLines();
        } catch (DocumentException e) {
            throw new ExceptionConverter(e);
        }
    }

    /** Opens a marked-content sequence for {@code leaf} in the text layer of the page flow. */
    void beginText(StructElem leaf) {
        flush();
        openLeaf = leaf;
        textOpen = true;
        openTextSequence();
    }

    /** Opens an artifact in the text layer of the page flow, for spacing and rules that carry no content. */
    void beginArtifact() {
        beginText(null);
    }

    /** Closes the sequence {@link #beginText} or {@link #beginArtifact} opened, after writing its lines. */
    void endText() {
        flush();
        text.endMarkedContentSequence();
        openLeaf = null;
        textOpen = false;
    }

    /**
     * Notes that marked content for {@code leaf} (null: an artifact) was opened on the writer's direct content
     * by a column, so that a page break before it closes carries it over to the next page.
     */
    void directOpened(StructElem leaf) {
        directLeaf = leaf;
        directOpen = true;
    }

    /** Notes that the sequence {@link #directOpened} noted was closed. */
    void directClosed() {
        directLeaf = null;
        directOpen = false;
    }

    /** Closes the sequence a column left open on the writer's direct content, if any. */
    void closeDirect() {
        if (directOpen) {
            writer.getDirectContent().endMarkedContentSequence();
            directClosed();
        }
    }

    private void openTextSequence() {
        if (openLeaf == null) {
            text.beginMarkedContentSequence(Structure.ARTIFACT);
        } else {
            openLeaf.beginOn(text);
        }
    }

    @Override
    protected void initPage() throws DocumentException {
        super.initPage();
        graphics.beginMarkedContentSequence(Structure.ARTIFACT);
        pageOpen = true;
    }

    @Override
    public boolean newPage() {
        if (!pageOpen) {
            return super.newPage();
        }
        flush();
        boolean continued = textOpen;
        if (continued) {
            text.endMarkedContentSequence();
        }
        graphics.endMarkedContentSequence();
        boolean direct = directOpen;
        if (direct) {
            writer.getDirectContent().endMarkedContentSequence();
        }
        pageOpen = false;
        boolean written = super.newPage();
        if (written && pageWritten != null) {
            List<StructElem> open = new ArrayList<>(2);
            if (continued && openLeaf != null) {
                open.add(openLeaf);
            }
            if (direct && directLeaf != null) {
                open.add(directLeaf);
            }
            pageWritten.accept(open);
        }
        if (!written) {
            // The page was still empty: OpenPDF keeps it, renews only its text layer and starts no page.
            graphics.beginMarkedContentSequence(Structure.ARTIFACT);
            pageOpen = true;
        }
        if (continued) {
            openTextSequence();
        }
        if (direct) {
            if (directLeaf == null) {
                writer.getDirectContent().beginMarkedContentSequence(Structure.ARTIFACT);
            } else {
                directLeaf.beginOn(writer.getDirectContent());
            }
        }
        return written;
    }
}
