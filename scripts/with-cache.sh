#!/usr/bin/env bash
# Runs a command with CACHE_URL pointing at Valkey or Redis, the cache of the production
# settings (the API throttles' counters and the dashboard's rendering).
#
# The server in CACHE_URL when it is set, else a throwaway one: valkey-server (or
# redis-server) on a Unix socket in a temporary directory, listening on no TCP port and
# keeping nothing on disk, stopped and removed when the command ends. The server is
# installed from Debian's packages when missing (scripts/ensure-cache-server.sh).
# TERM, INT and HUP are passed on to the command (gunicorn stops gracefully on TERM).
set -euo pipefail

if [ -n "${CACHE_URL:-}" ]; then
    exec "$@"
fi

"$(dirname "$0")/ensure-cache-server.sh"
server=$(command -v valkey-server || command -v redis-server)
dir=$(mktemp -d -t cache.XXXXXX)
socket="$dir/cache.sock"
"$server" --port 0 --unixsocket "$socket" --unixsocketperm 700 --save "" --appendonly no \
    --dir "$dir" --logfile "$dir/server.log" --loglevel warning --daemonize no &
server_pid=$!
stop_server() {
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    rm -rf "$dir"
}
trap stop_server EXIT

for _ in $(seq 100); do
    [ -S "$socket" ] && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "$(basename "$server") did not start:" >&2
        cat "$dir/server.log" >&2
        exit 1
    fi
    sleep 0.1
done
[ -S "$socket" ] || { echo "$(basename "$server") did not open $socket within 10 s." >&2; exit 1; }
echo "== A throwaway $(basename "$server") for this run (CACHE_URL=unix://$socket)" >&2

export CACHE_URL="unix://$socket"
"$@" &
child=$!
trap 'kill -TERM "$child" 2>/dev/null || true' TERM
trap 'kill -INT "$child" 2>/dev/null || true' INT
trap 'kill -HUP "$child" 2>/dev/null || true' HUP
status=0
wait "$child" || status=$?
# A trapped signal ends `wait` early: wait again until the command itself has ended.
while kill -0 "$child" 2>/dev/null; do
    status=0
    wait "$child" || status=$?
done
exit "$status"
