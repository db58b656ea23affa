#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace garagereg {

// Throws garagereg::Error("<what> is not valid: <problems>") when problems is not empty.
void throwIfInvalid(const QString &what, const QStringList &problems);

QString toJsonText(const QJsonObject &object);
QString toJsonText(const QJsonArray &array);
// Throws garagereg::Error when a stored column does not hold the expected JSON.
QJsonObject jsonObjectFromText(const QString &text, const QString &column);
QJsonArray jsonArrayFromText(const QString &text, const QString &column);

class SqlQuery;

// For "column IN (...)" look-ups of many values: ":value0000, :value0001, ..." for
// `count` values, binding them in order, and calling `run` for slices of at most
// `maxInListValues`, so a statement stays well within the backends' limits.
constexpr qsizetype maxInListValues = 500;
QString placeholders(qsizetype count);
void bindAll(SqlQuery &query, const QVariantList &values);
void bindAll(SqlQuery &query, const QStringList &values);
// For multi-row INSERTs: "(:value0000, :value0001), (:value0002, :value0003)"
// for `rows` rows of `columns` values, bound in row order by bindAll(). A statement binds at most
// maxStatementParameters values (SQLite's historic limit, well below
// PostgreSQL's 65535), so rowsPerStatement() rows go in one.
constexpr qsizetype maxStatementParameters = 999;
QString rowPlaceholders(qsizetype rows, qsizetype columns);
// The same with each value cast to its column's SQL type ("CAST(:value0000 AS BIGINT)"):
// PostgreSQL takes parameters in VALUES for text unless told otherwise.
QString rowPlaceholders(qsizetype rows, const QStringList &columnTypes);
constexpr qsizetype rowsPerStatement(qsizetype columns)
{
    return maxStatementParameters / columns;
}
// Calls run(start, rows) for consecutive slices of `count` rows of `columns`
// values, each as many rows as one statement takes.
template<typename Run>
void forEachRowChunk(qsizetype count, qsizetype columns, Run run)
{
    for (qsizetype start = 0; start < count; start += rowsPerStatement(columns))
        run(start, std::min(rowsPerStatement(columns), count - start));
}
template<typename List, typename Run>
void forEachChunk(const List &values, Run run)
{
    for (qsizetype start = 0; start < values.size(); start += maxInListValues)
        run(values.mid(start, maxInListValues));
}

} // namespace garagereg
