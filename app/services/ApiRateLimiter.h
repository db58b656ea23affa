#pragma once

#include <QHash>

#include <chrono>
#include <optional>

namespace garagereg {

class Clock;

// How many REST API requests one token may make: a token bucket that holds up to
// `burst` requests and refills at `requestsPerSecond`. 0 requests per second: no limit.
struct ApiRateLimit
{
    double requestsPerSecond = 50;
    double burst = 100;
};

// One token bucket per API token, timed by the injected Clock. Runs on the thread
// of the REST API (no locking). A clock that steps back refills nothing until it
// moves forward again; it never empties a bucket.
class ApiRateLimiter
{
public:
    ApiRateLimiter(const Clock &clock, ApiRateLimit limit);

    // Takes one request from the token's bucket: nullopt when it may go ahead,
    // else how long until the bucket holds a request again (nothing is taken then).
    std::optional<std::chrono::milliseconds> take(qint64 tokenId);

    const ApiRateLimit &limit() const { return m_limit; }

private:
    struct Bucket
    {
        double available = 0;
        qint64 refilledAtMs = 0;
    };

    const Clock &m_clock;
    ApiRateLimit m_limit;
    QHash<qint64, Bucket> m_buckets;
};

} // namespace garagereg
