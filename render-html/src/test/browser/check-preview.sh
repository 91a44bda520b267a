#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Opens the HTML preview pages in headless Chromium and checks what only a real browser can tell:
#   - the page loads without a single console message (a blocked inline script or style, a CSP
#     violation or a script error would each log one; the page has no scripts of its own);
#   - the embedded stylesheet is applied (its hash matches the page's Content-Security-Policy);
#   - at 390 px (a phone) and 1280 px (a desktop) nothing is wider than the window;
#   - every in-page link and every aria-labelledby points at an element that exists, and ids are unique;
#   - the links to the other languages' pages point at files that exist.
# Then it saves a desktop and a phone screenshot of each page.
#
# Usage: check-preview.sh [--screenshots DIR] [HTML_DIR...]
#        check-preview.sh --self-test
#   HTML_DIR     folder holding <lang>/index.html; default: render-html/target/html-preview (the bundled
#                dataset) and render-html/target/html-preview-awkward (hostile and awkward texts), which
#                `./mvnw verify -pl render-html -am` writes; the CLI's OUT/html works too
#   --screenshots where the PNGs go, named <HTML_DIR name>-<lang>-desktop.png and -phone.png
#                (default: render-html/target/browser)
#   --self-test  checks that the checks fail on a page that breaks each rule
# Environment: CHROMIUM (default: chromium, chromium-browser or google-chrome from PATH).
# Exit codes: 0 all pages pass, 1 a check failed, 2 wrong usage or no browser.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
module=$(cd "$here/../../.." && pwd)
html_dirs=()
shots="$module/target/browser"
self_test=false

while [ $# -gt 0 ]; do
  case "$1" in
    --screenshots) shots=${2:?--screenshots needs a folder}; shift 2 ;;
    --self-test) self_test=true; shift ;;
    -h|--help) sed -n '4,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "check-preview.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) html_dirs+=("$1"); shift ;;
  esac
done

browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
if [ -z "$browser" ] || [ ! -x "$browser" ]; then
  echo "check-preview.sh: no Chromium found; install it (Debian: apt-get install -y chromium) or set CHROMIUM" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Flags from TECH-NOTES (headless in a container, no network chatter), plus a fixed colour profile and
# hidden scrollbars so that a 390 px window is 390 CSS pixels wide.
chromium() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile" --hide-scrollbars --force-color-profile=srgb "$@"
}

file_url() {
  python3 -c 'import pathlib, sys; print(pathlib.Path(sys.argv[1]).resolve().as_uri())' "$1"
}

# Loads the page in two iframes (phone and desktop width) and writes the problems found into the DOM,
# which --dump-dom prints. File pages may read each other only with --allow-file-access-from-files.
write_harness() {
  local page_url=$1 harness=$2
  cat > "$harness" <<EOF
<!doctype html>
<html><head><meta charset="utf-8"><title>check</title></head>
<body>
<iframe id="phone" src="$page_url" style="width:390px;height:844px;border:0"></iframe>
<iframe id="desktop" src="$page_url" style="width:1280px;height:800px;border:0"></iframe>
<pre id="result">NOT CHECKED</pre>
<script>
// Content of an element that scrolls sideways by design (the key figures' region) may be wider.
function insideScroller(el) {
  for (let up = el.parentElement; up; up = up.parentElement) {
    const overflow = getComputedStyle(up).overflowX;
    if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') return true;
  }
  return false;
}
function check(frame, label) {
  const problems = [];
  let doc;
  try { doc = frame.contentDocument; } catch (e) { return [label + ': cannot read the page: ' + e]; }
  if (!doc || !doc.body) return [label + ': the page did not load'];
  const root = doc.documentElement;
  if (root.scrollWidth > root.clientWidth) {
    problems.push(label + ': the page is ' + root.scrollWidth + ' px wide in a ' + root.clientWidth + ' px window');
    for (const el of doc.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.right > root.clientWidth + 0.5 && box.width > 0 && !insideScroller(el)) {
        problems.push('  too wide: <' + el.tagName.toLowerCase() + ' class="' + el.className + '"> ends at ' + Math.round(box.right) + ' px');
      }
    }
  }
  if (label !== 'phone') return problems;
  if (getComputedStyle(doc.body).backgroundColor === 'rgba(0, 0, 0, 0)') {
    problems.push('the stylesheet was not applied (blocked by the Content-Security-Policy?)');
  }
  const seen = new Set();
  for (const el of doc.querySelectorAll('[id]')) {
    if (seen.has(el.id)) problems.push('id used twice: ' + el.id);
    seen.add(el.id);
  }
  for (const a of doc.querySelectorAll('a[href^="#"]')) {
    const id = decodeURIComponent(a.getAttribute('href').slice(1));
    if (!doc.getElementById(id)) problems.push('link to a missing element: #' + id);
  }
  for (const el of doc.querySelectorAll('[aria-labelledby]')) {
    for (const id of el.getAttribute('aria-labelledby').split(/\s+/)) {
      if (!doc.getElementById(id)) problems.push('aria-labelledby names a missing element: ' + id);
    }
  }
  if (!doc.querySelector('main')) problems.push('the page has no main element');
  return problems;
}
window.addEventListener('load', () => {
  const problems = [...check(document.getElementById('phone'), 'phone'),
                    ...check(document.getElementById('desktop'), 'desktop')];
  document.getElementById('result').textContent = problems.length ? 'PROBLEMS\n' + problems.join('\n') : 'OK';
});
</script>
</body></html>
EOF
}

