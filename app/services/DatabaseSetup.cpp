#include "app/services/DatabaseSetup.h"

#include "adapters/secrets/SecretStore.h"

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

} // namespace garagereg
