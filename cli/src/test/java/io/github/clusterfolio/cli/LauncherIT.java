package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/clusterfolio}, the launcher that keeps a start-up cache beside the jar. */
class LauncherIT {
    @TempDir
    Path work;

    Path jar;

    @BeforeEach
    void copyTheJar() throws IOException {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "a POSIX shell script");
        // A copy, so the cache is made beside it and not in target/.
        jar = Files.copy(Cli.jar(), Files.createDirectories(work.resolve("lib")).resolve("clusterfolio.jar"));
    }

    @Test
    void rendersTheBundledDatasetAndKeepsAStartUpCacheForTheNextRuns() throws Exception {
        Result first = launch(System.getProperty("java.home"), "render", "--quiet");
        List<Path> caches = caches();
        Result second = launch(System.getProperty("java.home"), "render", "--quiet", "--out", "again");

        assertThat(first.exitCode).as(first.toString()).isZero();
        assertThat(first.stderr).isEqualTo("clusterfolio: preparing a start-up cache for this build (once) ...\n");
        assertThat(caches).singleElement().satisfies(cache -> assertThat(cache).isNotEmptyFile());
        assertThat(second.exitCode).as(second.toString()).isZero();
        assertThat(second.stderr).isEmpty();
        assertThat(caches()).isEqualTo(caches);
        assertThat(FileTree.files(work.resolve("again"))).isEqualTo(FileTree.files(work.resolve("out"))).isNotEmpty();
    }

    @Test
    void everyClassInTheJarIsRecentEnoughForTheStartUpCache() throws IOException {
        // The JVM leaves classes older than version 50 out of an AOT or CDS cache; picocli's are raised
        // to 52 by the build (src/build/classfiles/UpgradeClassFiles.java).
        Map<String, Integer> tooOld = new java.util.TreeMap<>();
        int picocli = 0;
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            for (java.util.jar.JarEntry entry : file.stream().toList()) {
                if (!entry.getName().endsWith(".class") || entry.getName().startsWith("META-INF/")) {
                    continue;
                }
                byte[] header;
                try (var in = file.getInputStream(entry)) {
                    header = in.readNBytes(8);
                }
                int major = ((header[6] & 0xFF) << 8) | (header[7] & 0xFF);
                if (major < 52) {
                    tooOld.put(entry.getName(), major);
                }
                picocli += entry.getName().startsWith("picocli/") ? 1 : 0;
            }
        }
        assertThat(tooOld).isEmpty();
        assertThat(picocli).as("picocli's classes").isGreaterThan(100);
    }

    @Test
    void refusesAJavaOlderThan21WithOneLine() throws Exception {
        // A JDK that says it is 17: its release file and a java that would run anything.
        Path old = work.resolve("jdk-17");
        Files.createDirectories(old.resolve("bin"));
        Files.writeString(old.resolve("release"), "JAVA_VERSION=\"17.0.9\"\n");
        Path java = Files.writeString(old.resolve("bin/java"), "#!/bin/sh\necho should not run >&2\nexit 99\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

        Result result = launch(old.toString(), "--version");

        assertThat(result.exitCode).isEqualTo(ExitCode.USAGE);
        assertThat(result.stderr).isEqualTo("clusterfolio: needs Java 21 or newer, but " + java
                + " is Java 17.0.9; set JAVA_HOME to a newer JDK\n");
    }

    @Test
    void aRegionFileOver4MegabytesGetsBothCompilersAndASmallOneC1Alone() throws Exception {
        Path small = Files.writeString(work.resolve("small.yaml"), "# a comment\n");
        Path big = Files.writeString(work.resolve("big.yaml"), ("# " + "x".repeat(97) + "\n").repeat(45_000));
        assertThat(Files.size(big)).isGreaterThan(4L * 1024 * 1024);

        String smallFlags = launch(System.getProperty("java.home"), Map.of("CLUSTERFOLIO_JAVA_OPTS",
                "-XX:+PrintFlagsFinal"), "validate", small.toString()).stdout;
        String bigFlags = launch(System.getProperty("java.home"), Map.of("CLUSTERFOLIO_JAVA_OPTS",
                "-XX:+PrintFlagsFinal"), "validate", big.toString()).stdout;

        assertThat(flag(smallFlags, "TieredStopAtLevel")).isEqualTo("1");
        assertThat(flag(bigFlags, "TieredStopAtLevel")).isEqualTo("4");
        assertThat(flag(bigFlags, "UseParallelGC")).isEqualTo("true");
    }

    private static String flag(String printFlagsFinal, String name) {
        return printFlagsFinal.lines()
                .map(String::strip)
                .filter(line -> line.matches("\\S+\\s+" + name + "\\s+=.*"))
                .map(line -> line.replaceAll(".*=\\s*(\\S+).*", "$1"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in the JVM's flags"));
    }

    private List<Path> caches() throws IOException {
        try (Stream<Path> files = Files.list(jar.getParent())) {
            return files.filter(file -> !file.equals(jar)).sorted().toList();
        }
    }

    private Result launch(String javaHome, String... args) throws IOException, InterruptedException {
        return launch(javaHome, Map.of(), args);
    }

    private Result launch(String javaHome, Map<String, String> variables, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("clusterfolio.launcher"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", javaHome);
        environment.put("CLUSTERFOLIO_JAR", jar.toString());
        environment.put("SOURCE_DATE_EPOCH", "1764288000");
        environment.remove("CLUSTERFOLIO_JAVA_OPTS");
        environment.putAll(variables);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String stdout, String stderr) {}
}
