#pragma once

#include "models/common/HttpHeaders.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace garagereg {

enum class DeliveryStatus { Pending, Retrying, Delivered, Failed, Expired };
QString deliveryStatusName(DeliveryStatus status);
// The status for people, translated ("Delivered", "Kézbesítve").
QString deliveryStatusTitle(DeliveryStatus status);
std::optional<DeliveryStatus> deliveryStatusFromName(const QString &name);

// Something that happened in GarageReg, as stored when it was triggered.
struct WebhookEvent
{
    qint64 id = 0;
    QString eventUuid;
    QString eventType;
    QJsonObject payload;
    QByteArray body; // the envelope, exactly as sent
    QString organizationId;
    QString entityId;
    QDateTime occurredAt;
    QDateTime createdAt;
};

// One event on its way to one subscription. requestId stays the same on every attempt.
struct Delivery
{
    qint64 id = 0;
    QString requestId;
    qint64 eventId = 0;
    QString eventUuid;
    QString eventType;
    std::optional<qint64> subscriptionId; // empty once the subscription was deleted
    QString endpointUrl;
    DeliveryStatus status = DeliveryStatus::Pending;
    int attemptCount = 0;
    bool manualResend = false; // the next attempt was asked for by a person
    QDateTime nextAttemptAt;
    QDateTime firstAttemptAt;
    QDateTime lastAttemptAt;
    QDateTime completedAt;
    std::optional<int> lastHttpStatus;
    QString lastErrorClass;
    QString lastError;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// One HTTP exchange of a delivery, as support staff see it in the log.
struct DeliveryAttempt
{
    qint64 id = 0;
    qint64 deliveryId = 0;
    int number = 0;
    bool manual = false;
    QDateTime startedAt;
    qint64 durationMs = 0;
    QString url;
    HttpHeaders requestHeaders; // signatures yes, secrets never
    std::optional<int> responseStatus;
    HttpHeaders responseHeaders;
    QByteArray responseBody;
    bool responseTruncated = false;
    QString errorClass; // empty on success
    QString errorMessage;
};

} // namespace garagereg
