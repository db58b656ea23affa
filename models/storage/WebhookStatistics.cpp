#include "models/storage/WebhookStatistics.h"

#include "models/common/Clock.h"
#include "models/storage/Database.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/SqlQuery.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <tuple>

namespace garagereg {

namespace {

constexpr qint64 dayMs = 24 * 3600 * 1000;

QDate dayFromNumber(qint64 dayNumber)
{
    return QDateTime::fromMSecsSinceEpoch(dayNumber * dayMs, Qt::UTC).date();
}

// One attempt as health() weighs it.
struct RecentAttempt
{
    qint64 startedAt = 0;
    qint64 id = 0;
    bool succeeded = false;
    std::optional<qint64> durationMs;
};

} // namespace

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
    const qint64 now = m_clock.now().toMSecsSinceEpoch();

    struct Subscription
    {
        qint64 id = 0;
        qint64 integrationId = 0;
        bool breakerOpen = false;
    };
    QList<Subscription> subscriptions;
    SqlQuery subscriptionRows(db, QStringLiteral("SELECT id, integration_id, breaker_open_until"
                                                 " FROM webhook_subscriptions ORDER BY id"));
    subscriptionRows.exec();
    while (subscriptionRows.next()) {
        const QVariant openUntil = subscriptionRows.value(2);
        subscriptions.append({subscriptionRows.value(0).toLongLong(), subscriptionRows.value(1).toLongLong(),
                              !openUntil.isNull() && openUntil.toLongLong() > now});
    }

    // Per subscription: the attempts of its latest attempted deliveries, found
    // backwards on the (subscription_id, created_at) index.
    QHash<qint64, QList<RecentAttempt>> attempts;
    QHash<qint64, int> openBreakers;
    for (const Subscription &subscription : std::as_const(subscriptions)) {
        if (subscription.breakerOpen)
            ++openBreakers[subscription.integrationId];
        SqlQuery recent(db, QStringLiteral("SELECT a.started_at, a.id, a.error_class, a.duration_ms"
                                           " FROM delivery_attempts a WHERE a.delivery_id IN"
                                           " (SELECT id FROM webhook_deliveries WHERE subscription_id = :subscription"
                                           " AND created_at >= :since AND attempt_count > 0"
                                           " ORDER BY created_at DESC LIMIT :window)"));
        recent.bind(QStringLiteral(":subscription"), subscription.id)
            .bind(QStringLiteral(":since"), now - qint64(recentDays) * dayMs)
            .bind(QStringLiteral(":window"), recentWindow)
            .exec();
        QList<RecentAttempt> &list = attempts[subscription.integrationId];
        while (recent.next()) {
            RecentAttempt attempt;
            attempt.startedAt = recent.value(0).toLongLong();
            attempt.id = recent.value(1).toLongLong();
            attempt.succeeded = recent.value(2).isNull();
            if (!recent.value(3).isNull())
                attempt.durationMs = recent.value(3).toLongLong();
            list.append(attempt);
        }
    }

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

        QList<RecentAttempt> recent = attempts.value(integration.id);
        std::sort(recent.begin(), recent.end(), [](const RecentAttempt &left, const RecentAttempt &right) {
            return std::tie(left.startedAt, left.id) > std::tie(right.startedAt, right.id);
        });
        if (recent.size() > recentWindow)
            recent.resize(recentWindow);
        qint64 durationSum = 0;
        int durations = 0;
        for (const RecentAttempt &attempt : std::as_const(recent)) {
            if (attempt.succeeded)
                ++health.recentSucceeded;
            if (attempt.durationMs) {
                durationSum += *attempt.durationMs;
                ++durations;
            }
        }
        health.recentAttempts = int(recent.size());
        if (durations > 0)
            health.recentAverageResponseMs = static_cast<double>(durationSum) / durations;
        health.openBreakers = openBreakers.value(integration.id);
        health.status = classify(health.recentAttempts, health.recentSucceeded, health.openBreakers);
        result.append(health);
    }
    return result;
}

QList<DeliveryMetrics::StatusCount> WebhookStatistics::statusDistribution() const
{
    QList<DeliveryMetrics::StatusCount> result;
    SqlQuery statuses(m_database.connection(),
                      QStringLiteral(
                          "SELECT status, count(*) FROM webhook_deliveries GROUP BY status ORDER BY status"));
    statuses.exec();
    while (statuses.next())
        result.append({statuses.value(0).toString(), statuses.value(1).toLongLong()});
    return result;
}

