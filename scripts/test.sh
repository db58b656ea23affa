#!/usr/bin/env bash
# One command sets up and runs every test of GarageReg Integrations (.ci/run
# calls exactly this):
#   1. installs the Debian 12 packages (scripts/install-deps.sh);
#   2. configures and builds build-test (GUI on) and build-test-nogui
#      (-DGARAGEREG_GUI=OFF), both with -DGARAGEREG_WERROR=ON; the second one
#      also with -DGARAGEREG_SQLITE_DIRECT=OFF and -DGARAGEREG_JEMALLOC=OFF, so
#      SQLite's QSqlQuery path and the system allocator (what Windows builds
#      take) are tested too;
#   3. starts a throwaway PostgreSQL 15 on 127.0.0.1 (a free port from 55432 up)
#      that requires a random password over TCP;
#   4. runs ctest in both build folders inside a private D-Bus session with an
#      unlocked gnome-keyring, with a private HOME/XDG_* and QT_QPA_PLATFORM=offscreen;
#   5. builds the .deb (and .rpm) from build-test, installs it with apt, runs the
#      installed programs and purges it again (scripts/package-check.sh);
#   6. stops PostgreSQL and the keyring and removes the temporary folder on any
#      exit (success, failure, Ctrl-C).
# Exits non-zero when a build or a test fails.
#
# Usage: scripts/test.sh [extra ctest arguments, e.g. -L sqlite or -R storage]
# Environment:
#   GARAGEREG_TEST_BUILD_TYPE  CMake build type of both test builds (default Debug)
#   GARAGEREG_TEST_TIMEOUT     seconds allowed for all ctest runs together (default 2700)
#   GARAGEREG_TEST_JOBS        parallel build and test jobs (default 2)
# For other builds of the same suite (scripts/sanitize.sh sets these):
#   GARAGEREG_TEST_GUI_DIR     build folder with the GUI (default build-test; empty: none)
#   GARAGEREG_TEST_NOGUI_DIR   build folder without the GUI (default build-test-nogui; empty: none)
#   GARAGEREG_TEST_CXX_FLAGS   CMAKE_CXX_FLAGS of the builds (default: CMake's)
#   GARAGEREG_TEST_LINK_FLAGS  linker flags of executables and shared libraries (default: none)
#   GARAGEREG_TEST_WERROR      ON or OFF (default ON)
#   GARAGEREG_TEST_PACKAGE_CHECK  0 skips step 5's packaging check (default 1)
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

build_type=${GARAGEREG_TEST_BUILD_TYPE:-Debug}
session_timeout=${GARAGEREG_TEST_TIMEOUT:-2700}
jobs=${GARAGEREG_TEST_JOBS:-2}
gui_dir=${GARAGEREG_TEST_GUI_DIR-build-test}
nogui_dir=${GARAGEREG_TEST_NOGUI_DIR-build-test-nogui}
werror=${GARAGEREG_TEST_WERROR:-ON}
package_check=${GARAGEREG_TEST_PACKAGE_CHECK:-1}
flag_args=()
[[ -n "${GARAGEREG_TEST_CXX_FLAGS:-}" ]] && flag_args+=("-DCMAKE_CXX_FLAGS=$GARAGEREG_TEST_CXX_FLAGS")
if [[ -n "${GARAGEREG_TEST_LINK_FLAGS:-}" ]]; then
    flag_args+=("-DCMAKE_EXE_LINKER_FLAGS=$GARAGEREG_TEST_LINK_FLAGS"
        "-DCMAKE_SHARED_LINKER_FLAGS=$GARAGEREG_TEST_LINK_FLAGS")
fi
pg_bin=/usr/lib/postgresql/15/bin
pg_first_port=55432
pg_last_port=55531
ctest_args=("$@")

# ---------------------------------------------------------------------------
# Output helpers

section() {
    printf '\n==== %s\n' "$*"
}

note() {
    printf 'test.sh: %s\n' "$*"
}

random_secret() {
    od -An -tx1 -N16 /dev/urandom | tr -d ' \n'
}

# ---------------------------------------------------------------------------
# State the cleanup trap looks at

temp_dir=""
pg_data=""
session_pid=""   # timeout(1) around the D-Bus session; also its process group id
failures=()

# Runs a PostgreSQL tool as the user owning the throwaway cluster: the postgres
# system user when we are root (PostgreSQL refuses to run as root), else ourselves.
as_pg_user() {
    if [[ $(id -u) -eq 0 ]]; then
        (cd "$temp_dir" && runuser -u postgres -- "$@")
    else
        (cd "$temp_dir" && "$@")
    fi
}

# True while the process exists and is not a zombie.
process_running() {
    local state
    state=$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null) && [[ -n "$state" && "${state:0:1}" != Z ]]
}

