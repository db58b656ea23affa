#pragma once

#include <QDateTime>

namespace garagereg {

// The source of "now" for everything that stores or schedules time.
// Injected so tests control time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    // Always UTC.
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace garagereg
