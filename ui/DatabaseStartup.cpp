#include "ui/DatabaseStartup.h"

#include "adapters/secrets/SecretStore.h"
#include "app/services/DatabaseSetup.h"
#include "models/common/AwaitFuture.h"
#include "models/common/Error.h"

namespace garagereg {

StartupDatabase DatabaseStartup::open(const QString &databaseOption, const QProcessEnvironment &environment,
                                      SecretStore &secrets)
{
    StartupDatabase result;
    DatabasePassword password;
    try {
        const DatabaseUrl url = resolveDatabaseUrl(databaseOption, environment);
        // Start-up, before any window exists: the only place the GUI waits for a future.
        password = awaitFuture(lookUpDatabasePassword(secrets, url, environment));
        result.database = Database::open(url, password.password);
    } catch (const Error &error) {
        result.errorText = error.message();
        if (!password.missingReason.isEmpty())
            result.errorText += QLatin1Char(' ') + password.missingReason;
    }
    return result;
}

QString DatabaseStartup::errorTitle()
{
    return tr("GarageReg Integrations");
}

QString DatabaseStartup::errorMessage(const QString &errorText)
{
    return tr("The database could not be opened.") + QStringLiteral("\n\n") + errorText + QStringLiteral("\n\n")
           + tr("Choose another database with --database <url> or the GARAGEREG_DATABASE environment variable.");
}

QString DatabaseStartup::savedDatabaseFailedQuestion(const QString &errorText)
{
    return tr("The database chosen in Settings could not be opened:\n\n%1\n\nOpen the default database on this "
              "computer instead? You can choose again in Settings.")
        .arg(errorText);
}

} // namespace garagereg
