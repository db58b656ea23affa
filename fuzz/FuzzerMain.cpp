// The libFuzzer entry points of one harness; GARAGEREG_FUZZ_FEED names its
// feed function in fuzz/FuzzTargets.h (one executable per harness, see
// fuzz/CMakeLists.txt). Built only with -DGARAGEREG_FUZZ=ON (clang).
#include "fuzz/FuzzTargets.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

#ifndef GARAGEREG_FUZZ_FEED
#error "GARAGEREG_FUZZ_FEED must name a feed function of fuzz/FuzzTargets.h"
#endif

extern "C" int LLVMFuzzerInitialize(int *, char ***argv)
{
    // Some targets run Qt's event loop (the REST API awaits its futures). Qt
    // gets only the program name: the rest are libFuzzer's options.
    static int qtArgc = 1;
    static char *qtArgv[] = {(*argv)[0], nullptr};
    static QCoreApplication application(qtArgc, qtArgv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    garagereg::fuzz::GARAGEREG_FUZZ_FEED(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
