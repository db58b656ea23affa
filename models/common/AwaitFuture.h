#pragma once

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>

namespace garagereg {

// Waits for a future by running a local event loop, so the signals that resolve
// it (D-Bus replies, network replies) are still delivered. Only for the top of
// a command-line command and for tests: services continue with QFuture::then.
template<typename T>
T awaitFuture(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

} // namespace garagereg
