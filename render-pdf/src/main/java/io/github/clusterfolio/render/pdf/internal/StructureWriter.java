package io.github.clusterfolio.render.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openpdf.text.ExceptionConverter;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfStructureTreeRoot;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes the structure elements of a tagged brochure page by page, as soon as each is complete, rather than all
 * at once when the document closes. OpenPDF writes the whole structure tree at the end: for a brochure of 10,000
 * organisations some 80,000 elements, held in memory to the end and then walked and written in one go, most of
 * that time spent fetching elements that had long left the processor's caches.
 *
 * <p>After each page, {@link #writeComplete} walks the part of the tree not yet written, in reading order, and
 * writes every element that can no longer change: a leaf whose content is drawn and does not continue on the
 * next page, a closed container whose elements are all written. It stops at the first element still waiting for
 * content, so it never runs ahead of the layout. A leaf whose words are only known at the end (a page number drawn
 * before its entry) is set aside once drawn and written by {@link #writeAll}, when the last page is done; its
 * containers do not wait for it, since they refer to it by its object number, which it has from the start. An
 * element that changes after it was written (a link whose words run onto the next page and get a second
 * annotation there) is written again, and the cross-reference table points to the later copy.
 *
 * <p>A written element is replaced in its parent's {@code /K} by a plain object that writes its reference:
 * OpenPDF's own walk of the tree at the end, which then only writes the structure tree root, takes an indirect
 * reference there for one read from a file and fails on it.
 */
final class StructureWriter {
    private final PdfWriter writer;
    private final List<StructElem> changed = new ArrayList<>();
    /** Drawn leaves whose words are only known at the end, in their parents' {@code /K} as written already. */
    private final List<StructElem> leftForEnd = new ArrayList<>();

    StructureWriter(PdfWriter writer) {
        this.writer = writer;
    }

    /** Notes that {@code element}, already written, has changed, so that it is written again. */
    void changed(StructElem element) {
        changed.add(element);
    }

    /**
     * Writes every element below {@code root} that is complete, and again every written element that has changed;
     * {@code open} are leaves whose content continues on the next page.
     */
    void writeComplete(StructElem root, Collection<StructElem> open) {
        writeChanged();
        try {
            writeBelow(root, open);
        } catch (IOException e) {
            throw new ExceptionConverter(e);
        }
    }

    /** Writes again every element that has changed since it was written. */
    void writeChanged() {
        try {
            for (StructElem element : changed) {
                write(element);
            }
        } catch (IOException e) {
            throw new ExceptionConverter(e);
        }
        changed.clear();
    }

    /**
     * Writes everything below {@code root} not yet written, and {@code root} itself, and puts it into the structure
     * tree root's {@code /K} as written; call when the last page is done and every element's words are known.
     * OpenPDF then writes only the structure tree root. Called from the page event that OpenPDF calls after the
     * last page.
     */
    void writeAll(StructElem root, PdfStructureTreeRoot treeRoot) {
        writeChanged();
        try {
            writeEverythingBelow(root);
            write(root);
            for (StructElem leaf : leftForEnd) {
                write(leaf);
            }
        } catch (IOException e) {
            throw new ExceptionConverter(e);
        }
        leftForEnd.clear();
        PdfArray top = (PdfArray) treeRoot.get(PdfName.K);
        for (int index = 0; index < top.size(); index++) {
            if (top.getPdfObject(index) == root) {
                top.set(index, new WrittenReference(root.getReference()));
            }
        }
    }

    /**
     * Writes the complete elements below {@code container} and replaces each in its parent's {@code /K}; whether
     * {@code container} is complete itself.
     */
    private boolean writeBelow(StructElem container, Collection<StructElem> open) throws IOException {
        if (!(container.get(PdfName.K) instanceof PdfArray kids)) {
            return container.isClosed();
        }
        int index = container.cursor;
        for (; index < kids.size(); index++) {
            if (!(kids.getPdfObject(index) instanceof StructElem kid)) {
                continue;
            }
            boolean complete = kid.isContainer() ? writeBelow(kid, open) : kid.isDrawn() && !open.contains(kid);
            if (!complete) {
                break;
            }
            if (kid.isDeferred()) {
                leftForEnd.add(kid);
            } else {
                write(kid);
            }
            kids.set(index, new WrittenReference(kid.getReference()));
        }
        container.cursor = index;
        return index == kids.size() && container.isClosed();
    }

    /** Writes every element below {@code element} not yet written. */
    private void writeEverythingBelow(StructElem element) throws IOException {
        if (element.get(PdfName.K) instanceof PdfArray kids) {
            for (int index = 0; index < kids.size(); index++) {
                if (kids.getPdfObject(index) instanceof StructElem kid) {
                    writeEverythingBelow(kid);
                    write(kid);
                    kids.set(index, new WrittenReference(kid.getReference()));
                }
            }
        }
    }

    private void write(StructElem element) throws IOException {
        writer.addToBody(element, element.getReference());
        element.markWritten();
    }

    /** A written element's place in its parent's {@code /K}: writes as the reference, but is not one to OpenPDF. */
    private static final class WrittenReference extends PdfObject {
        private final PdfIndirectReference reference;

        WrittenReference(PdfIndirectReference reference) {
            super(PdfObject.NULL);
            this.reference = reference;
        }

        @Override
        public void toPdf(PdfWriter writer, OutputStream out) throws IOException {
            reference.toPdf(writer, out);
        }
    }
}
