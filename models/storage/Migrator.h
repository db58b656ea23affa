#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace garagereg {

class Database;

// One forward-only schema step. Statements are written once for both backends;
// the placeholders %ID% (an auto-increment primary key), %BLOB% and %NEW_UUID%
// are replaced per backend when the step runs.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
    // When not empty, run on SQLite instead of `statements` (what SQLite's ALTER TABLE cannot do).
    QStringList sqliteStatements = {};
};

// The product's schema history, oldest first. Never edit a released step:
// add a new one.
const std::vector<Migration> &schemaMigrations();
int latestSchemaVersion();

// Brings a database up to a schema version. Every step runs in its own
// transaction together with its schema_version row; on PostgreSQL an advisory
// lock keeps two workers from migrating at once. A database whose schema is
// newer than this application knows is refused before anything is written.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    explicit Migrator(const Database &database);

    // Returns the schema version the database has now.
    int migrate() { return migrateTo(latestSchemaVersion()); }
    int migrateTo(int targetVersion);

    // 0 for an empty database.
    int currentVersion() const;

private:
    void applyLocked(int targetVersion);
    void apply(const Migration &migration);
    QString translate(QString statement) const;
    void refuseNewerSchema(int version) const;

    const Database &m_database;
};

} // namespace garagereg
