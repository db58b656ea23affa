#!/usr/bin/env bash
# The crash soak of issue 9, on SQLite and PostgreSQL, independent of bench/run:
#   bench/crash_soak.sh [--build DIR] [--backend sqlite|postgresql|both] [crash_soak options...]
# e.g. bench/crash_soak.sh                      # 100,000 events x 2 subscriptions, 20 SIGKILLs, both backends
#      bench/crash_soak.sh --events 5000 --kills 5 --backend sqlite
# It builds the crash_soak target in the build folder (default: build/, configured as README says), runs the
# worker's keychain in a private D-Bus session with an unlocked gnome-keyring (a throwaway HOME: your own
# keyring is never touched), and uses for PostgreSQL the server in GARAGEREG_SOAK_PG_URL /
# GARAGEREG_SOAK_PG_PASSWORD (or GARAGEREG_TEST_PG_URL / GARAGEREG_TEST_PG_PASSWORD), creating and dropping a
# database of its own there; without one, as root, it starts a throwaway PostgreSQL 15 (fsync on).
# Prints one RESULT line per backend (lost, duplicates, wall time, ...) and exits non-zero when any property fails.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
note() { printf 'crash_soak: %s\n' "$*" >&2; }
fail() { note "FAILED: $*"; exit 1; }

# A private keychain session first: everything below runs inside it.
if [[ -z "${GARAGEREG_SOAK_SESSION:-}" ]]; then
    session=$(mktemp -d /tmp/garagereg-soak.XXXXXXXX)
    chmod 0755 "$session"
    mkdir -p "$session/home/.local/share" "$session/home/.config" "$session/home/.cache" "$session/run"
    chmod 0700 "$session/home" "$session/run"
    status=0
    env -u DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u GARAGEREG_DATABASE GARAGEREG_SOAK_SESSION="$session" \
        HOME="$session/home" XDG_RUNTIME_DIR="$session/run" XDG_DATA_HOME="$session/home/.local/share" \
        XDG_CONFIG_HOME="$session/home/.config" XDG_CACHE_HOME="$session/home/.cache" LANG=C.UTF-8 \
        dbus-run-session -- "$0" "$@" || status=$?
    rm -rf -- "$session"
    exit "$status"
fi
session=$GARAGEREG_SOAK_SESSION
keyring_password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
printf '%s' "$keyring_password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
dbus-send --session --print-reply=literal --reply-timeout=20000 --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.StartServiceByName string:org.freedesktop.secrets uint32:0 >/dev/null

build_dir=$repo_root/build
backend=both
soak_args=()
while (($# > 0)); do
    case $1 in
    --build) build_dir=$(cd "$2" && pwd); shift 2 ;;
    --backend) backend=$2; shift 2 ;;
    *) soak_args+=("$1"); shift ;;
    esac
done
[[ $backend == sqlite || $backend == postgresql || $backend == both ]] || fail "--backend sqlite|postgresql|both"

note "building crash_soak in $build_dir"
nice -n 10 cmake --build "$build_dir" --target crash_soak garagereg-integrations-cli >/dev/null
soak=$build_dir/bench/soak/crash_soak

pg_bin=/usr/lib/postgresql/15/bin
pg_data=""
pg_admin=() # psql arguments reaching the server as postgres
cleanup() {
    if [[ -n "$pg_data" ]]; then
        runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

server_url=${GARAGEREG_SOAK_PG_URL:-${GARAGEREG_TEST_PG_URL:-}}
server_password=${GARAGEREG_SOAK_PG_PASSWORD:-${GARAGEREG_TEST_PG_PASSWORD:-}}
start_postgres() {
    if [[ -n "$server_url" ]]; then
        local rest=${server_url#postgresql://}
        local user=${rest%%@*} hostport=${rest#*@}
        hostport=${hostport%%/*}
        pg_admin=(-h "${hostport%%:*}" -p "${hostport##*:}" -U "$user" -d postgres)
        pg_url_prefix="postgresql://$user@$hostport"
        return
    fi
    [[ $(id -u) -eq 0 ]] || fail "PostgreSQL: set GARAGEREG_SOAK_PG_URL and GARAGEREG_SOAK_PG_PASSWORD, or run as root"
    local port
    for port in $(seq 56532 56632); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break; done
    mkdir -p "$session/pg" && chown postgres "$session/pg"
    pg_data=$session/pg/data
    server_password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
    printf '%s\n' "$server_password" >"$session/pg/pw" && chown postgres "$session/pg/pw"
    runuser -u postgres -- "$pg_bin/initdb" -D "$pg_data" -U postgres -E UTF8 --no-locale \
        --auth-local=trust --auth-host=scram-sha-256 --pwfile="$session/pg/pw" >/dev/null
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_data" -l "$session/pg/log" -w \
        -o "-p $port -k $session/pg -c listen_addresses=127.0.0.1" start >/dev/null
    pg_admin=(-h 127.0.0.1 -p "$port" -U postgres -d postgres)
    pg_url_prefix="postgresql://postgres@127.0.0.1:$port"
}

failed=0
run_soak() { # backend, database URL
    local name=crash_soak_$1
    note "running $name (worker output: $session/$name.log)"
    if ! PGPASSWORD=$server_password "$soak" --database "$2" --name "$name" --worker-log "$session/$name.log" \
        "${soak_args[@]}"; then
        tail -n 30 "$session/$name.log" >&2 || true
        failed=1
    fi
}

if [[ $backend != postgresql ]]; then
    run_soak sqlite "sqlite://$session/soak.db"
fi
if [[ $backend != sqlite ]]; then
    start_postgres
    database=garagereg_soak_$(od -An -tx1 -N4 /dev/urandom | tr -d ' \n')
    PGPASSWORD=$server_password psql "${pg_admin[@]}" -qc "CREATE DATABASE $database" >/dev/null
    run_soak postgresql "$pg_url_prefix/$database"
    PGPASSWORD=$server_password psql "${pg_admin[@]}" -qc "DROP DATABASE $database" >/dev/null || true
fi
exit "$failed"
