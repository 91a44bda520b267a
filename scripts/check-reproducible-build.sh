#!/usr/bin/env bash
# Builds the project twice from clean and compares what a release publishes byte for byte: every jar
# (main, sources, javadoc, tests, the shaded clusterfolio.jar) and every CycloneDX SBOM (target/bom.json).
# Reproducible through project.build.outputTimestamp in the parent POM; the SBOMs carry no random serial
# number and no build time. Exit 0 when every file is identical.
#
#   scripts/check-reproducible-build.sh               two clean builds (clean package -DskipTests)
#   scripts/check-reproducible-build.sh --after-build the build that has just run in this work tree is the
#                                                     first one, one more clean build the second
#
# --after-build is what .ci/run uses: CI's `./mvnw verify` in a fresh clone already is a clean build of the
# same sources, so building twice more would only cost time (each build takes one to two minutes on two
# cores). Only use it right after a build that started from a clean tree.
set -euo pipefail
cd "$(dirname "$0")/.."

# What the modules publish: files directly in target/ (the parent POM's SBOM) and <module>/target, not the
# invoker's local repository or projects below them.
sums() {
  find . -maxdepth 3 \( -path './target/*' -o -path './*/target/*' \) \( -name '*.jar' -o -name 'bom.json' \) -print \
    | sort | xargs sha256sum
}
first=$(mktemp) second=$(mktemp)
trap 'rm -f "$first" "$second"' EXIT

case "${1:-}" in
  --after-build)
    sums > "$first"
    if ! grep -q 'cli/target/clusterfolio.jar$' "$first"; then
      echo "--after-build: no cli/target/clusterfolio.jar; build first (./mvnw verify)" >&2
      exit 2
    fi
    ;;
  "")
    ./mvnw -q -B clean package -DskipTests && sums > "$first"
    ;;
  *)
    echo "usage: $0 [--after-build]" >&2
    exit 2
    ;;
esac
./mvnw -q -B clean package -DskipTests && sums > "$second"
if diff "$first" "$second"; then
  echo "reproducible: $(wc -l < "$first") files (jars and SBOMs) byte-identical across two clean builds"
else
  echo "NOT reproducible: the files above differ" >&2
  exit 1
fi
