package io.github.clusterfolio.render.pdf.internal;

import io.github.clusterfolio.render.RenderException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a finished PDF with its classic cross-reference table in ASCII digits, whatever the JVM's default
 * locale.
 *
 * <p>Why this exists: OpenPDF 3.0.5 writes each entry of the table with {@code String.format("%010d %05d %c \n",
 * …)} and no locale ({@code PdfWriter.PdfCrossReference.toPdf}), so it formats with the JVM's default locale.
 * Under a locale whose digits are not ASCII (Arabic, Persian, …: {@code LC_ALL=ar_SA.UTF-8} or
 * {@code -Duser.language=ar}) every offset comes out in Arabic-Indic digits, of which OpenPDF keeps only the
 * low byte, and the file is damaged. Every other number OpenPDF writes goes through {@code String.valueOf} or
 * its own {@code ByteBuffer}, which do not depend on the locale.
 *
 * <p>A library must not change the default locale of the application that embeds it (other threads format
 * with it too, and there is no per-thread default), and the writer's own code path cannot be replaced. So
 * the table is rewritten here, once the document is complete: each entry has a fixed width of 20 bytes and
 * the first is always object 0 ({@code 0000000000 65535 f}), which shows the byte the locale's zero became;
 * the digits are translated back from it and every offset is checked to point at its object
 * ({@code N G obj}) before the file is written. A table that cannot be read that way fails the render
 * rather than give a damaged file. With ASCII digits the bytes come out unchanged, and so does a file whose
 * cross-reference is a stream (full compression), which holds its offsets in binary.
 */
public final class CrossReferenceTable {
    private static final int ENTRY_BYTES = 20;
    private static final int OFFSET_DIGITS = 10;
    private static final int GENERATION_DIGITS = 5;
    private static final int FREE_HEAD_GENERATION = 65535;
    /** Enough for {@code startxref\n}, the offset and {@code %%EOF\n}. */
    private static final int TAIL_BYTES = 64;

    private CrossReferenceTable() {}

    /**
     * Checks the table at the end of {@code pdf} and puts its digits in ASCII. Copies only the table and
     * trailer; the rest of the buffer is read in place.
     *
     * @throws RenderException when the end of the file is not a classic cross-reference table as OpenPDF
     *     writes it, or an offset does not point at its object
     */
    public static Checked check(ByteArrayOutputStream pdf) {
        int size = pdf.size();
        byte[] end = copyFrom(pdf, Math.max(0, size - TAIL_BYTES));
        long tableStart = startXref(end);
        if (tableStart >= size) {
            throw damaged("the startxref offset " + tableStart + " lies outside the file of " + size + " bytes");
        }
        byte[] table = copyFrom(pdf, (int) tableStart);
        if (!startsWith(table, 0, "xref") && isObjectHeader(table)) {
            // A cross-reference stream (full compression): binary offsets, written without the locale.
            return new Checked(pdf, size, new byte[0]);
        }
        List<ObjectHeader> headers = asciiDigits(table, (int) tableStart);
        ObjectHeaderCheck check = new ObjectHeaderCheck(headers);
        copyTo(pdf, check);
        check.finish();
        return new Checked(pdf, (int) tableStart, table);
    }

