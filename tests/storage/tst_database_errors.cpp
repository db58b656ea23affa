#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/DatabaseInspector.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace garagereg;
using garagereg::test::TestDatabase;

// Bad input gives one clear error naming the problem and never damages a database.
class TestDatabaseErrors : public QObject
{
    Q_OBJECT

private:
    static QString openError(const DatabaseUrl &url, const QString &password = {})
    {
        try {
            Database::open(url, password);
        } catch (const Error &error) {
            return error.message();
        }
        return {};
    }

    QTemporaryDir m_folder;

private slots:
    void corruptSqliteFileIsRefusedUntouched()
    {
        const QString path = m_folder.filePath(QStringLiteral("corrupt.db"));
        QByteArray garbage("This is not an SQLite database, just a text file that someone renamed.\n");
        garbage = garbage.repeated(200);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        const QString message = openError(DatabaseUrl::sqliteFile(path));
        QVERIFY2(message.contains(path) && message.contains(QLatin1String("damaged")), qPrintable(message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void truncatedSqliteFileIsRefusedUntouched()
    {
        // A real database cut in half, as after a failed copy.
        const QString source = m_folder.filePath(QStringLiteral("whole.db"));
        Database::open(DatabaseUrl::sqliteFile(source)).reset();
        QFile whole(source);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QByteArray half = bytes.left(bytes.size() / 2);
        const QString path = m_folder.filePath(QStringLiteral("half.db"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(half);
        }
        QVERIFY(!openError(DatabaseUrl::sqliteFile(path)).isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), half);
    }

    void folderInsteadOfFile()
    {
        const QString message = openError(DatabaseUrl::sqliteFile(m_folder.path()));
        QVERIFY2(message.contains(QLatin1String("is a folder")), qPrintable(message));
    }

    void missingFolder()
    {
        const QString path = m_folder.filePath(QStringLiteral("no/such/folder/x.db"));
        const QString message = openError(DatabaseUrl::sqliteFile(path));
        QVERIFY2(message.contains(QLatin1String("does not exist")), qPrintable(message));
        QVERIFY(!QFile::exists(path));
    }

    void unreachablePostgreSql()
    {
        // A port that was just free: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const DatabaseUrl url = DatabaseUrl::parse(
            QStringLiteral("postgresql://garagereg@127.0.0.1:%1/garagereg?connect_timeout=5").arg(port));
        const QString message = openError(url, QStringLiteral("irrelevant-secret"));
        QVERIFY2(message.contains(QLatin1String("Cannot connect to PostgreSQL at")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("irrelevant-secret")), qPrintable(message));
    }

    void wrongPostgreSqlPassword()
    {
        const DatabaseUrl server = TestDatabase::postgresServerUrl();
        const QString wrong = QStringLiteral("definitely-wrong-password");
        const QString message = openError(server, wrong);
        QVERIFY2(message.contains(QLatin1String("password authentication failed")), qPrintable(message));
        QVERIFY2(!message.contains(wrong), qPrintable(message));
    }

    void unknownPostgreSqlDatabase()
    {
        const DatabaseUrl url = TestDatabase::postgresServerUrl().withDatabaseName(
            QStringLiteral("no_such_database_here"));
        const QString message = openError(url, TestDatabase::postgresPassword());
        QVERIFY2(message.contains(QLatin1String("no_such_database_here")), qPrintable(message));
    }

    void postgreSqlWorksWithTheRightPassword()
    {
        const auto database = Database::connect(TestDatabase::postgresServerUrl(), TestDatabase::postgresPassword());
        QVERIFY(database->connection().isOpen());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseErrors)
#include "tst_database_errors.moc"