QList<AttemptOutcomeCount> WebhookStatistics::attemptOutcomes(const QDateTime &since) const
{
    const qint64 sinceMs = since.toMSecsSinceEpoch();
    // The deliveries are found on the created_at index; a delivery last
    // attempted before `since` has no attempt to count.
    SqlQuery outcomes(m_database.connection(),
                      QStringLiteral("SELECT a.started_at / :day AS day_number,"
                                     " CASE WHEN a.error_class IS NULL THEN NULL ELSE a.response_status END"
                                     " AS failed_status, a.error_class AS failure_class, count(*)"
                                     " FROM webhook_deliveries d JOIN delivery_attempts a ON a.delivery_id = d.id"
                                     " WHERE d.created_at >= :created AND d.last_attempt_at >= :last"
                                     " AND a.started_at >= :since"
                                     " GROUP BY day_number, failed_status, failure_class"));
    outcomes.bind(QStringLiteral(":day"), dayMs)
        .bind(QStringLiteral(":created"), sinceMs - qint64(outcomeLookbackDays) * dayMs)
        .bind(QStringLiteral(":last"), sinceMs)
        .bind(QStringLiteral(":since"), sinceMs)
        .exec();
    QList<AttemptOutcomeCount> result;
    while (outcomes.next()) {
        AttemptOutcomeCount outcome;
        outcome.day = dayFromNumber(outcomes.value(0).toLongLong());
        if (!outcomes.value(1).isNull())
            outcome.httpStatus = outcomes.value(1).toInt();
        outcome.errorClass = outcomes.value(2).toString();
        outcome.count = outcomes.value(3).toLongLong();
        result.append(outcome);
    }
    // The same order on both backends (NULLs sort differently in SQL).
    std::sort(result.begin(), result.end(), [](const AttemptOutcomeCount &left, const AttemptOutcomeCount &right) {
        return std::tuple(left.day, left.httpStatus.value_or(-1), left.errorClass)
               < std::tuple(right.day, right.httpStatus.value_or(-1), right.errorClass);
    });
    return result;
}

DeliveryMetrics WebhookStatistics::metrics(int days) const
{
    const QSqlDatabase db = m_database.connection();
    DeliveryMetrics metrics;
    metrics.statusDistribution = statusDistribution();

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

    const qint64 since = (m_clock.now().toMSecsSinceEpoch() / dayMs - (days - 1)) * dayMs;
    SqlQuery daily(db, QStringLiteral("SELECT started_at / :day AS day_number, count(*),"
                                      " SUM(CASE WHEN error_class IS NULL THEN 1 ELSE 0 END) FROM delivery_attempts"
                                      " WHERE started_at >= :since GROUP BY day_number ORDER BY day_number"));
    daily.bind(QStringLiteral(":day"), dayMs).bind(QStringLiteral(":since"), since).exec();
    while (daily.next())
        metrics.dailySuccess.append(
            {dayFromNumber(daily.value(0).toLongLong()), daily.value(1).toLongLong(), daily.value(2).toLongLong()});
    return metrics;
}

QList<DeliveryMetrics::DailyRate> WebhookStatistics::dailyRates(const QList<AttemptOutcomeCount> &outcomes, QDate first,
                                                                QDate last)
{
    QList<DeliveryMetrics::DailyRate> result;
    if (!first.isValid() || !last.isValid() || first > last)
        return result;
    for (QDate day = first; day <= last; day = day.addDays(1))
        result.append({day, 0, 0});
    for (const AttemptOutcomeCount &outcome : outcomes) {
        if (outcome.day < first || outcome.day > last)
            continue;
        DeliveryMetrics::DailyRate &rate = result[first.daysTo(outcome.day)];
        rate.attempts += outcome.count;
        if (outcome.succeeded())
            rate.succeeded += outcome.count;
    }
    return result;
}

QList<DeliveryMetrics::FailureGroup> WebhookStatistics::failureGroups(const QList<AttemptOutcomeCount> &outcomes)
{
    std::map<std::pair<int, QString>, qint64> counts; // no HTTP status: -1
    for (const AttemptOutcomeCount &outcome : outcomes) {
        if (!outcome.succeeded())
            counts[{outcome.httpStatus.value_or(-1), outcome.errorClass}] += outcome.count;
    }
    QList<DeliveryMetrics::FailureGroup> result;
    for (const auto &[key, count] : counts) {
        DeliveryMetrics::FailureGroup group;
        if (key.first >= 0)
            group.httpStatus = key.first;
        group.errorClass = key.second;
        group.count = count;
        result.append(group);
    }
    // The most frequent first; ties keep the status order of the map.
    std::stable_sort(result.begin(), result.end(),
                     [](const DeliveryMetrics::FailureGroup &left, const DeliveryMetrics::FailureGroup &right) {
                         return left.count > right.count;
                     });
    return result;
}

} // namespace garagereg
