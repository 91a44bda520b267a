#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Cold command-line benchmark: what a CI job waits for. Each run is a fresh JVM started by bin/clusterfolio
# (its start-up cache prepared once before measuring), rendering a synthetic region of 50 sectors into an
# empty folder. Wall clock from hyperfine (median and spread of --runs runs after one warm-up), peak RSS from
# one more run under /usr/bin/time. Prints a Markdown table for docs/BENCHMARKS.md.
#
#   scripts/bench-cold.sh [--runs 5] [--sizes 1000,10000,100000] [--formats pdf,csv,html,validate]
#
# Needs: the jars (./mvnw -q -Dquick -DskipTests package -pl cli,bench -am), hyperfine (apt-get install
# hyperfine), GNU time (/usr/bin/time) and python3 (to read hyperfine's JSON). Takes several minutes at 100,000 organisations; close other work.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
runs=5 sizes=1000,10000,100000 formats=pdf,csv,html,validate
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --sizes) sizes=$2; shift 2 ;;
    --formats) formats=$2; shift 2 ;;
    *) echo "usage: scripts/bench-cold.sh [--runs N] [--sizes N,N] [--formats pdf,csv,html,validate]" >&2; exit 2 ;;
  esac
done
for tool in hyperfine /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "bench-cold: $tool is missing" >&2; exit 2; }
done
for jar in cli/target/clusterfolio.jar bench/target/benchmarks.jar; do
  [ -f "$jar" ] || { echo "bench-cold: $jar is missing; build with ./mvnw -q -Dquick -DskipTests package -pl cli,bench -am" >&2; exit 2; }
done
# A JDK >= 21 to write the regions with: JAVA_HOME, else the newest under /usr/lib/jvm (as bin/clusterfolio).
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
if ! "$java" -cp bench/target/benchmarks.jar io.github.clusterfolio.bench.RegionFile >/dev/null 2>&1 <&-; then
  [ $? -eq 2 ] || for candidate in /usr/lib/jvm/*/bin/java; do
    "$candidate" -cp bench/target/benchmarks.jar io.github.clusterfolio.bench.RegionFile >/dev/null 2>&1 \
        || { [ $? -eq 2 ] && java=$candidate; }
  done
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cli=$root/bin/clusterfolio

# Prepares the start-up cache, so that no measured run pays for it.
"$cli" validate >/dev/null 2>&1 || true

# One measured case: a label, then the command line after bin/clusterfolio.
measure() {
  local label=$1; shift
  local command="$cli $*"
  hyperfine --runs "$runs" --warmup 1 --style none --prepare "rm -rf $work/out" \
      --export-json "$work/result.json" "$command" >/dev/null 2>&1
  rm -rf "$work/out"
  /usr/bin/time -o "$work/rss" -f '%M' "$cli" "$@" >/dev/null 2>&1
  rm -rf "$work/out"
  row "$label" "$(( $(tail -1 "$work/rss") / 1024 )) MB"
}

# A table row from hyperfine's JSON export: label, median, range, and the given last column.
row() {
  python3 -c "
import json, sys
r = json.load(open(sys.argv[1]))['results'][0]
print('| %s | %.2f s | %.2f–%.2f s | %s |' % (sys.argv[2], r['median'], r['min'], r['max'], sys.argv[3]))
" "$work/result.json" "$1" "$2"
}

echo "| run | median wall | min–max | peak RSS |"
echo "|---|---:|---:|---:|"
IFS=, read -ra size_list <<< "$sizes"
IFS=, read -ra format_list <<< "$formats"
for format in "${format_list[@]}"; do
  [ "$format" = validate ] || measure "bundled dataset, $format, both languages" \
      render --quiet --format "$format" --out "$work/out"
done
measure "bundled dataset, every format, both languages" render --quiet --out "$work/out"
for size in "${size_list[@]}"; do
  region=$work/region-$size.yaml
  "$java" -cp bench/target/benchmarks.jar io.github.clusterfolio.bench.RegionFile "$size" "$region"
  for format in "${format_list[@]}"; do
    if [ "$format" = validate ]; then
      measure "$size organisations, validate" validate "$region"
    else
      measure "$size organisations, $format, one language" \
          render --quiet --format "$format" --lang de --out "$work/out" "$region"
    fi
  done
  if [[ ",$formats," == *,html,* ]]; then
    "$cli" render --quiet --format html --lang de --out "$work/copy-source" "$region"
    hyperfine --runs "$runs" --warmup 1 --style none --prepare "rm -rf $work/copy" \
        --export-json "$work/result.json" "cp -r $work/copy-source $work/copy" >/dev/null 2>&1
    row "$size organisations, cp -r of that HTML output" "—"
    rm -rf "$work/copy" "$work/copy-source"
  fi
  rm -f "$region"
done
