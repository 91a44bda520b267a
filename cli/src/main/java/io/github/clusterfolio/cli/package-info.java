/**
 * The {@code clusterfolio} command line: {@code render}, {@code validate} and {@code schema}. Its public
 * contract is the command line itself (options, output layout, exit codes of {@link
 * io.github.clusterfolio.cli.ExitCode}), not a Java API; {@link io.github.clusterfolio.cli.ClusterfolioCommand}
 * is the entry point.
 */
@NullMarked
package io.github.clusterfolio.cli;

import org.jspecify.annotations.NullMarked;
