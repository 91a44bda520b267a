package io.github.clusterfolio.loader;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Region;
import io.github.clusterfolio.model.synthetic.RegionYamlWriter;
import java.io.ByteArrayInputStream;
import java.util.Comparator;

/**
 * Any byte sequence given to {@link RegionLoader#read(java.io.InputStream, String)} ends in a
 * {@link LoadResult}: a region without errors, or errors without a region. Another exception, an
 * {@link Error} (a stack overflow, running out of memory) or a hang is a finding.
 *
 * <p>In an ordinary {@code ./mvnw verify} this is a regression test: Jazzer replays the empty input and
 * every file under {@code src/test/resources/io/github/clusterfolio/loader/RegionLoaderFuzzTestInputs/}
 * (seeds, and every crashing input the fuzzer has found). {@code ./mvnw -Pfuzz …} fuzzes instead; see
 * {@code docs/FUZZING.md} for the command, how long it ran and what it found.
 */
class RegionLoaderFuzzTest {
    private static final RegionLoader LOADER = RegionLoader.defaults();

    @FuzzTest(maxDuration = "15m")
    @DictionaryFile(resourcePath = "region-loader.dict")
    void anyBytesEndInALoadResult(byte[] input) {
        LoadResult result = LOADER.read(new ByteArrayInputStream(input), "fuzz.yaml");

        assertThat(result.region().isPresent()).as("a region exactly when there is no error")
                .isEqualTo(!result.hasErrors());
        // Sorted by position, as LoadResult promises; the note on problems not shown comes last and shares
        // the last problem's position (so the natural order, which then compares messages, does not apply).
        assertThat(result.problems()).isSortedAccordingTo(
                Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        int lines = 1 + countLineBreaks(input);
        for (Problem problem : result.problems()) {
            assertThat(problem.file()).isEqualTo("fuzz.yaml");
            assertThat(problem.line()).as("line of %s", problem).isBetween(0, lines + 1);
            assertThat(problem.column()).as("column of %s", problem).isNotNegative();
            assertThat(problem.message()).as("message of %s", problem)
                    .doesNotContain("internal error", "Exception", "tools.jackson", "org.snakeyaml");
        }
        if (result.region().isPresent()) {
            // What the loader accepts is a valid model; written out and read again, it is the same model.
            Region region = result.region().get();
            LoadResult again = LOADER.read(RegionYamlWriter.toYaml(region), "again.yaml");
            assertThat(again.errors()).isEmpty();
            assertThat(again.region()).contains(region);
        }
    }

    /** Line breaks as a YAML parser may count them: LF, CR, CR LF, and NEL, LS and PS (U+0085, U+2028, U+2029). */
    private static int countLineBreaks(byte[] input) {
        int breaks = 0;
        for (int i = 0; i < input.length; i++) {
            int b = input[i] & 0xff;
            if (b == '\n' || (b == '\r' && (i + 1 == input.length || input[i + 1] != '\n'))) {
                breaks++;
            } else if (b == 0xc2 && i + 1 < input.length && (input[i + 1] & 0xff) == 0x85) {
                breaks++;
            } else if (b == 0xe2 && i + 2 < input.length && (input[i + 1] & 0xff) == 0x80
                    && ((input[i + 2] & 0xff) == 0xa8 || (input[i + 2] & 0xff) == 0xa9)) {
                breaks++;
            }
        }
        return breaks;
    }
}
