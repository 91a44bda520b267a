package io.github.clusterfolio.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A command started with {@link Cli#start} whose standard output and error are read as they come, so that a
 * test can wait for a line (such as the pause of a fault injection) and then signal the process.
 */
final class RunningCli {
    private final Process process;
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final List<String> err = new CopyOnWriteArrayList<>();
    private final Thread outReader;
    private final Thread errReader;

    RunningCli(Process process) {
        this.process = process;
        this.outReader = reader(process.getInputStream(), out);
        this.errReader = reader(process.getErrorStream(), err);
    }

    Process process() {
        return process;
    }

    /** Waits until standard error has a line starting with {@code prefix}; fails after {@code seconds}. */
    void awaitErrLine(String prefix, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (err.stream().anyMatch(line -> line.startsWith(prefix))) {
                return;
            }
            if (!process.isAlive() && !errReader.isAlive()) {
                throw new AssertionError("ended without printing '" + prefix + "': " + String.join("\n", err));
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no line '" + prefix + "' within " + seconds + " s: " + String.join("\n", err));
    }

    /** Sends a signal by name, such as {@code INT}, {@code TERM} or {@code KILL}. */
    void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -" + name + " failed");
        }
    }

    /** Waits for the end, at most two minutes, and returns how it ended. */
    Cli.Result await() throws InterruptedException {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not end within 120 s");
        }
        outReader.join(10_000);
        errReader.join(10_000);
        return new Cli.Result(process.exitValue(), String.join("", out.stream().map(line -> line + "\n").toList()),
                String.join("", err.stream().map(line -> line + "\n").toList()));
    }

    private static Thread reader(InputStream stream, List<String> lines) {
        return Thread.ofPlatform().daemon().name("clusterfolio-test-reader").start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                }
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        });
    }
}
