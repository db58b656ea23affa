#include "app/services/DatabaseSetup.h"

#include "adapters/secrets/SecretStore.h"
#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/DatabaseInspector.h"
#include "models/storage/Migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace garagereg {

DatabaseUrl resolveDatabaseUrl(const QString &option, const QProcessEnvironment &environment)
{
    if (!option.trimmed().isEmpty())
        return DatabaseUrl::parse(option);
    const QString fromEnvironment = environment.value(QStringLiteral("GARAGEREG_DATABASE"));
    if (!fromEnvironment.trimmed().isEmpty())
        return DatabaseUrl::parse(fromEnvironment);

    DatabaseUrl url = DatabaseUrl::defaultSqlite();
    QDir().mkpath(QFileInfo(url.filePath()).absolutePath());
    return url;
}

QFuture<DatabasePassword> lookUpDatabasePassword(SecretStore &secrets, const DatabaseUrl &url,
                                                 const QProcessEnvironment &environment)
{
    if (url.isSqlite())
        return QtFuture::makeReadyFuture(DatabasePassword{});
    if (environment.contains(QStringLiteral("PGPASSWORD")))
        return QtFuture::makeReadyFuture(DatabasePassword{environment.value(QStringLiteral("PGPASSWORD")), {}});

    return secrets.read(url.passwordSecretKey()).then([](const SecretResult &result) {
        if (result.ok())
            return DatabasePassword{QString::fromUtf8(result.value), {}};
        if (result.status == SecretStatus::NotFound)
            return DatabasePassword{
                {},
                QCoreApplication::translate("DatabaseSetup",
                                            "No password is stored for this database: store one with "
                                            "\"garagereg-integrations-cli db set-password\" or set PGPASSWORD.")};
        return DatabasePassword{{}, result.errorMessage};
    });
}

QString checkDatabaseConnection(const DatabaseUrl &url, const QString &password)
{
    if (url.isSqlite()) {
        const QFileInfo file(url.filePath());
        if (!file.exists()) {
            const QFileInfo folder(file.absolutePath());
            if (!folder.isDir() || !folder.isWritable())
                throw Error(
                    QCoreApplication::translate("DatabaseSetup", "The folder %1 does not exist or cannot be written.")
                        .arg(file.absolutePath()));
            return QCoreApplication::translate(
                "DatabaseSetup", "The file does not exist yet: it will be created with the GarageReg schema.");
        }
    }
    const std::unique_ptr<Database> database = Database::connect(url, password);
    const int version = DatabaseInspector(*database).schemaVersion();
    if (version == 0)
        return QCoreApplication::translate("DatabaseSetup",
                                           "Connected. The database is empty: it will be set up when it is opened.");
    if (version > latestSchemaVersion())
        return QCoreApplication::translate(
                   "DatabaseSetup",
                   "Connected, but the database has schema version %1, newer than this application knows (%2): "
                   "update the application first.")
            .arg(version)
            .arg(latestSchemaVersion());
    return QCoreApplication::translate("DatabaseSetup", "Connected. GarageReg database, schema version %1.").arg(version);
}

} // namespace garagereg
