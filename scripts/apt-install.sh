#!/usr/bin/env bash
# apt-install.sh PACKAGE PURPOSE: installs Debian's PACKAGE, as root or through sudo, for
# PURPOSE (words that finish "... needs PACKAGE"). Without either, or when apt-get fails,
# says what to run and exits 1. Used by ensure-chromium.sh and ensure-cache-server.sh.
set -euo pipefail

package=$1 purpose=$2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO="sudo"
    else
        echo "$purpose needs Debian's $package. Install it with:" >&2
        echo "    sudo apt-get install $package" >&2
        exit 1
    fi
fi
echo "== Installing $package ($purpose)" >&2
if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$package" >/dev/null; }; then
    echo "apt-get could not install $package, which $purpose needs." >&2
    exit 1
fi
