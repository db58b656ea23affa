#include "models/storage/WebhookStatistics.h"
#include "models/webhooks/CircuitBreaker.h"
#include "models/webhooks/RetryPolicy.h"

#include <QtTest>

using namespace garagereg;

namespace {
const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

WebhookSubscription subscription(int maxRetries, QList<int> delays)
{
    WebhookSubscription s;
    s.maxRetries = maxRetries;
    s.retryDelaysSeconds = std::move(delays);
    return s;
}

AttemptOutcome failure(std::optional<int> status = 500, std::optional<qint64> retryAfter = std::nullopt)
{
    return {false, status, retryAfter};
}
} // namespace

// The retry schedule, the circuit breaker and the health thresholds: pure rules.
class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaultScheduleAndExhaustion()
    {
        const WebhookSubscription s = subscription(3, {60, 300, 900});
        QCOMPARE(RetryPolicy::decide(s, 1, failure(), now, 0).nextAttemptAt, now.addSecs(60));
        QCOMPARE(RetryPolicy::decide(s, 2, failure(), now, 0).nextAttemptAt, now.addSecs(300));
        QCOMPARE(RetryPolicy::decide(s, 3, failure(), now, 0).nextAttemptAt, now.addSecs(900));
        QCOMPARE(RetryPolicy::decide(s, 4, failure(), now, 0).kind, RetryDecision::Kind::Failed); // 1 + 3 retries
    }

    void lastDelayRepeats()
    {
        const WebhookSubscription s = subscription(5, {10, 20});
        QCOMPARE(RetryPolicy::decide(s, 4, failure(), now, 0).nextAttemptAt, now.addSecs(20));
        QCOMPARE(RetryPolicy::delaySeconds({10, 20}, 9), 20);
    }

    void noRetries()
    {
        QCOMPARE(RetryPolicy::decide(subscription(0, {60}), 1, failure(), now, 0).kind, RetryDecision::Kind::Failed);
    }

    void jitterStaysSmall()
    {
        const WebhookSubscription s = subscription(3, {100});
        QCOMPARE(RetryPolicy::decide(s, 1, failure(), now, 1.0).nextAttemptAt, now.addSecs(110));
        QCOMPARE(RetryPolicy::decide(s, 1, failure(), now, -1.0).nextAttemptAt, now.addSecs(90));
        QCOMPARE(RetryPolicy::decide(s, 1, failure(), now, 7.0).nextAttemptAt, now.addSecs(110)); // clamped
    }

    void successAndGone()
    {
        const WebhookSubscription s = subscription(3, {60});
        QCOMPARE(RetryPolicy::decide(s, 1, {true, 200, {}}, now, 0).kind, RetryDecision::Kind::Delivered);
        QCOMPARE(RetryPolicy::decide(s, 1, failure(410), now, 0).kind, RetryDecision::Kind::Gone);
    }

    void retryAfterIsAMinimumCappedAtADay()
    {
        const WebhookSubscription s = subscription(3, {60});
        QCOMPARE(RetryPolicy::decide(s, 1, failure(429, 600), now, 0).nextAttemptAt, now.addSecs(600));
        QCOMPARE(RetryPolicy::decide(s, 1, failure(503, 5), now, 0).nextAttemptAt,
                 now.addSecs(60)); // schedule is longer
        QCOMPARE(RetryPolicy::decide(s, 1, failure(429, 10 * 86400), now, 0).nextAttemptAt, now.addSecs(86400));
        QCOMPARE(RetryPolicy::decide(s, 1, failure(500, 600), now, 0).nextAttemptAt, now.addSecs(60)); // only 429/503
    }

    void breakerOpensAfterTheThresholdAndDoubles()
    {
        BreakerOptions options;
        options.threshold = 3;
        BreakerState state;
        for (int i = 1; i < 3; ++i) {
            state = CircuitBreaker::afterAttempt(state, false, now, options);
            QCOMPARE(state.consecutiveFailures, i);
            QVERIFY(!state.isOpenAt(now));
        }
        state = CircuitBreaker::afterAttempt(state, false, now, options);
        QVERIFY(state.isOpenAt(now));
        QCOMPARE(state.openUntil, now.addSecs(60));
        QVERIFY(state.needsProbeAt(now.addSecs(60)));

        // The probe fails: open again for twice as long, up to an hour.
        QDateTime later = now.addSecs(60);
        int expected = 60;
        for (int i = 0; i < 8; ++i) {
            state = CircuitBreaker::afterAttempt(state, false, later, options);
            expected = std::min(expected * 2, 3600);
            QCOMPARE(state.cooldownSeconds, expected);
            QCOMPARE(state.openUntil, later.addSecs(expected));
            later = state.openUntil;
        }
        // The probe succeeds: closed and reset.
        QCOMPARE(CircuitBreaker::afterAttempt(state, true, later, options), BreakerState());
    }

    void healthThresholds()
    {
        QCOMPARE(WebhookStatistics::classify(0, 0, 0), HealthStatus::Unknown);
        QCOMPARE(WebhookStatistics::classify(100, 95, 0), HealthStatus::Healthy);
        QCOMPARE(WebhookStatistics::classify(100, 94, 0), HealthStatus::Warning);
        QCOMPARE(WebhookStatistics::classify(100, 80, 0), HealthStatus::Warning);
        QCOMPARE(WebhookStatistics::classify(100, 79, 0), HealthStatus::Error);
        QCOMPARE(WebhookStatistics::classify(100, 100, 1), HealthStatus::Error);
        QCOMPARE(WebhookStatistics::classify(0, 0, 1), HealthStatus::Error);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retry_policy.moc"
