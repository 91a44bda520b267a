package io.github.clusterfolio.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.render.ThemeFileRules;
import io.github.clusterfolio.render.testing.HostileThemeFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sizes {@link ThemeFileRules} reads from image headers are the images' real sizes (checked against
 * ImageIO's own files), the limits hold exactly at their edge, and a header that does not give a size is
 * named rather than guessed.
 */
class ThemeFileRulesTest {
    @TempDir
    Path folder;

    @Test
    void realPngAndJpegFilesWithinTheLimitsAreAccepted() throws IOException {
        for (String format : new String[] {"png", "jpeg"}) {
            Path image = folder.resolve("logo." + format);
            ImageIO.write(new BufferedImage(640, 200, BufferedImage.TYPE_INT_RGB), format, image.toFile());
            assertThat(ThemeFileRules.problem(image, ThemeFileRules.Kind.LOGO)).as(format).isEmpty();
        }
    }

    @Test
    void theSizeComesFromTheHeaderOfARealJpegWithLongMetadataBeforeTheFrame() throws IOException {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(9_001, 3, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg);
        byte[] original = jpeg.toByteArray();
        // An application segment of 60,000 bytes between the start of image and the rest.
        byte[] comment = new byte[60_000];
        comment[0] = (byte) 0xff;
        comment[1] = (byte) 0xe1;
        comment[2] = (byte) ((comment.length - 2) >> 8);
        comment[3] = (byte) (comment.length - 2);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(original, 0, 2);
        file.write(comment);
        file.write(original, 2, original.length - 2);
        Path image = Files.write(folder.resolve("wide.jpg"), file.toByteArray());

        assertThat(ThemeFileRules.imageProblem(image)).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("is 9,001 × 3 pixels; a logo may be at most 8,000 pixels wide"));
    }

    @Test
    void theLimitsHoldExactlyAtTheirEdge() throws IOException {
        assertThat(ThemeFileRules.imageProblem(HostileThemeFiles.pngBomb(folder.resolve("a.png"), 8_000, 2_000)))
                .isEmpty();
        assertThat(ThemeFileRules.imageProblem(HostileThemeFiles.pngBomb(folder.resolve("b.png"), 8_000, 2_001)))
                .hasValueSatisfying(problem -> assertThat(problem).startsWith("is 8,000 × 2,001 pixels"));
        assertThat(ThemeFileRules.imageProblem(HostileThemeFiles.jpegOfSize(folder.resolve("c.jpg"), 8_001, 1)))
                .hasValueSatisfying(problem -> assertThat(problem).startsWith("is 8,001 × 1 pixels"));
        assertThat(ThemeFileRules.imageProblem(HostileThemeFiles.jpegOfSize(folder.resolve("d.jpg"), 0, 10)))
                .contains("declares an image of 0 × 10 pixels, which is empty");

        Path font = HostileThemeFiles.sparse(folder.resolve("font.ttf"), HostileThemeFiles.TRUE_TYPE,
                ThemeFileRules.MAX_FONT_BYTES);
        assertThat(ThemeFileRules.problem(font, ThemeFileRules.Kind.FONT)).isEmpty();
        HostileThemeFiles.sparse(font, HostileThemeFiles.TRUE_TYPE, ThemeFileRules.MAX_FONT_BYTES + 1);
        assertThat(ThemeFileRules.problem(font, ThemeFileRules.Kind.FONT)).contains(
                "is 67,108,865 bytes (64.0 MiB); a font file may be at most 67,108,864 bytes (64.0 MiB)");
    }

    @Test
    void headersThatGiveNoSizeAreNamed() throws IOException {
        byte[] jpeg = Files.readAllBytes(HostileThemeFiles.jpegOfSize(folder.resolve("e.jpg"), 10, 10));
        Path truncated = Files.write(folder.resolve("truncated.jpg"), Arrays.copyOf(jpeg, 12));
        assertThat(ThemeFileRules.imageProblem(truncated))
                .contains("is a JPEG image that ends inside its header");
        Path noFrame = Files.write(folder.resolve("no-frame.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8,
            (byte) 0xff, (byte) 0xda, 0, 2, (byte) 0xff, (byte) 0xd9});
        assertThat(ThemeFileRules.imageProblem(noFrame))
                .contains("is a JPEG image without a frame header (SOF) that gives its size");
        assertThat(ThemeFileRules.imageProblem(HostileThemeFiles.pngWithoutHeader(folder.resolve("f.png"))))
                .contains("is a PNG image without the header (IHDR) that gives its size");
        Path gif = folder.resolve("logo.gif");
        ImageIO.write(new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB), "gif", gif.toFile());
        assertThat(ThemeFileRules.imageProblem(gif)).contains("is not a PNG or JPEG image");
    }

    @Test
    void aFileThatGrewPastTheLimitAfterTheCheckIsNotReadWhole() throws IOException {
        Path logo = HostileThemeFiles.sparse(folder.resolve("logo.png"), new byte[] {1}, ThemeFileRules.MAX_LOGO_BYTES + 1);
        try {
            ThemeFileRules.read(logo, ThemeFileRules.Kind.LOGO);
            throw new AssertionError("read a file over the limit");
        } catch (IOException expected) {
            assertThat(expected).hasMessage("it grew beyond 33,554,432 bytes (32.0 MiB), the limit for a logo, while it"
                    + " was read");
        }
    }
}
