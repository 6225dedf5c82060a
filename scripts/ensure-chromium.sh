#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded one). Installs it when
# missing, as root or through sudo; otherwise fails with what to run.
set -euo pipefail

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
    exit 0
fi
echo "== Installing Chromium for the browser tests (Debian package chromium)"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO="sudo"
    else
        echo "The browser tests need Debian's Chromium at $CHROMIUM. Install it with:" >&2
        echo "    sudo apt-get install chromium" >&2
        exit 1
    fi
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
test -x "$CHROMIUM" || { echo "apt-get installed chromium, but $CHROMIUM is not there." >&2; exit 1; }
