package io.github.clusterfolio.loader.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Serial;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.NullUnmarked;

/**
 * The characters the YAML parser reads, checked on their way in: UTF-8 decoding (invalid bytes are an
 * error with their position), a byte-order mark at the start dropped, characters YAML forbids, the
 * document size and the length of one line.
 *
 * <p>The line-length bound is what keeps parsing linear: the parser's time grows with the square of the
 * longest run of characters it must hold at once, which is at most one line. Every check is done in the
 * single pass that hands characters to the parser, so nothing is read twice and a hostile file stops
 * after at most the limit's worth of characters.
 */
// Nullness not yet stated here: NullAway (profile nullaway) reported it; see issue 12.
@NullUnmarked
public final class GuardedInput extends Reader {
    private static final int BUFFER_BYTES = 16 * 1024;
    private static final int NOTHING_HELD_BACK = -1;

    private final InputStream bytesIn;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes;
    private boolean bytesEnded;
    private final CharSequence text;
    private int textPosition;

    private final long maxDocumentChars;
    private final long maxLineChars;
    private final int maxValueChars;

    private long totalChars;
    private int line = 1;
    private int column;
    private long lineChars;
    private boolean afterCarriageReturn;
    private boolean afterHighSurrogate;
    private int heldBack = NOTHING_HELD_BACK;
    private boolean atStart = true;
    private boolean sawContent;
    private Rejection rejection;
    private IOException readFailure;
    private final RawLayout layout = new RawLayout();

    private GuardedInput(InputStream bytesIn, CharSequence text, long maxDocumentChars, int maxValueChars) {
        this.bytesIn = bytesIn;
        this.text = text;
        if (bytesIn != null) {
            this.decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            this.bytes = ByteBuffer.allocate(BUFFER_BYTES);
            this.bytes.flip();
        } else {
            this.decoder = null;
            this.bytes = null;
        }
        this.maxDocumentChars = maxDocumentChars;
        this.maxValueChars = maxValueChars;
        // Room for indentation, a key and quotes around the longest value allowed.
        this.maxLineChars = (long) maxValueChars + 1024;
    }

    /** UTF-8 bytes from a stream; the caller closes the stream. */
    public static GuardedInput ofBytes(InputStream in, long maxDocumentChars, int maxValueChars) {
        return new GuardedInput(in, null, maxDocumentChars, maxValueChars);
    }

    /** Characters already decoded. */
    public static GuardedInput ofText(CharSequence text, long maxDocumentChars, int maxValueChars) {
        return new GuardedInput(null, text, maxDocumentChars, maxValueChars);
    }

    /** Why reading stopped, or {@code null} while the input is acceptable. */
    public Rejection rejection() {
        return rejection;
    }

    /** The error reading the underlying stream, or {@code null}. */
    public IOException readFailure() {
        return readFailure;
    }

    /** Whether any character other than white space was read. */
    public boolean sawContent() {
        return sawContent;
    }

    /** What was seen of the raw text's layout, for the checks the parser leaves out. */
    RawLayout layout() {
        return layout;
    }

    /** The 1-based line of the last character read. */
    public int line() {
        return line;
    }

    /** The 1-based column just after the last character read. */
    public int nextColumn() {
        return column + 1;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (rejection != null) {
            throw new RejectedInputException(rejection);
        }
        if (length == 0) {
            return 0;
        }
        int count = 0;
        if (heldBack != NOTHING_HELD_BACK) {
            buffer[offset] = (char) heldBack;
            heldBack = NOTHING_HELD_BACK;
            count = 1;
        }
        if (count < length) {
            int more = bytesIn != null
                    ? decode(buffer, offset + count, length - count)
                    : copy(buffer, offset + count, length - count);
            count += Math.max(0, more);
        }
        if (count == 0) {
            if (afterHighSurrogate) {
                throw reject("the text ends in a broken character (an unpaired surrogate)");
            }
            return -1;
        }
        if (atStart) {
            atStart = false;
            if (buffer[offset] == '\uFEFF') {
                System.arraycopy(buffer, offset + 1, buffer, offset, count - 1);
                count--;
                if (count == 0) {
                    return read(buffer, offset, length);
                }
            }
        }
        // SnakeYAML reads into its whole buffer and then reads one more character into the same buffer when
        // the last is the first half of a surrogate pair, which fails when the buffer was filled (an emoji at
        // character 1,025 crashes it: jackson-dataformats-text#508): never fill it with a first half.
        if (count == length && count > 1 && Character.isHighSurrogate(buffer[offset + count - 1])) {
            heldBack = buffer[offset + count - 1];
            count--;
        }
        check(buffer, offset, count);
        return count;
    }

