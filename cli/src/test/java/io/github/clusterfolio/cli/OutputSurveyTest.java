package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.clusterfolio.cli.OutputSurvey.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputSurveyTest {
    @TempDir
    Path out;

    @Test
    void tellsFoldersFilesLinksAndOtherThingsApartWithoutFollowingLinks() throws Exception {
        Files.createDirectories(out.resolve("html/de"));
        Files.writeString(out.resolve("html/de/index.html"), "x");
        Files.createSymbolicLink(out.resolve("html/en"), out.resolve("html/de"));
        Files.createSymbolicLink(out.resolve("html/dangling.html"), out.resolve("nowhere"));
        OutputSurvey survey = new OutputSurvey(out);

        assertThat(survey.kind(out.resolve("html"))).isEqualTo(Kind.FOLDER);
        assertThat(survey.kind(out.resolve("html/de/index.html"))).isEqualTo(Kind.FILE);
        assertThat(survey.kind(out.resolve("html/en"))).isEqualTo(Kind.LINK);
        assertThat(survey.kind(out.resolve("html/dangling.html"))).isEqualTo(Kind.LINK);
        assertThat(survey.kind(out.resolve("html/fr"))).isEqualTo(Kind.MISSING);
        assertThat(survey.missingFolders(out.resolve("pdf/a/b"))).containsExactly(out.resolve("pdf"), out.resolve("pdf/a"),
                out.resolve("pdf/a/b"));
    }

    @Test
    void aNamedPipeIsNeitherAFileNorAFolder() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "mkfifo");
        Process mkfifo = new ProcessBuilder("mkfifo", out.resolve("pipe").toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo works here");

        assertThat(new OutputSurvey(out).kind(out.resolve("pipe"))).isEqualTo(Kind.OTHER);
    }

    @Test
    void belowAMissingFolderEverythingIsMissingAndAPathIsLookedAtOnce() throws IOException {
        OutputSurvey survey = new OutputSurvey(out);
        assertThat(survey.kind(out.resolve("csv"))).isEqualTo(Kind.MISSING);
        // Created after the survey looked: the survey keeps what it saw (the plan holds the output's lock).
        Files.createDirectories(out.resolve("csv/deep"));
        Files.writeString(out.resolve("csv/deep/x.csv"), "x");

        assertThat(survey.kind(out.resolve("csv"))).isEqualTo(Kind.MISSING);
        assertThat(survey.kind(out.resolve("csv/deep/x.csv"))).isEqualTo(Kind.MISSING);
        assertThat(new OutputSurvey(out).kind(out.resolve("csv/deep/x.csv"))).isEqualTo(Kind.FILE);
    }
}
