#include "app/services/ApiRateLimiter.h"

#include "models/common/Clock.h"

#include <algorithm>
#include <cmath>

namespace garagereg {

ApiRateLimiter::ApiRateLimiter(const Clock &clock, ApiRateLimit limit)
    : m_clock(clock)
    , m_limit(limit)
{
    m_limit.burst = std::max(m_limit.burst, 1.0);
}

std::optional<std::chrono::milliseconds> ApiRateLimiter::take(qint64 tokenId)
{
    if (m_limit.requestsPerSecond <= 0)
        return std::nullopt;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    auto bucket = m_buckets.find(tokenId);
    if (bucket == m_buckets.end())
        bucket = m_buckets.insert(tokenId, Bucket{m_limit.burst, now});
    const qint64 elapsedMs = std::max<qint64>(now - bucket->refilledAtMs, 0);
    bucket->available = std::min(m_limit.burst,
                                 bucket->available + double(elapsedMs) * m_limit.requestsPerSecond / 1000.0);
    bucket->refilledAtMs = now;
    if (bucket->available >= 1.0) {
        bucket->available -= 1.0;
        return std::nullopt;
    }
    const double waitMs = std::ceil((1.0 - bucket->available) * 1000.0 / m_limit.requestsPerSecond);
    constexpr double aDay = 24 * 3600 * 1000.0;
    return std::chrono::milliseconds(std::max<qint64>(qint64(std::min(waitMs, aDay)), 1));
}

} // namespace garagereg
