#!/usr/bin/env bash
# The test command: set up if needed, lint, then the whole suite (real model included).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check crosscheck tests
.venv/bin/python -m pytest "$@"
