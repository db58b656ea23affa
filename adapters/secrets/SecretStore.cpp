#include "adapters/secrets/SecretStore.h"

namespace garagereg {

QString secretKeyFor(const QString &databaseId, const QString &objectKind, qint64 objectId)
{
    return databaseId + QLatin1Char('/') + objectKind + QLatin1Char('/') + QString::number(objectId);
}

} // namespace garagereg
