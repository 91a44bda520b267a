package io.github.clusterfolio.render.pdf.internal;

import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfStructureTreeRoot;

/**
 * One element of the brochure's logical structure, with what {@link StructureWriter} needs to know to write it
 * as soon as it is complete rather than when the document closes: whether it holds content (a leaf) or other
 * elements (a container), whether a container is closed, whether a leaf has content yet, and whether it waits for
 * words that only the finished layout knows. Only {@link Structure} makes them; the layout code passes them
 * around as handles.
 */
final class StructElem extends PdfStructureElement {
    private final StructureWriter owner;
    private final boolean container;
    /** A container that will get no more elements. */
    private boolean closed;
    /** A leaf with content: marked content drawn on a page, or a link annotation. */
    private boolean drawn;
    /** A leaf whose actual text is only known when the layout is complete. */
    private boolean deferred;
    private boolean written;
    /** Written, and changed since. */
    private boolean changedSinceWritten;
    /** Containers: the elements before this index are written, or set aside to be written at the end. */
    int cursor;

    private StructElem(StructElem parent, Role role, boolean container) {
        super(parent, role.name);
        this.owner = parent.owner;
        this.container = container;
        // /Type /StructElem is optional; a large brochure has a hundred thousand elements.
        remove(PdfName.TYPE);
    }

    private StructElem(PdfStructureTreeRoot root, StructureWriter owner) {
        super(root, Role.DOCUMENT.name);
        this.owner = owner;
        this.container = true;
    }

    /** The {@code Document} element at the root of a new structure, written by {@code owner}. */
    static StructElem document(PdfStructureTreeRoot root, StructureWriter owner) {
        return new StructElem(root, owner);
    }

    /** A new element of {@code role} below this container: a container itself, or a leaf for content. */
    StructElem child(Role role, boolean isContainer) {
        if (!container || closed) {
            throw new IllegalStateException("no element can be added to " + get(PdfName.S));
        }
        return new StructElem(this, role, isContainer);
    }

    /** Opens marked content for this leaf on {@code canvas}. */
    void beginOn(PdfContentByte canvas) {
        canvas.beginMarkedContentSequence(this);
        contentAdded();
    }

    /** Adds an object reference (to a link annotation) to this leaf's content. */
    void addObjectReference(PdfDictionary objectReference) {
        PdfObject kids = get(PdfName.K);
        PdfArray array;
        if (kids instanceof PdfArray existing) {
            array = existing;
        } else {
            array = new PdfArray();
            if (kids != null) {
                array.add(kids);
            }
            put(PdfName.K, array);
        }
        array.add(objectReference);
        contentAdded();
    }

    /** Changes this element's entries; an element already written is written again. */
    void set(PdfName key, PdfObject value) {
        put(key, value);
        changed();
    }

    private void contentAdded() {
        drawn = true;
        changed();
    }

    /** Tells the writer, once until it writes this element again, that a written element has changed. */
    private void changed() {
        if (written && !changedSinceWritten) {
            changedSinceWritten = true;
            owner.changed(this);
        }
    }

    void close() {
        closed = true;
    }

    void defer() {
        deferred = true;
    }

    void resolved() {
        deferred = false;
    }

    boolean isContainer() {
        return container;
    }

    boolean isClosed() {
        return closed;
    }

    boolean isDrawn() {
        return drawn;
    }

    boolean isDeferred() {
        return deferred;
    }

    boolean isWritten() {
        return written;
    }

    void markWritten() {
        written = true;
        changedSinceWritten = false;
    }
}
