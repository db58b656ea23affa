#!/usr/bin/env bash
# The whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer
# (docs/reliability.md, "Sanitizers"). Runs scripts/test.sh, which installs the
# dependencies, starts the throwaway PostgreSQL and the private D-Bus session
# with an unlocked gnome-keyring, on one build folder (build-asan, GUI on) compiled
# with -fsanitize=address,undefined -fno-omit-frame-pointer, and without the
# packaging check. Any sanitizer report stops the test that made it
# (halt_on_error), so ctest lists it as failed; the report is in its output.
#
# Suppressions (scripts/sanitizers/*.supp) cover only reports inside system
# libraries we do not build; each entry says why.
#
# Usage: scripts/sanitize.sh [extra ctest arguments, e.g. -R storage or -E keychain]
# Environment:
#   GARAGEREG_SANITIZE_DIR   build folder, relative to the repository (default build-asan)
#   CXX                      the compiler when the folder is new (default: CMake's choice, GCC; clang 14
#                            cannot build ErpSyncEngine.cpp's coroutines with UBSan)
#   GARAGEREG_TEST_JOBS, GARAGEREG_TEST_BUILD_TYPE, GARAGEREG_TEST_TIMEOUT as for scripts/test.sh
#   (GARAGEREG_TEST_TIMEOUT defaults to 7200 s here: sanitized tests run 2-3 times slower)
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
suppressions="$repo_root/scripts/sanitizers"

export GARAGEREG_TEST_GUI_DIR=${GARAGEREG_SANITIZE_DIR:-build-asan}
export GARAGEREG_TEST_NOGUI_DIR=
# float-cast-overflow: GCC leaves it out of "undefined" (clang has it there); a JSON
# number converted to an integer before its range is checked is such a case.
export GARAGEREG_TEST_CXX_FLAGS="-fsanitize=address,undefined,float-cast-overflow -fno-omit-frame-pointer"
export GARAGEREG_TEST_LINK_FLAGS="-fsanitize=address,undefined,float-cast-overflow"
# Warnings are the normal builds' gate (scripts/test.sh, -Werror); GCC's warnings
# change under instrumentation, so they do not stop this build.
export GARAGEREG_TEST_WERROR=OFF
export GARAGEREG_TEST_PACKAGE_CHECK=0
export GARAGEREG_TEST_TIMEOUT=${GARAGEREG_TEST_TIMEOUT:-7200}

# Stop at the first report of either sanitizer; check for leaks at exit.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$suppressions/ubsan.supp"
export LSAN_OPTIONS="suppressions=$suppressions/lsan.supp:print_suppressions=0"

exec "$repo_root/scripts/test.sh" "$@"
