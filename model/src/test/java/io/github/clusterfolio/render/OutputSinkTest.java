package io.github.clusterfolio.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clusterfolio.model.LocalizedText;
import io.github.clusterfolio.model.Region;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputSinkTest {

    @Test
    void directorySinkCreatesFoldersAndWritesTheBytes(@TempDir Path dir) throws IOException {
        try (OutputStream out = OutputSink.directory(dir).open("de/sectors/automotive.html")) {
            out.write(new byte[] {1, 2, 3});
        }
        assertThat(Files.readAllBytes(dir.resolve("de/sectors/automotive.html"))).containsExactly(1, 2, 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape.txt", "/etc/passwd", "a/../../b", "", "a\\b", "."})
    void pathsThatLeaveTheFolderAreRejected(String path, @TempDir Path dir) {
        assertThatThrownBy(() -> OutputSink.directory(dir).open(path)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InMemoryOutputSink().open(path)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inMemorySinkRefusesToWriteOnePathTwice() {
        InMemoryOutputSink sink = new InMemoryOutputSink();
        sink.open("a.txt");
        assertThatThrownBy(() -> sink.open("a.txt")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void renderOptionsResolveLanguagesAgainstTheRegion() {
        Region region = Region.builder("r", LocalizedText.of("R")).languages("de", "en").build();
        assertThat(RenderOptions.at(Instant.EPOCH).languagesFor(region)).containsExactly("de", "en");
        assertThat(RenderOptions.at(Instant.EPOCH).withLanguages(List.of("en")).languagesFor(region))
                .containsExactly("en");
        assertThatThrownBy(() -> RenderOptions.at(Instant.EPOCH).withLanguages(List.of("fr")).languagesFor(region))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no language 'fr'")
                .hasMessageContaining("de, en");
    }

    @Test
    void themeColoursParseAndPrintAsHex() {
        assertThat(Theme.Colour.of("#1B3A5C").hex()).isEqualTo("#1b3a5c");
        assertThatThrownBy(() -> Theme.Colour.of("blue")).hasMessageContaining("#rrggbb");
        assertThatThrownBy(() -> new Theme.Margins(1, 20, 20, 20)).hasMessageContaining("between 5 and 60");
    }
}