# Sends SIGTERM to a process we started and waits (bounded) until it is gone.
# The name check protects against a recycled process id.
stop_process() {
    local pid=$1 name=$2
    [[ -n "$pid" ]] && process_running "$pid" || return 0
    [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == "$name"* ]] || return 0
    note "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || return 0
    # Not our child, so no "wait": watch its state (a zombie counts as gone).
    local deadline=$((SECONDS + 10))
    while process_running "$pid"; do
        if ((SECONDS >= deadline)); then
            kill -KILL "$pid" 2>/dev/null
            return 0
        fi
        sleep 0.1
    done
}

# True while a process of the group exists that is not a zombie.
group_running() {
    local stat line state pgrp
    for stat in /proc/[0-9]*/stat; do
        { read -r line <"$stat"; } 2>/dev/null || continue
        read -r state _ pgrp _ <<<"${line##*) }"
        [[ "$pgrp" == "$1" && "$state" != Z ]] && return 0
    done
    return 1
}

# Stops the test session: timeout(1) leads its own process group, which holds
# dbus-run-session, dbus-daemon, ctest, the running tests and the keyring daemon.
# Waits (bounded) until all of them are gone, so none outlives the script.
stop_session() {
    local pgid=$1
    kill -0 "$pgid" 2>/dev/null || group_running "$pgid" || return 0
    note "stopping the test session (process group $pgid)"
    kill -TERM -- "-$pgid" 2>/dev/null || kill -TERM "$pgid" 2>/dev/null
    local deadline=$((SECONDS + 15))
    while group_running "$pgid"; do
        if ((SECONDS >= deadline)); then
            kill -KILL -- "-$pgid" 2>/dev/null
            break
        fi
        sleep 0.1
    done
    wait "$pgid" 2>/dev/null || true
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM HUP
    set +e
    if [[ -n "$temp_dir" ]]; then
        section "Cleaning up"
    fi
    if [[ -n "$session_pid" ]]; then
        stop_session "$session_pid"
    fi
    if [[ -n "$temp_dir" ]]; then
        # Recorded by the D-Bus session script; normally already gone.
        stop_process "$(cat "$temp_dir/keyring.pid" 2>/dev/null)" gnome-keyring-d
        stop_process "$(cat "$temp_dir/dbus.pid" 2>/dev/null)" dbus-daemon
    fi
    # postmaster.pid exists while a server runs on the data folder (also one whose
    # start timed out).
    if [[ -n "$pg_data" && -f "$pg_data/postmaster.pid" ]]; then
        note "stopping PostgreSQL"
        as_pg_user "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w -t 60 stop >/dev/null \
            || note "warning: pg_ctl stop failed"
    fi
    if [[ -n "$temp_dir" && -d "$temp_dir" ]]; then
        rm -rf -- "$temp_dir"
        note "removed $temp_dir"
    fi
    exit "$status"
}

on_signal() {
    echo
    note "interrupted"
    exit 130
}

trap cleanup EXIT
trap on_signal INT TERM HUP

# ---------------------------------------------------------------------------
section "[1/6] Installing dependencies"
"$repo_root/scripts/install-deps.sh"

# ---------------------------------------------------------------------------
# Configures and builds one test configuration; records a failure instead of
# stopping, so the other configuration still builds and runs.
built_dirs=()
build_configuration() {
    local dir=$1
    shift
    note "configuring $dir ($build_type, -DGARAGEREG_WERROR=$werror $* ${flag_args[*]})"
    if ! cmake -S "$repo_root" -B "$repo_root/$dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" \
        -DGARAGEREG_WERROR="$werror" -DGARAGEREG_BUILD_TESTS=ON "${flag_args[@]}" "$@"; then
        failures+=("configure $dir")
        return 0
    fi
    note "building $dir"
    if ! cmake --build "$repo_root/$dir" -j"$jobs" -- -k 0; then
        failures+=("build $dir")
        return 0
    fi
    built_dirs+=("$dir")
}

section "[2/6] Building ${gui_dir:-no build} (GUI on)"
[[ -n "$gui_dir" ]] && build_configuration "$gui_dir" -DGARAGEREG_GUI=ON

section "[3/6] Building ${nogui_dir:-no build} (GUI off)"
[[ -n "$nogui_dir" ]] && build_configuration "$nogui_dir" -DGARAGEREG_GUI=OFF -DGARAGEREG_SQLITE_DIRECT=OFF \
    -DGARAGEREG_JEMALLOC=OFF

