package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.cli.Cli.Result;
import io.github.clusterfolio.model.synthetic.RegionYamlWriter;
import io.github.clusterfolio.model.synthetic.SyntheticRegions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs into the same output folder never interleave: two and four renders of different regions start at
 * once, with every rename of their commits slowed down by fault injection (6 ms each, so each commit takes
 * seconds); each run waits for the folder's lock and says so, every run succeeds, and the folder ends as
 * exactly one run's output.
 */
class OutputFolderConcurrencyIT {
    private static final String TIME = "2026-03-01T00:00:00Z";

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0} runs")
    @ValueSource(ints = {2, 4})
    void concurrentRunsIntoOneFolderEndWithExactlyOneRunsOutput(int runs) throws Exception {
        List<SortedMap<String, String>> alone = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Files.writeString(work.resolve("region-" + run + ".yaml"),
                    RegionYamlWriter.toYaml(SyntheticRegions.generate(10 + run, 4, 150)));
            Result result = Cli.in(work).run(args(run, "alone-" + run));
            assertThat(result.exitCode()).as(result.toString()).isZero();
            alone.add(FileTree.snapshot(work.resolve("alone-" + run)));
        }
        // The same file names in every run (the same organisation ids), other content: a mix would show.
        assertThat(alone).extracting(SortedMap::keySet).containsOnly(alone.getFirst().keySet());

        List<RunningCli> started = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            started.add(new RunningCli(Cli.in(work).withJvmOption("-D" + CommitFaults.PROPERTY + "=rename-*:sleep-6")
                    .start(args(run, "shared"))));
        }
        List<Result> results = new ArrayList<>();
        for (RunningCli run : started) {
            results.add(run.await());
        }

        assertThat(results).allSatisfy(result -> assertThat(result.exitCode()).as(result.toString()).isZero());
        assertThat(results).as("the runs that waited for the lock, and said so")
                .filteredOn(result -> result.stderr().contains("note: waiting for another clusterfolio run (pid "))
                .hasSizeGreaterThanOrEqualTo(runs - 1);
        SortedMap<String, String> shared = FileTree.snapshot(work.resolve("shared"));
        assertThat(alone).as("the folder is exactly one run's output").contains(shared);
        assertThat(FileTree.temporaryFiles(work)).isEmpty();
    }

    private static String[] args(int run, String out) {
        return new String[] {"render", "region-" + run + ".yaml", "--format", "csv,html", "--out", out, "--timestamp",
            TIME, "--quiet"};
    }
}