# Checks one page; prints its problems and returns 1 when there are any.
check_page() {
  local page=$1 name=$2 failed=0
  local url; url=$(file_url "$page")

  # 1. Console: the page has no scripts, so any console message at all means something went wrong.
  if ! chromium --enable-logging=stderr --v=0 --virtual-time-budget=3000 --dump-dom "$url" \
      > "$work/dom.html" 2> "$work/console.log"; then
    echo "  $name: Chromium failed to load the page" >&2
    return 1
  fi
  if grep -q ':CONSOLE' "$work/console.log"; then
    echo "  $name: console messages:" >&2
    grep ':CONSOLE' "$work/console.log" | sed 's/^[^]]*] /    /' >&2
    failed=1
  fi
  if ! grep -q '</main>' "$work/dom.html"; then
    echo "  $name: the loaded page has no main content" >&2
    failed=1
  fi

  # 2. Layout and references, measured by the browser.
  write_harness "$url" "$work/harness.html"
  chromium --allow-file-access-from-files --virtual-time-budget=5000 --dump-dom "$(file_url "$work/harness.html")" \
    > "$work/harness-dom.html" 2> /dev/null || true
  local result
  result=$(python3 - "$work/harness-dom.html" <<'EOF'
import html, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
match = re.search(r'<pre id="result">(.*?)</pre>', text, re.S)
print(html.unescape(match.group(1)) if match else "the check page did not run")
EOF
  )
  if [ "$result" != "OK" ]; then
    printf '  %s: %s\n' "$name" "${result#PROBLEMS$'\n'}" | sed '2,$s/^/    /' >&2
    failed=1
  fi

  # 3. Language links point at pages that exist.
  local dir; dir=$(dirname "$page")
  while IFS= read -r href; do
    [ -n "$href" ] || continue
    if [ ! -f "$dir/$href" ]; then
      echo "  $name: language link to a missing page: $href" >&2
      failed=1
    fi
  done < <(grep -o 'href="\.\./[a-zA-Z0-9-]*/index\.html"' "$page" | sed 's/^href="//; s/"$//' | sort -u)

  return $failed
}

screenshots() {
  local page=$1 prefix=$2
  local url; url=$(file_url "$page")
  mkdir -p "$shots"
  chromium --window-size=1280,2200 --screenshot="$shots/$prefix-desktop.png" "$url" > /dev/null 2>&1
  chromium --window-size=390,1600 --force-device-scale-factor=2 --screenshot="$shots/$prefix-phone.png" "$url" \
    > /dev/null 2>&1
  echo "  screenshots: $shots/$prefix-desktop.png, $shots/$prefix-phone.png"
}

if $self_test; then
  # A page that breaks every rule must fail, and each broken rule must be named.
  mkdir -p "$work/site/xx"
  wide=$(printf 'x%.0s' $(seq 300))
  cat > "$work/site/xx/index.html" <<EOF
<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'">
<title>broken</title><style>body{background:#eee}</style></head>
<body><main><p>x</p><img src="x" onerror="alert(1)"><a href="#nowhere">x</a>
<a href="../yy/index.html">other language</a>
<p>$wide</p></main></body></html>
EOF
  if check_page "$work/site/xx/index.html" "self-test broken page" 2> "$work/self-test.log"; then
    echo "check-preview.sh --self-test: the broken page passed the checks" >&2
    exit 1
  fi
  for expected in "CONSOLE\|console messages" "stylesheet was not applied" "missing element: #nowhere" \
      "px wide in a 390 px window" "missing page: ../yy/index.html"; do
    if ! grep -q "$expected" "$work/self-test.log"; then
      echo "check-preview.sh --self-test: the check did not report: $expected" >&2
      cat "$work/self-test.log" >&2
      exit 1
    fi
  done
  echo "check-preview.sh --self-test: every broken rule was reported"
  exit 0
fi

if [ ${#html_dirs[@]} -eq 0 ]; then
  html_dirs=("$module/target/html-preview")
  [ -d "$module/target/html-preview-awkward" ] && html_dirs+=("$module/target/html-preview-awkward")
fi

shopt -s nullglob
status=0
for html_dir in "${html_dirs[@]}"; do
  pages=("$html_dir"/*/index.html)
  if [ ${#pages[@]} -eq 0 ]; then
    echo "check-preview.sh: no */index.html under $html_dir (run ./mvnw verify -pl render-html -am first)" >&2
    exit 2
  fi
  name=$(basename "$html_dir")
  for page in "${pages[@]}"; do
    language=$(basename "$(dirname "$page")")
    if check_page "$page" "$name/$language/index.html"; then
      echo "ok: $name/$language/index.html"
    else
      echo "FAILED: $name/$language/index.html" >&2
      status=1
    fi
    screenshots "$page" "$name-$language"
  done
done
exit $status
