#pragma once

#include "models/common/HttpHeaders.h"
#include "models/domain/WebhookSubscription.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace garagereg {

// The wire format of ../shared/design/webhooks.md.
class WebhookRequest
{
public:
    static QByteArray userAgent() { return QByteArrayLiteral("GarageReg-Webhook/2.0"); }

    // The envelope, keys in the documented order:
    // {"event_id", "event_type", "occurred_at", "organization_id", "entity_id", "data"}.
    // Empty organization or entity ids are sent as null.
    static QByteArray envelope(const QString &eventId, const QString &eventType, const QDateTime &occurredAt,
                               const QString &organizationId, const QString &entityId, const QJsonObject &data);

    // Every header of one attempt, signed with each of `secrets` (the current
    // one first; more than one only during a Standard Webhooks rotation).
    // Throws garagereg::Error when a secret does not suit the scheme.
    static HttpHeaders headers(SignatureScheme scheme, const QString &signatureHeader, const QString &eventType,
                               const QString &requestId, qint64 timestamp, const QByteArray &body,
                               const QList<QByteArray> &secrets);
};

} // namespace garagereg