    /**
     * The same for a PDF already in one array: the bytes with the table's digits in ASCII.
     *
     * @throws RenderException as {@link #check(ByteArrayOutputStream)} does
     */
    public static byte[] withAsciiDigits(byte[] pdf) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(pdf.length);
        buffer.writeBytes(pdf);
        Checked checked = check(buffer);
        ByteArrayOutputStream fixed = new ByteArrayOutputStream(pdf.length);
        try {
            checked.writeTo(fixed);
        } catch (IOException impossible) {
            throw new IllegalStateException("an in-memory stream failed", impossible);
        }
        return fixed.toByteArray();
    }

    /** A PDF whose table was checked, ready to be written. */
    public static final class Checked {
        private final ByteArrayOutputStream pdf;
        private final int tableStart;
        private final byte[] table;

        private Checked(ByteArrayOutputStream pdf, int tableStart, byte[] table) {
            this.pdf = pdf;
            this.tableStart = tableStart;
            this.table = table;
        }

        /** Writes the file: the body as OpenPDF wrote it, then the table in ASCII digits. */
        public void writeTo(OutputStream out) throws IOException {
            pdf.writeTo(new FirstBytes(out, tableStart));
            out.write(table);
        }
    }

    /** Where an object in use must start, and what must stand there. */
    private record ObjectHeader(long offset, byte[] expected, long object) {}

    /**
     * Puts the table's digits in ASCII in place and returns where each object in use must start.
     */
    private static List<ObjectHeader> asciiDigits(byte[] table, int tableStart) {
        int position = expect(table, 0, "xref\n");
        // The first entry of the first section is object 0, the head of the free list: offset 0, generation
        // 65535. Its first byte is what the locale's zero became.
        long[] first = sectionHeader(table, position, tableStart);
        if (first[2] + ENTRY_BYTES > table.length) {
            throw damaged("the table at byte " + tableStart + " has no entries");
        }
        int zero = table[(int) first[2]] & 0xff;
        List<ObjectHeader> headers = new ArrayList<>();
        while (!startsWith(table, position, "trailer")) {
            long[] section = sectionHeader(table, position, tableStart);
            long object = section[0];
            long count = section[1];
            position = (int) section[2];
            for (long i = 0; i < count; i++, object++) {
                if (position + ENTRY_BYTES > table.length) {
                    throw damaged("the table at byte " + tableStart + " ends inside entry " + object);
                }
                long offset = digits(table, position, OFFSET_DIGITS, zero, object, tableStart);
                long generation = digits(table, position + OFFSET_DIGITS + 1, GENERATION_DIGITS, zero, object,
                        tableStart);
                byte kind = table[position + 17];
                if (table[position + OFFSET_DIGITS] != ' ' || table[position + 16] != ' '
                        || (kind != 'n' && kind != 'f') || table[position + 18] != ' '
                        || table[position + 19] != '\n') {
                    throw damaged("entry " + object + " of the table at byte " + tableStart + " is not 20 bytes of"
                            + " 'offset generation n|f'");
                }
                if (object == 0 && (offset != 0 || generation != FREE_HEAD_GENERATION || kind != 'f')) {
                    throw damaged("the table at byte " + tableStart + " does not start with the free object 0");
                }
                if (kind == 'n') {
                    if (offset >= tableStart) {
                        throw damaged("entry " + object + " points at byte " + offset + ", after the table");
                    }
                    headers.add(new ObjectHeader(offset,
                            (object + " " + generation + " obj").getBytes(StandardCharsets.US_ASCII), object));
                }
                position += ENTRY_BYTES;
            }
        }
        headers.sort(Comparator.comparingLong(ObjectHeader::offset));
        return headers;
    }

    /** The numbers of the section header at {@code position}: first object, count, and where entries start. */
    private static long[] sectionHeader(byte[] table, int position, int tableStart) {
        int space = indexOf(table, position, (byte) ' ');
        int newline = indexOf(table, position, (byte) '\n');
        if (space < 0 || newline < 0 || space > newline) {
            throw damaged("the table at byte " + tableStart + " has no section header at byte "
                    + (tableStart + position));
        }
        long first = asciiNumber(table, position, space, tableStart);
        long count = asciiNumber(table, space + 1, newline, tableStart);
        return new long[] {first, count, newline + 1};
    }

    private static long asciiNumber(byte[] bytes, int from, int to, int tableStart) {
        if (from >= to || to - from > 18) {
            throw damaged("the table at byte " + tableStart + " has no number at byte " + (tableStart + from));
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                throw damaged("the table at byte " + tableStart + " has no number at byte " + (tableStart + from));
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** Reads {@code count} digits written with {@code zero} as the zero's byte, and writes them back in ASCII. */
    private static long digits(byte[] table, int position, int count, int zero, long object, int tableStart) {
        long value = 0;
        for (int i = position; i < position + count; i++) {
            int digit = ((table[i] & 0xff) - zero) & 0xff;
            if (digit > 9) {
                throw damaged("entry " + object + " of the table at byte " + tableStart
                        + " mixes digits of different scripts");
            }
            table[i] = (byte) ('0' + digit);
            value = value * 10 + digit;
        }
        return value;
    }

    /** The offset after {@code startxref} in the last bytes of the file. */
    private static long startXref(byte[] end) {
        byte[] keyword = "startxref".getBytes(StandardCharsets.US_ASCII);
        for (int i = end.length - keyword.length; i >= 0; i--) {
            if (startsWith(end, i, "startxref")) {
                int from = i + keyword.length;
                while (from < end.length && (end[from] == '\n' || end[from] == '\r' || end[from] == ' ')) {
                    from++;
                }
                int to = from;
                while (to < end.length && end[to] >= '0' && end[to] <= '9') {
                    to++;
                }
                if (to == from || to - from > 18) {
                    throw damaged("no byte offset follows 'startxref'");
                }
                return Long.parseLong(new String(end, from, to - from, StandardCharsets.US_ASCII));
            }
        }
        throw damaged("the file does not end with 'startxref'");
    }

    /** Whether {@code bytes} start with an indirect object's header, {@code N G obj}. */
    private static boolean isObjectHeader(byte[] bytes) {
        int position = 0;
        for (int number = 0; number < 2; number++) {
            int start = position;
            while (position < bytes.length && bytes[position] >= '0' && bytes[position] <= '9') {
                position++;
            }
            if (position == start || position >= bytes.length || bytes[position] != ' ') {
                return false;
            }
            position++;
        }
        return startsWith(bytes, position, "obj");
    }

    private static int expect(byte[] bytes, int position, String text) {
        if (!startsWith(bytes, position, text)) {
            throw damaged("no '" + text.strip() + "' where startxref points");
        }
        return position + text.length();
    }

    private static boolean startsWith(byte[] bytes, int position, String text) {
        if (position < 0 || position + text.length() > bytes.length) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (bytes[position + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, int from, byte wanted) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    /** The bytes of {@code pdf} from {@code start} to its end, without copying the part before. */
    private static byte[] copyFrom(ByteArrayOutputStream pdf, int start) {
        SkippingCopy copy = new SkippingCopy(start, pdf.size() - start);
        copyTo(pdf, copy);
        return copy.bytes;
    }

    private static void copyTo(ByteArrayOutputStream pdf, OutputStream memory) {
        try {
            pdf.writeTo(memory);
        } catch (IOException impossible) {
            throw new IllegalStateException("an in-memory stream failed", impossible);
        }
    }

    private static RenderException damaged(String what) {
        return new RenderException("OpenPDF wrote a cross-reference table this renderer cannot check: " + what);
    }

    /** Keeps the bytes written from a position on. */
    private static final class SkippingCopy extends OutputStream {
        private final int start;
        private final byte[] bytes;
        private long position;

        SkippingCopy(int start, int length) {
            this.start = start;
            this.bytes = new byte[length];
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            long from = Math.max(position, start);
            long to = position + length;
            if (to > from) {
                System.arraycopy(buffer, offset + (int) (from - position), bytes, (int) (from - start),
                        (int) (to - from));
            }
            position = to;
        }
    }

    /** Checks, as the file streams past, that each object in use starts where the table says. */
    private static final class ObjectHeaderCheck extends OutputStream {
        private final List<ObjectHeader> headers;
        private int next;
        private int matched;
        private long position;

        ObjectHeaderCheck(List<ObjectHeader> headers) {
            this.headers = headers;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            for (int i = 0; i < length && next < headers.size(); i++) {
                ObjectHeader header = headers.get(next);
                long at = position + i;
                if (at < header.offset()) {
                    // Jump to the next header inside this buffer, if it lies there.
                    long skip = header.offset() - at;
                    if (skip >= length - i) {
                        break;
                    }
                    i += (int) skip - 1;
                    continue;
                }
                if (buffer[offset + i] != header.expected()[matched]) {
                    throw damaged("entry " + header.object() + " of the table points at byte " + header.offset()
                            + ", where '" + new String(header.expected(), StandardCharsets.US_ASCII)
                            + "' does not start");
                }
                if (++matched == header.expected().length) {
                    matched = 0;
                    next++;
                }
            }
            position += length;
        }

        void finish() {
            if (next < headers.size()) {
                ObjectHeader header = headers.get(next);
                throw damaged("entry " + header.object() + " of the table points at byte " + header.offset()
                        + ", beyond the end of the file");
            }
        }
    }

    /** Passes on only the first {@code limit} bytes written to it. */
    private static final class FirstBytes extends OutputStream {
        private final OutputStream out;
        private long remaining;

        FirstBytes(OutputStream out, long limit) {
            this.out = out;
            this.remaining = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            int passed = (int) Math.min(remaining, length);
            if (passed > 0) {
                out.write(buffer, offset, passed);
                remaining -= passed;
            }
        }
    }
}
