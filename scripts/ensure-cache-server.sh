#!/usr/bin/env bash
# make serve and make load keep the API throttles' counters and the dashboard's cache in
# Valkey or Redis (scripts/with-cache.sh). Installs Debian's package when neither server
# is there (valkey-server where the release has it, as from Debian 13; redis-server
# before), as root or through sudo; otherwise fails with what to run, or to set CACHE_URL.
set -euo pipefail

found() { command -v valkey-server >/dev/null 2>&1 || command -v redis-server >/dev/null 2>&1; }
found && exit 0
package=redis-server
if apt-cache show valkey-server >/dev/null 2>&1; then
    package=valkey-server
fi
"$(dirname "$0")/apt-install.sh" "$package" "the throttles' cache of make serve and make load" || {
    echo "Or point CACHE_URL at a Valkey or Redis server: CACHE_URL=redis://HOST:6379/0 make serve" >&2
    exit 1
}
found || { echo "apt-get installed $package, but neither valkey-server nor redis-server is on PATH." >&2; exit 1; }
