#include "models/storage/DeliveryRepository.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/WebhookStatistics.h"
#include "models/storage/WebhookSubscriptionRepository.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TestAttempts.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

using namespace garagereg;
using namespace garagereg::test;

// The statistics the dashboard re-reads while deliveries happen, on both
// backends, with deliveries and attempts written through the repository at
// times the test chooses.
class TestWebhookStatistics : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    qint64 m_busyIntegration = 0;  // two subscriptions
    qint64 m_quietIntegration = 0; // one subscription, no deliveries
    QList<WebhookSubscription> m_busy;
    WebhookSubscription m_quiet;
    int m_events = 0;

    qint64 createIntegration(const QString &name)
    {
        Integration integration;
        integration.name = name;
        integration.provider = QStringLiteral("custom");
        return IntegrationRepository(*m_database, m_clock).create(integration).id;
    }

    WebhookSubscription createSubscription(qint64 integrationId, const QString &host)
    {
        WebhookSubscription subscription;
        subscription.integrationId = integrationId;
        subscription.name = host;
        subscription.endpointUrl = QStringLiteral("https://%1/hook").arg(host);
        subscription.eventTypes = {QStringLiteral("gate.created")};
        return WebhookSubscriptionRepository(*m_database, m_clock).create(subscription);
    }

    // A delivery to `subscription`, created now, with one attempt per entry of
    // `statuses` (200: success; 0: a timeout without a response; else an HTTP
    // error), each started a second after the one before and lasting `durationMs`.
    QString deliver(const WebhookSubscription &subscription, const QList<int> &statuses, qint64 durationMs = 100)
    {
        WebhookEvent event;
        event.eventUuid = QStringLiteral("event-%1").arg(++m_events);
        event.eventType = QStringLiteral("gate.created");
        event.body = "{}";
        event.occurredAt = m_clock.now();
        DeliveryRepository repository(*m_database, m_clock);
        const QString requestId = repository.insertEvent(event, {subscription}).first();
        for (const int status : statuses) {
            const Delivery delivery = *repository.findByRequestId(requestId);
            AttemptRecord record;
            record.attempt.startedAt = m_clock.now();
            record.attempt.durationMs = durationMs;
            record.attempt.url = delivery.endpointUrl;
            record.succeeded = status == 200;
            if (status != 0)
                record.attempt.responseStatus = status;
            if (!record.succeeded)
                record.attempt.errorClass = status == 0 ? QStringLiteral("timeout") : QStringLiteral("http");
            record.newStatus = record.succeeded ? DeliveryStatus::Delivered : DeliveryStatus::Retrying;
            record.nextAttemptAt = m_clock.now().addSecs(60);
            repository.recordAttempt(delivery, record);
            m_clock.advanceMs(1000);
        }
        return requestId;
    }

    IntegrationHealth healthOf(qint64 integrationId) const
    {
        for (const IntegrationHealth &health : WebhookStatistics(*m_database, m_clock).health()) {
            if (health.integrationId == integrationId)
                return health;
        }
        qFatal("no health for integration %lld", integrationId);
    }

    static QDateTime startOfDay(const QDateTime &time) { return QDateTime(time.date(), QTime(0, 0), Qt::UTC); }

