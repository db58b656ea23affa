#include "models/storage/SqlQuery.h"

#include "models/common/Error.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace garagereg {

QString publicDatabaseMessage()
{
    return QCoreApplication::translate("SqlQuery", "A database error stopped it; the server's log has the details.");
}

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    if (!m_query.prepare(sql))
        fail(QCoreApplication::translate("SqlQuery", "prepare"));
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    if (!m_query.exec())
        fail(QCoreApplication::translate("SqlQuery", "run"));
    return *this;
}

bool SqlQuery::next()
{
    if (m_query.next())
        return true;
    if (m_query.lastError().type() != QSqlError::NoError)
        fail(QCoreApplication::translate("SqlQuery", "run"));
    return false;
}

QVariant SqlQuery::scalar()
{
    if (!m_query.isActive())
        exec();
    const QVariant value = next() ? m_query.value(0) : QVariant();
    // Done with the statement: SQLite cannot commit while one is still open.
    m_query.finish();
    return value;
}

SqlQuery &StatementCache::get(const QSqlDatabase &db, const QString &sql)
{
    return get(db, sql, [&sql] { return sql; });
}

SqlQuery *StatementCache::find(const QSqlDatabase &db, const QString &key)
{
    const auto found = m_statements.constFind(db.connectionName() + QLatin1Char('\n') + key);
    if (found == m_statements.cend())
        return nullptr;
    (*found)->finish();
    return found->get();
}

SqlQuery &StatementCache::insert(const QSqlDatabase &db, const QString &key, const QString &sql)
{
    // Statements of a connection that was lost and replaced (Database::connection())
    // go with it: they are of no use any more.
    for (auto it = m_statements.begin(); it != m_statements.end();) {
        const QString connection = it.key().section(QLatin1Char('\n'), 0, 0);
        if (connection != db.connectionName() && !QSqlDatabase::contains(connection))
            it = m_statements.erase(it);
        else
            ++it;
    }
    auto statement = std::make_shared<SqlQuery>(db, sql);
    m_statements.insert(db.connectionName() + QLatin1Char('\n') + key, statement);
    return *statement;
}

void SqlQuery::fail(const QString &what) const
{
    throw DatabaseError(sqlErrorMessage(m_query.lastError(), m_query.driver(), what, m_sql), publicDatabaseMessage());
}

void execSql(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw DatabaseError(sqlErrorMessage(query.lastError(), query.driver(),
                                            QCoreApplication::translate("SqlQuery", "run"), sql),
                            publicDatabaseMessage());
}

SqlFailure sqlFailureOf(const QSqlError &error, const QSqlDriver *driver)
{
    if (!driver || error.type() == QSqlError::NoError)
        return SqlFailure::Other;
    const QString code = error.nativeErrorCode();
    if (driver->dbmsType() == QSqlDriver::SQLite) {
        // Qt reports SQLite's result code; the low byte is the primary code.
        bool ok = false;
        const int result = code.toInt(&ok) & 0xff;
        if (!ok)
            return SqlFailure::Other;
        switch (result) {
        case 13: return SqlFailure::Full;  // SQLITE_FULL (also ENOSPC while writing)
        case 5:                            // SQLITE_BUSY
        case 6: return SqlFailure::Locked; // SQLITE_LOCKED
        default: return SqlFailure::Other;
        }
    }
    if (driver->dbmsType() == QSqlDriver::PostgreSQL) {
        // A statement that met a closed connection leaves libpq's status bad
        // (QPSQL's isOpen()); the connection exceptions (class 08) and the
        // server's shutdown codes (57P01-57P03) say the same.
        if (!driver->isOpen() || code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01")
            || code == QLatin1String("57P02") || code == QLatin1String("57P03"))
            return SqlFailure::ConnectionLost;
        if (code == QLatin1String("53100")) // disk_full
            return SqlFailure::Full;
    }
    return SqlFailure::Other;
}

QString sqlErrorMessage(const QSqlError &error, const QSqlDriver *driver, const QString &what, const QString &sql)
{
    QString reason = (error.databaseText().isEmpty() ? error.text() : error.databaseText()).simplified();
    if (reason.endsWith(QLatin1String(" ()")))
        reason.chop(3); // QPSQL's empty SQLSTATE, when libpq itself failed

    switch (sqlFailureOf(error, driver)) {
    case SqlFailure::ConnectionLost:
        return QCoreApplication::translate("SqlQuery",
                                           "The connection to the database server was lost (%1). This step did not "
                                           "complete; the connection is opened again at the next try.")
            .arg(reason);
    case SqlFailure::Full:
        return QCoreApplication::translate("SqlQuery",
                                           "The database is full: the disk has no free space left or the database "
                                           "reached its size limit (%1). Nothing of this change was saved; free some "
                                           "space and try again.")
            .arg(reason);
    case SqlFailure::Locked:
        return QCoreApplication::translate("SqlQuery",
                                           "The database is locked by another program (%1). Nothing of this change "
                                           "was saved; close the program that keeps the database busy, or wait for "
                                           "it, and try again.")
            .arg(reason);
    case SqlFailure::Other: break;
    }
    return QCoreApplication::translate("SqlQuery", "Database error: could not %1 \"%2\": %3")
        .arg(what, sql.simplified().left(120), reason);
}

QVariant toDbTime(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant::fromValue<qint64>(time.toMSecsSinceEpoch());
}

QDateTime fromDbTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant nullableText(const QString &text)
{
    if (text.isNull())
        return QVariant(QMetaType::fromType<QString>());
    return text;
}

QVariant nullableInt(std::optional<qint64> value)
{
    if (!value)
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant::fromValue<qint64>(*value);
}

} // namespace garagereg
