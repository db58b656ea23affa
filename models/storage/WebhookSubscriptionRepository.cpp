#include "models/storage/WebhookSubscriptionRepository.h"

#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/OutboundPolicyRepository.h"
#include "models/storage/RepositorySupport.h"
#include "models/storage/SqlQuery.h"

#include <QUrl>

namespace garagereg {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, integration_id, name, endpoint_url, event_types, event_filters, secret_ref, signature_scheme,"
    " signature_header, max_retries, retry_delays, timeout_seconds, active, disabled_reason, organization_id,"
    " created_at, updated_at, previous_secret_ref, previous_secret_expires_at, consecutive_failures,"
    " breaker_open_until, breaker_cooldown_seconds, breaker_probe_until FROM webhook_subscriptions");

QJsonArray toJsonArray(const QList<int> &values)
{
    QJsonArray array;
    for (int value : values)
        array.append(value);
    return array;
}

} // namespace

WebhookSubscriptionRepository::WebhookSubscriptionRepository(const Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

void WebhookSubscriptionRepository::validate(const WebhookSubscription &subscription) const
{
    throwIfInvalid(tr("The subscription"), WebhookSubscriptionValidator::problems(subscription));
    const bool integrationExists = SqlQuery(m_database.connection(),
                                            QStringLiteral("SELECT count(*) FROM integrations WHERE id = :id"))
                                       .bind(QStringLiteral(":id"), subscription.integrationId)
                                       .scalar()
                                       .toInt()
                                   > 0;
    if (!integrationExists)
        throw Error(tr("There is no integration with id %1 for this subscription.").arg(subscription.integrationId));
}

void WebhookSubscriptionRepository::checkOutboundPolicy(const QString &endpointUrl) const
{
    // What the URL alone tells (scheme, host lists, a literal address); a name's
    // addresses are checked when each request goes out.
    if (const QString refused =
            OutboundPolicyRepository(m_database).load().urlRefusal(QUrl(endpointUrl, QUrl::StrictMode));
        !refused.isEmpty())
        throw Error(tr("The endpoint URL is refused: %1.").arg(refused));
}

void WebhookSubscriptionRepository::bindFields(SqlQuery &query, const WebhookSubscription &subscription)
{
    query.bind(QStringLiteral(":integration_id"), subscription.integrationId)
        .bind(QStringLiteral(":name"), subscription.name)
        .bind(QStringLiteral(":endpoint_url"), subscription.endpointUrl)
        .bind(QStringLiteral(":event_types"), toJsonText(QJsonArray::fromStringList(subscription.eventTypes)))
        .bind(QStringLiteral(":event_filters"), toJsonText(subscription.eventFilters))
        .bind(QStringLiteral(":secret_ref"), nullableText(subscription.secretRef))
        .bind(QStringLiteral(":signature_scheme"), signatureSchemeName(subscription.signatureScheme))
        .bind(QStringLiteral(":signature_header"), subscription.signatureHeader)
        .bind(QStringLiteral(":max_retries"), subscription.maxRetries)
        .bind(QStringLiteral(":retry_delays"), toJsonText(toJsonArray(subscription.retryDelaysSeconds)))
        .bind(QStringLiteral(":timeout_seconds"), subscription.timeoutSeconds)
        .bind(QStringLiteral(":active"), subscription.active)
        .bind(QStringLiteral(":disabled_reason"), nullableText(subscription.disabledReason))
        .bind(QStringLiteral(":organization_id"), nullableText(subscription.organizationId))
        .bind(QStringLiteral(":updated_at"), toDbTime(subscription.updatedAt));
}

WebhookSubscription WebhookSubscriptionRepository::fromRow(const SqlQuery &query)
{
    WebhookSubscription subscription;
    subscription.id = query.value(0).toLongLong();
    subscription.integrationId = query.value(1).toLongLong();
    subscription.name = query.value(2).toString();
    subscription.endpointUrl = query.value(3).toString();
    for (const QJsonValue &type : jsonArrayFromText(query.value(4).toString(), QStringLiteral("event_types")))
        subscription.eventTypes.append(type.toString());
    subscription.eventFilters = jsonObjectFromText(query.value(5).toString(), QStringLiteral("event_filters"));
    subscription.secretRef = query.value(6).toString();
    subscription.signatureScheme =
        signatureSchemeFromString(query.value(7).toString()).value_or(SignatureScheme::GarageReg);
    subscription.signatureHeader = query.value(8).toString();
    subscription.maxRetries = query.value(9).toInt();
    subscription.retryDelaysSeconds.clear();
    for (const QJsonValue &delay : jsonArrayFromText(query.value(10).toString(), QStringLiteral("retry_delays")))
        subscription.retryDelaysSeconds.append(delay.toInt());
    subscription.timeoutSeconds = query.value(11).toInt();
    subscription.active = query.value(12).toBool();
    subscription.disabledReason = query.value(13).toString();
    subscription.organizationId = query.value(14).toString();
    subscription.createdAt = fromDbTime(query.value(15));
    subscription.updatedAt = fromDbTime(query.value(16));
    subscription.previousSecretRef = query.value(17).toString();
    subscription.previousSecretExpiresAt = fromDbTime(query.value(18));
    subscription.breaker.consecutiveFailures = query.value(19).toInt();
    subscription.breaker.openUntil = fromDbTime(query.value(20));
    subscription.breaker.cooldownSeconds = query.value(21).toInt();
    subscription.breaker.probeUntil = fromDbTime(query.value(22));
    return subscription;
}

WebhookSubscription WebhookSubscriptionRepository::create(WebhookSubscription subscription)
{
    validate(subscription);
    checkOutboundPolicy(subscription.endpointUrl);
    subscription.createdAt = subscription.updatedAt = m_clock.now();
    SqlQuery query(m_database.connection(),
                   QStringLiteral(
                       "INSERT INTO webhook_subscriptions (integration_id, name, endpoint_url, event_types,"
                       " event_filters, secret_ref, signature_scheme, signature_header, max_retries,"
                       " retry_delays, timeout_seconds, active, disabled_reason, organization_id, created_at,"
                       " updated_at) VALUES (:integration_id, :name, :endpoint_url, :event_types,"
                       " :event_filters, :secret_ref, :signature_scheme, :signature_header, :max_retries,"
                       " :retry_delays, :timeout_seconds, :active, :disabled_reason, :organization_id,"
                       " :created_at, :updated_at) RETURNING id"));
    bindFields(query, subscription);
    query.bind(QStringLiteral(":created_at"), toDbTime(subscription.createdAt));
    subscription.id = query.scalar().toLongLong();
    return subscription;
}

WebhookSubscription WebhookSubscriptionRepository::update(WebhookSubscription subscription)
{
    validate(subscription);
    // Only a changed URL: a subscription made before the policy can still be
    // renamed, rotated or deactivated (its deliveries are refused all the same).
    const std::optional<WebhookSubscription> stored = find(subscription.id);
    if (!stored || stored->endpointUrl != subscription.endpointUrl)
        checkOutboundPolicy(subscription.endpointUrl);
    subscription.updatedAt = m_clock.now();
    SqlQuery query(m_database.connection(),
                   QStringLiteral("UPDATE webhook_subscriptions SET integration_id = :integration_id, name = :name,"
                                  " endpoint_url = :endpoint_url, event_types = :event_types,"
                                  " event_filters = :event_filters, secret_ref = :secret_ref,"
                                  " signature_scheme = :signature_scheme, signature_header = :signature_header,"
                                  " max_retries = :max_retries, retry_delays = :retry_delays,"
                                  " timeout_seconds = :timeout_seconds, active = :active,"
                                  " disabled_reason = :disabled_reason, organization_id = :organization_id,"
                                  " updated_at = :updated_at WHERE id = :id"));
    bindFields(query, subscription);
    query.bind(QStringLiteral(":id"), subscription.id).exec();
    if (query.rowsAffected() == 0)
        throw Error(tr("There is no subscription with id %1.").arg(subscription.id));
    return *find(subscription.id);
}

QList<WebhookSubscription> WebhookSubscriptionRepository::select(const QString &where, qint64 key) const
{
    SqlQuery &query = m_statements.get(m_database.connection(), selectColumns + where);
    if (where.contains(QLatin1String(":key")))
        query.bind(QStringLiteral(":key"), key);
    query.exec();
    QList<WebhookSubscription> subscriptions;
    while (query.next())
        subscriptions.append(fromRow(query));
    query.finish(); // SQLite: an open read keeps its snapshot
    return subscriptions;
}

std::optional<WebhookSubscription> WebhookSubscriptionRepository::find(qint64 id) const
{
    const QList<WebhookSubscription> found = select(QStringLiteral(" WHERE id = :key"), id);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<WebhookSubscription> WebhookSubscriptionRepository::list() const
{
    return select(QStringLiteral(" ORDER BY name, id"), 0);
}

QList<WebhookSubscription> WebhookSubscriptionRepository::listForIntegration(qint64 integrationId) const
{
    return select(QStringLiteral(" WHERE integration_id = :key ORDER BY name, id"), integrationId);
}

void WebhookSubscriptionRepository::remove(qint64 id)
{
    SqlQuery query(m_database.connection(), QStringLiteral("DELETE FROM webhook_subscriptions WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (query.rowsAffected() == 0)
        throw Error(tr("There is no subscription with id %1.").arg(id));
}

void WebhookSubscriptionRepository::setActive(qint64 id, bool active, const QString &disabledReason)
{
    SqlQuery query(m_database.connection(),
                   QStringLiteral("UPDATE webhook_subscriptions SET active = :active, disabled_reason = :reason,"
                                  " updated_at = :now WHERE id = :id"));
    query.bind(QStringLiteral(":active"), active)
        .bind(QStringLiteral(":reason"), nullableText(active ? QString() : disabledReason))
        .bind(QStringLiteral(":now"), toDbTime(m_clock.now()))
        .bind(QStringLiteral(":id"), id)
        .exec();
    if (query.rowsAffected() == 0)
        throw Error(tr("There is no subscription with id %1.").arg(id));
}

void WebhookSubscriptionRepository::setSecretRefs(qint64 id, const QString &current, const QString &previous,
                                                  const QDateTime &previousExpiresAt)
{
    SqlQuery query(m_database.connection(),
                   QStringLiteral(
                       "UPDATE webhook_subscriptions SET secret_ref = :current, previous_secret_ref = :previous,"
                       " previous_secret_expires_at = :expires, updated_at = :now WHERE id = :id"));
    query.bind(QStringLiteral(":current"), nullableText(current))
        .bind(QStringLiteral(":previous"), nullableText(previous))
        .bind(QStringLiteral(":expires"), toDbTime(previousExpiresAt))
        .bind(QStringLiteral(":now"), toDbTime(m_clock.now()))
        .bind(QStringLiteral(":id"), id)
        .exec();
    if (query.rowsAffected() == 0)
        throw Error(tr("There is no subscription with id %1.").arg(id));
}

void WebhookSubscriptionRepository::saveBreakerState(qint64 id, const BreakerState &state)
{
    SqlQuery(m_database.connection(),
             QStringLiteral("UPDATE webhook_subscriptions SET consecutive_failures = :failures,"
                            " breaker_open_until = :open_until, breaker_cooldown_seconds = :cooldown,"
                            " breaker_probe_until = :probe_until WHERE id = :id"))
        .bind(QStringLiteral(":failures"), state.consecutiveFailures)
        .bind(QStringLiteral(":open_until"), toDbTime(state.openUntil))
        .bind(QStringLiteral(":cooldown"), state.cooldownSeconds)
        .bind(QStringLiteral(":probe_until"), toDbTime(state.probeUntil))
        .bind(QStringLiteral(":id"), id)
        .exec();
}

bool WebhookSubscriptionRepository::tryAcquireProbe(qint64 id, const QDateTime &now, const QDateTime &until)
{
    SqlQuery query(m_database.connection(),
                   QStringLiteral("UPDATE webhook_subscriptions SET breaker_probe_until = :until WHERE id = :id"
                                  " AND (breaker_probe_until IS NULL OR breaker_probe_until <= :now)"));
    query.bind(QStringLiteral(":until"), toDbTime(until))
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":now"), toDbTime(now))
        .exec();
    return query.rowsAffected() == 1;
}

} // namespace garagereg
