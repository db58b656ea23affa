#pragma once

#include "models/domain/WebhookSubscription.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace garagereg {
class Clock;
class Database;
class SecretStore;
} // namespace garagereg

namespace garagereg::test {

// The integration "Szerviz partner" (custom): its id.
qint64 createTestIntegration(const Database &database, const Clock &clock);

// Subscribes "Kapufigyelő" of `integrationId` to gate.inspection_due at
// `endpointUrl` through SubscriptionService, so its secret (generated when
// `secret` is empty) is in `secrets`. `customize` changes anything else first.
// Ends the test run when the subscription is refused.
WebhookSubscription subscribeTo(const Database &database, SecretStore &secrets, const Clock &clock,
                                qint64 integrationId, const QString &endpointUrl,
                                const std::function<void(WebhookSubscription &)> &customize = {},
                                const QByteArray &secret = {});

} // namespace garagereg::test
