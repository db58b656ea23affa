#include "models/storage/DatabaseInspector.h"

#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/Migrator.h"
#include "models/storage/SqlQuery.h"

#include <QCoreApplication>

namespace garagereg {

DatabaseInspector::DatabaseInspector(const Database &database)
    : m_database(database)
{
}

int DatabaseInspector::schemaVersion() const
{
    return Migrator(m_database).currentVersion();
}

QStringList DatabaseInspector::tableNames() const
{
    const QString sql = m_database.url().isSqlite()
                            ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite_%' ORDER BY name")
                            : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                             "table_schema = current_schema() AND table_type = 'BASE TABLE' "
                                             "ORDER BY table_name");
    SqlQuery query(m_database.connection(), sql);
    query.exec();
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

qint64 DatabaseInspector::rowCount(const QString &table) const
{
    if (!tableNames().contains(table))
        throw Error(QCoreApplication::translate("DatabaseInspector", "The database has no table \"%1\".").arg(table));
    // The name was checked against the catalogue above, so quoting it is safe.
    return SqlQuery(m_database.connection(), QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table))
        .scalar()
        .toLongLong();
}

QList<TableRowCount> DatabaseInspector::tableRowCounts() const
{
    QList<TableRowCount> counts;
    for (const QString &table : tableNames()) {
        const qint64 rows = SqlQuery(m_database.connection(), QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table))
                                .scalar()
                                .toLongLong();
        counts.append({table, rows});
    }
    return counts;
}

} // namespace garagereg
