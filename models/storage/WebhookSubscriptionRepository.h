#pragma once

#include "models/domain/WebhookSubscription.h"
#include "models/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace garagereg {

class Clock;
class Database;
// Stores webhook subscriptions. Validates before writing; throws garagereg::Error.
class WebhookSubscriptionRepository
{
    Q_DECLARE_TR_FUNCTIONS(WebhookSubscriptionRepository)

public:
    WebhookSubscriptionRepository(const Database &database, const Clock &clock);

    WebhookSubscription create(WebhookSubscription subscription);
    WebhookSubscription update(WebhookSubscription subscription);
    std::optional<WebhookSubscription> find(qint64 id) const;
    QList<WebhookSubscription> list() const;
    QList<WebhookSubscription> listForIntegration(qint64 integrationId) const;
    void remove(qint64 id);
    void setActive(qint64 id, bool active, const QString &disabledReason = {});

    // Secret rotation: the new current reference and the previous one with its expiry.
    void setSecretRefs(qint64 id, const QString &current, const QString &previous, const QDateTime &previousExpiresAt);
    void saveBreakerState(qint64 id, const BreakerState &state);
    // Takes the single half-open probe until `until`; false when another worker holds it.
    bool tryAcquireProbe(qint64 id, const QDateTime &now, const QDateTime &until);

private:
    static WebhookSubscription fromRow(const SqlQuery &query);
    static void bindFields(SqlQuery &query, const WebhookSubscription &subscription);
    void validate(const WebhookSubscription &subscription) const;
    // Throws garagereg::Error naming the rule when the outbound policy refuses the URL.
    void checkOutboundPolicy(const QString &endpointUrl) const;
    QList<WebhookSubscription> select(const QString &where, qint64 key) const;

    const Database &m_database;
    const Clock &m_clock;
    // The reads, kept prepared for a repository that lives long (the event
    // service reads the subscriptions for every event).
    mutable StatementCache m_statements;
};

} // namespace garagereg
