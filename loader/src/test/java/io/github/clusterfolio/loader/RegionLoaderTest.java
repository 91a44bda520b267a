package io.github.clusterfolio.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's public API: its three sources, load versus read, strictness, limits and exceptions. */
class RegionLoaderTest {
    private static final String VALID = """
            format: clusterfolio/1
            region:
              id: test-region
              name: {de: Testregion, en: Test region}
              languages: [de, en]
            sectors:
              - id: logistics
                name: {de: Logistik}
                summary: Ports.
            organisations:
              - id: port-one
                name: Port One
                type: port
                sectors: [logistics]
            """;

    @TempDir
    Path directory;

    @Test
    void pathStreamAndStringGiveTheSameRegion() throws IOException {
        Path file = Files.writeString(directory.resolve("region.yaml"), VALID);
        RegionLoader loader = RegionLoader.defaults();

        Region fromPath = loader.load(file);
        Region fromStream = loader.load(new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8)), "region.yaml");
        Region fromString = loader.load(VALID, "region.yaml");

        assertThat(fromPath).isEqualTo(fromStream).isEqualTo(fromString);
        assertThat(fromPath.id()).isEqualTo("test-region");
    }

    @Test
    void problemsNameTheFileAsGiven() throws IOException {
        Path file = Files.writeString(directory.resolve("region.yaml"), VALID);
        LoadResult result = RegionLoader.defaults().read(file);
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file.toString());
            assertThat(problem.line()).isEqualTo(8);
            assertThat(problem.column()).isEqualTo(11);
            assertThat(problem.path()).isEqualTo("sectors[0].name");
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void aMissingTranslationIsAWarningThatStillLoads() {
        LoadResult result = RegionLoader.defaults().read(VALID, "region.yaml");
        assertThat(result.region()).isPresent();
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.warnings()).extracting(Problem::toString)
                .containsExactly("region.yaml:8:11: warning: no 'en' text; the 'de' text is used instead");
        assertThat(RegionLoader.defaults().load(VALID, "region.yaml").sectors()).hasSize(1);
    }

    @Test
    void strictModeMakesTheWarningAnErrorAndLoadThrows() {
        RegionLoader strict = RegionLoader.builder().strict(true).build();
        assertThat(strict.strict()).isTrue();

        LoadResult result = strict.read(VALID, "region.yaml");
        assertThat(result.region()).isEmpty();
        assertThat(result.errors()).extracting(Problem::toString)
                .containsExactly("region.yaml:8:11: error: no 'en' text; the 'de' text is used instead");

        assertThatThrownBy(() -> strict.load(VALID, "region.yaml"))
                .isInstanceOf(LoadException.class)
                .hasMessage("region.yaml:8:11: error: no 'en' text; the 'de' text is used instead")
                .satisfies(e -> assertThat(((LoadException) e).problems()).hasSize(1));
    }

    @Test
    void theExceptionListsEveryProblemOnItsOwnLineSortedByPosition() {
        String broken = VALID.replace("type: port", "type: harbour").replace("id: test-region", "id: Test");
        LoadException exception = org.junit.jupiter.api.Assertions.assertThrows(
                LoadException.class, () -> RegionLoader.defaults().load(broken, "broken.yaml"));
        assertThat(exception.toString()).isEqualTo(exception.getMessage());
        assertThat(exception.getMessage().split(System.lineSeparator())).containsExactly(
                "broken.yaml:3:7: error: 'Test' is not a valid id: use lower-case letters, digits and single hyphens,"
                        + " such as 'test'",
                "broken.yaml:8:11: warning: no 'en' text; the 'de' text is used instead",
                "broken.yaml:13:11: error: unknown organisation type 'harbour'; use one of cluster, network, agency,"
                        + " port, research, association, company, public-body");
        assertThat(exception.getStackTrace()).isEmpty();
    }

    @Test
    void aMissingFileIsOneProblemAtLineZero() {
        Path missing = directory.resolve("missing.yaml");
        LoadResult result = RegionLoader.defaults().read(missing);
        assertThat(result.region()).isEmpty();
        assertThat(result.problems()).containsExactly(new Problem(
                Severity.ERROR, missing.toString(), 0, 0, "", "cannot read the file: it does not exist"));
        assertThatThrownBy(() -> RegionLoader.defaults().load(missing))
                .isInstanceOf(LoadException.class)
                .hasMessage(missing + ":0:0: error: cannot read the file: it does not exist");
    }

    @Test
    void aDirectoryIsNotAFile() {
        assertThat(RegionLoader.defaults().read(directory).problems()).extracting(Problem::message)
                .containsExactly("cannot read the file: it is a directory");
    }

    @Test
    void aStreamThatFailsIsOneProblemNamingTheReason() {
        InputStream failing = new InputStream() {
            private int left = 100;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    throw new IOException("connection reset");
                }
                left--;
                return ' ';
            }
        };
        LoadResult result = RegionLoader.defaults().read(failing, "remote.yaml");
        assertThat(result.problems()).extracting(Problem::toString)
                .containsExactly("remote.yaml:0:0: error: cannot read the file: connection reset");
    }

    @Test
    void theCallersStreamIsReadButNotClosed() {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in = new FilterInputStream(new ByteArrayInputStream(VALID.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public void close() throws IOException {
                closed.set(true);
                super.close();
            }
        };
        assertThat(RegionLoader.defaults().read(in, "region.yaml").region()).isPresent();
        assertThat(closed).isFalse();
    }

    @Test
    void limitsAreConfigurableAndReported() {
        LoaderLimits limits = new LoaderLimits(10_000, 20, 8, 3);
        RegionLoader loader = RegionLoader.builder().limits(limits).build();
        assertThat(loader.limits()).isEqualTo(limits);
        assertThat(loader.read(VALID.replace("Port One", "Port One with a name longer than twenty"), "x.yaml")
                        .errors())
                .extracting(Problem::message)
                .containsExactly("this value is 39 characters long; at most 20 are allowed");
        assertThat(RegionLoader.defaults().limits()).isEqualTo(LoaderLimits.DEFAULTS);
        assertThatThrownBy(() -> new LoaderLimits(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneLoaderServesManyThreadsAtOnce() {
        RegionLoader loader = RegionLoader.defaults();
        Region expected = loader.load(VALID, "region.yaml");
        List<Region> regions = IntStream.range(0, 64)
                .parallel()
                .mapToObj(i -> loader.load(VALID, "region-" + i + ".yaml"))
                .toList();
        assertThat(regions).allSatisfy(region -> assertThat(region).isEqualTo(expected));
    }

    @Test
    void nullArgumentsAreRejectedAtOnce() {
        RegionLoader loader = RegionLoader.defaults();
        assertThatThrownBy(() -> loader.read((Path) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> loader.read((String) null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> loader.read(VALID, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> loader.read((InputStream) null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> RegionLoader.builder().limits(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theSchemaIsShippedInTheJar() {
        assertThat(RegionSchema.json()).startsWith("{").contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
        assertThat(RegionLoader.class.getResource(RegionSchema.RESOURCE)).isNotNull();
    }

    /** A valid region of {@code count} organisations, about 100 bytes each. */
    private static String manyOrganisations(int count) {
        StringBuilder yaml = new StringBuilder(VALID);
        for (int i = 0; i < count; i++) {
            yaml.append("  - id: org-").append(i).append("\n    name: Organisation number ").append(i)
                    .append("\n    type: company\n    sectors: [logistics]\n");
        }
        return yaml.toString();
    }

    /** Issue 11, item 13: a file shortened while it was read validated with part of its organisations. */
    @Test
    void aFileShortenedWhileBeingReadIsAnErrorWhereReadingStopped() throws IOException {
        String yaml = manyOrganisations(1_000);
        Path file = Files.writeString(directory.resolve("region.yaml"), yaml);
        // Cut at the start of an organisation well after the first block: what remains is valid YAML.
        int cut = yaml.indexOf("  - id: org-500\n");
        LoadResult result = RegionLoader.defaults().read(file, () -> truncate(file, cut));

        assertThat(result.region()).isEmpty();
        assertThat(result.problems()).hasSize(1);
        Problem problem = result.problems().getFirst();
        assertThat(problem.toString()).isEqualTo(file + ":" + (yaml.substring(0, cut).split("\n").length + 1)
                + ":1: error: the file ended after " + String.format(java.util.Locale.ROOT, "%,d", cut) + " of its "
                + String.format(java.util.Locale.ROOT, "%,d", yaml.length()) + " bytes: it was shortened while it"
                + " was being read; nothing of it was used — read it again once it is completely written");
        // Read again, the shortened file is valid: the error above is all that kept a part from passing.
        assertThat(RegionLoader.defaults().read(file).region()).hasValueSatisfying(
                region -> assertThat(region.organisations()).hasSize(501));
    }

    @Test
    void aFileThatGrowsWhileBeingReadIsAnError() throws IOException {
        String yaml = manyOrganisations(1_000);
        Path file = Files.writeString(directory.resolve("region.yaml"), yaml);
        LoadResult result = RegionLoader.defaults().read(file, () -> append(file, "  - id: late\n    name: Late\n"
                + "    type: company\n    sectors: [logistics]\n"));

        assertThat(result.region()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .startsWith("the file changed while it was being read: ").contains("nothing of it was used"));
    }

    @Test
    void aFileRewrittenToTheSameSizeWhileBeingReadIsAnError() throws IOException {
        String yaml = manyOrganisations(1_000);
        Path file = Files.writeString(directory.resolve("region.yaml"), yaml);
        java.nio.file.attribute.FileTime before = Files.getLastModifiedTime(file);
        LoadResult result = RegionLoader.defaults().read(file, () -> {
            try {
                Files.writeString(file, yaml.replace("Organisation number 9", "Organisation nummer 9"));
                Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(before.toMillis() + 2_000));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        assertThat(result.region()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .startsWith("the file changed while it was being read: it was modified at "));
    }

    @Test
    void aFileLeftAloneWhileBeingReadIsRead() throws IOException {
        Path file = Files.writeString(directory.resolve("region.yaml"), manyOrganisations(1_000));
        assertThat(RegionLoader.defaults().read(file, () -> {}).region()).hasValueSatisfying(
                region -> assertThat(region.organisations()).hasSize(1_001));
    }

    private static void truncate(Path file, long size) {
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(size);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
