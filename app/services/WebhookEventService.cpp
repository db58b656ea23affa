#include "app/services/WebhookEventService.h"

#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/storage/DeliveryRepository.h"
#include "models/storage/WebhookSubscriptionRepository.h"
#include "models/webhooks/EventFilter.h"
#include "models/webhooks/EventTypes.h"
#include "models/webhooks/WebhookRequest.h"

#include <QJsonDocument>
#include <QUuid>

namespace garagereg {

WebhookEventService::WebhookEventService(const Database &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_subscriptions(database, clock)
    , m_deliveries(database, clock)
{
}

QJsonObject WebhookEventService::parsePayload(const QByteArray &text)
{
    if (text.size() > maxPayloadBytes)
        throw Error(
            tr("The payload is %1 bytes; at most %2 bytes (1 MiB) are allowed.").arg(text.size()).arg(maxPayloadBytes));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        throw Error(tr("The payload is not valid JSON: %1 at offset %2.").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        throw Error(tr("The payload must be a JSON object, such as {\"gate_id\": \"K-12\"}."));
    return document.object();
}

QList<WebhookSubscription> WebhookEventService::recipients(const QString &eventType, const QJsonObject &payload,
                                                           const QString &organizationId) const
{
    QList<WebhookSubscription> matching;
    for (const WebhookSubscription &subscription : m_subscriptions.list()) {
        if (!subscription.active || !subscription.eventTypes.contains(eventType))
            continue;
        // An event of an organization reaches that organization's subscriptions and
        // the ones that belong to none; an event without one reaches only the latter.
        if (!subscription.organizationId.isEmpty() && subscription.organizationId != organizationId)
            continue;
        if (!EventFilter::parse(subscription.eventFilters).matches(payload))
            continue;
        matching << subscription;
    }
    return matching;
}

TriggeredEvent WebhookEventService::trigger(const QString &eventType, const QJsonObject &payload,
                                            const QString &organizationId, const QString &entityId)
{
    EventTypes::requireKnown({eventType});
    const QByteArray payloadText = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    if (payloadText.size() > maxPayloadBytes)
        throw Error(tr("The payload is %1 bytes; at most %2 bytes (1 MiB) are allowed.")
                        .arg(payloadText.size())
                        .arg(maxPayloadBytes));

    WebhookEvent event;
    event.eventUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    event.eventType = eventType;
    event.payload = payload;
    event.organizationId = organizationId;
    event.entityId = entityId;
    event.occurredAt = m_clock.now();
    event.body = WebhookRequest::envelope(event.eventUuid, eventType, event.occurredAt, organizationId, entityId,
                                          payload);

    const QList<WebhookSubscription> receivers = recipients(eventType, payload, organizationId);
    const QStringList requestIds = m_deliveries.insertEvent(event, receivers);
    if (!requestIds.isEmpty())
        emit deliveriesQueued();
    return {event.id, event.eventUuid, requestIds};
}

} // namespace garagereg
