#pragma once

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace garagereg {

class Database;
class DatabaseUrl;
class SecretStore;

// Exit codes of garagereg-integrations-cli.
enum ExitCode { ExitSuccess = 0, ExitRuntimeError = 1, ExitUsageError = 2 };

// Thrown for a malformed command line; turns into exit code 2.
struct UsageError
{
    QString message;
};

// garagereg-integrations-cli: parses the command line, runs one command and
// returns its exit code. Errors are one line on stderr and never contain secrets.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    ~CliApplication();

    int run(const QStringList &arguments);

private:
    int dispatch(const QStringList &commandWords);
    int runDb(const QStringList &words);
    int dbMigrate();
    int dbInfo();
    int dbSetPassword();

    DatabaseUrl databaseUrl() const;
    std::unique_ptr<Database> openDatabase();

    QString helpText() const;

    QTextStream m_out;
    QTextStream m_err;
    QProcessEnvironment m_environment;
    std::unique_ptr<SecretStore> m_secrets;
    QString m_databaseOption;
    bool m_json = false;
};

} // namespace garagereg
