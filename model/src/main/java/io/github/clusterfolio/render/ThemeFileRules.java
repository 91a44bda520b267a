package io.github.clusterfolio.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

/**
 * What the files a {@link Theme} names (fonts, logo) may be, checked before anything reads them whole: a
 * regular file (not a folder, pipe, device or a symbolic link that leads nowhere), no larger than a limit
 * well under what Java can hold in one array, and for the logo a PNG or JPEG whose header declares a size
 * that can be decoded without exhausting memory. A theme may come from a pull request in CI, so a tiny
 * file that decodes to gigabytes is as likely as a mistake.
 *
 * <p>The loader applies these rules when it reads a theme file (reporting them at the key's line and
 * column), and the renderers apply them again to a theme built in code. Each check returns the reason in
 * words that follow the file's name, such as {@code "is a loop of symbolic links"}.
 */
public final class ThemeFileRules {
    /** The largest font file accepted: 64 MiB. Full CJK fonts are about 20 MiB. */
    public static final long MAX_FONT_BYTES = 64L * 1024 * 1024;

    /** The largest logo file accepted: 32 MiB. */
    public static final long MAX_LOGO_BYTES = 32L * 1024 * 1024;

    /**
     * The widest and highest logo accepted, in pixels: 8,000 (a logo 30 cm wide at 600 dpi has about 7,100).
     */
    public static final int MAX_LOGO_SIDE_PIXELS = 8_000;

    /** The most pixels a logo may have in all: 16 million, which decode to at most about 128 MB. */
    public static final long MAX_LOGO_PIXELS = 16_000_000;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** How far into a JPEG file its frame header is looked for; metadata before it is rarely this long. */
    private static final long MAX_JPEG_HEADER_SEARCH = 4L * 1024 * 1024;

    private ThemeFileRules() {}

    /** What a theme's file is for, with the largest size accepted. */
    public enum Kind {
        /** A TrueType or OpenType font. */
        FONT("a font file", MAX_FONT_BYTES),
        /** A PNG or JPEG image. */
        LOGO("a logo", MAX_LOGO_BYTES);

        private final String description;
        private final long maxBytes;

        Kind(String description, long maxBytes) {
            this.description = description;
            this.maxBytes = maxBytes;
        }

        /** The largest file accepted, in bytes. */
        public long maxBytes() {
            return maxBytes;
        }
    }

    /**
     * Why {@code file} cannot be used as {@code kind}, or empty when it can: not a readable regular file, too
     * large, or (for a logo) not a PNG or JPEG image of an acceptable size. Reads at most the image's header.
     */
    public static Optional<String> problem(Path file, Kind kind) {
        Optional<String> notRegular = notARegularFile(file);
        if (notRegular.isPresent()) {
            return notRegular;
        }
        Optional<String> size = sizeProblem(file, kind);
        if (size.isPresent() || kind != Kind.LOGO) {
            return size;
        }
        return imageProblem(file);
    }

    /**
     * Why {@code file} is not a regular file that can be read, or empty when it is one: it does not exist, is
     * a symbolic link to nothing or a loop of them, a folder, a named pipe, a device or a socket, or
     * cannot be read.
     */
    public static Optional<String> notARegularFile(Path file) {
        BasicFileAttributes attributes;
        try {
            BasicFileAttributes link = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (link.isSymbolicLink()) {
                Optional<String> broken = brokenLink(file);
                if (broken.isPresent()) {
                    return broken;
                }
            }
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException missing) {
            return Optional.of("does not exist");
        } catch (IOException failure) {
            return Optional.of(reason(failure));
        }
        if (attributes.isRegularFile()) {
            return Files.isReadable(file) ? Optional.empty() : Optional.of("cannot be read: permission denied");
        }
        if (attributes.isDirectory()) {
            return Optional.of("is a folder, not a file");
        }
        return Optional.of(specialFile(file) + ", not a regular file");
    }

