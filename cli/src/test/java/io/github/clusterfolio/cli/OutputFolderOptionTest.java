package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --out} names the real cause when the path cannot be a folder, links included. */
class OutputFolderOptionTest {
    @TempDir
    Path temp;

    @Test
    void aDanglingLinkNamesWhereItPoints() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("site"), temp.resolve("missing"));

        assertThatThrownBy(() -> OutputFolderOption.outputFolder(link.toString()))
                .isInstanceOf(UsageException.class)
                .hasMessage("the output folder " + link + " is a symbolic link to " + temp.resolve("missing")
                        + ", which does not exist; create that folder, or name another one with --out");
    }

    @Test
    void aLoopOfLinksIsCalledALoop() throws IOException {
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");
        Files.createSymbolicLink(one, two);
        Files.createSymbolicLink(two, one);

        assertThatThrownBy(() -> OutputFolderOption.outputFolder(one.resolve("out").toString()))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("lies under " + one + ", which is a loop of symbolic links");
    }

    @Test
    void aLinkToAFolderAndAFolderStillMissingAreFine() throws IOException {
        Files.createDirectories(temp.resolve("real"));
        Path link = Files.createSymbolicLink(temp.resolve("site"), temp.resolve("real"));

        assertThat(OutputFolderOption.outputFolder(link.toString())).isEqualTo(link);
        assertThat(OutputFolderOption.outputFolder(link.resolve("not/yet").toString())).isEqualTo(link.resolve("not/yet"));
    }

    @Test
    void aFileIsStillAFile() throws IOException {
        Path file = Files.writeString(temp.resolve("file"), "x");

        assertThatThrownBy(() -> OutputFolderOption.outputFolder(file.resolve("out").toString()))
                .hasMessageContaining("lies under " + file + ", which is a file");
    }

    @Test
    void theRootOfTheFileSystemIsNoOutputFolder() {
        for (String root : new String[] {"/", "//", "/tmp/..", temp + "/" + "../".repeat(temp.getNameCount() + 1)}) {
            assertThatThrownBy(() -> OutputFolderOption.outputFolder(root)).as(root)
                    .isInstanceOf(UsageException.class)
                    .hasMessageContaining("is the root of the file system");
        }
    }
}
