#include "tests/support/TestSubscriptions.h"

#include "app/services/SubscriptionService.h"
#include "models/common/AwaitFuture.h"
#include "models/domain/Integration.h"
#include "models/storage/IntegrationRepository.h"

namespace garagereg::test {

qint64 createTestIntegration(const Database &database, const Clock &clock)
{
    Integration integration;
    integration.name = QStringLiteral("Szerviz partner");
    integration.provider = QStringLiteral("custom");
    return IntegrationRepository(database, clock).create(integration).id;
}

WebhookSubscription subscribeTo(const Database &database, SecretStore &secrets, const Clock &clock,
                                qint64 integrationId, const QString &endpointUrl,
                                const std::function<void(WebhookSubscription &)> &customize, const QByteArray &secret)
{
    WebhookSubscription subscription;
    subscription.integrationId = integrationId;
    subscription.name = QStringLiteral("Kapufigyelő");
    subscription.endpointUrl = endpointUrl;
    subscription.eventTypes = {QStringLiteral("gate.inspection_due")};
    if (customize)
        customize(subscription);
    const SubscriptionOutcome outcome = awaitFuture(
        SubscriptionService(database, secrets, clock).create(subscription, secret));
    if (!outcome.error.isEmpty())
        qFatal("could not subscribe: %s", qPrintable(outcome.error));
    return *outcome.subscription;
}

} // namespace garagereg::test
