#!/usr/bin/env bash
# Builds the Linux packages from a build folder and proves the .deb works on
# this machine: installs it with apt (which pulls in its dependencies), runs
# the installed programs (--version of both, `db info` on a fresh database),
# checks the files a desktop and systemd need, then purges the package.
# Exits non-zero when any step fails. Needs root (apt); scripts/test.sh runs it
# as its last step.
#
# Usage: scripts/package-check.sh [build-dir]   (default: build-test)
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:-$repo_root/build-test}
package=garagereg-integrations
work_dir=""
installed=false

note() { printf 'package-check: %s\n' "$*"; }
fail() { note "FAILED: $*" >&2; exit 1; }

cleanup() {
    if $installed; then
        note "purging $package"
        DEBIAN_FRONTEND=noninteractive apt-get purge -y "$package" >/dev/null 2>&1 || note "warning: purge failed"
    fi
    [[ -n "$work_dir" ]] && rm -rf -- "$work_dir"
}
trap cleanup EXIT

[[ $(id -u) -eq 0 ]] || fail "run as root: the check installs the package with apt."
[[ -f "$build_dir/CPackConfig.cmake" ]] || fail "$build_dir is not a configured build folder."
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")
[[ -n "$version" ]] || fail "no package version in $build_dir/CPackConfig.cmake."

work_dir=$(mktemp -d /tmp/garagereg-package.XXXXXXXX)
chmod 0755 "$work_dir"

note "building the packages (version $version)"
generators=DEB
command -v rpmbuild >/dev/null && generators="DEB;RPM"
(cd "$build_dir" && cpack -G "$generators" -B "$work_dir/out" >"$work_dir/cpack.log" 2>&1) || {
    cat "$work_dir/cpack.log" >&2
    fail "cpack"
}
deb=$(find "$work_dir/out" -maxdepth 1 -name "${package}_${version}_*.deb" | head -n 1)
[[ -n "$deb" ]] || fail "no .deb was produced (see cpack's output above)."
note "built $(basename "$deb")"
if [[ "$generators" == *RPM* ]]; then
    rpm=$(find "$work_dir/out" -maxdepth 1 -name "${package}-${version}-*.rpm" | head -n 1)
    [[ -n "$rpm" ]] || fail "no .rpm was produced."
    rpm -qp --requires "$rpm" 2>/dev/null | grep -q 'qt6-qtbase-postgresql' || fail "the .rpm lacks its run-time requirements."
    note "built $(basename "$rpm")"
fi

# What the .deb declares and holds.
depends=$(dpkg-deb -f "$deb" Depends)
for needed in qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql libsecret-1-0 libmicrohttpd libsodium; do
    [[ "$depends" == *"$needed"* ]] || fail "the .deb does not depend on $needed (Depends: $depends)."
done
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/garagereg-integrations ./usr/bin/garagereg-integrations-cli \
    ./usr/share/applications/garagereg-integrations.desktop \
    ./usr/share/icons/hicolor/48x48/apps/garagereg-integrations.png \
    ./usr/share/icons/hicolor/scalable/apps/garagereg-integrations.svg \
    ./usr/share/metainfo/com.garagereg.Integrations.metainfo.xml \
    ./usr/share/garagereg-integrations/translations/garagereg-integrations_hu.qm \
    ./usr/share/garagereg-integrations/translations/garagereg-integrations_en.qm \
    ./usr/lib/systemd/system/garagereg-integrations-worker.service \
    ./etc/garagereg-integrations/worker.env; do
    grep -qF " $path" <<<"$contents" || fail "the .deb does not contain $path."
done
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$repo_root/packaging/linux/garagereg-integrations.desktop" || fail "desktop entry"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic "$build_dir/packaging/com.garagereg.Integrations.metainfo.xml" \
        >"$work_dir/appstream.log" 2>&1 || { cat "$work_dir/appstream.log" >&2; fail "AppStream metainfo"; }
fi
note "installing with apt"
cp "$deb" "$work_dir/"
installed=true
DEBIAN_FRONTEND=noninteractive apt-get install -y "$work_dir/$(basename "$deb")" >"$work_dir/apt.log" 2>&1 || {
    cat "$work_dir/apt.log" >&2
    fail "apt-get install"
}

note "running the installed programs"
cli_version=$(/usr/bin/garagereg-integrations-cli --version)
[[ "$cli_version" == *"$version"* ]] || fail "garagereg-integrations-cli --version printed \"$cli_version\"."
gui_version=$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/garagereg-integrations --version)
[[ "$gui_version" == *"$version"* ]] || fail "garagereg-integrations --version printed \"$gui_version\"."
mkdir -p "$work_dir/home"
info=$(env HOME="$work_dir/home" XDG_DATA_HOME="$work_dir/home/data" \
    GARAGEREG_DATABASE="sqlite://$work_dir/fresh.db" /usr/bin/garagereg-integrations-cli db info) \
    || fail "garagereg-integrations-cli db info on a fresh database"
grep -qi "schema" <<<"$info" || fail "db info printed no schema version: $info"
getent passwd garagereg >/dev/null || fail "the package did not create the garagereg system user."
[[ "$(stat -c '%a %G' /etc/garagereg-integrations/worker.env)" == "640 garagereg" ]] \
    || fail "/etc/garagereg-integrations/worker.env is not 0640 root:garagereg."
note "cli: $cli_version; gui: $gui_version"

note "removing the package"
DEBIAN_FRONTEND=noninteractive apt-get purge -y "$package" >"$work_dir/purge.log" 2>&1 || {
    cat "$work_dir/purge.log" >&2
    fail "apt-get purge"
}
installed=false
[[ ! -e /usr/bin/garagereg-integrations-cli ]] || fail "the program is still there after the purge."
note "the .deb installs, runs and uninstalls cleanly."
