#!/usr/bin/env bash
# Install presslens with its test extras into .venv (fresh machine friendly) and run the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
.venv/bin/ruff check src tests benchmarks training scripts
# The browser tests (tests/test_browser.py) drive Debian's chromium through Playwright, never a downloaded
# browser (no `playwright install`): install the distribution package when it is missing.
if [ ! -x /usr/bin/chromium ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi
  $SUDO apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium
fi
.venv/bin/python -m pytest -q -p no:cacheprovider "$@"
