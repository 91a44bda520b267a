package io.github.clusterfolio.render.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Files a hostile theme may name, made on the spot because they are tiny to make and huge to read: PNG pixel
 * bombs (valid images that compress a billion pixels into a few hundred kilobytes), a JPEG that declares
 * any size, sparse files of any length, named pipes, sockets, links to devices and loops of links.
 */
public final class HostileThemeFiles {
    /** The first bytes of a TrueType font. */
    public static final byte[] TRUE_TYPE = {0, 1, 0, 0};

    private HostileThemeFiles() {}

    /**
     * A valid, complete PNG of {@code width} × {@code height} black pixels, one bit each: 30000 × 30000 is
     * about 110 KB on disk and 112 MB deflated (and far more once a decoder expands it).
     */
    public static Path pngBomb(Path file, int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        writeInt(header, width);
        writeInt(header, height);
        header.write(new byte[] {1, 0, 0, 0, 0}); // 1 bit, greyscale, deflate, adaptive filter, not interlaced
        chunk(png, "IHDR", header.toByteArray());
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        byte[] row = new byte[1 + (width + 7) / 8]; // filter type 0 and the row's zero bits
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(data, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        }
        chunk(png, "IDAT", data.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return Files.write(file, png.toByteArray());
    }

    /** A PNG signature followed by {@code rest} instead of the IHDR chunk. */
    public static Path pngWithoutHeader(Path file) throws IOException {
        return Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 4, 't',
            'E', 'X', 't', 'a', 'b', 'c', 'd'});
    }

    /** A JPEG whose frame header (after a JFIF segment) declares {@code width} × {@code height} pixels. */
    public static Path jpegOfSize(Path file, int width, int height) throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        jpeg.write(new byte[] {(byte) 0xff, (byte) 0xd8});
        jpeg.write(new byte[] {(byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0});
        jpeg.write(new byte[] {(byte) 0xff, (byte) 0xc0, 0, 11, 8, (byte) (height >> 8), (byte) height,
            (byte) (width >> 8), (byte) width, 1, 1, 0x11, 0});
        jpeg.write(new byte[] {(byte) 0xff, (byte) 0xd9});
        return Files.write(file, jpeg.toByteArray());
    }

    /** A sparse file of {@code length} bytes that starts with {@code head}: it takes no room on disk. */
    public static Path sparse(Path file, byte[] head, long length) throws IOException {
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.write(head);
            out.setLength(length);
        }
        return file;
    }

    /** A named pipe (FIFO), made with {@code mkfifo}; nobody writes to it, so reading it blocks for ever. */
    public static Path fifo(Path file) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).redirectErrorStream(true).start();
        String output = new String(mkfifo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!mkfifo.waitFor(30, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
            throw new IOException("mkfifo " + file + " failed: " + output);
        }
        return file;
    }

    /** A Unix-domain socket file; the returned channel keeps it bound until closed. */
    public static ServerSocketChannel socket(Path file) throws IOException {
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        channel.bind(UnixDomainSocketAddress.of(file));
        return channel;
    }

    /** Two symbolic links that point at each other; returns the first. */
    public static Path symlinkLoop(Path first, Path second) throws IOException {
        Files.createSymbolicLink(first, second.getFileName());
        Files.createSymbolicLink(second, first.getFileName());
        return first;
    }

    private static void chunk(OutputStream png, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream length = new ByteArrayOutputStream();
        writeInt(length, data.length);
        png.write(length.toByteArray());
        png.write(name);
        png.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        ByteArrayOutputStream sum = new ByteArrayOutputStream();
        writeInt(sum, (int) crc.getValue());
        png.write(sum.toByteArray());
    }

    private static void writeInt(OutputStream out, int value) throws IOException {
        out.write(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }
}
