package io.github.clusterfolio.render.pdf.internal;

import org.openpdf.text.pdf.BidiLine;

/**
 * The characters a right-to-left run shows as their mirror image (Unicode's BidiMirroring pairs: brackets,
 * quotation marks, mathematical relations). OpenPDF carries the full table for its own bidi line layout but
 * offers it only to subclasses; this class reads it and is never instantiated.
 */
final class BidiMirrors extends BidiLine {
    private BidiMirrors() {}

    /** The mirror image of {@code codePoint}, or {@code codePoint} itself when it has none. */
    static int mirror(int codePoint) {
        int mirrored = mirrorChars.get(codePoint);
        return mirrored == 0 ? codePoint : mirrored;
    }
}
