#pragma once

#include "models/domain/Integration.h"

#include <QDate>
#include <QDateTime>
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
    qint64 requestCount = 0; // lifetime counters of the integration
    qint64 successCount = 0;
    qint64 errorCount = 0;
    std::optional<double> averageResponseMs; // over every attempt ever
    std::optional<qint64> lastResponseMs;
    int recentAttempts = 0; // of the last 100
    int recentSucceeded = 0;
    std::optional<double> recentAverageResponseMs; // over the recent attempts that have a duration
    int openBreakers = 0;                          // subscriptions whose circuit breaker is open now
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

// How many attempts started on one UTC day ended one way: succeeded (no error
// class, no HTTP status kept) or failed with this HTTP status and error class.
struct AttemptOutcomeCount
{
    QDate day;
    std::optional<int> httpStatus; // failures only
    QString errorClass;            // empty: succeeded
    qint64 count = 0;

    bool succeeded() const { return errorClass.isEmpty(); }
    friend bool operator==(const AttemptOutcomeCount &, const AttemptOutcomeCount &) = default;
};

// Health and metrics of webhook delivery, read from the delivery log.
//
// health(), statusDistribution() and attemptOutcomes() are what the desktop
// dashboard re-reads while deliveries happen, so they stay cheap on a log of
// millions of deliveries: each reads an index range (a subscription's latest
// deliveries, the deliveries created since a time) or counts on an index.
// metrics() is the command line's full report and scans the whole log.
class WebhookStatistics
{
public:
    static constexpr int recentWindow = 100;
    // health() looks at deliveries created in this many days before now.
    static constexpr int recentDays = 30;
    // attemptOutcomes() counts the attempts of deliveries created at most this
    // long before its `since`: retries, resends and replays of older deliveries
    // are not counted there.
    static constexpr int outcomeLookbackDays = 7;

    WebhookStatistics(const Database &database, const Clock &clock);

    // healthy: >= 95 % of the last 100 attempts succeeded; warning: >= 80 %;
    // error: below that, or a circuit breaker is open; unknown: no attempts.
    static HealthStatus classify(int recentAttempts, int recentSucceeded, int openBreakers);

    // Every integration with the health of its recent attempts: the last 100
    // attempts among the latest 100 attempted deliveries of each of its
    // subscriptions created in the last recentDays days (read on the
    // subscription's delivery index, so the cost does not grow with the log).
    QList<IntegrationHealth> health() const;
    // Deliveries per status, counted on the status index, in status order.
    QList<DeliveryMetrics::StatusCount> statusDistribution() const;
    // Attempts started at or after `since`, per UTC day and outcome (see
    // outcomeLookbackDays), in day order.
    QList<AttemptOutcomeCount> attemptOutcomes(const QDateTime &since) const;
    // The full report: the distribution, average attempts per subscription,
    // failures of all time and the daily success rate of the last `days` days.
    DeliveryMetrics metrics(int days = 30) const;

    // The success rate of every day from `first` to `last`, days without
    // attempts included (with zero attempts).
    static QList<DeliveryMetrics::DailyRate> dailyRates(const QList<AttemptOutcomeCount> &outcomes, QDate first,
                                                        QDate last);
    // Failed attempts per HTTP status and error class, the most frequent first.
    static QList<DeliveryMetrics::FailureGroup> failureGroups(const QList<AttemptOutcomeCount> &outcomes);

private:
    const Database &m_database;
    const Clock &m_clock;
};

} // namespace garagereg
