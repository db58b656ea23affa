#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QSignalSpy>

namespace garagereg::test {

// Waits for the future with the event loop running (network replies and
// queued results still arrive); false when it has not finished within timeoutMs.
template<typename T>
bool waitFor(const QFuture<T> &future, int timeoutMs = 15000)
{
    if (future.isFinished())
        return true;
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<T>::finished);
    watcher.setFuture(future);
    return future.isFinished() || !finished.isEmpty() || finished.wait(timeoutMs);
}

} // namespace garagereg::test
