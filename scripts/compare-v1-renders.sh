#!/usr/bin/env bash
# Renders every clusterfolio/1 file of the test corpora with two builds of the command line and compares
# the outputs byte for byte: the check that format 1 files keep their rendering across a change.
# Usage: scripts/compare-v1-renders.sh OLD.jar NEW.jar [OUT]   (OUT default: a temporary folder)
# Prints one line per file that differs and exits non-zero when any does.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: scripts/compare-v1-renders.sh OLD.jar NEW.jar [OUT]" >&2; exit 2; }
old=$(realpath "$1"); new=$(realpath "$2"); out=${3:-$(mktemp -d)}
mkdir -p "$out/old" "$out/new"
export SOURCE_DATE_EPOCH=1764460800 LC_ALL=C.UTF-8 TZ=UTC
files=()
for file in examples/*.yaml loader/src/test/resources/valid/*.yaml; do
  grep -q 'clusterfolio/1\.1' "$file" || files+=("$file")
done
for file in "${files[@]}"; do
  name=$(basename "$file" .yaml)
  for side in old new; do
    jar=$old; [ $side = new ] && jar=$new
    rm -rf "$out/$side/$name"
    if ! java -jar "$jar" render "$file" --out "$out/$side/$name" --quiet >/dev/null 2>"$out/$name.$side.err"; then
      echo "$name: the $side build failed to render it (see $out/$name.$side.err)"
    fi
  done
done
status=0
while IFS= read -r line; do echo "$line"; status=1; done < <(diff -rq "$out/old" "$out/new" 2>&1 || true)
echo "${#files[@]} files compared under $out"
exit $status
