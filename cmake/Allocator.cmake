# GARAGEREG_JEMALLOC: every program (the CLI and worker, the desktop
# application, the tests and the benchmarks) allocates through jemalloc instead
# of glibc's malloc. The delivery engine hands requests, results, claims and
# record batches from thread to thread, so much of what one thread allocates
# another frees; glibc's allocator does that slowly (the freeing thread takes
# the owner arena's lock, and large frees consolidate its bins). In interleaved
# 20,000-delivery SQLite drains jemalloc took the engine from ~5,300-5,600 to
# ~6,250-6,350 deliveries/s, means of interleaved rounds (README, Performance).
#
# It is linked into the core's interface, so each executable gets it ahead of
# libc and its malloc replaces glibc's process-wide (Qt's allocations included).
# Off for the fuzz build (AddressSanitizer brings its own allocator) and where
# pkg-config finds no jemalloc (Windows: packaging/windows/README.md).
pkg_check_modules(Jemalloc QUIET IMPORTED_TARGET jemalloc)
set(_garagereg_jemalloc_default OFF)
if(Jemalloc_FOUND AND NOT GARAGEREG_FUZZ AND CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(_garagereg_jemalloc_default ON)
endif()
option(GARAGEREG_JEMALLOC "Link every program with jemalloc as its allocator" ${_garagereg_jemalloc_default})
if(GARAGEREG_JEMALLOC)
    if(NOT Jemalloc_FOUND)
        message(FATAL_ERROR "GARAGEREG_JEMALLOC=ON needs jemalloc (libjemalloc-dev)")
    endif()
    if(GARAGEREG_FUZZ)
        message(FATAL_ERROR "GARAGEREG_JEMALLOC=ON cannot go with GARAGEREG_FUZZ (the sanitizers replace malloc)")
    endif()
    target_link_libraries(garagereg_core PUBLIC PkgConfig::Jemalloc)
    # Tests check that the link took effect (models/common/Allocator.h).
    target_compile_definitions(garagereg_core PUBLIC GARAGEREG_JEMALLOC)
endif()
message(STATUS "jemalloc as the programs' allocator: ${GARAGEREG_JEMALLOC}")
