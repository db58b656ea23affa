#include "models/storage/WebhookStatistics.h"

#include "models/common/Clock.h"
#include "models/storage/Database.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/SqlQuery.h"

namespace garagereg {

WebhookStatistics::WebhookStatistics(const Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

HealthStatus WebhookStatistics::classify(int recentAttempts, int recentSucceeded, int openBreakers)
{
    if (openBreakers > 0)
        return HealthStatus::Error;
    if (recentAttempts == 0)
        return HealthStatus::Unknown;
    const double rate = static_cast<double>(recentSucceeded) / recentAttempts;
    if (rate >= 0.95)
        return HealthStatus::Healthy;
    if (rate >= 0.80)
        return HealthStatus::Warning;
    return HealthStatus::Error;
}

QList<IntegrationHealth> WebhookStatistics::health() const
{
    const QSqlDatabase db = m_database.connection();
    QList<IntegrationHealth> result;
    for (const Integration &integration : IntegrationRepository(m_database, m_clock).list()) {
        IntegrationHealth health;
        health.integrationId = integration.id;
        health.name = integration.name;
        health.requestCount = integration.requestCount;
        health.successCount = integration.successCount;
        health.errorCount = integration.errorCount;
        health.averageResponseMs = integration.averageResponseMs;
        health.lastResponseMs = integration.lastResponseMs;

        SqlQuery recent(db, QStringLiteral(
                                "SELECT count(*), COALESCE(SUM(CASE WHEN error_class IS NULL THEN 1 ELSE 0 END), 0)"
                                " FROM (SELECT a.error_class FROM delivery_attempts a"
                                " JOIN webhook_deliveries d ON d.id = a.delivery_id"
                                " JOIN webhook_subscriptions s ON s.id = d.subscription_id"
                                " WHERE s.integration_id = :id ORDER BY a.started_at DESC, a.id DESC"
                                " LIMIT :window) recent"));
        recent.bind(QStringLiteral(":id"), integration.id).bind(QStringLiteral(":window"), recentWindow).exec();
        if (recent.next()) {
            health.recentAttempts = recent.value(0).toInt();
            health.recentSucceeded = recent.value(1).toInt();
        }
        health.openBreakers = SqlQuery(db, QStringLiteral(
                                               "SELECT count(*) FROM webhook_subscriptions WHERE integration_id = :id"
                                               " AND breaker_open_until IS NOT NULL AND breaker_open_until > :now"))
                                  .bind(QStringLiteral(":id"), integration.id)
                                  .bind(QStringLiteral(":now"), toDbTime(m_clock.now()))
                                  .scalar()
                                  .toInt();
        health.status = classify(health.recentAttempts, health.recentSucceeded, health.openBreakers);
        result.append(health);
    }
    return result;
}

DeliveryMetrics WebhookStatistics::metrics(int days) const
{
    const QSqlDatabase db = m_database.connection();
    DeliveryMetrics metrics;

    SqlQuery statuses(db, QStringLiteral(
                              "SELECT status, count(*) FROM webhook_deliveries GROUP BY status ORDER BY status"));
    statuses.exec();
    while (statuses.next())
        metrics.statusDistribution.append({statuses.value(0).toString(), statuses.value(1).toLongLong()});

    SqlQuery attempts(db, QStringLiteral("SELECT s.id, s.name, AVG(d.attempt_count * 1.0) FROM webhook_deliveries d"
                                         " JOIN webhook_subscriptions s ON s.id = d.subscription_id"
                                         " GROUP BY s.id, s.name ORDER BY s.id"));
    attempts.exec();
    while (attempts.next())
        metrics.averageAttemptsPerSubscription.append(
            {attempts.value(0).toLongLong(), attempts.value(1).toString(), attempts.value(2).toDouble()});

    SqlQuery failures(db, QStringLiteral("SELECT response_status, error_class, count(*) FROM delivery_attempts"
                                         " WHERE error_class IS NOT NULL GROUP BY response_status, error_class"
                                         " ORDER BY count(*) DESC"));
    failures.exec();
    while (failures.next()) {
        DeliveryMetrics::FailureGroup group;
        if (!failures.value(0).isNull())
            group.httpStatus = failures.value(0).toInt();
        group.errorClass = failures.value(1).toString();
        group.count = failures.value(2).toLongLong();
        metrics.failures.append(group);
    }

    constexpr qint64 dayMs = 24 * 3600 * 1000;
    const qint64 since = (m_clock.now().toMSecsSinceEpoch() / dayMs - (days - 1)) * dayMs;
    SqlQuery daily(db, QStringLiteral("SELECT started_at / :day AS day_number, count(*),"
                                      " SUM(CASE WHEN error_class IS NULL THEN 1 ELSE 0 END) FROM delivery_attempts"
                                      " WHERE started_at >= :since GROUP BY day_number ORDER BY day_number"));
    daily.bind(QStringLiteral(":day"), dayMs).bind(QStringLiteral(":since"), since).exec();
    while (daily.next()) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(daily.value(0).toLongLong() * dayMs, Qt::UTC).date();
        metrics.dailySuccess.append({day, daily.value(1).toLongLong(), daily.value(2).toLongLong()});
    }
    return metrics;
}

} // namespace garagereg
