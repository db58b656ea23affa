#pragma once

#include "models/domain/WebhookSubscription.h"
#include "models/storage/DeliveryRepository.h"
#include "models/storage/WebhookSubscriptionRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

namespace garagereg {

class Clock;
class Database;

struct TriggeredEvent
{
    qint64 id = 0;
    QString eventUuid;
    QStringList requestIds; // one per receiving subscription
};

// Raises events: validates them, stores each with one delivery per matching
// active subscription in one transaction, and says that work has arrived.
class WebhookEventService : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype maxPayloadBytes = 1024 * 1024;

    WebhookEventService(const Database &database, const Clock &clock, QObject *parent = nullptr);

    // Throws garagereg::Error for an unknown type or a bad payload; nothing is stored then.
    TriggeredEvent trigger(const QString &eventType, const QJsonObject &payload, const QString &organizationId = {},
                           const QString &entityId = {});
    // The subscriptions an event would reach, without storing anything.
    QList<WebhookSubscription> recipients(const QString &eventType, const QJsonObject &payload,
                                          const QString &organizationId) const;

    // Parses payload text: a JSON object of at most maxPayloadBytes. Throws garagereg::Error.
    static QJsonObject parsePayload(const QByteArray &text);

signals:
    void deliveriesQueued();

private:
    const Clock &m_clock;
    // Kept for the service's life: their statements stay prepared between events.
    WebhookSubscriptionRepository m_subscriptions;
    DeliveryRepository m_deliveries;
};

} // namespace garagereg
