#!/usr/bin/env bash
# PostgreSQL unreachable for 30 s (by default) while the delivery engine works:
# the long version of tests/services/tst_delivery_outage.cpp, whose suite run
# uses a 2 s outage (docs/reliability.md, "PostgreSQL restarted or unreachable").
# Runs its serverUnreachable cases (a TCP proxy between the worker and the server
# refuses new connections, or stalls them, for the whole outage, after closing the
# open ones) and prints what the test measured: when the engine paused, how soon
# it went on after the server was back, lost and duplicate deliveries.
#
# The server is never stopped. It uses GARAGEREG_TEST_PG_URL and
# GARAGEREG_TEST_PG_PASSWORD when set (e.g. `source /tmp/pgenv.sh`), otherwise
# it starts a throwaway PostgreSQL of its own (as scripts/test.sh does) and stops it.
#
# Usage: scripts/db-outage.sh [outage seconds, default 30] [build folder, default build]
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-30}
build_dir=${2:-build}
test_binary="$repo_root/$build_dir/tests/services/tst_delivery_outage"
if [[ ! -x "$test_binary" ]]; then
    echo "db-outage.sh: $test_binary is missing: build the tst_delivery_outage target first" >&2
    exit 1
fi

temp_dir=$(mktemp -d /tmp/garagereg-outage.XXXXXX)
chmod 755 "$temp_dir"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
pg_started=
cleanup() {
    if [[ -n "$pg_started" ]]; then
        runuser -u postgres -- "$pg_bin/pg_ctl" -D "$temp_dir/pg/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$temp_dir"
}
trap cleanup EXIT

if [[ -z "${GARAGEREG_TEST_PG_URL:-}" ]]; then
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    mkdir -p "$temp_dir/pg" "$temp_dir/pgsock"
    chown postgres: "$temp_dir/pg" "$temp_dir/pgsock"
    runuser -u postgres -- "$pg_bin/initdb" -D "$temp_dir/pg/data" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$temp_dir/pg/data" -l "$temp_dir/pg/server.log" -w \
        -o "-p $port -k $temp_dir/pgsock -c listen_addresses=127.0.0.1" start >/dev/null
    pg_started=1
    export GARAGEREG_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
    export GARAGEREG_TEST_PG_PASSWORD=
fi

export GARAGEREG_TEST_BACKEND=postgresql
export GARAGEREG_OUTAGE_MS=$((seconds * 1000))
# The worker's own retry interval (DeliveryEngineOptions::problemRetry), not the suite's 200 ms.
export GARAGEREG_OUTAGE_RETRY_MS=${GARAGEREG_OUTAGE_RETRY_MS:-5000}
export QTEST_FUNCTION_TIMEOUT=$(((seconds * 3 + 300) * 1000))
echo "db-outage.sh: ${seconds} s outages against $GARAGEREG_TEST_PG_URL, retry every ${GARAGEREG_OUTAGE_RETRY_MS} ms"
start=$(date +%s)
set +e
"$test_binary" serverUnreachable 2>&1 | tee "$temp_dir/output.txt" | grep -E '^(PASS|FAIL|QINFO.*(outage|lost)|Totals)'
status=${PIPESTATUS[0]}
set -e
echo "db-outage.sh: $(( $(date +%s) - start )) s in all; test exit status $status"
if [[ $status -ne 0 ]]; then
    grep -E 'FAIL|Loc:' "$temp_dir/output.txt" || true
fi
exit "$status"
