#!/usr/bin/env bash
# Create .venv and install crosscheck with everything it needs (idempotent; quick when done).
# torch is pinned to 2.13.0: the CPU build on disk here. Any other spec pulls CUDA wheels.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
stamp=.venv/.crosscheck-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "crosscheck: installing into .venv (log: .venv/install.log) ..." >&2
  log=.venv/install.log
  if ! { .venv/bin/python -m pip install --quiet --upgrade pip &&
         .venv/bin/python -m pip install --quiet "torch==2.13.0" &&
         .venv/bin/python -m pip install --quiet -e ".[dev]"; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "crosscheck: installation failed (log above)" >&2
    exit 1
  fi
  echo "$want" > "$stamp"
fi
