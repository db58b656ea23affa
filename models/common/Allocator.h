#pragma once

#include <QString>

namespace garagereg {

// The memory allocator this process runs on: "jemalloc <version>" where the
// build links jemalloc (GARAGEREG_JEMALLOC, cmake/Allocator.cmake) and its
// malloc is the one in use, else "system malloc". Benchmarks record it with
// their results; a test checks that the link took effect.
QString allocatorName();

} // namespace garagereg
