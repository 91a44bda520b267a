package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the README's embedding snippet exactly as printed, so the README cannot rot: the
 * snippet's imports become the class's imports, its statements the body of {@code main}, and it runs in a
 * separate JVM whose working folder holds a copy of {@code examples/}.
 *
 * <p>Here the snippet runs with the cli's class path, which holds every renderer. The Maven project
 * {@code cli/src/it/readme-embedding} runs the same program with nothing but the README's dependencies (a
 * maven-invoker-plugin build in {@code verify}); this test keeps that project's code and dependency list
 * identical to the README's.
 */
class ReadmeSnippetTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SNIPPET_PROJECT = ROOT.resolve("cli/src/it/readme-embedding");
    private static final Pattern SNIPPET =
            Pattern.compile("<!-- snippet: embedding -->\\s*```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern DEPENDENCIES =
            Pattern.compile("<!-- snippet: embedding-dependencies -->\\s*```xml\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern PROJECT_DEPENDENCIES =
            Pattern.compile("<!-- README: begin -->\\n(.*?)\\s*<!-- README: end -->", Pattern.DOTALL);

    @Test
    void theEmbeddingSnippetCompilesRunsAndWritesWhatItSays(@TempDir Path work) throws Exception {
        Path source = work.resolve("src/Snippet.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, snippetProgram());

        String classPath = System.getProperty("java.class.path");
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "-cp", classPath, "-d", classes.toString(), source.toString());
        assertThat(compiled).as("the README snippet compiles").isZero();

        Path data = Files.createDirectories(work.resolve("run/examples"));
        Files.copy(ROOT.resolve("examples/metropolregion-nordwest.yaml"), data.resolve("metropolregion-nordwest.yaml"));
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", classes + java.io.File.pathSeparator + classPath, "Snippet")
                .directory(work.resolve("run").toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        Path out = work.resolve("run/out");
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile).map(file -> out.relativize(file).toString().replace('\\', '/')))
                    .contains(
                            "csv/organisations.csv",
                            "csv/sectors.csv",
                            "csv/key-figures.csv",
                            "pdf/metropolregion-nordwest-de.pdf",
                            "pdf/metropolregion-nordwest-en.pdf");
        }
        assertThat(Files.readAllBytes(out.resolve("csv/organisations.csv")))
                .as("the excel dialect starts with a byte-order mark")
                .startsWith(0xEF, 0xBB, 0xBF);
        assertThat(output).contains("Metropolregion Nordwest: 6 sectors, 18 organisations");
    }

    @Test
    void theSnippetProjectRunsExactlyTheReadmesCode() throws Exception {
        assertThat(Files.readString(SNIPPET_PROJECT.resolve("src/main/java/Snippet.java"), StandardCharsets.UTF_8))
                .as("cli/src/it/readme-embedding/src/main/java/Snippet.java is the README's snippet as built here")
                .isEqualTo(snippetProgram());
    }

    @Test
    void theSnippetProjectDeclaresExactlyTheReadmesDependencies() throws Exception {
        Matcher readme = DEPENDENCIES.matcher(readme());
        assertThat(readme.find()).as("README.md has an xml block after <!-- snippet: embedding-dependencies -->").isTrue();
        Matcher project = PROJECT_DEPENDENCIES.matcher(
                Files.readString(SNIPPET_PROJECT.resolve("pom.xml"), StandardCharsets.UTF_8));
        assertThat(project.find()).as("the project's pom.xml marks the README's block").isTrue();

        String version = System.getProperty("project.version");
        assertThat(version).as("system property project.version (set by surefire)").isNotNull();
        assertThat(readme.group(1)).as("the README names this version").contains("<version>" + version + "</version>");
        assertThat(lines(project.group(1).replace("@project.version@", version)))
                .as("the dependencies of cli/src/it/readme-embedding/pom.xml, line for line")
                .isEqualTo(lines(readme.group(1)));
    }

    /** The README's snippet as a program: its imports, then its statements as the body of {@code main}. */
    private static String snippetProgram() throws IOException {
        Matcher matcher = SNIPPET.matcher(readme());
        assertThat(matcher.find()).as("README.md has a java block after <!-- snippet: embedding -->").isTrue();

        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : matcher.group(1).split("\n")) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        return imports
                + "\n/** README.md's embedding snippet, built from it by ReadmeSnippetTest, which keeps the two identical. */\n"
                + "public class Snippet {\n"
                + "    public static void main(String[] args) throws Exception {\n" + body + "    }\n}\n";
    }

    private static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    }

    private static List<String> lines(String xml) {
        return xml.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
