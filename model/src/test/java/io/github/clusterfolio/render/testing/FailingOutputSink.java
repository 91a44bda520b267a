package io.github.clusterfolio.render.testing;

import io.github.clusterfolio.render.InMemoryOutputSink;
import io.github.clusterfolio.render.OutputSink;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A sink whose streams fail with an {@link IOException} once {@code budget} bytes have been written in
 * total, as a full disk or a dropped connection would. Shared by the fault tests of every renderer.
 */
public final class FailingOutputSink implements OutputSink {
    private final InMemoryOutputSink delegate = new InMemoryOutputSink();
    private long remaining;

    /** Fails once {@code budget} bytes have been written across all files. */
    public FailingOutputSink(long budget) {
        this.remaining = budget;
    }

    @Override
    public OutputStream open(String path) throws IOException {
        if (remaining <= 0) {
            throw new IOException("No space left on device (simulated) opening " + path);
        }
        return new FilterOutputStream(delegate.open(path)) {
            @Override
            public void write(int b) throws IOException {
                spend(1);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                spend(len);
                out.write(b, off, len);
            }
        };
    }

    private synchronized void spend(int bytes) throws IOException {
        if (remaining < bytes) {
            remaining = 0;
            throw new IOException("No space left on device (simulated)");
        }
        remaining -= bytes;
    }
}
