// The programs run on the allocator the build chose (cmake/Allocator.cmake):
// with GARAGEREG_JEMALLOC, jemalloc's malloc replaces glibc's for the whole
// process, Qt's allocations included; without it, the system's.
#include "models/common/Allocator.h"

#include <QByteArray>
#include <QTest>

#include <cstdlib>
#include <dlfcn.h>

using namespace garagereg;

class AllocatorTest : public QObject
{
    Q_OBJECT

private slots:
    void theBuildsAllocatorIsTheOneInUse()
    {
#ifdef GARAGEREG_JEMALLOC
        QVERIFY2(allocatorName().startsWith(QLatin1String("jemalloc 5.")), qPrintable(allocatorName()));
        // malloc itself resolves to jemalloc's definition, not to glibc's.
        Dl_info info{};
        QVERIFY(dladdr(reinterpret_cast<void *>(&std::malloc), &info) != 0);
        QVERIFY2(QByteArray(info.dli_fname).contains("jemalloc"), info.dli_fname);
#else
        QCOMPARE(allocatorName(), QStringLiteral("system malloc"));
#endif
    }

#ifdef GARAGEREG_JEMALLOC
    // Qt allocates inside its own libraries; those calls reach jemalloc too
    // (its count of this thread's allocated bytes grows by at least the size).
    void qtsAllocationsGoThroughJemalloc()
    {
        using MallctlFunction = int (*)(const char *, void *, size_t *, void *, size_t);
        const auto mallctl = reinterpret_cast<MallctlFunction>(dlsym(RTLD_DEFAULT, "mallctl"));
        QVERIFY(mallctl);
        const auto allocatedSoFar = [mallctl] {
            quint64 bytes = 0;
            size_t size = sizeof(bytes);
            return mallctl("thread.allocated", &bytes, &size, nullptr, 0) == 0 ? bytes : 0;
        };
        const quint64 before = allocatedSoFar();
        QByteArray large(4 * 1024 * 1024, 'x'); // allocated by QtCore
        const quint64 after = allocatedSoFar();
        QVERIFY2(after >= before + quint64(large.size()), qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }
#endif
};

QTEST_GUILESS_MAIN(AllocatorTest)
#include "tst_allocator.moc"
