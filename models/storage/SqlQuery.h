#pragma once

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace garagereg {

// A prepared statement that throws garagereg::Error instead of returning false,
// so storage code reads as a straight line. The message names the statement.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    SqlQuery &exec();

    // False at the end of the rows. Throws when fetching failed: SQLite runs a
    // statement step by step, and the last step of an UPDATE ... RETURNING
    // outside a transaction is its commit, which can fail (disk full, locked)
    // after every row was returned.
    bool next();
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &column) const { return m_query.value(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // For single-value statements: the first column of the first row.
    QVariant scalar();
    // Done with the results: SQLite cannot commit while a statement is still open.
    void finish() { m_query.finish(); }

private:
    [[noreturn]] void fail(const QString &what) const;

    QSqlQuery m_query;
    QString m_sql;
};

// Statements prepared once and run many times, for the statements a sync runs
// per record. Each is kept per connection (the calling thread's); get() hands
// it back finished, ready for new bindings. Not thread-safe: one per user.
class StatementCache
{
public:
    SqlQuery &get(const QSqlDatabase &db, const QString &sql);
    // For statements whose text is long to build (multi-row statements): found
    // by a short key, and makeSql() runs only the first time.
    template<typename MakeSql>
    SqlQuery &get(const QSqlDatabase &db, const QString &key, MakeSql makeSql)
    {
        if (SqlQuery *found = find(db, key))
            return *found;
        return insert(db, key, makeSql());
    }

private:
    SqlQuery *find(const QSqlDatabase &db, const QString &key);
    SqlQuery &insert(const QSqlDatabase &db, const QString &key, const QString &sql);

    QHash<QString, std::shared_ptr<SqlQuery>> m_statements; // by connection name and key
};

// What kind of failure a database error is, so that the message says what
// happened and what to do rather than only the driver's words.
enum class SqlFailure {
    Other,
    ConnectionLost, // PostgreSQL: the server closed the connection or cannot be reached
    Full,           // the disk is full, or SQLite reached its page limit
    Locked,         // SQLite: another program holds the lock beyond the busy timeout
};
SqlFailure sqlFailureOf(const QSqlError &error, const QSqlDriver *driver);

// The message for a failed statement: for the failures above a sentence for
// people (with the driver's reason in brackets), otherwise "Database error:
// could not <what> "<statement>": <reason>".
QString sqlErrorMessage(const QSqlError &error, const QSqlDriver *driver, const QString &what, const QString &sql);
// What a database failure may show to someone outside (the REST API, the sync
// log): no statement, no driver text.
QString publicDatabaseMessage();

// Runs one statement without parameters.
void execSql(const QSqlDatabase &db, const QString &sql);

// Timestamps are stored as UTC milliseconds since the Unix epoch (BIGINT) on
// every backend, so both store and sort them identically.
QVariant toDbTime(const QDateTime &time);
QDateTime fromDbTime(const QVariant &value);

// Typed NULLs: the PostgreSQL driver needs to know the type of a NULL.
QVariant nullableText(const QString &text);
QVariant nullableInt(std::optional<qint64> value);

} // namespace garagereg
