#pragma once

#include "models/storage/DatabaseUrl.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QThread;

namespace garagereg {

// An open GarageReg database. Each thread that touches it gets its own named
// Qt SQL connection (QSqlDatabase connections must not be shared between threads);
// a worker thread's connection is closed when that thread finishes. Destroy the
// Database only after the worker threads that used it have finished.
//
// open() connects and brings the schema up to date; connect() only connects,
// for tools and tests that drive the Migrator themselves.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Both throw garagereg::Error with one clear line naming the problem.
    static std::unique_ptr<Database> open(const DatabaseUrl &url, const QString &password = {});
    static std::unique_ptr<Database> connect(const DatabaseUrl &url, const QString &password = {});

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    Backend backend() const { return m_url.backend(); }

    // The connection for the calling thread, opened on first use. A PostgreSQL
    // connection the server closed (a restart, pg_terminate_backend, a network
    // cut: libpq then reports it bad) is opened afresh here, outside a
    // transaction; the statement that met the broken connection has failed
    // with an error saying so (SqlQuery), and callers retry as they would any
    // error. Qt's driver never reconnects by itself. Throws when the server
    // cannot be reached.
    QSqlDatabase connection() const;
    // Whether the calling thread's PostgreSQL connection was found closed by
    // the server; connection() opens a new one then. Lets a caller whose
    // statement just failed try once more at once instead of waiting.
    bool hasLostConnection() const;

    // Stable identity of this database, created by the first migration; it
    // namespaces the keychain entries that belong to it.
    QString databaseId() const;

    // Sets the persistent SQLite options (WAL). Called by the Migrator once the
    // schema version is known to be one this application understands.
    void enablePersistentSqliteOptions() const;

    // SQLite takes one writer at a time, and a writer that finds the database
    // locked polls with sleeps of 1 to 100 ms. This process's threads (the
    // delivery engine and its recorder) queue here instead and go the moment the
    // writer before them is done; other processes still meet SQLite's busy wait.
    // Taken by Transaction; see SqliteWriteTurn.
    QRecursiveMutex &sqliteWriteQueue() const { return m_sqliteWriteQueue; }
    static constexpr int busyTimeoutMs = 10000;

    // For tests: SQLite PRAGMA assignments ("max_page_count = 40",
    // "busy_timeout = 300") run on every connection of this database at its
    // next use, on the thread that owns it, also on connections already open.
    // Lets a test make the database full (SQLITE_FULL) or give up on another
    // program's lock sooner, and then lift the limit again.
    void setSqlitePragmas(const QStringList &pragmas);

private:
    Database(DatabaseUrl url, QString password);
    QSqlDatabase openConnection(const QString &name) const;
    void applySqlitePragmas(const QSqlDatabase &db) const;
    void verifyReadable() const;

    struct Connections;
    void closeWhenThreadFinishes(QThread *thread) const;

    DatabaseUrl m_url;
    QString m_password;
    mutable QRecursiveMutex m_sqliteWriteQueue;
    // Shared with the thread-finished handlers, which may outlive this object.
    std::shared_ptr<Connections> m_connections;
};

} // namespace garagereg
