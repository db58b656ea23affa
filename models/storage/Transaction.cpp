#include "models/storage/Transaction.h"

#include "models/storage/Database.h"

#include "models/storage/SqlQuery.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace garagereg {

namespace {

// How many Transaction objects are open on a connection, kept on its driver
// (one per connection), so nesting needs no state outside the connection.
const char *const depthProperty = "garageregTransactionDepth";

int openDepth(const QSqlDatabase &db)
{
    return db.driver() ? db.driver()->property(depthProperty).toInt() : 0;
}

void setOpenDepth(const QSqlDatabase &db, int depth)
{
    if (db.driver())
        db.driver()->setProperty(depthProperty, depth);
}

QString savepointName(int depth)
{
    return QStringLiteral("garagereg_%1").arg(depth);
}

} // namespace

int openTransactionDepth(const QSqlDatabase &db)
{
    return openDepth(db);
}

SqliteWriteTurn::SqliteWriteTurn(const Database &database)
{
    if (database.backend() != Backend::Sqlite)
        return;
    QRecursiveMutex &queue = database.sqliteWriteQueue();
    if (queue.tryLock(Database::busyTimeoutMs))
        m_held = &queue;
}

SqliteWriteTurn::~SqliteWriteTurn()
{
    if (m_held)
        m_held->unlock();
}

Transaction::Transaction(const Database &database)
    : m_db(database.connection())
    , m_depth(openDepth(m_db))
{
    if (m_depth == 0)
        m_turn.emplace(database);
    begin(database.backend());
}

Transaction::Transaction(QSqlDatabase db, Backend backend)
    : m_db(std::move(db))
    , m_depth(openDepth(m_db))
{
    begin(backend);
}

void Transaction::begin(Backend backend)
{
    if (m_depth > 0)
        execSql(m_db, QStringLiteral("SAVEPOINT ") + savepointName(m_depth));
    else
        execSql(m_db, backend == Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    setOpenDepth(m_db, m_depth + 1);
}

Transaction::~Transaction()
{
    if (m_open) {
        // Best effort: the error that got us here matters more.
        QSqlQuery rollback(m_db);
        if (m_depth > 0) {
            rollback.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepointName(m_depth));
            rollback.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_depth));
        } else {
            rollback.exec(QStringLiteral("ROLLBACK"));
        }
        setOpenDepth(m_db, m_depth);
    }
}

void Transaction::commit()
{
    execSql(m_db,
            m_depth > 0 ? QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_depth) : QStringLiteral("COMMIT"));
    m_open = false;
    setOpenDepth(m_db, m_depth);
    m_turn.reset();
}

} // namespace garagereg
