#include "models/storage/SqlQuery.h"

#include "models/common/Error.h"

#include <QCoreApplication>
#include <QSqlError>

namespace garagereg {

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

QVariant SqlQuery::scalar()
{
    if (!m_query.isActive())
        exec();
    const QVariant value = m_query.next() ? m_query.value(0) : QVariant();
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
    auto statement = std::make_shared<SqlQuery>(db, sql);
    m_statements.insert(db.connectionName() + QLatin1Char('\n') + key, statement);
    return *statement;
}

void SqlQuery::fail(const QString &what) const
{
    const QString statement = m_sql.simplified().left(120);
    const QSqlError error = m_query.lastError();
    const QString reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    throw Error(QCoreApplication::translate("SqlQuery", "Database error: could not %1 \"%2\": %3")
                    .arg(what, statement, reason.trimmed()));
}

void execSql(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        const QSqlError error = query.lastError();
        const QString reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        throw Error(QCoreApplication::translate("SqlQuery", "Database error: could not run \"%1\": %2")
                        .arg(sql.simplified().left(120), reason.trimmed()));
    }
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
