#include "models/webhooks/CircuitBreaker.h"

#include <algorithm>

namespace garagereg {

BreakerState CircuitBreaker::afterAttempt(const BreakerState &state, bool succeeded, const QDateTime &now,
                                          const BreakerOptions &options)
{
    if (succeeded)
        return {}; // closed, counters reset

    BreakerState next = state;
    next.consecutiveFailures = state.consecutiveFailures + 1;
    next.probeUntil = {};
    const bool wasProbing = state.openUntil.isValid();
    if (wasProbing || next.consecutiveFailures >= options.threshold) {
        next.cooldownSeconds = wasProbing && state.cooldownSeconds > 0
                                   ? std::min(state.cooldownSeconds * 2, options.maxCooldownSeconds)
                                   : options.initialCooldownSeconds;
        next.openUntil = now.addSecs(next.cooldownSeconds);
    }
    return next;
}

} // namespace garagereg
