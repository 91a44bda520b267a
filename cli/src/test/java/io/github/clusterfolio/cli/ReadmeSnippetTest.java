package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 */
class ReadmeSnippetTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern SNIPPET =
            Pattern.compile("<!-- snippet: embedding -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theEmbeddingSnippetCompilesRunsAndWritesWhatItSays(@TempDir Path work) throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher matcher = SNIPPET.matcher(readme);
        assertThat(matcher.find()).as("README.md has a java block after <!-- snippet: embedding -->").isTrue();

        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : matcher.group(1).split("\n")) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        Path source = work.resolve("src/Snippet.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, imports + "\npublic class Snippet {\n"
                + "    public static void main(String[] args) throws Exception {\n" + body + "    }\n}\n");

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
}
