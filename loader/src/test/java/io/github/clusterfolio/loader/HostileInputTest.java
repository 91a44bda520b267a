package io.github.clusterfolio.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.clusterfolio.model.Problem;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken and hostile input ends in problems: never an exception, a hang or running out of memory. The
 * inputs that would take quadratic time or unbounded memory without the loader's limits are generated
 * here at full size; that these tests finish at all is part of what they check.
 */
class HostileInputTest {
    private static final String HEAD = """
            format: clusterfolio/1
            region:
              id: test-region
              name: Test region
              languages: [en]
            sectors:
              - id: logistics
                name: Logistics
                summary: Ports.
            organisations:
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plain", "double-quoted", "single-quoted", "comment", "block"})
    void aFileOfOneMultiMegabyteLineFailsFastWithOneProblem(String style) {
        String huge = "x".repeat(8 * 1024 * 1024);
        String line = switch (style) {
            case "plain" -> "  summary: " + huge;
            case "double-quoted" -> "  summary: \"" + huge + "\"";
            case "single-quoted" -> "  summary: '" + huge + "'";
            case "comment" -> "# " + huge;
            default -> "  summary: |\n    " + huge;
        };
        String yaml = "format: clusterfolio/1\nregion:\n" + line + "\n";
        int lineNumber = style.equals("block") ? 4 : 3;

        LoadResult result = RegionLoader.defaults().read(yaml, "huge.yaml");

        assertThat(result.problems()).extracting(Problem::toString).containsExactly("huge.yaml:" + lineNumber
                + ":101025: error: line " + lineNumber
                + " is longer than any value may be (100,000 characters); reading stopped");
    }

    @Test
    void anEndlessStreamStopsAtTheDocumentLimit() {
        InputStream endless = new InputStream() {
            private final byte[] item = "  - {id: a, name: A, type: port, sectors: [logistics]}\n".getBytes(StandardCharsets.UTF_8);
            private long position;

            @Override
            public int read() {
                return item[(int) (position++ % item.length)];
            }
        };
        RegionLoader loader = RegionLoader.builder()
                .limits(new LoaderLimits(1_000_000, 1_000, 32, 200))
                .build();

        LoadResult result = loader.read(endless, "endless.yaml");

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.message()).isEqualTo(
                    "the document is longer than the limit of 1,000,000 characters; reading stopped");
            assertThat(problem.line()).isEqualTo(18182);
        });
    }

    @Test
    void nestingAMillionLevelsDeepIsRefusedWithoutAStackOverflow() {
        String yaml = HEAD.replace("organisations:\n", "organisations: " + "[".repeat(1_000_000) + "\n");

        LoadResult result = RegionLoader.defaults().read(yaml, "deep.yaml");

        assertThat(result.problems()).extracting(Problem::message)
                .contains("the document is nested more than 32 levels deep; reading stopped");
        assertThat(result.region()).isEmpty();
    }

    @Test
    void tenThousandErrorsAreCappedAndReadingStops() {
        StringBuilder yaml = new StringBuilder(HEAD);
        for (int i = 0; i < 10_000; i++) {
            yaml.append("  - {id: o").append(i).append(", name: O, type: port, sectors: [logistics], colour: red}\n");
        }

        LoadResult result = RegionLoader.defaults().read(yaml.toString(), "many.yaml");

        assertThat(result.problems()).hasSize(201);
        assertThat(result.problems().getLast().message())
                .isEqualTo("too many problems; reading stopped (only the first 200 are shown)");
    }

    @Test
    void manyWarningsAreCappedButTheRegionStillLoads() {
        StringBuilder yaml = new StringBuilder(HEAD.replace("languages: [en]", "languages: [en, de]"));
        for (int i = 0; i < 1_000; i++) {
            yaml.append("  - {id: o").append(i).append(", name: O, type: port, sectors: [logistics],")
                    .append(" description: {en: Only English.}}\n");
        }
        RegionLoader loader = RegionLoader.builder().limits(new LoaderLimits(1_000_000, 1_000, 32, 10)).build();

        LoadResult result = loader.read(yaml.toString(), "warnings.yaml");

        assertThat(result.region()).isPresent();
        assertThat(result.region().orElseThrow().organisations()).hasSize(1_000);
        assertThat(result.problems()).hasSize(11);
        assertThat(result.problems().getFirst().toString())
                .isEqualTo("warnings.yaml:11:70: warning: no 'de' text; the 'en' text is used instead");
        assertThat(result.problems().getLast().toString())
                .isEqualTo("warnings.yaml:20:70: warning: 990 more warnings are not shown");
    }

    @Test
    void aBillionLaughsIsRefusedNotExpanded() {
        StringBuilder yaml = new StringBuilder("format: clusterfolio/1\nlol0: &l0 [lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("lol").append(i).append(": &l").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
            }
            yaml.append("]\n");
        }

        LoadResult result = RegionLoader.defaults().read(yaml.toString(), "lol.yaml");

        assertThat(result.region()).isEmpty();
        assertThat(result.problems()).extracting(Problem::message)
                .contains("an alias ('*l0') is not allowed here; write the value out in full");
    }

    /** Regression: jackson-dataformats-text#508, an emoji split by SnakeYAML's 1,024-character buffer. */
    @Test
    void anEmojiAtAnyPositionAroundTheParserBufferBoundaryLoads() {
        for (int padding = 900; padding < 1_100; padding++) {
            String yaml = HEAD.replace("summary: Ports.", "summary: \"" + "x".repeat(padding) + "\uD83D\uDEA2 \uD83C\uDDE9\uD83C\uDDEA\"")
                    + "  - {id: a, name: \"\uD83D\uDEA2\", type: port, sectors: [logistics]}\n";
            LoadResult fromText = RegionLoader.defaults().read(yaml, "emoji.yaml");
            LoadResult fromBytes = RegionLoader.defaults()
                    .read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "emoji.yaml");
            assertThat(fromText.problems()).as("padding %d", padding).isEmpty();
            assertThat(fromBytes.problems()).as("padding %d", padding).isEmpty();
            assertThat(fromBytes.region()).isEqualTo(fromText.region());
        }
    }

    @Test
    void unpairedSurrogatesInAStringAreRefused() {
        LoadResult result = RegionLoader.defaults().read(HEAD.replace("Ports.", "Ports \uD800."), "broken.yaml");
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                "broken.yaml:9:20: error: the text contains a broken character (an unpaired surrogate)");
    }

    static IntStream seeds() {
        return IntStream.range(0, 300);
    }

    /** Mutations of the bundled dataset: whatever they break, the loader answers with problems. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mutatedFilesNeverThrowAndErrorsMeanNoRegion(int seed) throws Exception {
        byte[] original = Files.readAllBytes(Path.of("..", "examples", "metropolregion-nordwest.yaml"));
        byte[] mutated = mutate(original, new SplittableRandom(seed));

        assertThatCode(() -> {
            LoadResult result = RegionLoader.defaults().read(new ByteArrayInputStream(mutated), "mutated.yaml");
            assertThat(result.region().isPresent()).isEqualTo(!result.hasErrors());
            assertThat(result.problems()).isSorted();
            assertThat(result.problems()).allSatisfy(problem -> {
                assertThat(problem.message()).doesNotStartWith("internal error");
                assertThat(problem.message()).doesNotContain("Exception", "tools.jackson", "org.snakeyaml");
            });
        }).doesNotThrowAnyException();
    }

    private static final List<String> INSERTIONS = List.of(
            "\t", ":", ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "!!str ", "\"", "'", "#", "\n", "\n---\n", "%",
            "@", "`", "|", ">", "\u0000", "\uFEFF", "\u00ff", "null", "~", "017", "yes", "  ", "\r");

    private static byte[] mutate(byte[] original, SplittableRandom random) {
        byte[] bytes = original.clone();
        int operations = 1 + random.nextInt(4);
        for (int i = 0; i < operations; i++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> {
                    byte[] shorter = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, shorter, 0, at);
                    System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                    bytes = shorter;
                }
                case 2 -> {
                    byte[] insertion = INSERTIONS.get(random.nextInt(INSERTIONS.size())).getBytes(StandardCharsets.UTF_8);
                    byte[] longer = new byte[bytes.length + insertion.length];
                    System.arraycopy(bytes, 0, longer, 0, at);
                    System.arraycopy(insertion, 0, longer, at, insertion.length);
                    System.arraycopy(bytes, at, longer, at + insertion.length, bytes.length - at);
                    bytes = longer;
                }
                default -> bytes = java.util.Arrays.copyOf(bytes, at);
            }
        }
        return bytes;
    }
}
