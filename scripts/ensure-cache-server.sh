#!/usr/bin/env bash
# make serve and make load keep the API throttles' counters and the dashboard's cache in
# Valkey or Redis (scripts/with-cache.sh). Installs Debian's package when neither server
# is there, as root or through sudo (valkey-server where the release has it, as from
# Debian 13; redis-server before); otherwise fails with what to run.
set -euo pipefail

if command -v valkey-server >/dev/null 2>&1 || command -v redis-server >/dev/null 2>&1; then
    exit 0
fi
package=redis-server
if apt-cache show valkey-server >/dev/null 2>&1; then
    package=valkey-server
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        SUDO="sudo"
    else
        echo "make serve and make load need Valkey or Redis for the throttles' cache, and found neither." >&2
        echo "Install one (Debian/Ubuntu):  sudo apt-get install $package" >&2
        echo "or point CACHE_URL at a server:  CACHE_URL=redis://HOST:6379/0 make serve" >&2
        exit 1
    fi
fi
echo "== Installing $package for the throttles' cache (Debian package)" >&2
if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$package" >/dev/null; }; then
    echo "apt-get could not install $package; install Valkey or Redis, or set CACHE_URL to a server." >&2
    exit 1
fi
command -v valkey-server >/dev/null 2>&1 || command -v redis-server >/dev/null 2>&1 || {
    echo "apt-get installed $package, but neither valkey-server nor redis-server is on PATH." >&2
    exit 1
}
