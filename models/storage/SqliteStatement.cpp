#include "models/storage/SqliteStatement.h"

#include "models/common/Error.h"
#include "models/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#ifdef GARAGEREG_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace garagereg {

#ifdef GARAGEREG_SQLITE_DIRECT

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    if (!driver || driver->dbmsType() != QSqlDriver::SQLite)
        return nullptr;
    const QVariant handle = driver->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QByteArray &sql)
    : m_driver(db.driver())
    , m_connection(handleOf(db))
    , m_sql(sql)
{
    const int result = sqlite3_prepare_v3(m_connection, m_sql.constData(), int(m_sql.size()), SQLITE_PREPARE_PERSISTENT,
                                          &m_statement, nullptr);
    if (result != SQLITE_OK)
        fail(result, QCoreApplication::translate("SqlQuery", "prepare"));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

SqliteStatement &SqliteStatement::bind(int parameter, qint64 value)
{
    check(sqlite3_bind_int64(m_statement, parameter, value));
    return *this;
}

SqliteStatement &SqliteStatement::bind(int parameter, std::optional<qint64> value)
{
    check(value ? sqlite3_bind_int64(m_statement, parameter, *value) : sqlite3_bind_null(m_statement, parameter));
    return *this;
}

SqliteStatement &SqliteStatement::bindText(int parameter, const QByteArray &utf8)
{
    check(utf8.isNull() ? sqlite3_bind_null(m_statement, parameter)
                        : sqlite3_bind_text64(m_statement, parameter, utf8.constData(), quint64(utf8.size()),
                                              SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

SqliteStatement &SqliteStatement::bindText(int parameter, const QString &text)
{
    if (text.isNull())
        return bindText(parameter, QByteArray());
    // constData() is never null, so an empty text stays an empty text, not NULL.
    const QByteArray utf8 = text.toUtf8();
    check(sqlite3_bind_text64(m_statement, parameter, utf8.constData(), quint64(utf8.size()), SQLITE_TRANSIENT,
                              SQLITE_UTF8));
    return *this;
}

SqliteStatement &SqliteStatement::bindBlob(int parameter, const QByteArray &bytes)
{
    check(bytes.isNull() ? sqlite3_bind_null(m_statement, parameter)
                         : sqlite3_bind_blob64(m_statement, parameter, bytes.constData(), quint64(bytes.size()),
                                               SQLITE_TRANSIENT));
    return *this;
}

void SqliteStatement::run()
{
    const int result = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    // A statement that returns rows would stop at the first one: not for run().
    if (result != SQLITE_DONE)
        fail(result, QCoreApplication::translate("SqlQuery", "run"));
}

void SqliteStatement::check(int result)
{
    if (result != SQLITE_OK)
        fail(result, QCoreApplication::translate("SqlQuery", "bind"));
}

void SqliteStatement::fail(int result, const QString &what)
{
    // The same words and the same classes of failure (full, locked) as through QSqlQuery.
    const QSqlError error(QString(),
                          QString::fromUtf8(sqlite3_errstr(result)) + QStringLiteral(": ")
                              + QString::fromUtf8(sqlite3_errmsg(m_connection)),
                          QSqlError::StatementError, QString::number(result));
    throw DatabaseError(sqlErrorMessage(error, m_driver, what, QString::fromUtf8(m_sql)), publicDatabaseMessage());
}

#else

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &)
{
    return nullptr;
}

// Never made: handleOf() finds no connection to make one for, and a statement
// that could not run must not pretend it did.
SqliteStatement::SqliteStatement(const QSqlDatabase &, const QByteArray &sql)
    : m_sql(sql)
{
    throw Error(QCoreApplication::translate("SqlQuery", "This build runs no statement through SQLite's C API "
                                                        "(GARAGEREG_SQLITE_DIRECT is off); run it through SqlQuery "
                                                        "where SqliteStatement::handleOf() is null: %1")
                    .arg(QString::fromUtf8(sql)));
}
SqliteStatement::~SqliteStatement() = default;
SqliteStatement &SqliteStatement::bind(int, qint64)
{
    Q_UNREACHABLE();
}
SqliteStatement &SqliteStatement::bind(int, std::optional<qint64>)
{
    Q_UNREACHABLE();
}
SqliteStatement &SqliteStatement::bindText(int, const QByteArray &)
{
    Q_UNREACHABLE();
}
SqliteStatement &SqliteStatement::bindText(int, const QString &)
{
    Q_UNREACHABLE();
}
SqliteStatement &SqliteStatement::bindBlob(int, const QByteArray &)
{
    Q_UNREACHABLE();
}
void SqliteStatement::run()
{
    Q_UNREACHABLE();
}

#endif

} // namespace garagereg
