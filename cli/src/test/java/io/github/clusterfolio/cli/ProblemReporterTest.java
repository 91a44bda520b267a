package io.github.clusterfolio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.clusterfolio.model.Problem;
import io.github.clusterfolio.model.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProblemReporterTest {
    private static final Problem TYPO = new Problem(Severity.ERROR, "data/region.yaml", 12, 5,
            "organisations[3].webiste", "unknown key 'webiste' — did you mean 'website'?");
    private static final Problem MISSING_TEXT = new Problem(Severity.WARNING, "data/region.yaml", 40, 7,
            "sectors[1].summary", "no English text; the German one is used");

    @Test
    void textProblemsGoToStandardErrorAsFileLineColumn() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ProblemReporter reporter = new ProblemReporter(ProblemFormat.TEXT, new PrintWriter(out), new PrintWriter(err),
                Optional.empty());

        reporter.report(List.of(TYPO, MISSING_TEXT));

        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).containsExactly(
                "data/region.yaml:12:5: error: unknown key 'webiste' — did you mean 'website'?",
                "data/region.yaml:40:7: warning: no English text; the German one is used");
        assertThat(reporter.errors()).isEqualTo(1);
        assertThat(reporter.warnings()).isEqualTo(1);
    }

    @Test
    void anUnknownPositionIsLeftOut() {
        assertThat(ProblemReporter.text(new Problem(Severity.ERROR, "region.yaml", 0, 0, "", "the file is empty")))
                .isEqualTo("region.yaml: error: the file is empty");
        assertThat(ProblemReporter.text(new Problem(Severity.ERROR, "region.yaml", 3, 0, "", "tab")))
                .isEqualTo("region.yaml:3: error: tab");
    }

    @Test
    void githubAnnotationsGoToStandardOutput() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ProblemReporter reporter = new ProblemReporter(ProblemFormat.GITHUB, new PrintWriter(out), new PrintWriter(err),
                Optional.empty());

        reporter.report(List.of(TYPO, MISSING_TEXT));

        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().lines()).containsExactly(
                "::error file=data/region.yaml,line=12,col=5,title=clusterfolio%3A organisations[3].webiste"
                        + "::unknown key 'webiste' — did you mean 'website'?",
                "::warning file=data/region.yaml,line=40,col=7,title=clusterfolio%3A sectors[1].summary"
                        + "::no English text; the German one is used");
    }

    @Test
    void annotationsEscapeWhatTheRunnerWouldReadAsSyntax() {
        Problem problem = new Problem(Severity.ERROR, "a,b:c%.yaml", 1, 2, "",
                "100% wrong:\nsecond line, with a comma\r");

        assertThat(ProblemReporter.annotation(problem, Optional.empty()))
                .isEqualTo("::error file=a%2Cb%3Ac%25.yaml,line=1,col=2,title=clusterfolio"
                        + "::100%25 wrong:%0Asecond line, with a comma%0D");
    }

    @Test
    void annotationPathsAreRelativeToTheWorkspace() {
        Path workspace = Path.of("/home/runner/work/site").toAbsolutePath();
        Problem problem = new Problem(Severity.ERROR, workspace.resolve("data/region.yaml").toString(), 3, 1, "", "x");

        assertThat(ProblemReporter.annotation(problem, Optional.of(workspace)))
                .startsWith("::error file=data/region.yaml,line=3,col=1,");
        Problem fromStandardInput = new Problem(Severity.ERROR, "<stdin>", 3, 1, "", "x");
        assertThat(ProblemReporter.annotation(fromStandardInput, Optional.of(workspace)))
                .startsWith("::error file=<stdin>,line=3,col=1,");
    }

    @Test
    void countsReadNaturally() {
        assertThat(ProblemReporter.counted(0, 0)).isEqualTo("no problems");
        assertThat(ProblemReporter.counted(1, 0)).isEqualTo("1 error");
        assertThat(ProblemReporter.counted(0, 2)).isEqualTo("2 warnings");
        assertThat(ProblemReporter.counted(3, 1)).isEqualTo("3 errors, 1 warning");
    }
}
