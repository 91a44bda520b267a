#!/usr/bin/env bash
# Builds every jar twice from clean and compares them byte for byte (reproducible builds through
# project.build.outputTimestamp in the parent POM). Exit 0 when every jar is identical.
set -euo pipefail
cd "$(dirname "$0")/.."
sums() { find . -path ./out -prune -o -path '*/target/*.jar' -print | sort | xargs sha256sum; }
first=$(mktemp) second=$(mktemp)
trap 'rm -f "$first" "$second"' EXIT
./mvnw -q -B clean package -DskipTests && sums > "$first"
./mvnw -q -B clean package -DskipTests && sums > "$second"
if diff "$first" "$second"; then
  echo "reproducible: $(wc -l < "$first") jars byte-identical across two clean builds"
else
  echo "NOT reproducible: the jars above differ" >&2
  exit 1
fi
