#pragma once

#include "models/storage/Database.h"

#include <QSemaphore>
#include <QString>
#include <QThread>

#include <memory>

namespace garagereg::test {

// Another connection, on a thread of its own, holds the write lock on `table`
// (SQLite: BEGIN IMMEDIATE, the whole database; PostgreSQL: LOCK TABLE ...
// EXCLUSIVE) from construction until letGo() or `maxMs`, whichever comes
// first; then it rolls back. Writers on other connections wait meanwhile.
class HeldWriteLock
{
public:
    HeldWriteLock(std::unique_ptr<Database> connection, const QString &table, int maxMs);
    ~HeldWriteLock();

    // Releases the lock now (if it is still held) and waits until it is released.
    void letGo();
    QString error() const { return m_error; }           // empty when the lock was taken
    bool heldTillTimeout() const { return m_timedOut; } // nobody called letGo() in time

private:
    void holdLock(const QString &table, int maxMs);

    std::unique_ptr<Database> m_connection;
    std::unique_ptr<QThread> m_thread;
    QSemaphore m_taken;
    QSemaphore m_letGo;
    QString m_error;
    bool m_timedOut = false;
};

} // namespace garagereg::test
