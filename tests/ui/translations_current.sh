#!/bin/sh
# Fails when the .ts files miss a source text or keep an obsolete one: runs
# lupdate as `update_translations` does, on copies, and compares them with the
# files in the tree.
# Usage: translations_current.sh CMAKE LUPDATE PROJECT_CMAKE GENERATE_SCRIPT "LUPDATE_OPTIONS" TS_FILE...
# (LUPDATE_OPTIONS: one argument, the options separated by ';' as CMake passes a list)
set -eu
cmake=$1 lupdate=$2 project_in=$3 generate=$4 options=$(printf %s "$5" | tr ';' ' ')
shift 5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cmake" -DIN_FILE="$project_in" -DOUT_FILE="$work/project.json" -P "$generate" >/dev/null
copies=
for ts in "$@"; do
    cp "$ts" "$work/$(basename "$ts")"
    copies="$copies $work/$(basename "$ts")"
done
# shellcheck disable=SC2086 # neither the options nor the copies' paths (mktemp) have spaces
"$lupdate" -project "$work/project.json" $options -ts $copies >"$work/lupdate.log" 2>&1 || {
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
if [ $status -ne 0 ]; then
    echo "To fix: cmake --build <build dir> --target update_translations, then translate what"
    echo "python3 scripts/translations.py check translations/*.ts lists (README, Desktop application)."
fi
exit $status
