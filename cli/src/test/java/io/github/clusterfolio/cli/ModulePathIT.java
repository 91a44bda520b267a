package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each library module works on the module path, as a modular application uses it: a small probe module is
 * compiled against the packaged jars and run with {@code java --module-path … --limit-modules probe
 * --module probe/probe.Probe}. {@code --limit-modules} leaves only the probe, the module under test and
 * what that module {@code requires}, so a missing {@code requires}, {@code exports}, {@code opens},
 * {@code uses} or {@code provides} in a {@code module-info.java} fails here although every other test
 * runs on the class path.
 *
 * <p>The module path is the cli's runtime class path (target/runtime-classpath.txt, written by
 * maven-dependency-plugin): the library modules' jars as this build packaged them, and their dependencies.
 */
class ModulePathIT {
    private static final Path ROOT = Path.of(System.getProperty("clusterfolio.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path work;

    @Test
    void model() throws Exception {
        Result result = probe("io.github.clusterfolio.model", """
                package probe;

                import io.github.clusterfolio.model.LocalizedText;
                import io.github.clusterfolio.model.Region;
                import io.github.clusterfolio.render.RendererRegistry;

                public final class Probe {
                    public static void main(String[] args) {
                        Region region = Region.builder("probe", LocalizedText.of("Probe")).languages("en").build();
                        System.out.println("region " + region.id() + " in " + Region.class.getModule().getName());
                        // ServiceLoader in the model: needs its 'uses'; with no renderer module there is nothing to find.
                        System.out.println("formats " + RendererRegistry.discover().formats());
                    }
                }
                """);

        assertThat(result.output()).contains("region probe in io.github.clusterfolio.model", "formats []");
    }

    @Test
    void loaderReadsTheBundledDataset() throws Exception {
        Result result = probe("io.github.clusterfolio.loader", """
                package probe;

                import io.github.clusterfolio.loader.RegionLoader;
                import io.github.clusterfolio.model.Region;
                import java.nio.file.Path;

                public final class Probe {
                    public static void main(String[] args) {
                        Region region = RegionLoader.defaults().load(Path.of(args[0]));
                        System.out.println(RegionLoader.class.getModule().getName() + ": " + region.id() + ", "
                                + region.sectors().size() + " sectors, " + region.organisations().size() + " organisations");
                    }
                }
                """, ROOT.resolve("examples/metropolregion-nordwest.yaml").toString());

        assertThat(result.output())
                .contains("io.github.clusterfolio.loader: metropolregion-nordwest, 6 sectors, 18 organisations");
    }

    @Test
    void pdfRendererIsDiscoveredAndRenders() throws Exception {
        assertRendererWorks("io.github.clusterfolio.render.pdf", "pdf", "io.github.clusterfolio.render.pdf.PdfBrochureRenderer");
    }

    @Test
    void csvRendererIsDiscoveredAndRenders() throws Exception {
        assertRendererWorks("io.github.clusterfolio.render.csv", "csv", "io.github.clusterfolio.render.csv.CsvExporter");
    }

    @Test
    void htmlRendererIsDiscoveredAndRenders() throws Exception {
        assertRendererWorks(
                "io.github.clusterfolio.render.html", "html", "io.github.clusterfolio.render.html.HtmlFragmentRenderer");
    }

    /**
     * The renderer's module alone (with what it requires) on the module path: {@code RendererRegistry.discover()}
     * finds exactly its format through its {@code provides}, its public class is reachable through its
     * {@code exports}, and it renders a small region, reading its own and its libraries' resources (fonts,
     * hyphenation patterns) from inside named modules.
     */
    private void assertRendererWorks(String module, String format, String publicClass) throws Exception {
        Path out = work.resolve("out");
        Result result = probe(module, """
                package probe;

                import io.github.clusterfolio.model.LocalizedText;
                import io.github.clusterfolio.model.Organisation;
                import io.github.clusterfolio.model.Region;
                import io.github.clusterfolio.model.Sector;
                import io.github.clusterfolio.render.OutputSink;
                import io.github.clusterfolio.render.RenderOptions;
                import io.github.clusterfolio.render.RendererRegistry;
                import io.github.clusterfolio.render.RendererSettings;
                import java.nio.file.Path;
                import java.time.Instant;
                import java.util.List;

                public final class Probe {
                    public static void main(String[] args) throws Exception {
                        System.out.println("public class in " + %s.class.getModule().getName());
                        RendererRegistry registry = RendererRegistry.discover();
                        System.out.println("formats " + registry.formats());
                        Region region = Region.builder("probe", LocalizedText.of("de", "Probe-Region", "en", "Probe region"))
                                .languages("de", "en")
                                .sector(new Sector("ports", LocalizedText.of("Häfen und Logistik"),
                                        LocalizedText.of("Seehäfen, Binnenhäfen und die Logistikwirtschaft dahinter."), List.of()))
                                .organisation(Organisation.builder("harbour", LocalizedText.of("Hafennetzwerk e. V."))
                                        .sectors("ports").city("Bremen").build())
                                .build();
                        registry.find(args[0]).orElseThrow().create(RendererSettings.empty())
                                .render(region, RenderOptions.at(Instant.parse("2026-11-01T00:00:00Z")),
                                        OutputSink.directory(Path.of(args[1])));
                        System.out.println("rendered");
                    }
                }
                """.formatted(publicClass), format, out.toString());

        assertThat(result.output()).contains("public class in " + module, "formats [" + format + "]", "rendered");
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).toList()).as("what the %s renderer wrote", format).isNotEmpty();
        }
    }

    private Result probe(String moduleUnderTest, String probeSource, String... args) throws Exception {
        String listing = System.getProperty("clusterfolio.runtime-classpath");
        assertThat(listing).as("system property clusterfolio.runtime-classpath (set by failsafe)").isNotNull();
        String modulePath = Files.readString(Path.of(listing)).strip();
        String artifactId = moduleUnderTest.replace("io.github.clusterfolio.", "clusterfolio-").replace('.', '-');
        assertThat(modulePath).as("the module path holds %s", artifactId).contains(artifactId);

        Path sources = Files.createDirectories(work.resolve("src/probe/probe"));
        Files.writeString(sources.resolveSibling("module-info.java"),
                "module probe {\n    requires " + moduleUnderTest + ";\n}\n");
        Files.writeString(sources.resolve("Probe.java"), probeSource);
        Path classes = Files.createDirectories(work.resolve("classes/probe"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = javac.getTask(diagnostics, null, null,
                        List.of("--module-path", modulePath, "--limit-modules", moduleUnderTest, "-d", classes.toString()),
                        null,
                        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(
                                sources.resolveSibling("module-info.java"), sources.resolve("Probe.java")))
                .call();
        assertThat(compiled).as("the probe compiles against %s on the module path:%n%s", moduleUnderTest, diagnostics)
                .isTrue();

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", classes + File.pathSeparator + modulePath,
                "--limit-modules", "probe",
                "--module", "probe/probe.Probe"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the probe finishes").isTrue();
        assertThat(process.exitValue()).as("the probe for %s on the module path:%n%s", moduleUnderTest, output).isZero();
        return new Result(output);
    }

    private record Result(String output) {}
}
