#include "tests/support/HeldWriteLock.h"

#include "models/common/Error.h"
#include "models/storage/SqlQuery.h"

namespace garagereg::test {

HeldWriteLock::HeldWriteLock(std::unique_ptr<Database> connection, const QString &table, int maxMs)
    : m_connection(std::move(connection))
{
    m_thread.reset(QThread::create([this, table, maxMs] { holdLock(table, maxMs); }));
    m_thread->start();
    m_taken.acquire();
}

HeldWriteLock::~HeldWriteLock()
{
    letGo();
}

void HeldWriteLock::letGo()
{
    if (m_thread->isFinished())
        return;
    m_letGo.release();
    m_thread->wait();
}

void HeldWriteLock::holdLock(const QString &table, int maxMs)
{
    try {
        const QSqlDatabase db = m_connection->connection();
        if (m_connection->backend() == Backend::Sqlite) {
            execSql(db, QStringLiteral("BEGIN IMMEDIATE"));
        } else {
            execSql(db, QStringLiteral("BEGIN"));
            execSql(db, QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(table));
        }
        m_taken.release();
        m_timedOut = !m_letGo.tryAcquire(1, maxMs);
        execSql(db, QStringLiteral("ROLLBACK"));
    } catch (const Error &error) {
        m_error = error.message();
        m_taken.release();
    }
}

} // namespace garagereg::test
