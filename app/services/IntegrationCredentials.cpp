#include "app/services/IntegrationCredentials.h"

#include "adapters/secrets/SecretStore.h"
#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/IntegrationRepository.h"

namespace garagereg {

QFuture<QString> IntegrationCredentials::store(const Database &database, SecretStore &secrets, const Clock &clock,
                                               qint64 integrationId, const QByteArray &credential)
{
    std::optional<Integration> integration;
    try {
        integration = IntegrationRepository(database, clock).find(integrationId);
    } catch (const Error &error) {
        return QtFuture::makeReadyFuture(error.message());
    }
    if (!integration)
        return QtFuture::makeReadyFuture(tr("There is no integration with id %1.").arg(integrationId));
    const QString ref = integration->secretRef.isEmpty()
                            ? secretKeyFor(database.databaseId(), QStringLiteral("integration"), integrationId)
                            : integration->secretRef;
    return secrets.write(ref, credential).then([&database, &clock, integrationId, ref](const SecretResult &result) {
        if (!result.ok())
            return tr("The credential was not stored: %1").arg(result.errorMessage);
        try {
            IntegrationRepository repository(database, clock);
            std::optional<Integration> stored = repository.find(integrationId);
            if (stored && stored->secretRef != ref) {
                stored->secretRef = ref;
                repository.update(*stored);
            }
            return QString();
        } catch (const Error &error) {
            return tr("The credential was not stored: %1").arg(error.message());
        }
    });
}

} // namespace garagereg
