#pragma once

#include "models/domain/WebhookSubscription.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace garagereg {

// What a finished attempt means for its delivery (../shared/design/webhooks.md):
// max_retries counts retries after the first attempt; retry_delays[i] is the
// wait before retry i+1 and its last value repeats; a small jitter spreads
// retries; 429/503 Retry-After is a minimum wait (capped at 24 h); 410 Gone
// ends the delivery and deactivates the subscription.
struct RetryDecision
{
    enum class Kind { Delivered, RetryLater, Failed, Gone };
    Kind kind = Kind::Failed;
    QDateTime nextAttemptAt; // for RetryLater
};

struct AttemptOutcome
{
    bool succeeded = false;
    std::optional<int> httpStatus;
    std::optional<qint64> retryAfterSeconds;
};

class RetryPolicy
{
public:
    static constexpr qint64 maxRetryAfterSeconds = 24 * 3600;
    static constexpr double jitterFraction = 0.1;

    // attemptsMade counts the attempt that just finished. jitter is a random
    // number in [-1, 1], injected so tests can pin it.
    static RetryDecision decide(const WebhookSubscription &subscription, int attemptsMade,
                                const AttemptOutcome &outcome, const QDateTime &now, double jitter);

    // The wait before retry number `retry` (1-based), without jitter.
    static qint64 delaySeconds(const QList<int> &retryDelays, int retry);
};

} // namespace garagereg
