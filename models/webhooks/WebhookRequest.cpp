#include "models/webhooks/WebhookRequest.h"

#include "models/webhooks/WebhookSignature.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace garagereg {

namespace {

// A single JSON value in compact form (QJsonDocument only writes arrays and objects).
QByteArray jsonValue(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QByteArray WebhookRequest::envelope(const QString &eventId, const QString &eventType, const QDateTime &occurredAt,
                                    const QString &organizationId, const QString &entityId, const QJsonObject &data)
{
    return QByteArrayLiteral("{\"event_id\":") + jsonValue(eventId) + QByteArrayLiteral(",\"event_type\":")
           + jsonValue(eventType) + QByteArrayLiteral(",\"occurred_at\":")
           + jsonValue(occurredAt.toUTC().toString(Qt::ISODate)) + QByteArrayLiteral(",\"organization_id\":")
           + jsonValue(stringOrNull(organizationId)) + QByteArrayLiteral(",\"entity_id\":")
           + jsonValue(stringOrNull(entityId)) + QByteArrayLiteral(",\"data\":")
           + QJsonDocument(data).toJson(QJsonDocument::Compact) + '}';
}

HttpHeaders WebhookRequest::headers(SignatureScheme scheme, const QString &signatureHeader, const QString &eventType,
                                    const QString &requestId, qint64 timestamp, const QByteArray &body,
                                    const QList<QByteArray> &secrets)
{
    HttpHeaders headers{{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                        {QByteArrayLiteral("User-Agent"), userAgent()}};
    const QByteArray time = QByteArray::number(timestamp);
    if (scheme == SignatureScheme::StandardWebhooks) {
        headers.append({QByteArrayLiteral("webhook-id"), requestId.toUtf8()});
        headers.append({QByteArrayLiteral("webhook-timestamp"), time});
        headers.append({QByteArrayLiteral("webhook-signature"),
                        WebhookSignature::standardWebhooks(secrets, requestId, timestamp, body)});
        return headers;
    }
    headers.append({QByteArrayLiteral("X-GarageReg-Event"), eventType.toUtf8()});
    headers.append({QByteArrayLiteral("X-GarageReg-Request-ID"), requestId.toUtf8()});
    headers.append({QByteArrayLiteral("X-GarageReg-Timestamp"), time});
    headers.append({signatureHeader.toLatin1(), WebhookSignature::garageReg(secrets.value(0), body)});
    return headers;
}

} // namespace garagereg
