#pragma once

#include <QCoreApplication>
#include <QString>

namespace garagereg {

enum class Backend { Sqlite, PostgreSql };

// Where the database lives: `sqlite:///absolute/path.db` or
// `postgresql://user@host:port/dbname[?sslmode=...&connect_timeout=...]`.
// A password is never part of the URL: it comes from the keychain or PGPASSWORD.
class DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    // Throws garagereg::Error with a message naming what is wrong.
    static DatabaseUrl parse(const QString &text);
    static DatabaseUrl sqliteFile(const QString &absolutePath);
    // The per-user default: <AppDataLocation>/garagereg.db.
    static DatabaseUrl defaultSqlite();

    Backend backend() const { return m_backend; }
    bool isSqlite() const { return m_backend == Backend::Sqlite; }

    // SQLite
    const QString &filePath() const { return m_filePath; }

    // PostgreSQL
    const QString &host() const { return m_host; }
    int port() const { return m_port; }
    const QString &userName() const { return m_userName; }
    const QString &databaseName() const { return m_databaseName; }
    const QString &sslMode() const { return m_sslMode; }
    int connectTimeoutSeconds() const { return m_connectTimeoutSeconds; }

    // The canonical form; safe to print (holds no password).
    QString toString() const;
    // The keychain key under which this server's password is kept.
    QString passwordSecretKey() const;

    // A copy naming another database on the same PostgreSQL server.
    DatabaseUrl withDatabaseName(const QString &name) const;

    friend bool operator==(const DatabaseUrl &, const DatabaseUrl &) = default;

private:
    static DatabaseUrl parsePostgreSql(const QString &text);

    Backend m_backend = Backend::Sqlite;
    QString m_filePath;
    QString m_host;
    int m_port = 5432;
    QString m_userName;
    QString m_databaseName;
    QString m_sslMode;
    int m_connectTimeoutSeconds = 10;
};

} // namespace garagereg
