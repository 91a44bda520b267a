#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Runs axe-core (the accessibility rules browsers' audit tools use) on the HTML preview pages in headless
# Chromium, driven by puppeteer-core, and fails on any violation. Both npm packages are installed at fixed
# versions into a temporary folder; nothing is added to the project.
#
# Usage: check-axe.sh [HTML_DIR...]
#   HTML_DIR   folder holding <lang>/index.html; default: render-html/target/html-preview and
#              render-html/target/html-preview-awkward, which `./mvnw verify -pl render-html -am` writes
# Environment: CHROMIUM (default: chromium, chromium-browser or google-chrome from PATH).
# Exit codes: 0 no violation, 1 violations, 2 no browser, no npm or wrong usage.
set -euo pipefail

AXE_VERSION=4.14.1
PUPPETEER_VERSION=24.40.0

here=$(cd "$(dirname "$0")" && pwd)
module=$(cd "$here/../../.." && pwd)
html_dirs=("$@")
if [ ${#html_dirs[@]} -eq 0 ]; then
  html_dirs=("$module/target/html-preview")
  [ -d "$module/target/html-preview-awkward" ] && html_dirs+=("$module/target/html-preview-awkward")
fi

browser=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
if [ -z "$browser" ] || [ ! -x "$browser" ]; then
  echo "check-axe.sh: no Chromium found; install it (Debian: apt-get install -y chromium) or set CHROMIUM" >&2
  exit 2
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "check-axe.sh: npm is needed to install axe-core and puppeteer-core" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund --silent \
  "axe-core@$AXE_VERSION" "puppeteer-core@$PUPPETEER_VERSION" >/dev/null)

pages=()
shopt -s nullglob
for html_dir in "${html_dirs[@]}"; do
  found=("$html_dir"/*/index.html)
  if [ ${#found[@]} -eq 0 ]; then
    echo "check-axe.sh: no */index.html under $html_dir (run ./mvnw verify -pl render-html -am first)" >&2
    exit 2
  fi
  pages+=("${found[@]}")
done

cat > "$work/axe.js" <<'SCRIPT'
const path = require('path');
const fs = require('fs');
const puppeteer = require('puppeteer-core');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
(async () => {
  const browser = await puppeteer.launch({
    executablePath: process.env.BROWSER,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  let violations = 0;
  for (const file of process.argv.slice(2)) {
    const page = await browser.newPage();
    await page.goto('file://' + path.resolve(file));
    // The page's Content-Security-Policy forbids inline scripts; evaluate() runs through DevTools instead.
    await page.evaluate(axeSource);
    const result = await page.evaluate(async () => await axe.run(document));
    console.log((result.violations.length === 0 ? 'ok: ' : 'FAILED: ') + file + ' (axe-core '
      + result.testEngine.version + ', ' + result.passes.length + ' rules passed, '
      + result.violations.length + ' violated)');
    for (const rule of result.violations) {
      console.log('  ' + rule.id + ' (' + rule.impact + '): ' + rule.help);
      for (const node of rule.nodes) console.log('    ' + node.target.join(' '));
    }
    violations += result.violations.length;
    await page.close();
  }
  await browser.close();
  process.exit(violations === 0 ? 0 : 1);
})().catch(error => { console.error('check-axe.sh: ' + error); process.exit(2); });
SCRIPT

BROWSER="$browser" NODE_PATH="$work/node_modules" node "$work/axe.js" "${pages[@]}"