    /**
     * Why the size of the regular file {@code file} is not acceptable for {@code kind}, or empty. Files of
     * 2 GiB and more cannot even be read into memory in one piece, whatever the heap.
     */
    public static Optional<String> sizeProblem(Path file, Kind kind) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException failure) {
            return Optional.of(reason(failure));
        }
        if (size > kind.maxBytes) {
            return Optional.of("is " + bytes(size) + "; " + kind.description + " may be at most "
                    + bytes(kind.maxBytes));
        }
        return Optional.empty();
    }

    /**
     * Why the image {@code file} is not acceptable as a logo, or empty: not PNG or JPEG, no size in its
     * header, or more pixels than {@link #MAX_LOGO_SIDE_PIXELS} on a side or {@link #MAX_LOGO_PIXELS} in
     * all. Reads the header only (a PNG's IHDR, a JPEG's frame header), never the pixels.
     */
    public static Optional<String> imageProblem(Path file) {
        long[] size;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(PNG.length);
            if (startsWith(magic, PNG)) {
                size = pngSize(in);
            } else if (magic.length >= 3 && (magic[0] & 0xff) == 0xff && (magic[1] & 0xff) == 0xd8
                    && (magic[2] & 0xff) == 0xff) {
                size = jpegSize(in, magic);
            } else {
                return Optional.of("is not a PNG or JPEG image");
            }
        } catch (BadHeader bad) {
            return Optional.ofNullable(bad.getMessage()).or(() -> Optional.of("has a broken header"));
        } catch (IOException failure) {
            return Optional.of(reason(failure));
        }
        long width = size[0];
        long height = size[1];
        if (width == 0 || height == 0) {
            return Optional.of("declares an image of " + width + " × " + height + " pixels, which is empty");
        }
        if (width > MAX_LOGO_SIDE_PIXELS || height > MAX_LOGO_SIDE_PIXELS || width * height > MAX_LOGO_PIXELS) {
            return Optional.of(String.format(Locale.ROOT, "is %,d × %,d pixels; a logo may be at most %,d pixels wide"
                    + " and high and %,d million pixels in all, so that decoding it cannot exhaust the memory;"
                    + " scale it down", width, height, MAX_LOGO_SIDE_PIXELS, MAX_LOGO_PIXELS / 1_000_000));
        }
        return Optional.empty();
    }

    /**
     * Reads a file that {@link #problem} accepted, but never more than {@code kind}'s limit: a file that grew
     * since it was checked fails instead of filling the memory.
     *
     * @throws IOException when the file cannot be read, or is now larger than the limit
     */
    public static byte[] read(Path file, Kind kind) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) kind.maxBytes + 1);
            if (bytes.length > kind.maxBytes) {
                throw new IOException("it grew beyond " + bytes(kind.maxBytes) + ", the limit for "
                        + kind.description + ", while it was read");
            }
            return bytes;
        }
    }

    /** {@code bytes} in words: "2,147,483,648 bytes (2.0 GiB)". */
    private static String bytes(long bytes) {
        String exact = String.format(Locale.ROOT, "%,d bytes", bytes);
        if (bytes >= 1024L * 1024 * 1024) {
            return exact + String.format(Locale.ROOT, " (%.1f GiB)", bytes / (1024.0 * 1024 * 1024));
        }
        if (bytes >= 1024L * 1024) {
            return exact + String.format(Locale.ROOT, " (%.1f MiB)", bytes / (1024.0 * 1024));
        }
        return exact;
    }

    /** Width and height from a PNG's first chunk, which must be IHDR; {@code in} is just after the signature. */
    private static long[] pngSize(InputStream in) throws IOException {
        byte[] chunk = in.readNBytes(16);
        if (chunk.length < 16 || chunk[4] != 'I' || chunk[5] != 'H' || chunk[6] != 'D' || chunk[7] != 'R') {
            throw new BadHeader("is a PNG image without the header (IHDR) that gives its size");
        }
        return new long[] {unsigned32(chunk, 8), unsigned32(chunk, 12)};
    }

    /**
     * Width and height from a JPEG's frame header (SOF0 … SOF15), found by walking the segments from the
     * start; {@code first} holds the bytes already read.
     */
    private static long[] jpegSize(InputStream in, byte[] first) throws IOException {
        // The stream is positioned after 8 bytes; go back to just after the start-of-image marker.
        JpegSegments segments = new JpegSegments(in, first, 2);
        while (segments.position() < MAX_JPEG_HEADER_SEARCH) {
            int marker = segments.nextMarker();
            if (marker < 0 || marker == 0xd9 || marker == 0xda) {
                break;
            }
            if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                continue;
            }
            int length = segments.unsigned16();
            if (length < 2) {
                break;
            }
            boolean frame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
            if (frame) {
                if (length < 7) {
                    break;
                }
                segments.skip(1);
                long height = segments.unsigned16();
                long width = segments.unsigned16();
                return new long[] {width, height};
            }
            segments.skip(length - 2);
        }
        throw new BadHeader("is a JPEG image without a frame header (SOF) that gives its size");
    }

    private static long unsigned32(byte[] bytes, int at) {
        return ((bytes[at] & 0xffL) << 24) | ((bytes[at + 1] & 0xffL) << 16) | ((bytes[at + 2] & 0xffL) << 8)
                | (bytes[at + 3] & 0xffL);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A link that cannot be followed to a file: why, or empty when it can. */
    private static Optional<String> brokenLink(Path link) {
        try {
            link.toRealPath();
            return Optional.empty();
        } catch (NoSuchFileException missing) {
            String target;
            try {
                target = String.valueOf(Files.readSymbolicLink(link));
            } catch (IOException | UnsupportedOperationException unreadable) {
                target = "?";
            }
            return Optional.of("is a symbolic link to '" + target + "', which does not exist");
        } catch (FileSystemException failure) {
            String reason = String.valueOf(failure.getReason());
            if (reason.contains("symbolic links")) {
                return Optional.of("is a loop of symbolic links (each leads to another, never to a file)");
            }
            return Optional.of("is a symbolic link that cannot be followed: " + reason);
        } catch (IOException failure) {
            return Optional.of("is a symbolic link that cannot be followed: " + reason(failure));
        }
    }

    /** What kind of file other than a regular file or folder {@code file} is. */
    private static String specialFile(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode");
            if (mode instanceof Integer bits) {
                return switch (bits & 0170000) {
                    case 0010000 -> "is a named pipe (FIFO)";
                    case 0020000 -> "is a character device";
                    case 0060000 -> "is a block device";
                    case 0140000 -> "is a socket";
                    default -> "is a special file";
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException unknown) {
            // Not a Unix file system: say what is certain.
        }
        return "is a device, pipe or socket";
    }

    private static String reason(IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return "does not exist";
        }
        if (failure instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            if (fileSystem.getReason().contains("symbolic links")) {
                return "lies behind a loop of symbolic links";
            }
            return "cannot be read: " + fileSystem.getReason();
        }
        String message = failure.getMessage();
        return "cannot be read: " + (message == null || message.isBlank() ? failure.getClass().getSimpleName() : message);
    }

    /** A header that does not say what the file claims to be. */
    private static final class BadHeader extends IOException {
        private static final long serialVersionUID = 1L;

        BadHeader(String message) {
            super(message);
        }
    }

    /** Reads a JPEG's segment markers and lengths, counting how far it has read. */
    private static final class JpegSegments {
        private final InputStream in;
        private final byte[] pending;
        private int pendingAt;
        private long position;

        JpegSegments(InputStream in, byte[] alreadyRead, int from) {
            this.in = in;
            this.pending = alreadyRead;
            this.pendingAt = from;
            this.position = from;
        }

        long position() {
            return position;
        }

        int read() throws IOException {
            position++;
            if (pendingAt < pending.length) {
                return pending[pendingAt++] & 0xff;
            }
            return in.read();
        }

        /** The next marker's code (the byte after 0xFF and any fill bytes), or -1 at the end. */
        int nextMarker() throws IOException {
            int b = read();
            if (b != 0xff) {
                return -1;
            }
            do {
                b = read();
            } while (b == 0xff);
            return b;
        }

        int unsigned16() throws IOException {
            int high = read();
            int low = read();
            if (high < 0 || low < 0) {
                throw new BadHeader("is a JPEG image that ends inside its header");
            }
            return (high << 8) | low;
        }

        void skip(long count) throws IOException {
            for (long left = count; left > 0; ) {
                if (pendingAt < pending.length) {
                    pendingAt++;
                    position++;
                    left--;
                    continue;
                }
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new BadHeader("is a JPEG image that ends inside its header");
                    }
                    skipped = 1;
                }
                position += skipped;
                left -= skipped;
            }
        }
    }
}
