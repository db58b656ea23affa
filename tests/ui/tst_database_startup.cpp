#include "tests/support/InMemorySecretStore.h"
#include "tests/ui/GuiTestMain.h"
#include "ui/DatabaseStartup.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace garagereg;
using garagereg::test::InMemorySecretStore;

// The desktop application's start-up: which database it opens, and the clear
// message (instead of a crash or a damaged file) when it cannot.
class TestDatabaseStartup : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment environment(const QString &database = {})
    {
        QProcessEnvironment environment;
        if (!database.isEmpty())
            environment.insert(QStringLiteral("GARAGEREG_DATABASE"), database);
        return environment;
    }

    QTemporaryDir m_folder;
    InMemorySecretStore m_secrets;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_folder.isValid()); }

    void opensAndMigratesTheChosenDatabase()
    {
        const QString path = m_folder.filePath(QStringLiteral("chosen.db"));
        const StartupDatabase startup = DatabaseStartup::open(QStringLiteral("sqlite://") + path, environment(),
                                                              m_secrets);
        QVERIFY2(startup.ok(), qPrintable(startup.errorText));
        QVERIFY(startup.errorText.isEmpty());
        QCOMPARE(startup.database->url().filePath(), path);
        QVERIFY(!startup.database->databaseId().isEmpty());
    }

    void optionWinsOverTheEnvironment()
    {
        const QString fromOption = m_folder.filePath(QStringLiteral("option.db"));
        const QString fromEnvironment = m_folder.filePath(QStringLiteral("environment.db"));
        StartupDatabase startup = DatabaseStartup::open(QStringLiteral("sqlite://") + fromOption,
                                                        environment(QStringLiteral("sqlite://") + fromEnvironment),
                                                        m_secrets);
        QVERIFY2(startup.ok(), qPrintable(startup.errorText));
        QCOMPARE(startup.database->url().filePath(), fromOption);

        startup = DatabaseStartup::open({}, environment(QStringLiteral("sqlite://") + fromEnvironment), m_secrets);
        QVERIFY2(startup.ok(), qPrintable(startup.errorText));
        QCOMPARE(startup.database->url().filePath(), fromEnvironment);
    }

    void malformedUrlGivesAClearMessage_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("unknown scheme") << QStringLiteral("mysql://user@host/db");
        QTest::newRow("relative sqlite path") << QStringLiteral("sqlite://garagereg.db");
        QTest::newRow("postgresql without user") << QStringLiteral("postgresql://127.0.0.1:5432/garagereg");
        QTest::newRow("password in url") << QStringLiteral("postgresql://user:secret@127.0.0.1/garagereg");
    }

    void malformedUrlGivesAClearMessage()
    {
        QFETCH(QString, url);
        const StartupDatabase startup = DatabaseStartup::open(url, environment(), m_secrets);
        QVERIFY(!startup.ok());
        QVERIFY(!startup.errorText.isEmpty());
        QVERIFY2(!startup.errorText.contains(QLatin1String("secret")), qPrintable(startup.errorText));
        // One line naming the URL or what is wrong with it.
        QVERIFY2(startup.errorText.contains(url) || startup.errorText.contains(QLatin1String("password")),
                 qPrintable(startup.errorText));
        const QString dialogText = DatabaseStartup::errorMessage(startup.errorText);
        QVERIFY(dialogText.contains(startup.errorText));
        QVERIFY(dialogText.contains(QLatin1String("--database")));
        QVERIFY(!DatabaseStartup::errorTitle().isEmpty());
    }

    void malformedEnvironmentVariableGivesAClearMessage()
    {
        const StartupDatabase startup = DatabaseStartup::open({}, environment(QStringLiteral("not a url")), m_secrets);
        QVERIFY(!startup.ok());
        QVERIFY2(startup.errorText.contains(QLatin1String("not a url")), qPrintable(startup.errorText));
    }

    void corruptSqliteFileIsRefusedAndLeftUnchanged()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(QStringLiteral("corrupt.db"));
        const QByteArray garbage = QByteArray("Not an SQLite database: a renamed text file.\n").repeated(300);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(garbage), garbage.size());
        }

        const StartupDatabase startup = DatabaseStartup::open(QStringLiteral("sqlite://") + path, environment(),
                                                              m_secrets);
        QVERIFY(!startup.ok());
        QVERIFY2(startup.errorText.contains(path), qPrintable(startup.errorText));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
        // Nothing was created next to it either (no journal, no WAL).
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("corrupt.db")});
    }

    void missingFolderGivesAClearMessage()
    {
        const QString path = m_folder.filePath(QStringLiteral("no/such/folder/garagereg.db"));
        const StartupDatabase startup = DatabaseStartup::open(QStringLiteral("sqlite://") + path, environment(),
                                                              m_secrets);
        QVERIFY(!startup.ok());
        QVERIFY2(startup.errorText.contains(path), qPrintable(startup.errorText));
        QVERIFY(!QFile::exists(path));
    }

    // A server that cannot be reached, and no password anywhere: the message
    // says both, so the user knows to store one.
    void unreachablePostgresqlMentionsTheMissingPassword()
    {
        quint16 port = 0;
        {
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost));
            port = server.serverPort();
        } // closed again: connecting is refused
        const QString url = QStringLiteral("postgresql://garagereg@127.0.0.1:%1/garagereg?connect_timeout=2").arg(port);
        const StartupDatabase startup = DatabaseStartup::open(url, environment(), m_secrets);
        QVERIFY(!startup.ok());
        QVERIFY2(startup.errorText.contains(QLatin1String("127.0.0.1")), qPrintable(startup.errorText));
        QVERIFY2(startup.errorText.contains(QLatin1String("set-password")), qPrintable(startup.errorText));
    }
};

GARAGEREG_GUI_TEST_MAIN(TestDatabaseStartup)
#include "tst_database_startup.moc"
