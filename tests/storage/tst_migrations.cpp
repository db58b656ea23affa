#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/DatabaseInspector.h"
#include "models/storage/Migrator.h"
#include "models/storage/SqlQuery.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtTest>

using namespace garagereg;
using garagereg::test::TestDatabase;

namespace {

QStringList tables(const Database &database)
{
    QStringList names;
    for (const TableRowCount &count : DatabaseInspector(database).tableRowCounts())
        names << count.table;
    return names;
}

// Writes one row that only the schema of `version` and later can hold.
void insertSampleRowsFor(const Database &database, int version)
{
    const QSqlDatabase db = database.connection();
    if (version == 1) {
        execSql(db, QStringLiteral("INSERT INTO integrations (name, type, provider, created_at, updated_at)"
                                   " VALUES ('Kapuszerviz ERP', 'erp', 'dummy', 1, 2)"));
        execSql(db, QStringLiteral(
                        "INSERT INTO webhook_subscriptions (integration_id, name, endpoint_url, created_at,"
                        " updated_at) SELECT id, 'Értesítő', 'https://example.hu/hook', 3, 4 FROM integrations"));
    } else if (version == 2) {
        execSql(db, QStringLiteral(
                        "INSERT INTO webhook_events (event_uuid, event_type, payload, body, occurred_at, created_at)"
                        " VALUES ('e-1', 'gate.created', '{}', '{}', 5, 6)"));
        execSql(db, QStringLiteral(
                        "INSERT INTO webhook_deliveries (request_id, event_id, subscription_id, endpoint_url,"
                        " endpoint_host, status, next_attempt_at, created_at, updated_at) SELECT 'r-1', e.id, s.id,"
                        " 'https://example.hu/hook', 'example.hu', 'pending', 7, 7, 7 FROM webhook_events e,"
                        " webhook_subscriptions s"));
        execSql(db, QStringLiteral("INSERT INTO delivery_attempts (id, delivery_id, attempt_number, started_at,"
                                   " request_url, response_body, error_class, error_message) SELECT 41, id, 1, 8,"
                                   " 'https://example.hu/hook', NULL, 'tls', 'handshake failed'"
                                   " FROM webhook_deliveries"));
    }
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void emptyDatabaseReachesLatest()
    {
        TestDatabase testDatabase;
        const auto database = testDatabase.connect();
        Migrator migrator(*database);
        QCOMPARE(migrator.currentVersion(), 0);
        QCOMPARE(migrator.migrate(), latestSchemaVersion());
        QCOMPARE(migrator.currentVersion(), latestSchemaVersion());
        const QStringList names = tables(*database);
        for (const char *table : {"integrations", "webhook_subscriptions", "webhook_events", "webhook_deliveries",
                                  "delivery_attempts", "erp_sync_logs", "erp_sync_log_entries", "parts",
                                  "part_bindings", "sync_cursors", "schema_version", "encrypted_secrets"})
            QVERIFY2(names.contains(QLatin1String(table)), table);
        QVERIFY(!database->databaseId().isEmpty());
        QCOMPARE(DatabaseInspector(*database).rowCount(QStringLiteral("schema_version")), latestSchemaVersion());
    }

    void migratingTwiceChangesNothing()
    {
        TestDatabase testDatabase;
        const auto first = testDatabase.open();
        const QString id = first->databaseId();
        const auto second = testDatabase.open();
        QCOMPARE(second->databaseId(), id);
        QCOMPARE(DatabaseInspector(*second).rowCount(QStringLiteral("schema_version")), latestSchemaVersion());
    }

    // Several workers starting at once on a new database: one migrates, the
    // others wait for it and find the schema in place.
    void concurrentOpenMigratesOnce()
    {
        TestDatabase testDatabase;
        constexpr int workers = 4;
        QStringList ids(workers);
        QStringList errors(workers);
        QList<QThread *> threads;
        for (int i = 0; i < workers; ++i) {
            threads << QThread::create([&, i] {
                try {
                    ids[i] = testDatabase.open()->databaseId();
                } catch (const Error &error) {
                    errors[i] = error.message();
                }
            });
        }
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        for (int i = 0; i < workers; ++i) {
            QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i]));
            QCOMPARE(ids[i], ids[0]);
        }
        const auto database = testDatabase.open();
        QCOMPARE(DatabaseInspector(*database).rowCount(QStringLiteral("schema_version")), latestSchemaVersion());
    }

    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("startVersion");
        for (int version = 1; version < latestSchemaVersion(); ++version)
            QTest::addRow("from v%d", version) << version;
    }

    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(int, startVersion);
        TestDatabase testDatabase;
        {
            const auto database = testDatabase.connect();
            QCOMPARE(Migrator(*database).migrateTo(startVersion), startVersion);
            for (int version = 1; version <= startVersion; ++version)
                insertSampleRowsFor(*database, version);
        }
        const auto database = testDatabase.open();
        QCOMPARE(Migrator(*database).currentVersion(), latestSchemaVersion());
        const DatabaseInspector inspector(*database);
        QCOMPARE(inspector.rowCount(QStringLiteral("integrations")), 1);
        QCOMPARE(inspector.rowCount(QStringLiteral("webhook_subscriptions")), 1);
        QCOMPARE(inspector.rowCount(QStringLiteral("webhook_events")), startVersion >= 2 ? 1 : 0);
        const QString name = SqlQuery(database->connection(), QStringLiteral("SELECT name FROM webhook_subscriptions"))
                                 .scalar()
                                 .toString();
        QCOMPARE(name, QStringLiteral("Értesítő"));
        // v7 adds the team key's table; an upgraded database stays keychain-only.
        QCOMPARE(inspector.rowCount(QStringLiteral("encrypted_secrets")), 0);
        QCOMPARE(SqlQuery(database->connection(),
                          QStringLiteral("SELECT COUNT(*) FROM app_meta WHERE key = 'team_key_id'"))
                     .scalar()
                     .toInt(),
                 0);
        if (startVersion >= 2 && startVersion < 5) {
            // v5 copies the event type onto the deliveries already there.
            const QString type = SqlQuery(database->connection(),
                                          QStringLiteral("SELECT event_type FROM webhook_deliveries"))
                                     .scalar()
                                     .toString();
            QCOMPARE(type, QStringLiteral("gate.created"));
        }
        if (startVersion >= 2) {
            // v8 (the policy error class) keeps every attempt, under its id; SQLite rebuilt the table.
            const QString attempt = SqlQuery(database->connection(),
                                             QStringLiteral("SELECT error_class || ':' || error_message"
                                                            " FROM delivery_attempts WHERE id = 41"))
                                        .scalar()
                                        .toString();
            QCOMPARE(attempt, QStringLiteral("tls:handshake failed"));
        }
    }

    // Schema v8: a refused attempt is stored with the class "policy"; classes
    // outside the list are still refused by the database.
    void policyIsAnAttemptErrorClass()
    {
        TestDatabase testDatabase;
        const auto database = testDatabase.open();
        insertSampleRowsFor(*database, 1);
        insertSampleRowsFor(*database, 2);
        const QSqlDatabase db = database->connection();
        execSql(db, QStringLiteral("INSERT INTO delivery_attempts (delivery_id, attempt_number, started_at,"
                                   " request_url, error_class) SELECT id, 2, 9, 'https://example.hu/hook', 'policy'"
                                   " FROM webhook_deliveries"));
        QVERIFY_THROWS_EXCEPTION(Error, execSql(db, QStringLiteral("INSERT INTO delivery_attempts (delivery_id,"
                                                                   " attempt_number, started_at, request_url,"
                                                                   " error_class) SELECT id, 3, 9, 'x', 'bogus'"
                                                                   " FROM webhook_deliveries")));
        QCOMPARE(DatabaseInspector(*database).rowCount(QStringLiteral("delivery_attempts")), 2);
        // The index of the rebuilt table is there.
        const QString indexQuery = database->url().isSqlite()
                                       ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                                        " AND name = 'delivery_attempts_started'")
                                       : QStringLiteral("SELECT count(*) FROM pg_indexes"
                                                        " WHERE indexname = 'delivery_attempts_started'");
        QCOMPARE(SqlQuery(db, indexQuery).scalar().toInt(), 1);
    }

    void refusesNewerSchemaAndChangesNothing()
    {
        TestDatabase testDatabase;
        {
            const auto database = testDatabase.connect();
            Migrator(*database).migrateTo(1);
            SqlQuery(database->connection(),
                     QStringLiteral("INSERT INTO schema_version (version, description, applied_at, application_version)"
                                    " VALUES (:version, 'from the future', 0, '99.0')"))
                .bind(QStringLiteral(":version"), latestSchemaVersion() + 1)
                .exec();
        }
        const QByteArray before = fingerprint(testDatabase);
        try {
            testDatabase.open();
            QFAIL("a database with a newer schema was opened");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("schema version %1").arg(latestSchemaVersion() + 1)),
                     qPrintable(error.message()));
            QVERIFY2(error.message().contains(QLatin1String("Upgrade")), qPrintable(error.message()));
        }
        QCOMPARE(fingerprint(testDatabase), before);
    }

private:
    // What must not change: the SQLite file's bytes, or PostgreSQL's table list and versions.
    static QByteArray fingerprint(const TestDatabase &testDatabase)
    {
        if (testDatabase.url().isSqlite()) {
            QFile file(testDatabase.url().filePath());
            if (!file.open(QIODevice::ReadOnly))
                return "cannot read";
            return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
        }
        const auto database = testDatabase.connect();
        SqlQuery versions(database->connection(),
                          QStringLiteral("SELECT version FROM schema_version ORDER BY version"));
        versions.exec();
        QByteArray result = tables(*database).join(QLatin1Char(',')).toUtf8();
        while (versions.next())
            result += ';' + versions.value(0).toByteArray();
        return result;
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
