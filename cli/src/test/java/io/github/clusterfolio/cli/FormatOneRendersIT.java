package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Format 1 files keep their rendering: every {@code clusterfolio/1} file of the loader's valid corpus (the
 * 0.1 bundled dataset among them) is rendered by the packaged command line, and every file it writes is
 * byte for byte the one the build before format 1.1 wrote ({@code format-1/renders-before-1.1.sha256},
 * made with {@code scripts/compare-v1-renders.sh} from that build's jar) — except the files listed here,
 * which changed on purpose where the renderers used to disagree (README, "How texts and figures are
 * written").
 *
 * <p>The PDFs' hashes were recorded again three times, for changes to the structure tree that leave the pages as they
 * were. First the brochure began to write its structure elements page by page instead of at the end: the objects
 * sit in other object streams and some have other numbers, and the file id and font-subset prefixes, digests of
 * the bytes written before the end, follow; rewritten by {@code qpdf --qdf --object-streams=disable}, each of the
 * 17 PDFs was identical to the one before apart from those. Then the register became an {@code Index} of links
 * instead of a list; {@code pdftotext -layout} gives every PDF's text unchanged. Then a leaf whose words are known
 * only at the end stopped holding its containers back, so they are written earlier and sit in other object streams;
 * rewritten as above, each PDF was identical to the one before apart from the file id, the subset prefixes and
 * qpdf's notes of the original object numbers.
 */
class FormatOneRendersIT {
    private static final Path ROOT = Path.of(System.getProperty("clusterfolio.root", "..")).toAbsolutePath().normalize();
    private static final Path CORPUS = ROOT.resolve("loader/src/test/resources/valid");

    /** The outputs that changed on purpose, and why. */
    private static final Map<String, String> CHANGED_ON_PURPOSE = changedOnPurpose();

    private static Map<String, String> changedOnPurpose() {
        SortedMap<String, String> changed = new TreeMap<>();
        String unit = "HTML: a no-break space between a number and its unit, as the brochure has it";
        for (String language : List.of("de", "en")) {
            for (String file : List.of("index.html", "overview.html", "sectors/logistics-maritime.html")) {
                changed.put("every-optional-present/html/" + language + "/" + file, unit);
            }
        }
        String lineBreak = "a single line break inside a paragraph is a space (HTML wrote <br>, the CSV kept it),"
                + " as the brochure has it";
        changed.put("unicode/csv/sectors.csv", lineBreak);
        for (String language : List.of("ar", "de", "en", "he")) {
            for (String file : List.of("index.html", "overview.html", "sectors/emoji.html")) {
                changed.put("unicode/html/" + language + "/" + file, lineBreak);
            }
        }
        return changed;
    }

    @Test
    void everyFormatOneFileRendersAsBeforeExceptWhereABugWasFixedOnPurpose(@TempDir Path work) throws IOException {
        SortedMap<String, String> before = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/format-1/renders-before-1.1.sha256"))) {
            before.put(line.substring(66), line.substring(0, 64));
        }
        List<Path> files;
        try (Stream<Path> corpus = Files.list(CORPUS)) {
            files = corpus.filter(file -> file.toString().endsWith(".yaml")).filter(FormatOneRendersIT::isFormatOne)
                    .sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        SortedMap<String, String> after = new TreeMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".yaml", "");
            Cli.Result result = Cli.in(work).withEnv("SOURCE_DATE_EPOCH", "1764460800")
                    .run("render", file.toString(), "--out", name, "--quiet");
            assertThat(result.exitCode()).as(result.toString()).isZero();
            FileTree.snapshot(work.resolve(name)).forEach((output, hash) -> {
                if (!output.endsWith("/")) {
                    after.put(name + "/" + output, hash);
                }
            });
        }
        assertThat(after.keySet()).as("the files written").isEqualTo(before.keySet());
        SortedMap<String, String> changed = new TreeMap<>();
        after.forEach((output, hash) -> {
            if (!hash.equals(before.get(output))) {
                changed.put(output, CHANGED_ON_PURPOSE.getOrDefault(output, "not on purpose"));
            }
        });
        assertThat(changed).as("outputs that differ from the build before format 1.1").isEqualTo(CHANGED_ON_PURPOSE);
    }

    private static boolean isFormatOne(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return !text.contains("clusterfolio/1.1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
