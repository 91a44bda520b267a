package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {
    @TempDir
    Path out;

    @Test
    void aSecondHolderWaitsSaysSoOnceAndGetsTheLockWhenTheFirstReleasesIt() throws Exception {
        List<String> waits = new CopyOnWriteArrayList<>();
        OutputLock first = OutputLock.acquire(out, waits::add);
        assertThat(waits).isEmpty();
        assertThat(out.resolve(OutputLock.FILE_NAME)).exists();

        CompletableFuture<OutputLock> second = CompletableFuture.supplyAsync(() -> {
            try {
                return OutputLock.acquire(out, waits::add);
            } catch (Exception failure) {
                throw new IllegalStateException(failure);
            }
        });
        Thread.sleep(400);
        assertThat(second).as("waits while the first holds the lock").isNotDone();
        assertThat(waits).containsExactly("pid " + ProcessHandle.current().pid());

        first.close();
        try (OutputLock got = second.get(10, TimeUnit.SECONDS)) {
            assertThat(out.resolve(OutputLock.FILE_NAME)).exists();
        }
        assertThat(out.resolve(OutputLock.FILE_NAME)).as("removed by the last holder").doesNotExist();
        assertThat(waits).hasSize(1);
    }

    @Test
    void aLockFileLeftByAKilledProcessDoesNotBlock() throws Exception {
        Files.writeString(out.resolve(OutputLock.FILE_NAME), "2147483646\n");
        List<String> waits = new CopyOnWriteArrayList<>();

        try (OutputLock lock = OutputLock.acquire(out, waits::add)) {
            assertThat(waits).isEmpty();
        }
        assertThat(out.resolve(OutputLock.FILE_NAME)).doesNotExist();
    }

    @Test
    void aStagedOutputHoldsTheLockFromOpenToClose() throws Exception {
        List<String> waits = new CopyOnWriteArrayList<>();
        StagedOutput first = StagedOutput.open(out, "out");
        CompletableFuture<StagedOutput> second = CompletableFuture.supplyAsync(() -> {
            try {
                return StagedOutput.open(out, "out", StagedOutput::atomicMove, waits::add);
            } catch (Exception failure) {
                throw new IllegalStateException(failure);
            }
        });
        Thread.sleep(400);
        assertThat(second).isNotDone();
        assertThat(waits).singleElement().asString()
                .isEqualTo("waiting for another clusterfolio run (pid " + ProcessHandle.current().pid()
                        + "), which is writing into out");

        first.close();
        second.get(10, TimeUnit.SECONDS).close();
        assertThat(FileTree.snapshot(out)).isEmpty();
    }
}
