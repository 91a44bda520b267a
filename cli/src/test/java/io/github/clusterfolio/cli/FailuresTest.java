package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.render.RenderException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FailuresTest {
    @Test
    void fileSystemFailuresReadAsSentences() {
        assertThat(Failures.describe(new NoSuchFileException("out/pdf"))).isEqualTo("no such file or folder: out/pdf");
        assertThat(Failures.describe(new AccessDeniedException("out/pdf"))).isEqualTo("permission denied: out/pdf");
        assertThat(Failures.describe(new FileSystemException("out/pdf/x.pdf", null, "Read-only file system")))
                .isEqualTo("out/pdf/x.pdf: Read-only file system");
        assertThat(Failures.describe(new UncheckedIOException(new IOException("No space left on device"))))
                .isEqualTo("No space left on device");
    }

    @Test
    void bugsAreCalledInternalErrors() {
        NullPointerException bug = new NullPointerException("x is null");
        assertThat(Failures.describe(bug)).isEqualTo("internal error: NullPointerException: x is null");
        assertThat(Failures.isInternal(bug)).isTrue();
        assertThat(Failures.isInternal(new RenderFailure("pdf", bug))).isTrue();
        assertThat(Failures.isInternal(new RenderFailure("pdf", new RenderException("font missing")))).isFalse();
        assertThat(Failures.isInternal(new OutputException("disk full"))).isFalse();
    }

    @Test
    void causesAreListedOnceEach() {
        IOException root = new IOException("No space left on device");
        RenderFailure failure = new RenderFailure("pdf", new RenderException("cannot write the brochure", root));

        assertThat(failure.getMessage()).isEqualTo("rendering pdf failed: cannot write the brochure");
        assertThat(Failures.causes(failure)).containsExactly("No space left on device");
    }

    @Test
    void aFailurePrintsOneLineWithItsCausesAndNoStackTrace() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new ClusterfolioCommand(new Environment(Map.of(), () -> false)));
        command.setErr(new PrintWriter(err));
        RenderFailure failure = new RenderFailure("pdf", new RenderException("cannot embed the font",
                new IllegalArgumentException("not a TrueType file")));

        int exitCode = ClusterfolioCommand.failure(failure, command, false);

        assertThat(exitCode).isEqualTo(ExitCode.FAILED);
        assertThat(err.toString().lines()).containsExactly(
                "clusterfolio: rendering pdf failed: cannot embed the font",
                "  because: IllegalArgumentException: not a TrueType file");
    }

    @Test
    void outOfMemoryTellsHowToGiveMore() {
        assertThat(Failures.describe(new OutOfMemoryError("Java heap space")))
                .contains("out of memory", "JAVA_TOOL_OPTIONS=-Xmx2g");
        assertThat(Failures.isInternal(new OutOfMemoryError())).isFalse();
    }
}
