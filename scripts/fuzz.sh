#!/usr/bin/env bash
# Builds the libFuzzer harnesses (fuzz/, -DGARAGEREG_FUZZ=ON with clang, every
# target instrumented with AddressSanitizer and UndefinedBehaviorSanitizer) and
# runs each for a set time, starting from its corpus in fuzz/corpus/<harness>/.
#
#   1. configures and builds build-fuzz (clang++, GUI off) - only the harnesses;
#   2. runs every harness (or the ones named) for SECONDS seconds, in libFuzzer's
#      fork mode so a crash is recorded and fuzzing goes on;
#   3. merges the new inputs that reach new code into fuzz/corpus/<harness>/
#      (libFuzzer -merge=1: only inputs that add coverage, named by their SHA-1)
#      and copies every crash or timeout input there as crash-*/timeout-*/oom-*,
#      so the normal test suite (tests/fuzz, tst_fuzz_corpus) replays them;
#   4. prints one line per harness: executions, time, coverage, corpus size, and
#      findings - new ones and known ones (inputs already in the corpus that
#      still fail, i.e. not fixed yet).
# Exits non-zero when a build fails or a harness has a finding (a crash, a
# timeout or an out-of-memory input). Commit the new files of fuzz/corpus/, with
# the fix when something was found.
#
# Usage: scripts/fuzz.sh [SECONDS] [HARNESS...]   (default 60 s each, all harnesses)
# Environment:
#   GARAGEREG_FUZZ_BUILD_DIR  build folder (default build-fuzz)
#   GARAGEREG_FUZZ_JOBS       parallel build jobs (default 2); the harnesses run one at a time
#   CXX                       the clang++ to use (default clang++)
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"

seconds=${1:-60}
shift || true
build_dir=${GARAGEREG_FUZZ_BUILD_DIR:-$repo_root/build-fuzz}
jobs=${GARAGEREG_FUZZ_JOBS:-2}
all_harnesses=(event_filter event_payload http_dates database_url webhook_signature dummy_erp_state rest_api erp_record)
harnesses=("$@")
[[ ${#harnesses[@]} -eq 0 ]] && harnesses=("${all_harnesses[@]}")

note() {
    printf 'fuzz.sh: %s\n' "$*"
}

if ! [[ "$seconds" =~ ^[0-9]+$ ]] || ((seconds < 1)); then
    note "SECONDS must be a whole number of seconds, got \"$seconds\"" >&2
    exit 2
fi
for harness in "${harnesses[@]}"; do
    if [[ " ${all_harnesses[*]} " != *" $harness "* ]]; then
        note "unknown harness \"$harness\" (known: ${all_harnesses[*]})" >&2
        exit 2
    fi
done

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
note "configuring $build_dir (clang, -DGARAGEREG_FUZZ=ON)"
cmake -S "$repo_root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="${CXX:-clang++}" "${launcher[@]}" \
    -DGARAGEREG_GUI=OFF -DGARAGEREG_BUILD_TESTS=ON -DGARAGEREG_FUZZ=ON >/dev/null
note "building the harnesses"
cmake --build "$build_dir" -j"$jobs" --target "${harnesses[@]/#/fuzz_}"

# Qt needs a writable runtime folder; the harnesses need nothing else from the
# environment (the REST API target works on its own temporary SQLite files).
run_dir=$(mktemp -d "${TMPDIR:-/tmp}/garagereg-fuzz.XXXXXXXX")
trap 'rm -rf -- "$run_dir"' EXIT
chmod 700 "$run_dir"
export XDG_RUNTIME_DIR="$run_dir" QT_QPA_PLATFORM=offscreen
# Leaks are checked at the end of each run (libFuzzer's -detect_leaks).
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

summary=()
failed=0
for harness in "${harnesses[@]}"; do
    corpus="$repo_root/fuzz/corpus/$harness"
    work="$run_dir/$harness/new"
    artifacts="$run_dir/$harness/artifacts"
    mkdir -p "$corpus" "$work" "$artifacts"
    max_len=4096
    [[ $harness == rest_api || $harness == dummy_erp_state ]] && max_len=8192
    binary="$build_dir/fuzz/fuzz_$harness"
    log="$build_dir/fuzz-$harness.log"
    note "running $harness for ${seconds}s (log: $log)"
    # fork=1: one child at a time does the work; with -ignore_* a crash is kept
    # as an artifact and the run goes on. New inputs land in $work first.
    started=$SECONDS
    "$binary" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$artifacts/" -print_final_stats=1 "$work" "$corpus" >"$log" 2>&1 || true
    elapsed=$((SECONDS - started))

    # Keep the inputs that reach code the corpus does not reach yet.
    before=$(find "$corpus" -type f | wc -l)
    "$binary" -merge=1 -max_len="$max_len" -timeout=10 "$corpus" "$work" >>"$log" 2>&1 \
        || note "warning: merging the new inputs of $harness failed (see $log)"
    added=$(($(find "$corpus" -type f | wc -l) - before))

    # Findings: new ones, and known ones (already in the corpus, i.e. not fixed yet).
    found=0
    known=0
    for artifact in "$artifacts"/*; do
        [[ -f "$artifact" ]] || continue
        if [[ -f "$corpus/$(basename "$artifact")" ]]; then
            known=$((known + 1))
        else
            cp -- "$artifact" "$corpus/$(basename "$artifact")"
            found=$((found + 1))
        fi
    done
    # The last status line of the fork mode: "#<execs>: cov: .. ft: .. corp: .. exec/s: .. oom/timeout/crash: ..."
    status=$(grep -E '^#[0-9]+: cov:' "$log" | tail -n 1 || true)
    execs=$(sed -nE 's/^#([0-9]+):.*/\1/p' <<<"$status")
    cov=$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$status")
    summary+=("$(printf '%-18s %10s execs in %4ss  cov %6s  corpus %4s (+%s)  findings: %s new, %s known' \
        "$harness" "${execs:-?}" "$elapsed" "${cov:-?}" "$(find "$corpus" -type f | wc -l)" "$added" \
        "$found" "$known")")
    if ((found + known > 0)); then
        failed=1
        note "$harness: $found new crash/timeout/oom input(s) copied to fuzz/corpus/$harness/, $known known" \
            "one(s) still failing - see $log"
    fi
done

printf '\n==== fuzz.sh result (%ss per harness)\n' "$seconds"
printf '%s\n' "${summary[@]}"
if ((failed)); then
    note "FAILED: crashes, timeouts or out-of-memory inputs were found (their inputs are in fuzz/corpus/)"
    exit 1
fi
note "no crash, timeout or out-of-memory input found."
