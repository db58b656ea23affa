#pragma once

#include "models/storage/DatabaseUrl.h"

#include <QSqlDatabase>

#include <optional>

class QRecursiveMutex;

namespace garagereg {

class Database;

// How many Transaction objects are open on this connection (0: none).
int openTransactionDepth(const QSqlDatabase &db);

// This thread's turn to write to an SQLite database (Database::sqliteWriteQueue);
// nothing on PostgreSQL. After the busy timeout it goes on without its turn and
// leaves the waiting to SQLite, which then reports the lock.
class SqliteWriteTurn
{
public:
    explicit SqliteWriteTurn(const Database &database);
    ~SqliteWriteTurn();
    SqliteWriteTurn(const SqliteWriteTurn &) = delete;
    SqliteWriteTurn &operator=(const SqliteWriteTurn &) = delete;

private:
    QRecursiveMutex *m_held = nullptr;
};

// A write transaction that rolls back unless commit() is called.
// On SQLite it takes the write lock up front (BEGIN IMMEDIATE), so two writers
// wait for each other through the busy timeout instead of failing half-way.
//
// Transactions nest: one started while another is open on the same connection
// is a savepoint inside it. Its commit() releases the savepoint (the outer
// transaction still decides), and without commit() only its own work is rolled
// back, leaving the outer transaction usable (also on PostgreSQL, where a
// failed statement otherwise spoils the whole transaction).
class Transaction
{
public:
    // On SQLite, a top-level transaction also takes this thread's write turn.
    explicit Transaction(const Database &database);
    Transaction(QSqlDatabase db, Backend backend);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    // Whether this is a savepoint inside an outer transaction.
    bool isNested() const { return m_depth > 0; }

private:
    void begin(Backend backend);

    QSqlDatabase m_db;
    int m_depth = 0; // transactions already open on this connection when this one started
    bool m_open = true;
    std::optional<SqliteWriteTurn> m_turn; // released after COMMIT or ROLLBACK
};

} // namespace garagereg
