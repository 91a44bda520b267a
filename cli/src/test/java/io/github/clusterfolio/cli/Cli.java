package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged {@code clusterfolio.jar} as a separate process, with the JDK that runs the build, in a
 * working folder of the test's choosing.
 */
final class Cli {
    private static final String MAIN_CLASS = "io.github.clusterfolio.cli.ClusterfolioCommand";

    private final Path workingFolder;
    private final List<Path> extraClassPath = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private String input;

    private Cli(Path workingFolder) {
        this.workingFolder = workingFolder;
    }

    /** The jar, run in {@code workingFolder}, without SOURCE_DATE_EPOCH or debugging from the build's environment. */
    static Cli in(Path workingFolder) {
        return new Cli(workingFolder);
    }

    /** The packaged jar, which {@code mvn verify} builds before the integration tests. */
    static Path jar() {
        String property = System.getProperty("clusterfolio.jar");
        assertThat(property).as("system property clusterfolio.jar (set by failsafe)").isNotNull();
        Path jar = Path.of(property);
        assertThat(jar).as("the packaged jar; run the integration tests with mvn verify").isRegularFile();
        return jar;
    }

    /** Adds a jar or folder to the class path, as a user adds a third-party renderer. */
    Cli withClassPath(Path entry) {
        extraClassPath.add(entry);
        return this;
    }

    /** Sets an environment variable of the process. */
    Cli withEnv(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Adds an option of the JVM, such as a system property that injects a fault. */
    Cli withJvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    /** Gives the process this text on standard input. */
    Cli withInput(String text) {
        input = text;
        return this;
    }

    /** Starts the command without waiting for it. */
    Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Keep test runs light on the shared machine; the command needs little memory.
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmOptions);
        if (extraClassPath.isEmpty()) {
            command.add("-jar");
            command.add(jar().toString());
        } else {
            StringBuilder classPath = new StringBuilder(jar().toString());
            extraClassPath.forEach(entry -> classPath.append(java.io.File.pathSeparator).append(entry));
            command.add("-cp");
            command.add(classPath.toString());
            command.add(MAIN_CLASS);
        }
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile());
        Map<String, String> env = builder.environment();
        env.remove(Timestamps.SOURCE_DATE_EPOCH);
        env.remove(ClusterfolioCommand.DEBUG_VARIABLE);
        env.remove("GITHUB_WORKSPACE");
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        env.putAll(environment);
        Process process = builder.start();
        if (input != null) {
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        return process;
    }

    /** Runs the command to its end. */
    Result run(String... args) {
        try {
            Process process = start(args);
            CompletableFuture<String> out = read(process.getInputStream());
            CompletableFuture<String> err = read(process.getErrorStream());
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("clusterfolio " + String.join(" ", args) + " did not end within 120 s");
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        }
    }

    /**
     * Reads a stream of the process on a thread of its own. Not the common pool: on two cores it has one
     * thread, which would read standard output to its end while the process blocks on a full standard
     * error pipe (more than 64 KiB of warnings), and both would wait for ever.
     */
    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }, task -> Thread.ofPlatform().daemon().name("clusterfolio-test-output").start(task));
    }

    /**
     * How a run ended.
     *
     * @param exitCode the process's exit code
     * @param stdout what it printed on standard output
     * @param stderr what it printed on standard error
     */
    record Result(int exitCode, String stdout, String stderr) {
        /** The lines of standard error. */
        List<String> errLines() {
            return stderr.lines().toList();
        }

        /** The lines of standard output. */
        List<String> outLines() {
            return stdout.lines().toList();
        }

        @Override
        public String toString() {
            return "exit code " + exitCode + "\n--- stdout:\n" + stdout + "--- stderr:\n" + stderr;
        }
    }

    /** Writes a file, creating its folder. */
    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, text);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
