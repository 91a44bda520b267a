package io.github.clusterfolio.render.html.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Encodes appended text as UTF-8 straight into a stream, through a 64 KiB buffer. It does what an
 * {@code OutputStreamWriter} in a {@code BufferedWriter} does, without their locking and charset-encoder
 * machinery per call, which took most of the time of writing a large region's files; each piece is encoded
 * by {@link String#getBytes}, which the JDK makes fast. A surrogate pair split across two appends is kept
 * together; a lone surrogate is written as {@code ?}, as Java's own encoder does. Not thread-safe;
 * {@link #flush()} before closing the stream.
 */
public final class Utf8Output implements Appendable {
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int count;
    private char pendingHigh;

    /** Writes to {@code out}, which it neither flushes nor closes until asked. */
    public Utf8Output(OutputStream out) {
        this.out = out;
    }

    @Override
    public Utf8Output append(CharSequence text) throws IOException {
        String string = String.valueOf(text);
        if (pendingHigh != 0) {
            string = pendingHigh + string;
            pendingHigh = 0;
        }
        int length = string.length();
        if (length > 0 && Character.isHighSurrogate(string.charAt(length - 1))) {
            pendingHigh = string.charAt(length - 1);
            string = string.substring(0, length - 1);
        }
        write(string.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    @Override
    public Utf8Output append(CharSequence text, int start, int end) throws IOException {
        return append((text == null ? "null" : text).subSequence(start, end));
    }

    @Override
    public Utf8Output append(char c) throws IOException {
        if (c < 0x80 && pendingHigh == 0) {
            if (count == buffer.length) {
                drain();
            }
            buffer[count++] = (byte) c;
            return this;
        }
        return append(String.valueOf(c));
    }

    private void write(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length - count) {
            drain();
            if (bytes.length > buffer.length) {
                out.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, count, bytes.length);
        count += bytes.length;
    }

    private void drain() throws IOException {
        out.write(buffer, 0, count);
        count = 0;
    }

    /** Writes out what is buffered (a pending lone high surrogate as {@code ?}) and flushes the stream. */
    public void flush() throws IOException {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            write(new byte[] {'?'});
        }
        drain();
        out.flush();
    }
}
