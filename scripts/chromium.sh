#!/usr/bin/env bash
# Makes sure a headless Chromium is installed for the HTML report's browser tests
# (tests/report/test_chromium.py), which fail rather than skip under CI when it is missing.
# Idempotent: does nothing when chromium is already on PATH (or ERRCTL_CHROMIUM names one).
# Installs Debian's package with apt-get when we can (root, or sudo), as scripts/venv.sh does
# for python3-venv; otherwise says exactly what is missing and leaves the tests to report it.
set -euo pipefail
if [ -n "${ERRCTL_CHROMIUM:-}" ] || command -v chromium >/dev/null 2>&1 \
  || command -v chromium-browser >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "warning: no chromium and no apt-get: install a headless Chromium for the browser tests" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo"
  else
    echo "warning: chromium is missing and installing it needs root: apt-get install -y chromium" >&2
    exit 0
  fi
fi
echo "installing chromium with apt-get (for the HTML report's browser tests)" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
