#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/DatabaseUrl.h"
#include "models/storage/SqlQuery.h"
#include "models/storage/SqliteStatement.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace garagereg;

// The delivery engine's statements through SQLite's C API: what they store is
// what QSqlQuery would store (types, NULLs, UTF-8, bytes), and their failures
// read as QSqlQuery's do.
class TestSqliteStatement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    std::unique_ptr<Database> m_database;

    QSqlDatabase connection() const { return m_database->connection(); }

    static QString failureOf(const std::function<void()> &run)
    {
        try {
            run();
        } catch (const Error &error) {
            return error.message();
        }
        return {};
    }

private slots:
    void init()
    {
        m_database = Database::open(DatabaseUrl::sqliteFile(m_folder.filePath(QStringLiteral("direct.db"))));
        execSql(connection(), QStringLiteral("DROP TABLE IF EXISTS sample"));
        execSql(connection(), QStringLiteral("CREATE TABLE sample (number INTEGER, text TEXT, bytes BLOB,"
                                             " required TEXT NOT NULL)"));
    }

    void cleanup() { m_database.reset(); }

    void handleOnlyWhereBuiltIn()
    {
#ifdef GARAGEREG_SQLITE_DIRECT
        QVERIFY(SqliteStatement::handleOf(connection()) != nullptr);
#else
        QVERIFY(SqliteStatement::handleOf(connection()) == nullptr);
        // No statement that would silently do nothing.
        const QString refused = failureOf([&] { SqliteStatement(connection(), "SELECT 1"); });
        QVERIFY2(refused.contains(QLatin1String("GARAGEREG_SQLITE_DIRECT is off")), qPrintable(refused));
        QSKIP("built without GARAGEREG_SQLITE_DIRECT: everything goes through QSqlQuery");
#endif
    }

    void storesValuesAsQSqlQueryWould()
    {
        if (!SqliteStatement::handleOf(connection()))
            QSKIP("built without GARAGEREG_SQLITE_DIRECT");
        SqliteStatement insert(connection(),
                               "INSERT INTO sample (number, text, bytes, required) VALUES (?1, ?2, ?3, ?4)");
        const QByteArray bytes("\x00\xff binary", 9);
        insert.bind(1, qint64(1) << 40).bindText(2, QStringLiteral("Győr, Ipari park 12.")).bindBlob(3, bytes);
        insert.bindText(4, QString(QLatin1String(""))).run();
        // The same statement again: the first row's values do not linger (the bytes are not bound this time).
        insert.bind(1, std::optional<qint64>()).bindText(2, QString()).bindText(4, QByteArray("x")).run();

        QSqlQuery rows(connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT number, text, bytes, required, typeof(number), typeof(text),"
                                         " typeof(bytes), typeof(required) FROM sample ORDER BY rowid")));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toLongLong(), qint64(1) << 40);
        QCOMPARE(rows.value(1).toString(), QStringLiteral("Győr, Ipari park 12."));
        QCOMPARE(rows.value(2).toByteArray(), bytes);
        QCOMPARE(rows.value(3).toString(), QString());
        QCOMPARE(rows.value(7).toString(), QStringLiteral("text")); // an empty text is not NULL
        QCOMPARE(rows.value(6).toString(), QStringLiteral("blob"));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(4).toString(), QStringLiteral("null"));
        QCOMPARE(rows.value(5).toString(), QStringLiteral("null"));
        QCOMPARE(rows.value(6).toString(), QStringLiteral("null"));
        QCOMPARE(rows.value(3).toString(), QStringLiteral("x"));
        QVERIFY(!rows.next());
    }

    void failuresNameTheStatementAndTheReason()
    {
        if (!SqliteStatement::handleOf(connection()))
            QSKIP("built without GARAGEREG_SQLITE_DIRECT");
        const QString badSql = failureOf([&] { SqliteStatement(connection(), "INSERT INTO no_such_table VALUES (1)"); });
        QVERIFY2(badSql.contains(QLatin1String("could not prepare")) && badSql.contains(QLatin1String("no_such_table")),
                 qPrintable(badSql));

        SqliteStatement insert(connection(), "INSERT INTO sample (number, required) VALUES (?1, ?2)");
        const QString missing = failureOf([&] { insert.bind(1, qint64(7)).bindText(2, QString()).run(); });
        QVERIFY2(missing.contains(QLatin1String("could not run")) && missing.contains(QLatin1String("NOT NULL"))
                     && missing.contains(QLatin1String("INSERT INTO sample")),
                 qPrintable(missing));
        // A statement that returns rows is not one for run(): it would stop at the first row.
        SqliteStatement select(connection(), "SELECT 1");
        const QString rows = failureOf([&] { select.run(); });
        QVERIFY2(rows.contains(QLatin1String("could not run")), qPrintable(rows));
        // Usable again after a failure, and the failed row was not written.
        insert.bind(1, qint64(8)).bindText(2, QStringLiteral("ok")).run();
        QCOMPARE(SqlQuery(connection(), QStringLiteral("SELECT group_concat(number) FROM sample")).scalar().toString(),
                 QStringLiteral("8"));
    }

    void fullDatabaseSaysSo()
    {
        if (!SqliteStatement::handleOf(connection()))
            QSKIP("built without GARAGEREG_SQLITE_DIRECT");
        const qint64 pages = SqlQuery(connection(), QStringLiteral("PRAGMA page_count")).scalar().toLongLong();
        execSql(connection(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
        SqliteStatement insert(connection(), "INSERT INTO sample (bytes, required) VALUES (?1, 'big')");
        const QString full = failureOf([&] { insert.bindBlob(1, QByteArray(256 * 1024, 'x')).run(); });
        execSql(connection(), QStringLiteral("PRAGMA max_page_count = 1073741823"));
        QVERIFY2(full.contains(QLatin1String("The database is full")), qPrintable(full));
        QCOMPARE(SqlQuery(connection(), QStringLiteral("SELECT count(*) FROM sample")).scalar().toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlite_statement.moc"
