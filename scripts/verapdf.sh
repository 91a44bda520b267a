#!/usr/bin/env bash
# Validates PDFs with veraPDF's command line (greenfield-apps from Maven Central), the same validator the
# tests use. Usage: scripts/verapdf.sh [--flavour ua1|2a|2b|…] FILE.pdf…   (default flavour: ua1)
# Prints veraPDF's summary per file and exits non-zero when a file does not conform.
set -euo pipefail
cd "$(dirname "$0")/.."
version=1.28.2
flavour=ua1
if [ "${1:-}" = "--flavour" ]; then flavour=$2; shift 2; fi
[ $# -gt 0 ] || { echo "usage: scripts/verapdf.sh [--flavour ua1|2a|2b] FILE.pdf..." >&2; exit 2; }

cache=${XDG_CACHE_HOME:-$HOME/.cache}/clusterfolio/verapdf-$version
if [ ! -s "$cache/classpath" ]; then
  mkdir -p "$cache"
  cat > "$cache/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>verapdf-cli</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.verapdf.apps</groupId><artifactId>greenfield-apps</artifactId>
      <version>$version</version></dependency>
  </dependencies>
</project>
POM
  ./mvnw -q -f "$cache/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cache/classpath" >&2
fi
status=0
for file in "$@"; do
  report=$(java -cp "$(cat "$cache/classpath")" org.verapdf.apps.GreenfieldCliWrapper --flavour "$flavour" \
      --format xml "$file" 2>/dev/null || true)
  summary=$(printf '%s\n' "$report" | grep -o '<validationReport [^>]*>' | head -n 1)
  failed=$(printf '%s\n' "$report" | grep -o 'failedRules="[0-9]*"' | head -n 1 | tr -dc '0-9')
  echo "$file: ${summary:-no report} "
  if [ -z "$failed" ] || [ "$failed" -ne 0 ]; then
    status=1
    printf '%s\n' "$report" | grep -o '<rule [^>]*status="failed"[^>]*>' | sed 's/^/  /' || true
  fi
done
exit $status