if [[ ${#built_dirs[@]} -eq 0 ]]; then
    section "Result"
    printf -v summary '%s; ' "${failures[@]}"
    note "FAILED: ${summary%; }; no tests were run."
    exit 1
fi

# ---------------------------------------------------------------------------
section "[4/6] Starting a throwaway PostgreSQL 15 on 127.0.0.1"

# One folder for everything this run creates. The postgres user must be able to
# reach it, hence 0755; private parts inside are 0700.
temp_dir=$(mktemp -d /tmp/garagereg-test.XXXXXXXX)
chmod 755 "$temp_dir"
pg_dir="$temp_dir/pg"
pg_data="$pg_dir/data"
pg_socket_dir="$temp_dir/pgsock"
mkdir -p "$pg_dir" "$pg_socket_dir"
chmod 700 "$pg_dir" "$pg_socket_dir"
if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$pg_dir" "$pg_socket_dir"
fi

pg_password=$(random_secret)
pw_file="$pg_dir/pwfile"
(umask 077 && printf '%s\n' "$pg_password" >"$pw_file")
if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$pw_file"
fi
if ! as_pg_user "$pg_bin/initdb" -D "$pg_data" -U postgres -E UTF8 --no-locale \
    --auth-local=trust --auth-host=scram-sha-256 --pwfile="$pw_file" >"$pg_dir/initdb.log" 2>&1; then
    cat "$pg_dir/initdb.log" >&2
    note "FAILED: initdb"
    exit 1
fi
rm -f -- "$pw_file"

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pg_port=""
for ((port = pg_first_port; port <= pg_last_port; port++)); do
    port_in_use "$port" && continue
    pg_log="$pg_dir/server-$port.log"
    # Throwaway server: durability switched off for speed; the Unix socket is
    # private to its owner. Another run may take the port between the check and
    # the start, so a failed start moves on to the next port.
    if as_pg_user "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_log" -w -t 60 \
        -o "-p $port -k $pg_socket_dir -c listen_addresses=127.0.0.1 -c unix_socket_permissions=0700 \
            -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null 2>"$temp_dir/pg_ctl.err"; then
        pg_port=$port
        break
    fi
    if ! grep -q -e "could not bind" -e "Address already in use" -e "could not create any TCP/IP sockets" \
        "$pg_log" 2>/dev/null; then
        cat "$temp_dir/pg_ctl.err" "$pg_log" >&2 || true
        note "FAILED: PostgreSQL did not start"
        exit 1
    fi
    note "port $port is taken, trying the next one"
done
if [[ -z "$pg_port" ]]; then
    note "FAILED: no free port between $pg_first_port and $pg_last_port for PostgreSQL"
    exit 1
fi

# Prove the server wants the password over TCP before the tests rely on it.
# PGPASSWORD is set for these two commands only, never for the tests.
pg_conninfo="host=127.0.0.1 port=$pg_port user=postgres dbname=postgres connect_timeout=10"
if PGPASSWORD=wrong-password psql -X -w -q -c 'SELECT 1' "$pg_conninfo" >/dev/null 2>&1; then
    note "FAILED: PostgreSQL accepted a wrong password"
    exit 1
fi
if ! PGPASSWORD=$pg_password psql -X -w -q -t -c 'SELECT 1' "$pg_conninfo" >/dev/null; then
    note "FAILED: cannot connect to PostgreSQL with its password"
    exit 1
fi
note "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') listens on 127.0.0.1:$pg_port (password auth, data in $pg_data)"

# ---------------------------------------------------------------------------
section "[5/6] Running the tests"

# A private home for the tests, so nothing lands in the real one.
test_home="$temp_dir/home"
mkdir -p "$test_home/.local/share" "$test_home/.config" "$test_home/.cache" "$temp_dir/run" "$temp_dir/tmp"
chmod 700 "$test_home" "$temp_dir/run" "$temp_dir/tmp"

export HOME="$test_home"
export XDG_RUNTIME_DIR="$temp_dir/run"
export XDG_DATA_HOME="$test_home/.local/share"
export XDG_CONFIG_HOME="$test_home/.config"
export XDG_CACHE_HOME="$test_home/.cache"
export TMPDIR="$temp_dir/tmp"
export QT_QPA_PLATFORM=offscreen
export LANG=C.UTF-8
export GARAGEREG_TEST_PG_URL="postgresql://postgres@127.0.0.1:$pg_port/postgres"
export GARAGEREG_TEST_PG_PASSWORD="$pg_password"
# The tests must not pick up the caller's database, display or PostgreSQL
# settings; a test checks what happens without PGPASSWORD.
unset LC_ALL LANGUAGE DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GARAGEREG_DATABASE \
    PGPASSWORD PGPASSFILE PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGSERVICE PGSERVICEFILE
note "HOME=$HOME"
note "XDG_RUNTIME_DIR=$XDG_RUNTIME_DIR TMPDIR=$TMPDIR QT_QPA_PLATFORM=$QT_QPA_PLATFORM"
note "GARAGEREG_TEST_PG_URL=$GARAGEREG_TEST_PG_URL (password in GARAGEREG_TEST_PG_PASSWORD)"

# Runs inside dbus-run-session: unlock a fresh gnome-keyring (its Secret Service
# is then registered on the session bus), record the daemon ids for the outer
# cleanup, then run ctest in every built folder.
# Arguments: <temp dir> <jobs> <number of build dirs> <build dirs...> <ctest args...>
# shellcheck disable=SC2016 # expanded by the inner bash
session_script='
set -uo pipefail
temp_dir=$1
jobs=$2
count=$3
shift 3
dirs=("${@:1:count}")
shift "$count"
extra=("$@")

bus_pid_of() {
    dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID "string:$1" 2>/dev/null | awk "{print \$2}"
}

bus_pid_of org.freedesktop.DBus >"$temp_dir/dbus.pid"
if ! printf %s "$GARAGEREG_KEYRING_PASSWORD" \
    | env -u GARAGEREG_KEYRING_PASSWORD gnome-keyring-daemon --unlock --components=secrets >/dev/null; then
    echo "test.sh: FAILED: gnome-keyring-daemon did not start" >&2
    exit 1
fi
unset GARAGEREG_KEYRING_PASSWORD
# The daemon claims its bus name just after --unlock returns. StartServiceByName
# returns once the name has an owner (activating "gnome-keyring-daemon --start",
# which hands over to the unlocked daemon, if it has not claimed it yet).
dbus-send --session --print-reply=literal --reply-timeout=20000 --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.StartServiceByName string:org.freedesktop.secrets uint32:0 >/dev/null
keyring_pid=$(bus_pid_of org.freedesktop.secrets)
if [[ -z "$keyring_pid" ]]; then
    echo "test.sh: FAILED: no Secret Service on the session bus after unlocking gnome-keyring" >&2
    exit 1
fi
echo "$keyring_pid" >"$temp_dir/keyring.pid"
printf "\ntest.sh: D-Bus session %s, gnome-keyring (pid %s) unlocked\n" "$DBUS_SESSION_BUS_ADDRESS" "$keyring_pid"

status=0
for dir in "${dirs[@]}"; do
    printf "\n==== ctest in %s\n" "$dir"
    no_tests=()
    [[ ${#extra[@]} -eq 0 ]] && no_tests=(--no-tests=error)
    if ! (cd "$dir" && ctest --output-on-failure -j"$jobs" --output-junit test-results.xml \
            "${no_tests[@]}" "${extra[@]}"); then
        echo "test.sh: ctest FAILED in $dir"
        echo "$dir" >>"$temp_dir/failed-test-dirs"
        status=1
    fi
done
kill -TERM "$keyring_pid" 2>/dev/null
exit $status
'

# timeout bounds the whole session (a keyring prompt or a hung test must not
# block CI forever). It runs in the background so Ctrl-C reaches our trap,
# which then stops it.
session_status=0
GARAGEREG_KEYRING_PASSWORD=$(random_secret) timeout --kill-after=30 "$session_timeout" \
    dbus-run-session -- bash -c "$session_script" session "$temp_dir" "$jobs" "${#built_dirs[@]}" \
    "${built_dirs[@]/#/$repo_root/}" "${ctest_args[@]}" &
session_pid=$!
wait "$session_pid" || session_status=$?
# Anything of the session still running (after a timeout, say) is stopped now.
stop_session "$session_pid"
session_pid=""

if [[ $session_status -eq 124 || $session_status -eq 137 ]]; then
    failures+=("tests timed out after ${session_timeout}s")
elif [[ -s "$temp_dir/failed-test-dirs" ]]; then
    while read -r dir; do
        failures+=("tests in ${dir#"$repo_root"/}")
    done <"$temp_dir/failed-test-dirs"
elif [[ $session_status -ne 0 ]]; then
    failures+=("test session (exit status $session_status)")
fi

# ---------------------------------------------------------------------------
section "[6/6] Packaging: the .deb installs with apt, runs and uninstalls"
if [[ "$package_check" == 0 ]]; then
    note "skipped (GARAGEREG_TEST_PACKAGE_CHECK=0)"
elif [[ -n "$gui_dir" && " ${built_dirs[*]} " == *" $gui_dir "* ]]; then
    "$repo_root/scripts/package-check.sh" "$repo_root/$gui_dir" || failures+=("package check")
else
    failures+=("package check (${gui_dir:-the GUI build} was not built)")
fi

# ---------------------------------------------------------------------------
section "Result"
if [[ ${#failures[@]} -gt 0 ]]; then
    printf -v summary '%s; ' "${failures[@]}"
    note "FAILED: ${summary%; }"
    exit 1
fi
note "all builds and tests passed (${built_dirs[*]})."
