#include "tests/support/TestDatabase.h"

#include "models/common/Error.h"
#include "models/storage/SqlQuery.h"

#include <QProcessEnvironment>
#include <QRandomGenerator>

namespace garagereg::test {

Backend TestDatabase::backendUnderTest()
{
    const QString name = qEnvironmentVariable("GARAGEREG_TEST_BACKEND", QStringLiteral("sqlite"));
    if (name == QLatin1String("sqlite"))
        return Backend::Sqlite;
    if (name == QLatin1String("postgresql"))
        return Backend::PostgreSql;
    throw Error(QStringLiteral("GARAGEREG_TEST_BACKEND must be sqlite or postgresql, not \"%1\"").arg(name));
}

QString TestDatabase::backendName()
{
    return backendUnderTest() == Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

DatabaseUrl TestDatabase::postgresServerUrl()
{
    const QString url = qEnvironmentVariable("GARAGEREG_TEST_PG_URL");
    if (url.isEmpty())
        throw Error(QStringLiteral("GARAGEREG_TEST_PG_URL is not set: run the PostgreSQL tests through "
                                   "scripts/test.sh, which starts a throwaway server."));
    return DatabaseUrl::parse(url);
}

QString TestDatabase::postgresPassword()
{
    return qEnvironmentVariable("GARAGEREG_TEST_PG_PASSWORD");
}

TestDatabase::TestDatabase()
{
    if (backendUnderTest() == Backend::Sqlite) {
        if (!m_folder.isValid())
            throw Error(QStringLiteral("cannot create a temporary folder: %1").arg(m_folder.errorString()));
        m_url = DatabaseUrl::sqliteFile(m_folder.filePath(QStringLiteral("test.db")));
        return;
    }
    const DatabaseUrl server = postgresServerUrl();
    m_password = postgresPassword();
    m_postgresDatabaseName = QStringLiteral("garagereg_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    const auto admin = Database::connect(server, m_password);
    execSql(admin->connection(),
            QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(m_postgresDatabaseName));
    m_url = server.withDatabaseName(m_postgresDatabaseName);
}

TestDatabase::~TestDatabase()
{
    if (m_postgresDatabaseName.isEmpty())
        return;
    try {
        const auto admin = Database::connect(postgresServerUrl(), m_password);
        execSql(admin->connection(),
                QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_postgresDatabaseName));
    } catch (const Error &error) {
        qWarning("could not drop test database %s: %s", qPrintable(m_postgresDatabaseName), error.what());
    }
}

} // namespace garagereg::test
