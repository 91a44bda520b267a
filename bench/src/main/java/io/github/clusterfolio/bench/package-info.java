/**
 * JMH benchmarks over synthetic regions of any size. Run with
 * {@code java -jar bench/target/benchmarks.jar}; figures are recorded in {@code docs/BENCHMARKS.md}.
 */
@NullMarked
package io.github.clusterfolio.bench;

import org.jspecify.annotations.NullMarked;
