#!/usr/bin/env bash
# Re-make the screenshots in docs/ from the example corpus and draft (needs chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
.venv/bin/crosscheck report fixtures/corpus --format html > "$work/report.html"
.venv/bin/crosscheck check fixtures/drafts/troops-draft.md --against fixtures/corpus \
  --format html --fail-on never > "$work/check.html"
shoot() {
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile" --hide-scrollbars --window-size="$3" \
    --screenshot="$2" "file://$1" 2>/dev/null
}
shoot "$work/report.html" docs/report.png 1000,1500
shoot "$work/check.html" docs/check.png 1000,1200
echo "wrote docs/report.png and docs/check.png"