    private int copy(char[] buffer, int offset, int length) {
        int remaining = text.length() - textPosition;
        if (remaining <= 0) {
            return -1;
        }
        int count = Math.min(remaining, length);
        if (text instanceof String string) {
            string.getChars(textPosition, textPosition + count, buffer, offset);
        } else {
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = text.charAt(textPosition + i);
            }
        }
        textPosition += count;
        return count;
    }

    private int decode(char[] buffer, int offset, int length) throws IOException {
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, bytesEnded);
            if (result.isError()) {
                check(buffer, offset, out.position() - offset);
                int bad = bytes.get(bytes.position()) & 0xff;
                throw reject(String.format(Locale.ROOT,
                        "the file is not valid UTF-8: the byte 0x%02X cannot stand here; save the file as UTF-8", bad));
            }
            if (result.isOverflow() || out.position() > offset) {
                break;
            }
            if (bytesEnded) {
                decoder.flush(out);
                break;
            }
            bytes.compact();
            int read;
            try {
                read = bytesIn.read(bytes.array(), bytes.position(), bytes.remaining());
            } catch (IOException e) {
                readFailure = e;
                throw e;
            }
            if (read < 0) {
                bytesEnded = true;
            } else {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
        }
        int produced = out.position() - offset;
        return produced == 0 ? -1 : produced;
    }

    private void check(char[] buffer, int offset, int count) throws RejectedInputException {
        long allowed = maxDocumentChars - totalChars;
        if (count > allowed) {
            check(buffer, offset, (int) allowed);
            throw reject(String.format(Locale.ROOT,
                    "the document is longer than the limit of %,d characters; reading stopped", maxDocumentChars));
        }
        totalChars += count;
        int i = offset;
        int end = offset + count;
        while (i < end) {
            // The common case, a run of printable ASCII, in a tight loop.
            int runStart = i;
            char c = buffer[i];
            while (c >= 0x20 && c < 0x7f) {
                if (c != ' ') {
                    sawContent = true;
                }
                layout.character(c);
                if (++i == end) {
                    break;
                }
                c = buffer[i];
            }
            int run = i - runStart;
            if (run > 0) {
                if (afterHighSurrogate) {
                    throw reject("the text contains a broken character (an unpaired surrogate)");
                }
                afterCarriageReturn = false;
                if (lineChars + run > maxLineChars) {
                    column += (int) (maxLineChars - lineChars);
                    throw lineTooLong();
                }
                lineChars += run;
                column += run;
                if (i == end) {
                    break;
                }
            }
            checkOther(c);
            i++;
        }
    }

    /** Checks one character that is not printable ASCII. */
    private void checkOther(char c) throws RejectedInputException {
        if (afterHighSurrogate && !Character.isLowSurrogate(c)) {
            throw reject("the text contains a broken character (an unpaired surrogate)");
        }
        if (c == '\n') {
            layout.character(c);
            if (!afterCarriageReturn) {
                newLine();
            }
            afterCarriageReturn = false;
            return;
        }
        if (c == '\r') {
            layout.character(c);
            newLine();
            afterCarriageReturn = true;
            return;
        }
        if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c) == afterHighSurrogate) {
                throw reject("the text contains a broken character (an unpaired surrogate U+" + hex(c) + ")");
            }
            afterHighSurrogate = !afterHighSurrogate;
            sawContent = true;
            if (afterHighSurrogate) {
                layout.character(c);
                // the low surrogate that follows completes the same character: one column for both
                return;
            }
        } else if (c != '\t') {
            if (c < 0x20 || c >= 0x7f && c <= 0x9f && c != 0x85 || c == 0xfffe || c == 0xffff) {
                throw reject("the file contains the control character U+" + hex(c)
                        + ", which YAML does not allow; delete it (it is often invisible)");
            }
            sawContent = true;
        }
        if (!Character.isSurrogate(c)) {
            layout.character(c);
        }
        if (++lineChars > maxLineChars) {
            throw lineTooLong();
        }
        afterCarriageReturn = false;
        column++;
    }

    private RejectedInputException lineTooLong() {
        return reject(String.format(Locale.ROOT,
                "line %d is longer than any value may be (%,d characters); reading stopped", line, maxValueChars));
    }

    private void newLine() {
        layout.newLine();
        line++;
        column = 0;
        lineChars = 0;
    }

    private RejectedInputException reject(String message) {
        rejection = new Rejection(line, column + 1, message);
        return new RejectedInputException(rejection);
    }

    private static String hex(char c) {
        return String.format(Locale.ROOT, "%04X", (int) c);
    }

    /** Does nothing: whoever opened the stream closes it. */
    @Override
    public void close() {}

    /**
     * Why the input was refused.
     *
     * @param line the 1-based line
     * @param column the 1-based column
     * @param message what is wrong
     */
    public record Rejection(int line, int column, String message) {}

    /** Thrown through the parser to stop it; the loader reports the {@link Rejection} instead. */
    static final class RejectedInputException extends IOException {
        @Serial
        private static final long serialVersionUID = 1L;

        RejectedInputException(Rejection rejection) {
            super(rejection.message());
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
