package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.cli.Cli.Result;
import io.github.clusterfolio.render.testing.HostileThemeFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, items 6–8, through the command line: {@code --theme} that is a device, a FIFO or a loop of links
 * says so (it said "no such theme file"), and a theme naming a pixel bomb or a font over 2 GiB is invalid
 * input located at the key, with the limit named — one line each, no stack trace, nothing written.
 */
@Timeout(120)
class HostileThemeIT {
    @TempDir
    Path work;

    @Test
    void aDeviceAsThemeIsNamedForWhatItIs() {
        Result result = Cli.in(work).run("render", "--theme", "/dev/zero");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(result.errLines()).contains(
                "clusterfolio render: --theme /dev/zero is a character device, not a regular file; name a theme file");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void aFifoAsThemeIsNamedForWhatItIsAndNothingBlocks() throws Exception {
        HostileThemeFiles.fifo(work.resolve("theme.yaml"));

        Result result = Cli.in(work).run("render", "--theme", "theme.yaml");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(result.errLines()).contains(
                "clusterfolio render: --theme theme.yaml is a named pipe (FIFO), not a regular file; name a theme file");
    }

    @Test
    void aLoopOfLinksAsThemeIsNamedForWhatItIs() throws Exception {
        HostileThemeFiles.symlinkLoop(work.resolve("theme.yaml"), work.resolve("other.yaml"));

        Result result = Cli.in(work).run("render", "--theme", "theme.yaml");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(result.errLines()).contains("clusterfolio render: --theme theme.yaml is a loop of symbolic links"
                + " (each leads to another, never to a file); name a theme file");
    }

    @Test
    void aPixelBombAndAHugeFontAreInvalidInputAtTheirKeys() throws Exception {
        HostileThemeFiles.pngBomb(work.resolve("logo.png"), 30_000, 30_000);
        HostileThemeFiles.sparse(work.resolve("huge.ttf"), HostileThemeFiles.TRUE_TYPE, 3L << 30);
        HostileThemeFiles.symlinkLoop(work.resolve("a.ttf"), work.resolve("b.ttf"));
        Files.writeString(work.resolve("theme.yaml"), """
                format: clusterfolio-theme/1
                logo: logo.png
                fonts: {regular: huge.ttf, bold: a.ttf}
                """);

        Result result = Cli.in(work).run("render", "--theme", "theme.yaml");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(result.errLines()).containsExactly(
                "theme.yaml:2:7: error: the file 'logo.png' is 30,000 × 30,000 pixels; a logo may be at most 8,000"
                        + " pixels wide and high and 16 million pixels in all, so that decoding it cannot exhaust the"
                        + " memory; scale it down",
                "theme.yaml:3:18: error: the file 'huge.ttf' is 3,221,225,472 bytes (3.0 GiB); a font file may be at"
                        + " most 67,108,864 bytes (64.0 MiB)",
                "theme.yaml:3:34: error: 'a.ttf' is a loop of symbolic links (each leads to another, never to a file) ("
                        + work.toAbsolutePath().toRealPath().resolve("a.ttf") + ")",
                "clusterfolio render: nothing written: theme.yaml has 3 errors");
        assertThat(work.resolve("out")).doesNotExist();
    }
}
