#include "models/storage/RepositorySupport.h"

#include "models/common/Error.h"
#include "models/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace garagereg {

void throwIfInvalid(const QString &what, const QStringList &problems)
{
    if (problems.isEmpty())
        return;
    throw Error(
        QCoreApplication::translate("Repository", "%1 is not valid: %2").arg(what, problems.join(QLatin1Char(' '))));
}

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString toJsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

namespace {
QJsonDocument parseStored(const QString &text, const QString &column)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(QCoreApplication::translate("Repository", "The stored %1 is not valid JSON: %2")
                        .arg(column, error.errorString()));
    return document;
}
} // namespace

QJsonObject jsonObjectFromText(const QString &text, const QString &column)
{
    const QJsonDocument document = parseStored(text, column);
    if (!document.isObject())
        throw Error(QCoreApplication::translate("Repository", "The stored %1 is not a JSON object.").arg(column));
    return document.object();
}

QJsonArray jsonArrayFromText(const QString &text, const QString &column)
{
    const QJsonDocument document = parseStored(text, column);
    if (!document.isArray())
        throw Error(QCoreApplication::translate("Repository", "The stored %1 is not a JSON array.").arg(column));
    return document.array();
}

namespace {
// ":value0000", ":value0001", ...: the names bindAll() binds, made once (they
// are bound per value of every batch). At least 8 characters: QSqlQuery finds
// a named placeholder through a QHash, and Qt 6.4's seeded hash of a string
// shorter than that took ~200 ns here against ~9 ns for a longer one (its
// short-key AES path); with ":in0" names binding was most of an ERP page's
// insert cost (100,000-part import 5.6 -> 4.4 s).
QString makePlaceholderName(qsizetype index)
{
    return QStringLiteral(":value%1").arg(index, 4, 10, QLatin1Char('0'));
}

const QString &placeholderName(qsizetype index)
{
    static const QStringList names = [] {
        QStringList made;
        made.reserve(maxStatementParameters + 1);
        for (qsizetype i = 0; i <= maxStatementParameters; ++i)
            made << makePlaceholderName(i);
        return made;
    }();
    if (index < names.size())
        return names.at(index);
    thread_local QString other;
    other = makePlaceholderName(index);
    return other;
}
} // namespace

QString placeholders(qsizetype count)
{
    QStringList names;
    names.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        names << placeholderName(i);
    return names.join(QStringLiteral(", "));
}

namespace {

// "(v0, v1), (v2, v3)": `value(index, column)` writes each value's SQL.
template<typename Value>
QString rows(qsizetype rowCount, qsizetype columns, Value value)
{
    QString sql;
    qsizetype index = 0;
    for (qsizetype row = 0; row < rowCount; ++row) {
        sql += row == 0 ? QStringLiteral("(") : QStringLiteral(", (");
        for (qsizetype column = 0; column < columns; ++column, ++index) {
            if (column > 0)
                sql += QStringLiteral(", ");
            sql += value(index, column);
        }
        sql += QLatin1Char(')');
    }
    return sql;
}

} // namespace

QString rowPlaceholders(qsizetype rowCount, qsizetype columns)
{
    return rows(rowCount, columns, [](qsizetype index, qsizetype) -> QString { return placeholderName(index); });
}

QString rowPlaceholders(qsizetype rowCount, const QStringList &columnTypes)
{
    return rows(rowCount, columnTypes.size(), [&columnTypes](qsizetype index, qsizetype column) -> QString {
        return QStringLiteral("CAST(") + placeholderName(index) + QStringLiteral(" AS ") + columnTypes.at(column)
               + QLatin1Char(')');
    });
}

void bindAll(SqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bind(placeholderName(i), values.at(i));
}

void bindAll(SqlQuery &query, const QStringList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bind(placeholderName(i), values.at(i));
}

} // namespace garagereg
