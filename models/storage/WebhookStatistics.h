#pragma once

#include "models/domain/Integration.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace garagereg {

class Clock;
class Database;

struct IntegrationHealth
{
    qint64 integrationId = 0;
    QString name;
    HealthStatus status = HealthStatus::Unknown;
    qint64 requestCount = 0;
    qint64 successCount = 0;
    qint64 errorCount = 0;
    std::optional<double> averageResponseMs;
    std::optional<qint64> lastResponseMs;
    int recentAttempts = 0; // of the last 100
    int recentSucceeded = 0;
    int openBreakers = 0; // subscriptions whose circuit breaker is open now
};

struct DeliveryMetrics
{
    struct StatusCount
    {
        QString status;
        qint64 count = 0;
    };
    struct SubscriptionAttempts
    {
        qint64 subscriptionId = 0;
        QString name;
        double averageAttempts = 0;
    };
    struct FailureGroup
    {
        std::optional<int> httpStatus;
        QString errorClass;
        qint64 count = 0;
    };
    struct DailyRate
    {
        QDate day;
        qint64 attempts = 0;
        qint64 succeeded = 0;
    };

    QList<StatusCount> statusDistribution;
    QList<SubscriptionAttempts> averageAttemptsPerSubscription;
    QList<FailureGroup> failures;
    QList<DailyRate> dailySuccess;
};

// Health and metrics of webhook delivery, read from the delivery log.
class WebhookStatistics
{
public:
    static constexpr int recentWindow = 100;

    WebhookStatistics(const Database &database, const Clock &clock);

    // healthy: >= 95 % of the last 100 attempts succeeded; warning: >= 80 %;
    // error: below that, or a circuit breaker is open; unknown: no attempts.
    static HealthStatus classify(int recentAttempts, int recentSucceeded, int openBreakers);

    QList<IntegrationHealth> health() const;
    DeliveryMetrics metrics(int days = 30) const;

private:
    const Database &m_database;
    const Clock &m_clock;
};

} // namespace garagereg
