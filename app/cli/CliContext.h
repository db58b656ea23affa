#pragma once

#include "models/common/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace garagereg {

class Clock;
class Database;
class SecretStore;
class TeamSecretStore;

// Exit codes of garagereg-integrations-cli.
enum ExitCode { ExitSuccess = 0, ExitRuntimeError = 1, ExitUsageError = 2 };

// Thrown for a malformed command line; turns into exit code 2.
struct UsageError
{
    QString message;
};

struct CliOption
{
    QString name;
    QString valueName; // empty for a flag
    QString description;
};

class CliContext;

// One command of the tool: the words that name it ("subscription add"), its
// options, how many arguments follow the words, and what it does.
struct CliCommand
{
    QStringList words;
    QString argumentsSyntax; // e.g. "ID active|inactive"
    QString summary;
    QList<CliOption> options;
    int minArguments = 0;
    int maxArguments = 0;
    std::function<int(CliContext &)> run;
};

// What a command gets to work with: its parsed options and arguments, the
// streams, the environment and the services, all created once per run.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(const QCommandLineParser &parser, QStringList arguments, QTextStream &out, QTextStream &err,
               QProcessEnvironment environment, SecretStore &secrets, const Clock &clock, QString databaseOption);
    ~CliContext();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    const QProcessEnvironment &environment() const { return m_environment; }
    // The database's secrets (TeamSecretStore: the keychain, or the database's
    // encrypted secrets in team mode); opens the database.
    SecretStore &secrets();
    TeamSecretStore &teamSecrets();
    // This machine's keychain itself, for what never goes into the database (its password).
    SecretStore &keychain() { return m_secrets; }
    const Clock &clock() const { return m_clock; }
    const QString &databaseOption() const { return m_databaseOption; }

    // Opened (and migrated) on first use.
    Database &database();

    const QStringList &arguments() const { return m_arguments; }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    // The option's value, or a usage error naming it when it is missing.
    QString requiredValue(const QString &option) const;

    // Parsers that throw UsageError with a message naming the option or argument.
    qint64 idArgument(int index, const QString &what) const;
    // A required option holding a positive id.
    qint64 idOption(const QString &option) const;
    std::optional<int> intOption(const QString &option, int minimum, int maximum) const;
    QStringList listOption(const QString &option) const;
    QList<int> intListOption(const QString &option, int minimum, int maximum) const;
    std::optional<QDateTime> timeOption(const QString &option) const;
    // Reads the secret from the environment variable named by `option`; empty when
    // the option is not given. Secrets are never taken from the command line.
    QByteArray secretFromEnvironment(const QString &option) const;
    // The option's text, or the contents of the file when it is "@path".
    QByteArray textOrFile(const QString &option) const;

    void printJson(const QJsonValue &value);
    // One "key: value" line per field, for people; arrays and objects compact.
    void printFields(const QJsonObject &fields);

private:
    const QCommandLineParser &m_parser;
    QStringList m_arguments;
    QTextStream &m_out;
    QTextStream &m_err;
    QProcessEnvironment m_environment;
    SecretStore &m_secrets;
    const Clock &m_clock;
    QString m_databaseOption;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TeamSecretStore> m_teamSecrets;
};

// Reads one line from stdin without echoing it when stdin is a terminal: how
// secrets get in without a command line (argv is readable by every local user).
QString readSecretLine();

// "active" or "inactive" as a bool, else a UsageError.
bool parseActiveWord(const QString &word);

// The command groups, one file each.
QList<CliCommand> databaseCommands();
QList<CliCommand> integrationCommands();
QList<CliCommand> subscriptionCommands();
QList<CliCommand> eventCommands();
QList<CliCommand> deliveryCommands();
QList<CliCommand> workerCommands();
QList<CliCommand> endpointCommands();
QList<CliCommand> partCommands();
QList<CliCommand> erpCommands();
QList<CliCommand> tokenCommands();
QList<CliCommand> teamKeyCommands();
QList<CliCommand> policyCommands();

} // namespace garagereg
