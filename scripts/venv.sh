#!/usr/bin/env bash
# Sourced by the other scripts: makes sure .venv exists with errctl installed (extras in $1).
# A fresh Debian has python3 but not its venv module (package python3-venv): install it when
# we can (root, or sudo), else say exactly what is missing.
set -euo pipefail
extras=${1:-}
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -m pip --version >/dev/null 2>&1; then
  rm -rf .venv
  if ! "$PY" -m venv .venv >/dev/null 2>&1; then
    rm -rf .venv
    pyver=$("$PY" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    if command -v apt-get >/dev/null 2>&1; then
      SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
      echo "python3 has no venv module: installing python3-venv with apt-get" >&2
      $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "python${pyver}-venv" >/dev/null \
        || $SUDO apt-get install -y -qq python3-venv >/dev/null
      "$PY" -m venv .venv
    else
      echo "error: '$PY -m venv' does not work here; install your distribution's venv package" >&2
      exit 2
    fi
  fi
fi
export PIP_DISABLE_PIP_VERSION_CHECK=1
.venv/bin/python -m pip install --quiet --upgrade pip
if [ -n "$extras" ]; then
  .venv/bin/python -m pip install --quiet -e ".[${extras}]"
else
  .venv/bin/python -m pip install --quiet -e .
fi
