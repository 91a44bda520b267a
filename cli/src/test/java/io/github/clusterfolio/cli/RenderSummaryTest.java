package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.cli.StagedOutput.Change;
import io.github.clusterfolio.cli.StagedOutput.Placed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderSummaryTest {
    @Test
    void listsFilesWithSizesAndWhatChanged() {
        List<Placed> placed = List.of(
                new Placed("csv/organisations.csv", 8_230, Change.CHANGED),
                new Placed("csv/sectors.csv", 950, Change.UNCHANGED),
                new Placed("pdf/region-de.pdf", 412_345, Change.NEW));

        assertThat(RenderSummary.lines(placed, path -> "out/" + path)).containsExactly(
                "  out/csv/organisations.csv    8.2 kB  changed",
                "  out/csv/sectors.csv           950 B  unchanged",
                "  out/pdf/region-de.pdf      412.3 kB  new");
        assertThat(RenderSummary.total(placed)).isEqualTo("3 files, 421.5 kB: 1 new, 1 changed, 1 unchanged");
    }

    @Test
    void aFolderWithManyFilesIsOneLine() {
        List<Placed> placed = new ArrayList<>();
        placed.add(new Placed("html/de/index.html", 2_000, Change.NEW));
        for (int number = 0; number < 100; number++) {
            placed.add(new Placed("html/de/organisations/o" + number + ".html", 1_000, number < 3 ? Change.CHANGED
                    : Change.UNCHANGED));
        }

        assertThat(RenderSummary.lines(placed, path -> "out/" + path)).containsExactly(
                "  out/html/de/index.html                    2.0 kB  new",
                "  out/html/de/organisations/ (100 files)  100.0 kB  3 changed, 97 unchanged");
        assertThat(RenderSummary.total(placed.subList(0, 1))).isEqualTo("1 file, 2.0 kB: all new");
    }

    @Test
    void sizesReadAsPeopleReadThem() {
        assertThat(RenderSummary.size(0)).isEqualTo("0 B");
        assertThat(RenderSummary.size(999)).isEqualTo("999 B");
        assertThat(RenderSummary.size(1_000)).isEqualTo("1.0 kB");
        assertThat(RenderSummary.size(999_960)).isEqualTo("1.0 MB");
        assertThat(RenderSummary.size(3_400_000_000L)).isEqualTo("3.4 GB");
    }
}
