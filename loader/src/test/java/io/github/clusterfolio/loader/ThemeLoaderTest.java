package io.github.clusterfolio.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.render.Theme;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Theme files: a full theme, defaults for what is left out, and a corpus of broken themes under
 * {@code theme-invalid/} whose expected problems name the theme's directory as {@code <dir>}.
 */
class ThemeLoaderTest {
    private static final Path INVALID = Corpus.ROOT.resolve("theme-invalid");

    @TempDir
    Path directory;

    @BeforeEach
    void writeAssets() throws IOException {
        Files.createDirectories(directory.resolve("fonts"));
        byte[] trueType = {0, 1, 0, 0, 0, 0x0c, 0, (byte) 0x80};
        for (String style : List.of("Body", "Body-Bold", "Body-Italic", "Body-BoldItalic")) {
            Files.write(directory.resolve("fonts").resolve(style + ".ttf"), trueType);
        }
        Files.write(directory.resolve("fonts").resolve("Display.otf"), "OTTO\0\0\0\0".getBytes(StandardCharsets.US_ASCII));
        ImageIO.write(new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB), "png", directory.resolve("logo.png").toFile());
        ImageIO.write(new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB), "jpeg", directory.resolve("logo.jpg").toFile());
        ImageIO.write(new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB), "gif", directory.resolve("logo.gif").toFile());
        Files.writeString(directory.resolve("not-a-font.ttf"), "this is text");
    }

    @Test
    void aFullThemeIsLoadedExactly() throws IOException {
        Path file = Files.writeString(directory.resolve("theme.yaml"), """
                format: clusterfolio-theme/1
                colours: {primary: "#102030", accent: '#A0B0C0', text: "#000000"}
                fonts:
                  regular: fonts/Body.ttf
                  bold: fonts/Body-Bold.ttf
                  italic: ./fonts/../fonts/Body-Italic.ttf
                  boldItalic: fonts/Display.otf
                logo: logo.png
                page:
                  size: Letter
                  margins: {top: 25.5, right: 15, bottom: 30, left: 15}
                  bleed: 3
                """);

        ThemeLoadResult result = ThemeLoader.defaults().read(file);

        assertThat(result.problems()).isEmpty();
        Theme theme = result.theme().orElseThrow();
        Path fonts = directory.toAbsolutePath().resolve("fonts");
        assertThat(theme).isEqualTo(new Theme(
                Theme.Colour.of("#102030"),
                Theme.Colour.of("#a0b0c0"),
                Theme.Colour.of("#000000"),
                new Theme.Fonts(
                        Optional.of(fonts.resolve("Body.ttf")),
                        Optional.of(fonts.resolve("Body-Bold.ttf")),
                        Optional.of(fonts.resolve("Body-Italic.ttf")),
                        Optional.of(fonts.resolve("Display.otf"))),
                Optional.of(directory.toAbsolutePath().resolve("logo.png")),
                Theme.PageSize.LETTER,
                new Theme.Margins(25.5, 15, 30, 15),
                3));
        assertThat(ThemeLoader.defaults().load(file)).isEqualTo(theme);
    }

    @Test
    void whatIsLeftOutComesFromTheDefaultTheme() {
        assertThat(ThemeLoader.defaults().load("{}", "empty.yaml", directory)).isEqualTo(Theme.DEFAULT);
        Theme partial = ThemeLoader.defaults().load("""
                colours: {accent: "#ff0000"}
                logo: logo.jpg
                page: {margins: {left: 30}}
                """, "partial.yaml", directory);
        assertThat(partial.accentColour()).isEqualTo(Theme.Colour.of("#ff0000"));
        assertThat(partial.primaryColour()).isEqualTo(Theme.DEFAULT.primaryColour());
        assertThat(partial.fonts()).isEqualTo(Theme.Fonts.BUNDLED);
        assertThat(partial.logo()).contains(directory.toAbsolutePath().resolve("logo.jpg"));
        assertThat(partial.pageSize()).isEqualTo(Theme.PageSize.A4);
        assertThat(partial.margins()).isEqualTo(new Theme.Margins(22, 20, 22, 30));
        assertThat(partial.bleedMillimetres()).isZero();
    }

    @Test
    void aLogoMaySayWhatItShowsPerLanguage() {
        Theme theme = ThemeLoader.defaults().load("""
                logo:
                  file: logo.png
                  alt: {de: Wortmarke der Metropolregion, en: Word mark of the metropolitan region}
                """, "logo-alt.yaml", directory);
        assertThat(theme.logo()).contains(directory.toAbsolutePath().resolve("logo.png"));
        assertThat(theme.logoAlt()).contains(io.github.clusterfolio.model.LocalizedText.of(
                "de", "Wortmarke der Metropolregion", "en", "Word mark of the metropolitan region"));
        assertThat(ThemeLoader.defaults().load("logo: logo.png", "plain.yaml", directory).logoAlt()).isEmpty();
        // The file is required in the long form, and an unknown key is refused with its position.
        assertThat(ThemeLoader.defaults().read("""
                logo: {alt: Logo, fiel: logo.png}
                """, "broken.yaml", directory).problems())
                .extracting(Problem::toString)
                .anySatisfy(problem -> assertThat(problem).startsWith("broken.yaml:1:").contains("file"));
    }

    @Test
    void aStreamIsReadLikeAFile() {
        byte[] yaml = "\uFEFFlogo: logo.png\n".getBytes(StandardCharsets.UTF_8);
        Theme theme = ThemeLoader.defaults().load(new ByteArrayInputStream(yaml), "stream.yaml", directory);
        assertThat(theme.logo()).contains(directory.toAbsolutePath().resolve("logo.png"));
    }

    @Test
    void aMissingThemeFileIsOneProblem() {
        Path missing = directory.resolve("missing.yaml");
        assertThat(ThemeLoader.defaults().read(missing).problems()).extracting(Problem::toString)
                .containsExactly(missing + ":0:0: error: cannot read the file: it does not exist");
        assertThatThrownBy(() -> ThemeLoader.defaults().load(missing)).isInstanceOf(LoadException.class);
    }

    static Stream<String> invalidCases() {
        return Corpus.cases(INVALID);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void brokenThemesYieldExactlyTheExpectedProblems(String name) throws IOException {
        Path file = directory.resolve(name + ".yaml");
        Files.write(file, Corpus.yaml(INVALID, name));

        ThemeLoadResult result = ThemeLoader.defaults().read(file);

        String base = directory.toAbsolutePath().toString();
        List<String> actual = result.problems().stream()
                .map(problem -> problem.toString().replace(base, "<dir>"))
                .toList();
        Path expectedFile = INVALID.resolve(name + ".expected");
        if (Corpus.UPDATE) {
            Corpus.write(expectedFile, actual);
        }
        assertThat(actual).containsExactlyElementsOf(Corpus.lines(expectedFile));
        assertThat(result.theme()).isEmpty();
    }
}
