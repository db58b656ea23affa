#include "models/webhooks/RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace garagereg {

qint64 RetryPolicy::delaySeconds(const QList<int> &retryDelays, int retry)
{
    if (retryDelays.isEmpty())
        return 60;
    const qsizetype index = std::clamp<qsizetype>(retry - 1, 0, retryDelays.size() - 1);
    return retryDelays.at(index);
}

RetryDecision RetryPolicy::decide(const WebhookSubscription &subscription, int attemptsMade,
                                  const AttemptOutcome &outcome, const QDateTime &now, double jitter)
{
    if (outcome.succeeded)
        return {RetryDecision::Kind::Delivered, {}};
    if (outcome.httpStatus == 410)
        return {RetryDecision::Kind::Gone, {}};
    const int retriesUsed = attemptsMade - 1;
    if (retriesUsed >= subscription.maxRetries)
        return {RetryDecision::Kind::Failed, {}};

    const qint64 scheduledMs = delaySeconds(subscription.retryDelaysSeconds, retriesUsed + 1) * 1000;
    qint64 waitMs = scheduledMs
                    + std::llround(static_cast<double>(scheduledMs) * jitterFraction * std::clamp(jitter, -1.0, 1.0));
    const bool honoursRetryAfter = outcome.httpStatus == 429 || outcome.httpStatus == 503;
    if (honoursRetryAfter && outcome.retryAfterSeconds)
        waitMs = std::max(waitMs, std::min(*outcome.retryAfterSeconds, maxRetryAfterSeconds) * 1000);
    return {RetryDecision::Kind::RetryLater, now.addMSecs(std::max<qint64>(waitMs, 0))};
}

} // namespace garagereg
