#!/usr/bin/env bash
# Takes a screenshot of the GarageReg Integrations desktop application on a
# virtual display. Builds nothing: it runs an already built application.
#
# Usage: scripts/screenshot.sh [build-dir] [output.png] [application options...]
#   build-dir   the CMake build folder (default: build)
#   output.png  where to write the screenshot (default: <build-dir>/screenshot.png)
#   Remaining arguments go to the application, e.g. --language hu.
#
# The application runs under `xvfb-run -a -s "-screen 0 1280x800x24"` on a fresh
# SQLite database in a temporary folder (unless --database is given), with its
# own HOME and XDG folders, so nothing of the user's is read or written. The
# script waits until the main window is mapped and its picture stops changing,
# grabs the root window with ImageMagick's `import`, then stops the application.
#
# Environment: GARAGEREG_SCREENSHOT_TIMEOUT  seconds to wait for the window (default 30).
# Needs: xvfb (xvfb-run, Xvfb, xauth), x11-utils (xwininfo), imagemagick (import).
set -euo pipefail

# Runs on the virtual display (the script calls itself through xvfb-run): start
# the application, wait for its window, capture, stop it.
# Arguments: --on-display work-dir output timeout application [its arguments...]
capture() {
    local work_dir=$1 output=$2 timeout_seconds=$3 app=$4
    shift 4
    "$app" "$@" >"$work_dir/app.log" 2>&1 &
    local app_pid=$!
    local status=0

    # Poll (every 0.1 s, bounded) until a viewable top-level window of ours exists.
    local window="" deadline=$((SECONDS + timeout_seconds))
    while [[ -z "$window" ]]; do
        if ! kill -0 "$app_pid" 2>/dev/null; then
            echo "screenshot: error: the application exited before showing a window:" >&2
            cat "$work_dir/app.log" >&2
            return 1
        fi
        if ((SECONDS >= deadline)); then
            echo "screenshot: error: no window appeared within ${timeout_seconds} s." >&2
            kill "$app_pid" 2>/dev/null || true
            return 1
        fi
        window=$(xwininfo -root -children 2>/dev/null |
            awk '/"GarageReg Integrations"/ { print $1; exit }')
        if [[ -n "$window" ]] && ! xwininfo -id "$window" 2>/dev/null | grep -q 'Map State: IsViewable'; then
            window=""
        fi
        [[ -n "$window" ]] || sleep 0.1
    done

    # The window is mapped; grab until two grabs in a row are identical, so the
    # first paint (and the initial refresh) has finished.
    local previous="$work_dir/grab-a.rgb" current="$work_dir/grab-b.rgb" stable=false
    import -window root -depth 8 "rgb:$previous"
    for _ in $(seq 1 50); do
        sleep 0.1
        import -window root -depth 8 "rgb:$current"
        if cmp -s "$previous" "$current"; then
            stable=true
            break
        fi
        mv "$current" "$previous"
    done
    $stable || echo "screenshot: warning: the window kept changing; capturing it anyway." >&2
    import -window root "$output" || status=$?

    kill "$app_pid" 2>/dev/null || true
    local waited=0
    while kill -0 "$app_pid" 2>/dev/null && ((waited < 50)); do
        sleep 0.1
        waited=$((waited + 1))
    done
    kill -KILL "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    return "$status"
}

if [[ "${1:-}" == "--on-display" ]]; then
    shift
    capture "$@"
    exit
fi

if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
    sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
fi

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:-build}
[[ $# -gt 0 ]] && shift
[[ "$build_dir" = /* ]] || build_dir="$repo_root/$build_dir"
output=${1:-$build_dir/screenshot.png}
[[ $# -gt 0 ]] && shift
[[ "$output" = /* ]] || output="$PWD/$output"
timeout_seconds=${GARAGEREG_SCREENSHOT_TIMEOUT:-30}

app="$build_dir/app/garagereg-integrations"
if [[ ! -x "$app" ]]; then
    echo "screenshot: error: $app does not exist; build it first (cmake --build $build_dir)." >&2
    exit 1
fi
for tool in xvfb-run xwininfo import; do
    if ! command -v "$tool" >/dev/null; then
        echo "screenshot: error: $tool is not installed (apt-get install xvfb xauth x11-utils imagemagick)." >&2
        exit 1
    fi
done
mkdir -p "$(dirname "$output")"

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/garagereg-screenshot.XXXXXX")
trap 'rm -rf "$work_dir"' EXIT
mkdir -p "$work_dir/home" "$work_dir/runtime"
chmod 700 "$work_dir/home" "$work_dir/runtime"

app_args=("$@")
has_database=false
for argument in "${app_args[@]}"; do
    if [[ "$argument" == --database || "$argument" == --database=* ]]; then
        has_database=true
    fi
done
$has_database || app_args=(--database "sqlite://$work_dir/screenshot.db" "${app_args[@]}")

HOME="$work_dir/home" XDG_RUNTIME_DIR="$work_dir/runtime" \
    XDG_CONFIG_HOME="$work_dir/home/.config" XDG_DATA_HOME="$work_dir/home/.local/share" \
    XDG_CACHE_HOME="$work_dir/home/.cache" QT_QPA_PLATFORM=xcb \
    timeout $((timeout_seconds + 60)) \
    xvfb-run -a -s "-screen 0 1280x800x24" \
    bash "${BASH_SOURCE[0]}" --on-display "$work_dir" "$output" "$timeout_seconds" "$app" "${app_args[@]}"

echo "screenshot: wrote $output"
