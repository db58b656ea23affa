#!/usr/bin/env bash
# One command sets up and starts the GarageReg Integrations desktop application:
# installs the Debian 12 packages, configures and builds into build/, then starts
# build/app/garagereg-integrations. Extra arguments are passed to the application:
#   scripts/run.sh                      # the per-user SQLite database
#   scripts/run.sh --database postgresql://garagereg@db.example:5432/garagereg
#   scripts/run.sh --language hu
# Without a display (no DISPLAY or WAYLAND_DISPLAY) the application runs under
# xvfb-run, on a virtual display.
#
# Environment:
#   GARAGEREG_BUILD_TYPE  CMake build type (default RelWithDebInfo; an existing
#                         build folder keeps its own unless this is set)
#   GARAGEREG_BUILD_DIR   build folder (default build)
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="$repo_root/${GARAGEREG_BUILD_DIR:-build}"
jobs=$(nproc 2>/dev/null || echo 2)

echo "== Installing dependencies"
"$repo_root/scripts/install-deps.sh"

configure_args=(-S "$repo_root" -B "$build_dir" -G Ninja -DGARAGEREG_GUI=ON)
if [[ -n "${GARAGEREG_BUILD_TYPE:-}" || ! -f "$build_dir/CMakeCache.txt" ]]; then
    configure_args+=(-DCMAKE_BUILD_TYPE="${GARAGEREG_BUILD_TYPE:-RelWithDebInfo}")
fi
echo "== Configuring $build_dir"
cmake "${configure_args[@]}"

echo "== Building the application and the command line tool"
cmake --build "$build_dir" -j"$jobs" --target garagereg-integrations garagereg-integrations-cli

app="$build_dir/app/garagereg-integrations"
if [[ ! -x "$app" ]]; then
    echo "run: error: $app was not built." >&2
    echo "run: the command line tool is $build_dir/app/garagereg-integrations-cli (try --help)." >&2
    exit 1
fi

echo "== Starting $app $*"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "run: no DISPLAY or WAYLAND_DISPLAY: starting under xvfb-run; the window is on a virtual display you cannot see."
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$app" "$@"
fi
exec "$app" "$@"
