#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDriver;

namespace garagereg {

// A prepared statement run through SQLite's C API on the connection that Qt's
// QSQLITE driver opened, for the few statements the delivery engine runs per
// attempt: bound and stepped directly it costs a fraction of QSqlQuery's
// binding (a QVariant per value, a name lookup per placeholder, a UTF-16 copy
// per text) and result set-up. Only where the build's SQLite is the one the
// driver uses (GARAGEREG_SQLITE_DIRECT, cmake/SqliteDirect.cmake): a driver with its
// own copy of SQLite inside (Qt's Windows builds) must not be called through
// another copy, and there handleOf() finds nothing.
class SqliteStatement
{
public:
    // The connection's SQLite handle, or null where the C API is not used
    // (another backend, or a build without GARAGEREG_SQLITE_DIRECT).
    static sqlite3 *handleOf(const QSqlDatabase &db);

    // On `db`, whose handleOf() is not null. Throws garagereg::DatabaseError
    // when SQLite cannot prepare it.
    SqliteStatement(const QSqlDatabase &db, const QByteArray &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Parameters count from 1, as in SQL's ?NNN.
    SqliteStatement &bind(int parameter, qint64 value);
    SqliteStatement &bind(int parameter, std::optional<qint64> value); // NULL when empty
    SqliteStatement &bindText(int parameter, const QByteArray &utf8);  // NULL when null
    SqliteStatement &bindText(int parameter, const QString &text);     // NULL when null
    SqliteStatement &bindBlob(int parameter, const QByteArray &bytes); // NULL when null
    // Runs the statement to its end (no rows expected) and makes it ready for
    // new values. Throws garagereg::DatabaseError as SqlQuery does.
    void run();

private:
    [[noreturn]] void fail(int result, const QString &what);
    void check(int result);

    const QSqlDriver *m_driver = nullptr; // for the words of its errors
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QByteArray m_sql;
};

} // namespace garagereg
