#pragma once

#include <QList>
#include <QString>

namespace garagereg {

class Database;

struct TableRowCount
{
    QString table;
    qint64 rows = 0;
};

// Read-only facts about a database for `db info`, the GUI shell and health.
class DatabaseInspector
{
public:
    explicit DatabaseInspector(const Database &database);

    int schemaVersion() const;
    // Every table of the schema, by name, with its row count.
    QList<TableRowCount> tableRowCounts() const;
    qint64 rowCount(const QString &table) const;

private:
    QStringList tableNames() const;

    const Database &m_database;
};

} // namespace garagereg
