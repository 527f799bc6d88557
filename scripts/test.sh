#!/usr/bin/env bash
# The test command: set up if needed, lint, then the whole suite (real model included).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The HTML pages are tested in a real browser: Debian's Chromium, installed when missing.
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "crosscheck: the browser tests need chromium (apt-get install chromium)" >&2
  fi
fi
.venv/bin/ruff check crosscheck tests
.venv/bin/python -m pytest "$@"
# The quality figures, printed for the log; the floors are enforced by tests/test_quality.py.
.venv/bin/crosscheck eval quantities --floors fixtures/quality_floors.json
.venv/bin/crosscheck eval matching --floors fixtures/quality_floors.json
