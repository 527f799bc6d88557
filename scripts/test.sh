#!/usr/bin/env bash
# The test command: set up if needed, lint, then the whole suite (real model included).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check crosscheck tests
.venv/bin/python -m pytest "$@"
# The quality figures, printed for the log; the floors are enforced by tests/test_quality.py.
.venv/bin/crosscheck eval quantities --floors fixtures/quality_floors.json
.venv/bin/crosscheck eval matching --floors fixtures/quality_floors.json
