#include "app/services/SubscriptionService.h"

#include "adapters/secrets/SecretStore.h"
#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/WebhookSubscriptionRepository.h"
#include "models/webhooks/WebhookSignature.h"

namespace garagereg {

namespace {
QFuture<SubscriptionOutcome> failed(const QString &message)
{
    return QtFuture::makeReadyFuture(SubscriptionOutcome{std::nullopt, {}, message});
}
} // namespace

SubscriptionService::SubscriptionService(const Database &database, SecretStore &secrets, const Clock &clock)
    : m_database(database)
    , m_secrets(secrets)
    , m_clock(clock)
{
}

QFuture<SubscriptionOutcome> SubscriptionService::create(WebhookSubscription subscription, const QByteArray &secret)
{
    const QByteArray value = secret.isEmpty() ? WebhookSignature::generateSecret(subscription.signatureScheme) : secret;
    if (const QString problem = WebhookSignature::secretProblem(subscription.signatureScheme, value); !problem.isEmpty())
        return failed(problem);

    // Stored inactive and without a secret first; it goes live once the keychain has the secret.
    const bool wantedActive = subscription.active;
    WebhookSubscriptionRepository repository(m_database, m_clock);
    WebhookSubscription stored;
    QString ref;
    try {
        subscription.active = false;
        subscription.secretRef.clear();
        stored = repository.create(subscription);
        ref = secretKeyFor(m_database.databaseId(), QStringLiteral("subscription"), stored.id);
    } catch (const Error &error) {
        return failed(error.message());
    }

    const Database &database = m_database;
    const Clock &clock = m_clock;
    return m_secrets.write(ref, value)
        .then([&database, &clock, stored, ref, value, wantedActive,
               generated = secret.isEmpty()](const SecretResult &result) mutable {
            WebhookSubscriptionRepository repository(database, clock);
            try {
                if (!result.ok()) {
                    repository.remove(stored.id);
                    return SubscriptionOutcome{std::nullopt,
                                               {},
                                               tr("The subscription was not saved: %1").arg(result.errorMessage)};
                }
                repository.setSecretRefs(stored.id, ref, {}, {});
                repository.setActive(stored.id, wantedActive);
                return SubscriptionOutcome{repository.find(stored.id), generated ? value : QByteArray(), {}};
            } catch (const Error &error) {
                return SubscriptionOutcome{std::nullopt, {}, error.message()};
            }
        });
}

QFuture<SubscriptionOutcome> SubscriptionService::rotateSecret(qint64 subscriptionId, const QByteArray &secret,
                                                               std::chrono::seconds overlap)
{
    std::optional<WebhookSubscription> subscription;
    try {
        subscription = WebhookSubscriptionRepository(m_database, m_clock).find(subscriptionId);
    } catch (const Error &error) {
        return failed(error.message());
    }
    if (!subscription)
        return failed(tr("There is no subscription with id %1.").arg(subscriptionId));
    const QByteArray value = secret.isEmpty() ? WebhookSignature::generateSecret(subscription->signatureScheme)
                                              : secret;
    if (const QString problem = WebhookSignature::secretProblem(subscription->signatureScheme, value);
        !problem.isEmpty())
        return failed(problem);

    // The old secret moves to "<ref>/previous", the new one takes its place; the
    // row changes last, so a failure in between leaves the old secret signing.
    const QString current = subscription->secretRef.isEmpty()
                                ? secretKeyFor(m_database.databaseId(), QStringLiteral("subscription"), subscriptionId)
                                : subscription->secretRef;
    const QString previous = current + QStringLiteral("/previous");
    SecretStore &secrets = m_secrets;
    const Database &database = m_database;
    const Clock &clock = m_clock;
    const bool generated = secret.isEmpty();
    return secrets.read(current)
        .then([&secrets, previous](const SecretResult &old) {
            if (!old.ok())
                return QtFuture::makeReadyFuture(old);
            return secrets.write(previous, old.value);
        })
        .unwrap()
        .then([&secrets, current, value](const SecretResult &savedOld) {
            if (!savedOld.ok())
                return QtFuture::makeReadyFuture(savedOld);
            return secrets.write(current, value);
        })
        .unwrap()
        .then([&database, &clock, subscriptionId, current, previous, overlap, value,
               generated](const SecretResult &result) {
            if (!result.ok())
                return SubscriptionOutcome{std::nullopt,
                                           {},
                                           tr("The secret was not rotated: %1").arg(result.errorMessage)};
            try {
                WebhookSubscriptionRepository repository(database, clock);
                repository.setSecretRefs(subscriptionId, current, previous, clock.now().addSecs(overlap.count()));
                return SubscriptionOutcome{repository.find(subscriptionId), generated ? value : QByteArray(), {}};
            } catch (const Error &error) {
                return SubscriptionOutcome{std::nullopt, {}, error.message()};
            }
        });
}

QFuture<QString> SubscriptionService::remove(qint64 subscriptionId)
{
    QStringList secretRefs;
    try {
        WebhookSubscriptionRepository repository(m_database, m_clock);
        const std::optional<WebhookSubscription> subscription = repository.find(subscriptionId);
        if (!subscription)
            return QtFuture::makeReadyFuture(tr("There is no subscription with id %1.").arg(subscriptionId));
        for (const QString &ref : {subscription->secretRef, subscription->previousSecretRef}) {
            if (!ref.isEmpty())
                secretRefs << ref;
        }
        repository.remove(subscriptionId);
    } catch (const Error &error) {
        return QtFuture::makeReadyFuture(error.message());
    }
    if (secretRefs.isEmpty())
        return QtFuture::makeReadyFuture(QString());

    QList<QFuture<SecretResult>> removals;
    for (const QString &ref : std::as_const(secretRefs))
        removals << m_secrets.remove(ref);
    return QtFuture::whenAll(removals.begin(), removals.end()).then([](const QList<QFuture<SecretResult>> &done) {
        for (const QFuture<SecretResult> &removal : done) {
            if (!removal.result().ok())
                return tr("The subscription was deleted, but its secret could not be removed from the keychain: %1")
                    .arg(removal.result().errorMessage);
        }
        return QString();
    });
}

} // namespace garagereg
