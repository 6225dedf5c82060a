#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded one). Installs it when
# missing, as root or through sudo; otherwise fails with what to run.
set -euo pipefail

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
    exit 0
fi
"$(dirname "$0")/apt-install.sh" chromium "the browser tests"
test -x "$CHROMIUM" || { echo "apt-get installed chromium, but $CHROMIUM is not there." >&2; exit 1; }
