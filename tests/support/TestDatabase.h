#pragma once

#include "models/storage/Database.h"
#include "models/storage/DatabaseUrl.h"

#include <QTemporaryDir>

#include <memory>

namespace garagereg::test {

// A fresh, empty database on the backend under test, removed afterwards.
// GARAGEREG_TEST_BACKEND chooses it (sqlite, the default, or postgresql). For
// PostgreSQL, GARAGEREG_TEST_PG_URL names a server and maintenance database
// (postgresql://postgres@127.0.0.1:55432/postgres) and GARAGEREG_TEST_PG_PASSWORD
// its password; scripts/test.sh sets both. Each TestDatabase gets its own
// database on that server, so tests can run in parallel.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    static Backend backendUnderTest();
    static QString backendName();
    // The PostgreSQL server of the test run; throws when it is not configured.
    static DatabaseUrl postgresServerUrl();
    static QString postgresPassword();

    const DatabaseUrl &url() const { return m_url; }
    QString password() const { return m_password; }

    // Connected and migrated to the latest schema.
    std::unique_ptr<Database> open() const { return Database::open(m_url, m_password); }
    // Connected only.
    std::unique_ptr<Database> connect() const { return Database::connect(m_url, m_password); }

private:
    QTemporaryDir m_folder;
    DatabaseUrl m_url;
    QString m_password;
    QString m_postgresDatabaseName;
};

} // namespace garagereg::test
