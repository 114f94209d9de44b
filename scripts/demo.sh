#!/usr/bin/env bash
# Install presslens into .venv and read the bundled sample article (terminal summary + HTML report).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e .
# --alias shows the user alias table: the sample outlet is fictional, so it is not in the built-in one
.venv/bin/presslens read --alias "Springfield Beacon=The Springfield Beacon" "$@"
.venv/bin/presslens read --alias "Springfield Beacon=The Springfield Beacon" --format html -o sample-report.html "$@"
