#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

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

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &column) const { return m_query.value(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // For single-value statements: the first column of the first row.
    QVariant scalar();

private:
    [[noreturn]] void fail(const QString &what) const;

    QSqlQuery m_query;
    QString m_sql;
};

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
