#include "app/cli/CliApplication.h"

#include "adapters/secrets/KeychainSecretStore.h"
#include "app/services/DatabaseSetup.h"
#include "models/common/AwaitFuture.h"
#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/DatabaseInspector.h"
#include "models/storage/Migrator.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace garagereg {

namespace {

QString backendName(Backend backend)
{
    return backend == Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

// Reads one line from stdin without echoing it when stdin is a terminal.
QString readSecretLine()
{
#ifdef Q_OS_UNIX
    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
#endif
    QTextStream in(stdin);
    const QString line = in.readLine();
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputc('\n', stderr);
    }
#endif
    return line;
}

} // namespace

CliApplication::CliApplication()
    : m_out(stdout)
    , m_err(stderr)
    , m_environment(QProcessEnvironment::systemEnvironment())
    , m_secrets(std::make_unique<KeychainSecretStore>())
{
}

CliApplication::~CliApplication() = default;

QString CliApplication::helpText() const
{
    return tr("Usage: garagereg-integrations-cli [options] <command>\n"
              "\n"
              "GarageReg Integrations command line tool and headless worker.\n"
              "\n"
              "Commands:\n"
              "  db migrate        Create or upgrade the database schema.\n"
              "  db info           Show the backend, location, schema version and row counts.\n"
              "  db set-password   Store the PostgreSQL password in the keychain (read from stdin).\n"
              "\n"
              "Options:\n"
              "  --database <url>  sqlite:///absolute/path.db or postgresql://user@host:port/dbname\n"
              "                    (default: $GARAGEREG_DATABASE, else the per-user SQLite file).\n"
              "  --json            Machine-readable output where supported.\n"
              "  -h, --help        Show this help.\n"
              "  -v, --version     Show the version.\n"
              "\n"
              "Exit codes: 0 success, 1 runtime error, 2 usage error.\n");
}

int CliApplication::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version."));
    const QCommandLineOption databaseOption(QStringLiteral("database"), tr("Database URL."), QStringLiteral("url"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Machine-readable output."));
    parser.addOptions({helpOption, versionOption, databaseOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."));

    try {
        if (!parser.parse(arguments))
            throw UsageError{parser.errorText()};
        if (parser.isSet(helpOption)) {
            m_out << helpText();
            return ExitSuccess;
        }
        if (parser.isSet(versionOption)) {
            m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
            return ExitSuccess;
        }
        m_databaseOption = parser.value(databaseOption);
        if (parser.isSet(databaseOption) && m_databaseOption.trimmed().isEmpty())
            throw UsageError{tr("--database needs a URL.")};
        m_json = parser.isSet(jsonOption);
        return dispatch(parser.positionalArguments());
    } catch (const UsageError &error) {
        m_err << tr("error: %1").arg(error.message) << '\n'
              << tr("Run \"garagereg-integrations-cli --help\" for usage.") << '\n';
        return ExitUsageError;
    } catch (const Error &error) {
        m_err << tr("error: %1").arg(error.message()) << '\n';
        return ExitRuntimeError;
    }
}

int CliApplication::dispatch(const QStringList &commandWords)
{
    if (commandWords.isEmpty())
        throw UsageError{tr("no command given.")};
    const QString group = commandWords.first();
    if (group == QLatin1String("db"))
        return runDb(commandWords.mid(1));
    throw UsageError{tr("unknown command \"%1\".").arg(group)};
}

int CliApplication::runDb(const QStringList &words)
{
    if (words.size() != 1)
        throw UsageError{tr("\"db\" needs exactly one of: migrate, info, set-password.")};
    const QString action = words.first();
    if (action == QLatin1String("migrate"))
        return dbMigrate();
    if (action == QLatin1String("info"))
        return dbInfo();
    if (action == QLatin1String("set-password"))
        return dbSetPassword();
    throw UsageError{tr("unknown db command \"%1\" (use migrate, info or set-password).").arg(action)};
}

DatabaseUrl CliApplication::databaseUrl() const
{
    return resolveDatabaseUrl(m_databaseOption, m_environment);
}

std::unique_ptr<Database> CliApplication::openDatabase()
{
    const DatabaseUrl url = databaseUrl();
    const DatabasePassword password = awaitFuture(lookUpDatabasePassword(*m_secrets, url, m_environment));
    try {
        return Database::open(url, password.password);
    } catch (const Error &error) {
        if (password.missingReason.isEmpty())
            throw;
        throw Error(error.message() + QLatin1Char(' ') + password.missingReason);
    }
}

int CliApplication::dbMigrate()
{
    const auto database = openDatabase(); // opening migrates
    const int version = Migrator(*database).currentVersion();
    if (m_json) {
        const QJsonObject result{{QStringLiteral("database"), database->url().toString()},
                                 {QStringLiteral("schema_version"), version}};
        m_out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    } else {
        m_out << tr("%1 is at schema version %2.").arg(database->url().toString()).arg(version) << '\n';
    }
    return ExitSuccess;
}

int CliApplication::dbInfo()
{
    const auto database = openDatabase();
    const DatabaseInspector inspector(*database);
    const DatabaseUrl &url = database->url();
    const QList<TableRowCount> counts = inspector.tableRowCounts();
    const QString location = url.isSqlite() ? url.filePath()
                                            : QStringLiteral("%1@%2:%3/%4").arg(url.userName(), url.host(),
                                                                                 QString::number(url.port()),
                                                                                 url.databaseName());
    if (m_json) {
        QJsonObject tables;
        for (const TableRowCount &count : counts)
            tables.insert(count.table, count.rows);
        const QJsonObject info{
            {QStringLiteral("backend"), backendName(url.backend())},
            {QStringLiteral("url"), url.toString()},
            {QStringLiteral("location"), location},
            {QStringLiteral("database_id"), database->databaseId()},
            {QStringLiteral("schema_version"), inspector.schemaVersion()},
            {QStringLiteral("latest_schema_version"), latestSchemaVersion()},
            {QStringLiteral("tables"), tables},
        };
        m_out << QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    m_out << tr("Backend:        %1").arg(backendName(url.backend())) << '\n'
          << tr("Location:       %1").arg(location) << '\n'
          << tr("Database id:    %1").arg(database->databaseId()) << '\n'
          << tr("Schema version: %1 (latest known: %2)").arg(inspector.schemaVersion()).arg(latestSchemaVersion()) << '\n'
          << tr("Rows per table:") << '\n';
    for (const TableRowCount &count : counts)
        m_out << QStringLiteral("  %1 %2").arg(count.table, -24).arg(count.rows) << '\n';
    return ExitSuccess;
}

int CliApplication::dbSetPassword()
{
    const DatabaseUrl url = databaseUrl();
    if (url.isSqlite())
        throw UsageError{tr("an SQLite database has no password; db set-password is for PostgreSQL.")};
    m_err << tr("Password for %1: ").arg(url.toString());
    m_err.flush();
    const QString password = readSecretLine();
    if (password.isEmpty())
        throw Error(tr("No password was given; nothing was stored."));
    const SecretResult result = awaitFuture(m_secrets->write(url.passwordSecretKey(), password.toUtf8()));
    if (!result.ok())
        throw Error(result.errorMessage);
    m_out << tr("The password for %1 is stored in the keychain.").arg(url.toString()) << '\n';
    return ExitSuccess;
}

} // namespace garagereg
