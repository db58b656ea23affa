#include "app/cli/CliContext.h"

#include "adapters/secrets/SecretStore.h"
#include "app/services/DatabaseSetup.h"
#include "models/common/AwaitFuture.h"
#include "models/storage/Database.h"
#include "models/storage/DatabaseInspector.h"
#include "models/storage/Migrator.h"

#include <QJsonObject>

namespace garagereg {

namespace {

class DatabaseCommands
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommands)

public:
    static QList<CliCommand> commands();
    static int migrate(CliContext &context);
    static int info(CliContext &context);
    static int setPassword(CliContext &context);
};

QString backendName(Backend backend)
{
    return backend == Backend::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
}

int DatabaseCommands::migrate(CliContext &context)
{
    const Database &database = context.database(); // opening migrates
    const int version = Migrator(database).currentVersion();
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("database"), database.url().toString()},
                                      {QStringLiteral("schema_version"), version}});
    } else {
        context.out() << tr("%1 is at schema version %2.").arg(database.url().toString()).arg(version) << '\n';
    }
    return ExitSuccess;
}

int DatabaseCommands::info(CliContext &context)
{
    const Database &database = context.database();
    const DatabaseInspector inspector(database);
    const DatabaseUrl &url = database.url();
    const QList<TableRowCount> counts = inspector.tableRowCounts();
    const QString location = url.isSqlite() ? url.filePath()
                                            : QStringLiteral("%1@%2:%3/%4")
                                                  .arg(url.userName(), url.host(), QString::number(url.port()),
                                                       url.databaseName());
    if (context.json()) {
        QJsonObject tables;
        for (const TableRowCount &count : counts)
            tables.insert(count.table, count.rows);
        context.printJson(QJsonObject{
            {QStringLiteral("backend"), backendName(url.backend())},
            {QStringLiteral("url"), url.toString()},
            {QStringLiteral("location"), location},
            {QStringLiteral("database_id"), database.databaseId()},
            {QStringLiteral("schema_version"), inspector.schemaVersion()},
            {QStringLiteral("latest_schema_version"), latestSchemaVersion()},
            {QStringLiteral("tables"), tables},
        });
        return ExitSuccess;
    }
    QTextStream &out = context.out();
    out << tr("Backend:        %1").arg(backendName(url.backend())) << '\n'
        << tr("Location:       %1").arg(location) << '\n'
        << tr("Database id:    %1").arg(database.databaseId()) << '\n'
        << tr("Schema version: %1 (latest known: %2)").arg(inspector.schemaVersion()).arg(latestSchemaVersion()) << '\n'
        << tr("Rows per table:") << '\n';
    for (const TableRowCount &count : counts)
        out << QStringLiteral("  %1 %2").arg(count.table, -24).arg(count.rows) << '\n';
    return ExitSuccess;
}

int DatabaseCommands::setPassword(CliContext &context)
{
    const DatabaseUrl url = resolveDatabaseUrl(context.databaseOption(), context.environment());
    if (url.isSqlite())
        throw UsageError{tr("an SQLite database has no password; db set-password is for PostgreSQL.")};
    context.err() << tr("Password for %1: ").arg(url.toString());
    context.err().flush();
    const QString password = readSecretLine();
    if (password.isEmpty())
        throw Error(tr("No password was given; nothing was stored."));
    const SecretResult result = awaitFuture(context.keychain().write(url.passwordSecretKey(), password.toUtf8()));
    if (!result.ok())
        throw Error(result.errorMessage);
    context.out() << tr("The password for %1 is stored in the keychain.").arg(url.toString()) << '\n';
    return ExitSuccess;
}

QList<CliCommand> DatabaseCommands::commands()
{
    return {
        {{QStringLiteral("db"), QStringLiteral("migrate")},
         {},
         tr("Create or upgrade the database schema."),
         {},
         0,
         0,
         migrate},
        {{QStringLiteral("db"), QStringLiteral("info")},
         {},
         tr("Show the backend, location, schema version and row counts."),
         {},
         0,
         0,
         info},
        {{QStringLiteral("db"), QStringLiteral("set-password")},
         {},
         tr("Store the PostgreSQL password in the keychain (read from stdin, never from the command line)."),
         {},
         0,
         0,
         setPassword},
    };
}

} // namespace

QList<CliCommand> databaseCommands()
{
    return DatabaseCommands::commands();
}

} // namespace garagereg
