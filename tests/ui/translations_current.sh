#!/bin/sh
# Fails when the .ts files miss a source text or keep an obsolete one: runs
# lupdate as `update_translations` does, on copies, and compares them with the
# files in the tree. The fix is `cmake --build <dir> --target update_translations`
# and translating what `scripts/translations.py check` lists (README, Desktop application).
# Usage: translations_current.sh CMAKE LUPDATE PROJECT_CMAKE GENERATE_SCRIPT TS_FILE...
set -eu
cmake=$1 lupdate=$2 project_in=$3 generate=$4
shift 4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cmake" -DIN_FILE="$project_in" -DOUT_FILE="$work/project.json" -P "$generate" >/dev/null
copies=
for ts in "$@"; do
    cp "$ts" "$work/$(basename "$ts")"
    copies="$copies $work/$(basename "$ts")"
done
# shellcheck disable=SC2086 # the copies' paths have no spaces (mktemp)
"$lupdate" -project "$work/project.json" -no-obsolete -locations none -ts $copies >"$work/lupdate.log" 2>&1 || {
    cat "$work/lupdate.log"
    exit 1
}
status=0
for ts in "$@"; do
    if ! cmp -s "$ts" "$work/$(basename "$ts")"; then
        echo "$ts is not up to date with the sources; lupdate would change it:"
        diff -u "$ts" "$work/$(basename "$ts")" | head -40
        status=1
    fi
done
exit $status
