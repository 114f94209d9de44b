#!/usr/bin/env bash
# Install presslens with its test extras into .venv (fresh machine friendly) and run the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
.venv/bin/ruff check src tests benchmarks training scripts
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
