package io.github.clusterfolio.cli;

/** How problems in input files are printed. */
enum ProblemFormat {
    /** {@code FILE:LINE:COLUMN: error|warning: message} on standard error, as compilers print them. */
    TEXT,
    /**
     * GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…::message}) on standard output, so that
     * each problem shows on its line of a pull request.
     */
    GITHUB
}
