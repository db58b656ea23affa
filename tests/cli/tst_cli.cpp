#include "adapters/secrets/KeychainSecretStore.h"
#include "models/common/AwaitFuture.h"
#include "models/storage/Migrator.h"
#include "tests/support/CliProcess.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace garagereg;
using garagereg::test::CliProcess;
using garagereg::test::CliRun;
using garagereg::test::TestDatabase;

// Runs the real garagereg-integrations-cli binary.
class TestCli : public QObject
{
    Q_OBJECT

private:
    static CliRun run(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input = {})
    {
        return CliProcess(QStringLiteral(GARAGEREG_CLI_PATH), environment).run(arguments, input);
    }

    // Without GARAGEREG_DATABASE or PGPASSWORD from the outside, HOME kept.
    static QProcessEnvironment cleanEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("GARAGEREG_DATABASE"));
        environment.remove(QStringLiteral("PGPASSWORD"));
        return environment;
    }

    QProcessEnvironment environmentWithPassword() const
    {
        QProcessEnvironment environment = cleanEnvironment();
        if (!m_testDatabase->password().isEmpty())
            environment.insert(QStringLiteral("PGPASSWORD"), m_testDatabase->password());
        return environment;
    }

    std::unique_ptr<TestDatabase> m_testDatabase;

private slots:
    void init() { m_testDatabase = std::make_unique<TestDatabase>(); }
    void cleanup() { m_testDatabase.reset(); }

    void printsVersion()
    {
        const CliRun result = run({QStringLiteral("--version")}, cleanEnvironment());
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral(GARAGEREG_VERSION)), qPrintable(result.out));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("db without action") << QStringList{QStringLiteral("db")};
        QTest::newRow("unknown db action") << QStringList{QStringLiteral("db"), QStringLiteral("explode")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour"), QStringLiteral("db"),
                                                       QStringLiteral("info")};
        QTest::newRow("database without value")
            << QStringList{QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--database")};
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        const CliRun result = run(arguments, cleanEnvironment());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.startsWith(QLatin1String("error: ")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void dbInfoJsonOnANewDatabase()
    {
        const CliRun result = run({QStringLiteral("--database"), m_testDatabase->url().toString(), QStringLiteral("db"),
                                   QStringLiteral("info"), QStringLiteral("--json")},
                                  environmentWithPassword());
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject info = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(info.value(QLatin1String("backend")).toString(), TestDatabase::backendName());
        QCOMPARE(info.value(QLatin1String("url")).toString(), m_testDatabase->url().toString());
        QCOMPARE(info.value(QLatin1String("schema_version")).toInt(), latestSchemaVersion());
        QVERIFY(!info.value(QLatin1String("database_id")).toString().isEmpty());
        const QJsonObject tables = info.value(QLatin1String("tables")).toObject();
        QCOMPARE(tables.value(QLatin1String("integrations")).toInt(-1), 0);
        QCOMPARE(tables.value(QLatin1String("schema_version")).toInt(), latestSchemaVersion());
        if (!m_testDatabase->password().isEmpty())
            QVERIFY(!result.out.contains(m_testDatabase->password())
                    && !result.err.contains(m_testDatabase->password()));
    }

    void databaseFromTheEnvironment()
    {
        QProcessEnvironment environment = environmentWithPassword();
        environment.insert(QStringLiteral("GARAGEREG_DATABASE"), m_testDatabase->url().toString());
        const CliRun result = run({QStringLiteral("db"), QStringLiteral("migrate")}, environment);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("schema version %1").arg(latestSchemaVersion())),
                 qPrintable(result.out));
    }

    void malformedUrlIsARuntimeError()
    {
        const CliRun result = run({QStringLiteral("--database"), QStringLiteral("mysql://root@localhost/x"),
                                   QStringLiteral("db"), QStringLiteral("info")},
                                  cleanEnvironment());
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(result.err.contains(QLatin1String("mysql://root@localhost/x")), qPrintable(result.err));
    }

    void corruptSqliteFileExitsOneUntouched()
    {
        if (TestDatabase::backendUnderTest() != Backend::Sqlite)
            QSKIP("SQLite files only");
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("broken.db"));
        const QByteArray garbage = QByteArray("garbage, not a database\n").repeated(100);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
        file.close();
        const CliRun result = run({QStringLiteral("--database"), QStringLiteral("sqlite://") + path,
                                   QStringLiteral("db"), QStringLiteral("info")},
                                  cleanEnvironment());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("damaged")), qPrintable(result.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void wrongPasswordExitsOneWithoutPrintingIt()
    {
        if (TestDatabase::backendUnderTest() != Backend::PostgreSql)
            QSKIP("PostgreSQL only");
        QProcessEnvironment environment = cleanEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("wrong-secret-1234"));
        const CliRun result = run({QStringLiteral("--database"), m_testDatabase->url().toString(), QStringLiteral("db"),
                                   QStringLiteral("info")},
                                  environment);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("password authentication failed")), qPrintable(result.err));
        QVERIFY(!result.err.contains(QLatin1String("wrong-secret-1234")));
    }

    void passwordFromTheKeychain()
    {
        if (TestDatabase::backendUnderTest() != Backend::PostgreSql)
            QSKIP("PostgreSQL only");
        const QStringList database{QStringLiteral("--database"), m_testDatabase->url().toString()};

        // Nothing stored yet: the error says how to store it.
        const CliRun missing = run(database + QStringList{QStringLiteral("db"), QStringLiteral("info")},
                                   cleanEnvironment());
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("db set-password")), qPrintable(missing.err));

        const CliRun stored = run(database + QStringList{QStringLiteral("db"), QStringLiteral("set-password")},
                                  cleanEnvironment(), m_testDatabase->password().toUtf8() + '\n');
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
        QVERIFY(!stored.out.contains(m_testDatabase->password()));

        const CliRun info =
            run(database + QStringList{QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--json")},
                cleanEnvironment());
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        QCOMPARE(QJsonDocument::fromJson(info.out.toUtf8()).object().value(QLatin1String("backend")).toString(),
                 QStringLiteral("postgresql"));

        KeychainSecretStore store;
        QVERIFY(awaitFuture(store.remove(m_testDatabase->url().passwordSecretKey())).ok());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
