#!/usr/bin/env bash
# Installs the Debian 12 packages GarageReg Integrations needs to build, run and
# test. Only missing packages are installed; "apt-get update" runs only when
# something is missing. Uses sudo when not run as root.
#
# Usage: scripts/install-deps.sh
set -euo pipefail

# One list, one package per line: add new dependencies here.
GARAGEREG_PACKAGES=(
    # Toolchain
    g++
    cmake
    ninja-build
    # Qt 6 (Core, Gui, Widgets, Network, Sql, Test, Linguist) and its SQL drivers
    qt6-base-dev
    qt6-tools-dev
    qt6-tools-dev-tools
    qt6-l10n-tools
    qt6-translations-l10n
    libqt6sql6-sqlite
    libqt6sql6-psql
    # Keychain (QtKeychain loads libsecret at run time without declaring it)
    qtkeychain-qt6-dev
    libsecret-1-0
    libgl-dev
    # C++20 coroutines over Qt futures (the ERP sync engine)
    qcoro-qt6-dev
    # The REST API's HTTP server (garagereg-integrations-cli serve)
    libmicrohttpd-dev
    # Fast HMAC-SHA256 for webhook signatures (optional in CMake, used when present)
    libssl-dev
    # SQLite's C API for the delivery engine's per-attempt statements, on the
    # same library Debian's QSQLITE plugin uses (optional in CMake: cmake/SqliteDirect.cmake)
    libsqlite3-dev
    # jemalloc, the programs' allocator (optional in CMake: cmake/Allocator.cmake)
    libjemalloc-dev
    # Team-key encryption of secrets shared through the database (libsodium)
    libsodium-dev
    pkg-config
    # Headless GUI, D-Bus session and a Secret Service for tests
    xvfb
    xauth
    dbus
    dbus-x11
    gnome-keyring
    libsecret-tools
    # Throwaway PostgreSQL server for the PostgreSQL tests
    postgresql
    # Another program holding an SQLite database locked (tst_sqlite_faults, tst_cli_webhooks)
    sqlite3
    # Screenshots, packaging, formatting
    imagemagick
    x11-utils
    # Linux packages (scripts/package-check.sh): dpkg-shlibdeps, rpmbuild, validators
    dpkg-dev
    file
    rpm
    desktop-file-utils
    appstream
    xdotool
    dpkg-dev
    file
    clang-format
)

is_installed() {
    local status
    status=$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null) || return 1
    [[ "$status" == "installed" ]]
}

missing=()
for package in "${GARAGEREG_PACKAGES[@]}"; do
    is_installed "$package" || missing+=("$package")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: all ${#GARAGEREG_PACKAGES[@]} packages are installed."
    exit 0
fi

echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"

as_root=()
if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "install-deps: error: not root and sudo is not available; as root, run:" >&2
        echo "    apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
    as_root=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends "${missing[@]}"

echo "install-deps: done."
