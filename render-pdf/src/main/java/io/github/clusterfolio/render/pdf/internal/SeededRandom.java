package io.github.clusterfolio.render.pdf.internal;

import java.io.Serial;
import java.security.SecureRandom;
import java.util.SplittableRandom;

/**
 * A {@link SecureRandom} that is not random at all: OpenPDF draws font-subset name prefixes ("ABCDEF+")
 * from the {@code SecureRandom} a font is given, and a brochure must be byte-identical for the same input.
 * The prefixes only have to differ between fonts, so a sequence seeded from the document's content does;
 * it is seeded when the content is known, just before the fonts are written.
 */
final class SeededRandom extends SecureRandom {
    @Serial
    private static final long serialVersionUID = 1L;

    private transient SplittableRandom random;

    SeededRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Starts the sequence again from {@code seed}: the fonts draw their prefixes only when the file is closed. */
    synchronized void restart(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public synchronized double nextDouble() {
        return random.nextDouble();
    }

    @Override
    public synchronized int nextInt() {
        return random.nextInt();
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
        random.nextBytes(bytes);
    }

    @Override
    public synchronized void setSeed(long seed) {
        // Ignored: the sequence is fixed by the constructor. (SecureRandom's constructor calls this.)
    }
}
