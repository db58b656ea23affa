#include "models/common/Error.h"
#include "models/storage/DatabaseUrl.h"

#include <QtTest>

using namespace garagereg;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void parsesSqlite()
    {
        const DatabaseUrl url = DatabaseUrl::parse(QStringLiteral("sqlite:///var/lib/garagereg/./data.db"));
        QCOMPARE(url.backend(), Backend::Sqlite);
        QCOMPARE(url.filePath(), QStringLiteral("/var/lib/garagereg/data.db"));
        QCOMPARE(url.toString(), QStringLiteral("sqlite:///var/lib/garagereg/data.db"));
    }

    void parsesPostgreSql()
    {
        const DatabaseUrl url = DatabaseUrl::parse(
            QStringLiteral("postgresql://garagereg@db.example.hu:6543/integrations"));
        QCOMPARE(url.backend(), Backend::PostgreSql);
        QCOMPARE(url.userName(), QStringLiteral("garagereg"));
        QCOMPARE(url.host(), QStringLiteral("db.example.hu"));
        QCOMPARE(url.port(), 6543);
        QCOMPARE(url.databaseName(), QStringLiteral("integrations"));
        QCOMPARE(url.toString(), QStringLiteral("postgresql://garagereg@db.example.hu:6543/integrations"));
        QCOMPARE(url.passwordSecretKey(),
                 QStringLiteral("database-password/garagereg@db.example.hu:6543/integrations"));
    }

    void defaultsPortAndAcceptsOptions()
    {
        const DatabaseUrl url = DatabaseUrl::parse(
            QStringLiteral("postgres://app@localhost/gr?sslmode=require&connect_timeout=3"));
        QCOMPARE(url.port(), 5432);
        QCOMPARE(url.sslMode(), QStringLiteral("require"));
        QCOMPARE(url.connectTimeoutSeconds(), 3);
        QCOMPARE(DatabaseUrl::parse(url.toString()), url);
    }

    // The canonical form is what the settings page stores: it must parse back to
    // the same URL (found by fuzz/corpus/database_url).
    void canonicalFormParsesBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("ipv6 host") << QStringLiteral("postgresql://app@[::1]:5433/app")
                                   << QStringLiteral("postgresql://app@[::1]:5433/app");
        QTest::newRow("delimiters in the user") << QStringLiteral("postgresql://a%40b%3Ac%2F@host/db")
                                                << QStringLiteral("postgresql://a%40b%3Ac%2F@host:5432/db");
        QTest::newRow("space in the user")
            << QStringLiteral("postgresql://a%20b@host/db") << QStringLiteral("postgresql://a%20b@host:5432/db");
        QTest::newRow("non-ASCII names") << QStringLiteral("postgresql://gábor@host/garázs")
                                         << QStringLiteral("postgresql://gábor@host:5432/garázs");
        QTest::newRow("question mark in the name") << QStringLiteral("postgresql://u@host/a%3Fb?sslmode=require")
                                                   << QStringLiteral("postgresql://u@host:5432/a%3Fb?sslmode=require");
    }

    void canonicalFormParsesBack()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const DatabaseUrl url = DatabaseUrl::parse(text);
        QCOMPARE(url.toString(), canonical);
        QCOMPARE(DatabaseUrl::parse(url.toString()), url);
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expectedFragment");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("unknown scheme") << QStringLiteral("mysql://u@h/db")
                                        << QStringLiteral("sqlite:// or postgresql://");
        QTest::newRow("relative sqlite") << QStringLiteral("sqlite://data.db") << QStringLiteral("absolute");
        QTest::newRow("sqlite without path") << QStringLiteral("sqlite://") << QStringLiteral("absolute");
        QTest::newRow("sqlite path ending in a space")
            << QStringLiteral("sqlite:///data /.") << QStringLiteral("white space");
        QTest::newRow("no user") << QStringLiteral("postgresql://host/db") << QStringLiteral("user name");
        QTest::newRow("no database") << QStringLiteral("postgresql://u@host:5432/") << QStringLiteral("database name");
        QTest::newRow("no host") << QStringLiteral("postgresql://u@/db") << QStringLiteral("host");
        QTest::newRow("bad port") << QStringLiteral("postgresql://u@host:notaport/db")
                                  << QStringLiteral("Invalid database URL");
        QTest::newRow("password") << QStringLiteral("postgresql://u:hunter2@host/db")
                                  << QStringLiteral("must not contain a password");
        QTest::newRow("bad sslmode") << QStringLiteral("postgresql://u@host/db?sslmode=maybe")
                                     << QStringLiteral("sslmode");
        QTest::newRow("unknown option") << QStringLiteral("postgresql://u@host/db?foo=1")
                                        << QStringLiteral("unknown option");
    }

    void rejectsMalformed()
    {
        QFETCH(QString, text);
        QFETCH(QString, expectedFragment);
        try {
            DatabaseUrl::parse(text);
            QFAIL("parse() accepted a malformed URL");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(expectedFragment), qPrintable(error.message()));
            QVERIFY2(!error.message().contains(QLatin1String("hunter2")), "the error message repeats the password");
        }
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_database_url.moc"
