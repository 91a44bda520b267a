package io.github.clusterfolio.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.render.testing.HostileThemeFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11, items 6–8: a hostile theme corpus. A theme may come from a pull request in CI, so the files it
 * names may be pixel bombs, files of gigabytes, named pipes, devices, sockets or loops of links. Each case
 * under {@code theme-hostile/} names such files (made here, in a temporary folder, because they are tiny to
 * make and huge to read); its {@code .expected} file holds the exact problems, at the key's line and column,
 * each naming the real cause and the limit. Nothing is decoded or read whole, and nothing blocks.
 */
@Timeout(60)
class HostileThemeTest {
    private static final Path HOSTILE = Corpus.ROOT.resolve("theme-hostile");

    /** Made once: the files are only read, and the pixel bombs take a moment to compress. */
    @TempDir
    static Path directory;

    private static ServerSocketChannel socket;

    @BeforeAll
    static void writeHostileFiles() throws Exception {
        HostileThemeFiles.pngBomb(directory.resolve("bomb-15000.png"), 15_000, 15_000);
        HostileThemeFiles.pngBomb(directory.resolve("bomb-30000.png"), 30_000, 30_000);
        HostileThemeFiles.pngBomb(directory.resolve("wide.png"), 9_000, 1);
        HostileThemeFiles.jpegOfSize(directory.resolve("bomb.jpg"), 60_000, 60_000);
        HostileThemeFiles.pngWithoutHeader(directory.resolve("no-header.png"));
        Path smallPng = directory.resolve("small.png");
        ImageIO.write(new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB), "png", smallPng.toFile());
        HostileThemeFiles.sparse(directory.resolve("huge.png"), Files.readAllBytes(smallPng), 40L << 20);
        HostileThemeFiles.sparse(directory.resolve("huge.ttf"), HostileThemeFiles.TRUE_TYPE, 3L << 30);
        HostileThemeFiles.fifo(directory.resolve("fifo.ttf"));
        Files.createSymbolicLink(directory.resolve("zero.ttf"), Path.of("/dev/zero"));
        HostileThemeFiles.symlinkLoop(directory.resolve("loop-a.ttf"), directory.resolve("loop-b.ttf"));
        socket = HostileThemeFiles.socket(directory.resolve("socket.ttf"));
        Files.createSymbolicLink(directory.resolve("dangling.png"), Path.of("gone.png"));
        ImageIO.write(new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB), "png", directory.resolve("logo.png").toFile());
        Files.createSymbolicLink(directory.resolve("logo-link.png"), Path.of("logo.png"));
    }

    @AfterAll
    static void closeSocket() throws IOException {
        socket.close();
    }

    static Stream<String> cases() {
        return Corpus.cases(HOSTILE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostileFileIsRefusedWithItsRealCause(String name) throws IOException {
        Path file = directory.resolve(name + ".yaml");
        Files.write(file, Corpus.yaml(HOSTILE, name));

        ThemeLoadResult result = ThemeLoader.defaults().read(file);

        String base = directory.toAbsolutePath().toString();
        List<String> actual = result.problems().stream().map(problem -> problem.toString().replace(base, "<dir>"))
                .toList();
        Path expectedFile = HOSTILE.resolve(name + ".expected");
        if (Corpus.UPDATE) {
            Corpus.write(expectedFile, actual);
        }
        assertThat(actual).containsExactlyElementsOf(Corpus.lines(expectedFile));
        assertThat(result.theme()).isEmpty();
    }

    @Test
    void aThemeFileThatIsNotARegularFileNamesWhatItIs() throws Exception {
        assertThat(problems(Path.of("/dev/zero")))
                .containsExactly("/dev/zero:0:0: error: cannot read the file: it is a character device, not a regular file");
        Path fifo = HostileThemeFiles.fifo(directory.resolve("theme-fifo.yaml"));
        assertThat(problems(fifo)).containsExactly(fifo + ":0:0: error: cannot read the file: it is a named pipe (FIFO),"
                + " not a regular file");
        Path loop = HostileThemeFiles.symlinkLoop(directory.resolve("theme-a.yaml"), directory.resolve("theme-b.yaml"));
        assertThat(problems(loop)).containsExactly(loop + ":0:0: error: cannot read the file: it is a loop of symbolic"
                + " links (each leads to another, never to a file)");
    }

    private static List<String> problems(Path themeFile) {
        return ThemeLoader.defaults().read(themeFile).problems().stream().map(Problem::toString).toList();
    }
}
