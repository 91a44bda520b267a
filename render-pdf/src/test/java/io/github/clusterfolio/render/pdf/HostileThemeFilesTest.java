package io.github.clusterfolio.render.pdf;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clusterfolio.render.RenderException;
import io.github.clusterfolio.render.Theme;
import io.github.clusterfolio.render.testing.HostileThemeFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, items 6–8, for a theme built in code (the loader checks a theme file the same way, with line and
 * column: {@code HostileThemeTest}). Building the renderer refuses a pixel bomb before OpenPDF decodes it
 * (a 30000 × 30000 PNG took 5.9 GB and then failed with "-1594967296"), a font or logo larger than its limit
 * before it is read (over 2 GiB it used to say "out of memory"), and a FIFO, a device or a loop of links with
 * what it is — each in a {@link RenderException} that names the file and the limit.
 */
@Timeout(60)
class HostileThemeFilesTest {
    @TempDir
    Path folder;

    private static Theme withLogo(Path logo) {
        Theme d = Theme.DEFAULT;
        return new Theme(d.primaryColour(), d.accentColour(), d.textColour(), d.fonts(), Optional.of(logo),
                d.pageSize(), d.margins(), 0);
    }

    private static Theme withRegularFont(Path font) {
        Theme d = Theme.DEFAULT;
        return new Theme(d.primaryColour(), d.accentColour(), d.textColour(),
                new Theme.Fonts(Optional.of(font), Optional.empty(), Optional.empty(), Optional.empty()),
                Optional.empty(), d.pageSize(), d.margins(), 0);
    }

    @Test
    void aPngPixelBombIsRefusedBeforeItIsDecoded() throws Exception {
        Path bomb = HostileThemeFiles.pngBomb(folder.resolve("bomb.png"), 30_000, 30_000);
        assertThatThrownBy(() -> PdfBrochureRenderer.builder().theme(withLogo(bomb)).build())
                .isInstanceOf(RenderException.class)
                .hasMessage("the theme's logo '" + bomb + "' is 30,000 × 30,000 pixels; a logo may be at most 8,000"
                        + " pixels wide and high and 16 million pixels in all, so that decoding it cannot exhaust the"
                        + " memory; scale it down");
    }

    @Test
    void aJpegThatDeclaresTooManyPixelsIsRefused() throws Exception {
        Path bomb = HostileThemeFiles.jpegOfSize(folder.resolve("bomb.jpg"), 20_000, 100);
        assertThatThrownBy(() -> PdfBrochureRenderer.builder().theme(withLogo(bomb)).build())
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("bomb.jpg' is 20,000 × 100 pixels; a logo may be at most 8,000 pixels");
    }

    @Test
    void aFontOver2GibNamesTheLimitNotTheMemory() throws Exception {
        Path huge = HostileThemeFiles.sparse(folder.resolve("huge.ttf"), HostileThemeFiles.TRUE_TYPE, (2L << 30) + 1);
        assertThatThrownBy(() -> PdfBrochureRenderer.builder().theme(withRegularFont(huge)).build())
                .isInstanceOf(RenderException.class)
                .hasMessage("the regular font '" + huge + "' is 2,147,483,649 bytes (2.0 GiB); a font file may be at"
                        + " most 67,108,864 bytes (64.0 MiB)");
        assertThatThrownBy(() -> PdfBrochureRenderer.builder().fallbackFont(huge).build())
                .isInstanceOf(RenderException.class)
                .hasMessageStartingWith("the fallback font '" + huge + "' is 2,147,483,649 bytes");
    }

    @Test
    void aLogoOver2GibNamesTheLimit() throws Exception {
        Path huge = HostileThemeFiles.sparse(folder.resolve("huge.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                3L << 30);
        assertThatThrownBy(() -> PdfBrochureRenderer.builder().theme(withLogo(huge)).build())
                .isInstanceOf(RenderException.class)
                .hasMessage("the theme's logo '" + huge + "' is 3,221,225,472 bytes (3.0 GiB); a logo may be at most"
                        + " 33,554,432 bytes (32.0 MiB)");
    }

    @Test
    void aLoopOfLinksAFifoAndADeviceAreNamedForWhatTheyAre() throws Exception {
        Path loop = HostileThemeFiles.symlinkLoop(folder.resolve("a.ttf"), folder.resolve("b.ttf"));
        assertThatThrownBy(() -> PdfBrochureRenderer.builder().theme(withRegularFont(loop)).build())
                .isInstanceOf(RenderException.class)
                .hasMessage("the regular font '" + loop + "' is a loop of symbolic links (each leads to another,"
                        + " never to a file)");

        Path fifo = HostileThemeFiles.fifo(folder.resolve("pipe.ttf"));
        assertThatThrownBy(() -> PdfBrochureRenderer.builder().theme(withRegularFont(fifo)).build())
                .isInstanceOf(RenderException.class)
                .hasMessage("the regular font '" + fifo + "' is a named pipe (FIFO), not a regular file");

        Path zero = Files.createSymbolicLink(folder.resolve("zero.png"), Path.of("/dev/zero"));
        assertThatThrownBy(() -> PdfBrochureRenderer.builder().theme(withLogo(zero)).build())
                .isInstanceOf(RenderException.class)
                .hasMessage("the theme's logo '" + zero + "' is a character device, not a regular file");

        Path dangling = Files.createSymbolicLink(folder.resolve("gone.ttf"), Path.of("nowhere.ttf"));
        assertThatThrownBy(() -> PdfBrochureRenderer.builder().theme(withRegularFont(dangling)).build())
                .isInstanceOf(RenderException.class)
                .hasMessage("the regular font '" + dangling + "' is a symbolic link to 'nowhere.ttf', which does not"
                        + " exist");
    }
}
