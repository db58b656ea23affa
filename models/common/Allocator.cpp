#include "models/common/Allocator.h"

#if __has_include(<dlfcn.h>)
#include <dlfcn.h>
#define GARAGEREG_HAVE_DLFCN
#endif

namespace garagereg {

QString allocatorName()
{
#ifdef GARAGEREG_HAVE_DLFCN
    // jemalloc answers mallctl("version"); found through the process's global
    // symbols, so this sees the allocator actually loaded, not the build's intent.
    using MallctlFunction = int (*)(const char *, void *, size_t *, void *, size_t);
    if (const auto mallctl = reinterpret_cast<MallctlFunction>(dlsym(RTLD_DEFAULT, "mallctl"))) {
        const char *version = nullptr;
        size_t size = sizeof(version);
        if (mallctl("version", &version, &size, nullptr, 0) == 0 && version)
            return QStringLiteral("jemalloc ") + QString::fromLatin1(version);
    }
#endif
    return QStringLiteral("system malloc");
}

} // namespace garagereg
