#pragma once

#include <QDateTime>

namespace garagereg {

// A subscription's circuit breaker, stored on its row so every worker sees it.
// Closed: attempts flow. After `threshold` consecutive failures it opens for a
// cooldown (60 s, doubling up to 1 h) during which deliveries wait without
// spending attempts. Then one probe attempt decides: success closes it, failure
// reopens it with the doubled cooldown.
struct BreakerState
{
    int consecutiveFailures = 0;
    QDateTime openUntil; // invalid while closed
    int cooldownSeconds = 0;
    QDateTime probeUntil; // a worker holds the single probe until then

    bool isOpenAt(const QDateTime &now) const { return openUntil.isValid() && now < openUntil; }
    bool needsProbeAt(const QDateTime &now) const { return openUntil.isValid() && now >= openUntil; }
    friend bool operator==(const BreakerState &, const BreakerState &) = default;
};

struct BreakerOptions
{
    int threshold = 5;
    int initialCooldownSeconds = 60;
    int maxCooldownSeconds = 3600;
};

class CircuitBreaker
{
public:
    // The state after an attempt finished.
    static BreakerState afterAttempt(const BreakerState &state, bool succeeded, const QDateTime &now,
                                     const BreakerOptions &options);
};

} // namespace garagereg
