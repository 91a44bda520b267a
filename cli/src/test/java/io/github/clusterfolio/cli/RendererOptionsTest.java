package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.render.RendererOption;
import io.github.clusterfolio.render.RendererProvider;
import io.github.clusterfolio.render.RendererRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every option the renderers declare is reachable with {@code --option}, and a wrong value is a usage error that
 * names it; the command line itself knows no format (it runs in-process, with every renderer on the class path).
 */
class RendererOptionsTest {
    /** Values for the options whose values are texts: a declaration cannot say what a good sample is. */
    private static final Map<String, String> TEXT_SAMPLES = Map.of(
            "html.classPrefix", "nw-",
            "html.idPrefix", "nw-",
            "html.sectorLink", "/cluster/{id}/",
            "pdf.subtitle.de", "Netzwerke im Nordwesten");

    @TempDir
    Path work;

    record Run(int exitCode, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ClusterfolioCommand.run(new Environment(Map.of(), () -> false), new PrintWriter(out),
                new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    static Stream<Arguments> declaredOptions() {
        List<Arguments> options = new ArrayList<>();
        for (RendererProvider provider : RendererRegistry.discover().providers()) {
            for (RendererOption<?> option : provider.options()) {
                options.add(Arguments.of(provider.format(), option));
            }
        }
        return options.stream();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("declaredOptions")
    void everyDeclaredOptionIsReachableAndAWrongValueIsAUsageError(String format, RendererOption<?> option) {
        String key = format + "." + option.name() + (option.type() == RendererOption.Type.TEXT_PER_LANGUAGE ? ".de" : "");
        Path out = work.resolve("out");

        Run good = run("render", "--format", format, "--lang", "de", "--quiet", "--out", out.toString(),
                "--timestamp", "2026-11-28", "--option", key + "=" + sample(key, option));
        assertThat(good.exitCode()).as(good.toString()).isZero();
        assertThat(out.resolve(format)).isDirectory();

        Path notWritten = work.resolve("not-written");
        Run wrong = run("render", "--format", format, "--out", notWritten.toString(), "--option", key + "="
                + wrongValue(option));
        assertThat(wrong.exitCode()).as(wrong.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(wrong.err()).startsWith("clusterfolio render: --option: ").contains(format + "." + option.name())
                .hasLineCount(1);
        assertThat(notWritten).doesNotExist();
    }

    private static String sample(String key, RendererOption<?> option) {
        return switch (option.type()) {
            case CHOICE -> option.allowedValues().getLast().equals(option.defaultValue())
                    ? option.allowedValues().getFirst() : option.allowedValues().getLast();
            case INTEGER -> Integer.toString(option.maximum());
            case TEXT, TEXT_PER_LANGUAGE -> {
                assertThat(TEXT_SAMPLES).as("a sample value for the text option " + key).containsKey(key);
                yield TEXT_SAMPLES.get(key);
            }
        };
    }

    private static String wrongValue(RendererOption<?> option) {
        return switch (option.type()) {
            case CHOICE -> "no-such-" + option.name();
            case INTEGER -> Integer.toString(option.maximum() + 1);
            case TEXT, TEXT_PER_LANGUAGE -> " ";
        };
    }

    @Test
    void unknownFormatsKeysAndValuesSuggestTheNearestName() {
        // The test class path holds test renderers too: only the beginning of the list is certain.
        assertThat(run("render", "--option", "pfd.conformance=pdf-a-2b").err()).startsWith("clusterfolio render:"
                + " --option: unknown format 'pfd' — did you mean 'pdf'?; the formats available are ");
        assertThat(run("render", "--option", "pdf.conformace=pdf-a-2b").err()).isEqualTo("clusterfolio render:"
                + " --option: the format 'pdf' has no option 'conformace' — did you mean 'conformance'?; its options"
                + " are conformance, subtitle\n");
        assertThat(run("render", "--option", "pdf.conformance=pdf-a-2c").err()).isEqualTo("clusterfolio render:"
                + " --option: 'pdf-a-2c' is not a value of pdf.conformance — did you mean 'pdf-a-2b'?; allowed:"
                + " pdf-ua-1, pdf-a-2b, pdf-a-2a\n");
        assertThat(run("render", "--option", "pdf=pdf-a-2b").err()).isEqualTo("clusterfolio render: --option"
                + " 'pdf=pdf-a-2b' is not FORMAT.KEY=VALUE, such as pdf.conformance=pdf-a-2b\n");
        assertThat(run("render", "--csv-dialect", "semicolon").err()).isEqualTo("clusterfolio render: --csv-dialect:"
                + " 'semicolon' is not a value of csv.dialect; allowed: rfc4180, excel, tsv\n");
    }

    @Test
    void optionsChangeWhatTheRenderersWrite() throws IOException {
        Path out = work.resolve("out");
        Run run = run("render", "--format", "csv,html", "--lang", "de", "--quiet", "--out", out.toString(),
                "--csv-dialect", "EXCEL", "--option", "csv.dialect=tsv", "--option", "html.classPrefix=nw-",
                "--option", "html.headingLevel=3", "--option", "csv.formulaGuard=on");
        assertThat(run.exitCode()).as(run.toString()).isZero();

        // --option comes after the shorthand and wins; TSV files end in .tsv.
        assertThat(out.resolve("csv/organisations.tsv")).isRegularFile();
        String overview = Files.readString(out.resolve("html/de/overview.html"), StandardCharsets.UTF_8);
        assertThat(overview).contains("class=\"nw-").contains("<h3").doesNotContain("class=\"cf-");
    }

    @Test
    void listFormatsShowsEveryDeclaredOption() {
        Run run = run("render", "--list-formats");

        assertThat(run.exitCode()).isZero();
        declaredOptions().forEach(arguments -> {
            String format = (String) arguments.get()[0];
            RendererOption<?> option = (RendererOption<?>) arguments.get()[1];
            assertThat(run.out()).contains("--option " + format + "." + option.name()).contains(option.description());
        });
        assertThat(run.out()).contains("--option pdf.conformance=pdf-ua-1|pdf-a-2b|pdf-a-2a (default pdf-ua-1)");
    }

    @Test
    void theCommandLineImportsNoRendererModule() throws IOException {
        Path sources = Path.of("src/main/java");
        assertThat(sources).isDirectory();
        List<String> imports;
        try (Stream<Path> files = Files.walk(sources)) {
            imports = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> {
                        try {
                            return Files.readAllLines(file).stream().map(line -> file.getFileName() + ": " + line);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    // The model's SPI is io.github.clusterfolio.render and render.text; every other sub-package
                    // of render belongs to a renderer module.
                    .filter(line -> line.matches(".*\\bio\\.github\\.clusterfolio\\.render\\.(?!text\\.)[a-z]+\\..*"))
                    .toList();
        }
        assertThat(imports).as("references to a renderer module from the command line").isEmpty();
    }
}