private slots:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 1, 15), QTime(8, 30, 0, 125), Qt::UTC));
        m_testDatabase = std::make_unique<TestDatabase>();
        m_database = m_testDatabase->open();
        m_busyIntegration = createIntegration(QStringLiteral("Kapunapló"));
        m_quietIntegration = createIntegration(QStringLiteral("Csendes"));
        m_busy = {createSubscription(m_busyIntegration, QStringLiteral("a.example")),
                  createSubscription(m_busyIntegration, QStringLiteral("b.example"))};
        m_quiet = createSubscription(m_quietIntegration, QStringLiteral("c.example"));
    }

    void cleanup()
    {
        m_database.reset();
        m_testDatabase.reset();
    }

    void emptyLogHasNoStatistics()
    {
        const WebhookStatistics statistics(*m_database, m_clock);
        QVERIFY(statistics.statusDistribution().isEmpty());
        QVERIFY(statistics.attemptOutcomes(m_clock.now().addDays(-30)).isEmpty());
        const QList<IntegrationHealth> health = statistics.health();
        QCOMPARE(health.size(), 2);
        for (const IntegrationHealth &entry : health) {
            QCOMPARE(entry.status, HealthStatus::Unknown);
            QCOMPARE(entry.recentAttempts, 0);
            QVERIFY(!entry.recentAverageResponseMs);
        }
    }

    void healthCountsTheAttemptsOfEverySubscription()
    {
        deliver(m_busy[0], {500, 200}, 100);
        deliver(m_busy[1], {200}, 400);
        deliver(m_busy[1], {0, 503, 200}, 100);
        const IntegrationHealth busy = healthOf(m_busyIntegration);
        QCOMPARE(busy.name, QStringLiteral("Kapunapló"));
        QCOMPARE(busy.recentAttempts, 6);
        QCOMPARE(busy.recentSucceeded, 3);
        QCOMPARE(busy.recentAverageResponseMs, 150.0); // (5 * 100 + 400) / 6
        QCOMPARE(busy.openBreakers, 0);
        QCOMPARE(busy.status, HealthStatus::Error); // 50 %
        QCOMPARE(busy.requestCount, 6);
        QCOMPARE(healthOf(m_quietIntegration).status, HealthStatus::Unknown);
    }

    void healthWeighsOnlyTheLast100Attempts()
    {
        // 30 failures, then 100 successes: the failures have left the window.
        for (int i = 0; i < 30; ++i)
            deliver(m_busy[i % 2], {500});
        for (int i = 0; i < 100; ++i)
            deliver(m_busy[i % 2], {200});
        IntegrationHealth busy = healthOf(m_busyIntegration);
        QCOMPARE(busy.recentAttempts, 100);
        QCOMPARE(busy.recentSucceeded, 100);
        QCOMPARE(busy.status, HealthStatus::Healthy);

        // Six new failures: 94 % of the last 100.
        for (int i = 0; i < 6; ++i)
            deliver(m_busy[0], {503});
        busy = healthOf(m_busyIntegration);
        QCOMPARE(busy.recentAttempts, 100);
        QCOMPARE(busy.recentSucceeded, 94);
        QCOMPARE(busy.status, HealthStatus::Warning);
    }

    void openBreakerMeansError()
    {
        deliver(m_quiet, {200});
        QCOMPARE(healthOf(m_quietIntegration).status, HealthStatus::Healthy);
        BreakerState breaker;
        breaker.consecutiveFailures = 5;
        breaker.openUntil = m_clock.now().addSecs(60);
        breaker.cooldownSeconds = 60;
        WebhookSubscriptionRepository(*m_database, m_clock).saveBreakerState(m_quiet.id, breaker);
        IntegrationHealth quiet = healthOf(m_quietIntegration);
        QCOMPARE(quiet.openBreakers, 1);
        QCOMPARE(quiet.status, HealthStatus::Error);
        m_clock.advanceMs(61 * 1000);
        quiet = healthOf(m_quietIntegration);
        QCOMPARE(quiet.openBreakers, 0);
        QCOMPARE(quiet.status, HealthStatus::Healthy);
    }

    void healthForgetsDeliveriesOlderThanItsWindow()
    {
        deliver(m_quiet, {500});
        m_clock.advanceMs(qint64(WebhookStatistics::recentDays) * 24 * 3600 * 1000 + 1000);
        QCOMPARE(healthOf(m_quietIntegration).recentAttempts, 0);
        QCOMPARE(healthOf(m_quietIntegration).status, HealthStatus::Unknown);
    }

    void statusDistributionCountsEveryDelivery()
    {
        deliver(m_busy[0], {200});
        deliver(m_busy[0], {500});
        deliver(m_busy[1], {500});
        deliver(m_busy[1], {});
        const QList<DeliveryMetrics::StatusCount> statuses =
            WebhookStatistics(*m_database, m_clock).statusDistribution();
        QCOMPARE(statuses.size(), 3);
        QCOMPARE(statuses[0].status, QStringLiteral("delivered"));
        QCOMPARE(statuses[0].count, 1);
        QCOMPARE(statuses[1].status, QStringLiteral("pending"));
        QCOMPARE(statuses[1].count, 1);
        QCOMPARE(statuses[2].status, QStringLiteral("retrying"));
        QCOMPARE(statuses[2].count, 2);
    }

    void attemptOutcomesPerDay()
    {
        const QDateTime firstDay = startOfDay(m_clock.now());
        deliver(m_busy[0], {500, 200});
        deliver(m_busy[1], {0});
        m_clock.advanceMs(24 * 3600 * 1000); // the next day
        deliver(m_busy[0], {503, 503});
        deliver(m_quiet, {200});

        const WebhookStatistics statistics(*m_database, m_clock);
        const QList<AttemptOutcomeCount> outcomes = statistics.attemptOutcomes(firstDay);
        const QDate day1 = firstDay.date();
        const QDate day2 = day1.addDays(1);
        const QList<AttemptOutcomeCount> expected{
            {day1, std::nullopt, QString(), 1},     {day1, std::nullopt, QStringLiteral("timeout"), 1},
            {day1, 500, QStringLiteral("http"), 1}, {day2, std::nullopt, QString(), 1},
            {day2, 503, QStringLiteral("http"), 2},
        };
        QCOMPARE(outcomes, expected);

        // Only the attempts started since the given time.
        const QList<AttemptOutcomeCount> secondDay = statistics.attemptOutcomes(startOfDay(m_clock.now()));
        QCOMPARE(secondDay, expected.mid(3));

        const QList<DeliveryMetrics::DailyRate> rates = WebhookStatistics::dailyRates(outcomes, day1.addDays(-1), day2);
        QCOMPARE(rates.size(), 3);
        QCOMPARE(rates[0].day, day1.addDays(-1));
        QCOMPARE(rates[0].attempts, 0);
        QCOMPARE(rates[1].attempts, 3);
        QCOMPARE(rates[1].succeeded, 1);
        QCOMPARE(rates[2].day, day2);
        QCOMPARE(rates[2].attempts, 3);
        QCOMPARE(rates[2].succeeded, 1);

        const QList<DeliveryMetrics::FailureGroup> failures = WebhookStatistics::failureGroups(outcomes);
        QCOMPARE(failures.size(), 3);
        QCOMPARE(failures[0].httpStatus, 503);
        QCOMPARE(failures[0].count, 2);
        QVERIFY(!failures[1].httpStatus); // ties: no status first, then by status
        QCOMPARE(failures[1].errorClass, QStringLiteral("timeout"));
        QCOMPARE(failures[2].httpStatus, 500);
        QCOMPARE(failures[2].count, 1);
    }

    void attemptOutcomesLookBackAWeekForTheirDeliveries()
    {
        // A delivery created now and retried two days later is counted on that
        // day; one retried after more than a week is not.
        const QString requestId = deliver(m_busy[0], {500});
        const QString oldRequestId = deliver(m_busy[1], {500});
        DeliveryRepository repository(*m_database, m_clock);
        const auto retry = [&](const QString &id) {
            const Delivery delivery = *repository.findByRequestId(id);
            repository.recordAttempt(delivery, deliveredAttempt(delivery, m_clock.now()));
        };
        m_clock.advanceMs(2 * 24 * 3600 * 1000);
        retry(requestId);
        QCOMPARE(WebhookStatistics(*m_database, m_clock).attemptOutcomes(startOfDay(m_clock.now())),
                 (QList<AttemptOutcomeCount>{{m_clock.now().date(), std::nullopt, QString(), 1}}));
        m_clock.advanceMs(qint64(WebhookStatistics::outcomeLookbackDays) * 24 * 3600 * 1000);
        retry(oldRequestId);
        QVERIFY(WebhookStatistics(*m_database, m_clock).attemptOutcomes(startOfDay(m_clock.now())).isEmpty());
    }

    void metricsStillReportsTheWholeLog()
    {
        deliver(m_busy[0], {500, 200});
        const DeliveryMetrics metrics = WebhookStatistics(*m_database, m_clock).metrics(30);
        QCOMPARE(metrics.statusDistribution.size(), 1);
        QCOMPARE(metrics.failures.size(), 1);
        QCOMPARE(metrics.failures.first().httpStatus, 500);
        QCOMPARE(metrics.dailySuccess.size(), 1);
        QCOMPARE(metrics.dailySuccess.first().attempts, 2);
        QCOMPARE(metrics.dailySuccess.first().succeeded, 1);
    }
};

QTEST_GUILESS_MAIN(TestWebhookStatistics)
#include "tst_webhook_statistics.moc"
