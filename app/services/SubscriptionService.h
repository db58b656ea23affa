#pragma once

#include "models/domain/WebhookSubscription.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QString>

#include <chrono>
#include <optional>

namespace garagereg {

class Clock;
class Database;
class SecretStore;

struct SubscriptionOutcome
{
    std::optional<WebhookSubscription> subscription;
    QByteArray secret; // the new secret, to be shown once; empty when one was given
    QString error;     // set when nothing was changed
};

// Subscriptions together with their secrets: the row in the database holds only
// the keychain reference, the keychain holds the secret. Either both are stored
// or neither.
class SubscriptionService
{
    Q_DECLARE_TR_FUNCTIONS(SubscriptionService)

public:
    static constexpr std::chrono::hours defaultRotationOverlap{24};

    SubscriptionService(const Database &database, SecretStore &secrets, const Clock &clock);

    // An empty secret means: generate one (returned in the outcome).
    QFuture<SubscriptionOutcome> create(WebhookSubscription subscription, const QByteArray &secret = {});
    // The new secret signs from now on; with standard-webhooks the previous one
    // keeps signing alongside it for `overlap`.
    QFuture<SubscriptionOutcome> rotateSecret(qint64 subscriptionId, const QByteArray &secret = {},
                                              std::chrono::seconds overlap = defaultRotationOverlap);
    // Deletes the subscription, then its secrets from the keychain. The result is
    // empty on success, else the reason; once the row is gone a keychain failure
    // is reported but the subscription stays deleted (an unused secret is harmless).
    QFuture<QString> remove(qint64 subscriptionId);

private:
    const Database &m_database;
    SecretStore &m_secrets;
    const Clock &m_clock;
};

} // namespace garagereg
