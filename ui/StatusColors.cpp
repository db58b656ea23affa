#include "ui/StatusColors.h"

#include "models/storage/WebhookStatistics.h"

namespace garagereg {

namespace {

QColor tone(const QPalette &palette, QColor light, QColor dark)
{
    return StatusColors::isDark(palette) ? dark : light;
}

} // namespace

bool StatusColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor StatusColors::good(const QPalette &palette)
{
    return tone(palette, QColor(0x2e, 0x8b, 0x45), QColor(0x5c, 0xc8, 0x78));
}

QColor StatusColors::warning(const QPalette &palette)
{
    return tone(palette, QColor(0xc7, 0x7c, 0x02), QColor(0xf2, 0xb1, 0x3c));
}

QColor StatusColors::bad(const QPalette &palette)
{
    return tone(palette, QColor(0xc6, 0x28, 0x28), QColor(0xf0, 0x6a, 0x6a));
}

QColor StatusColors::neutral(const QPalette &palette)
{
    return tone(palette, QColor(0x80, 0x80, 0x80), QColor(0xa0, 0xa0, 0xa0));
}

QColor StatusColors::info(const QPalette &palette)
{
    return tone(palette, QColor(0x1f, 0x6f, 0xc5), QColor(0x6a, 0xaa, 0xf0));
}

QColor StatusColors::health(HealthStatus status, const QPalette &palette)
{
    switch (status) {
    case HealthStatus::Healthy: return good(palette);
    case HealthStatus::Warning: return warning(palette);
    case HealthStatus::Error: return bad(palette);
    case HealthStatus::Unknown: break;
    }
    return neutral(palette);
}

QColor StatusColors::deliveryStatus(DeliveryStatus status, const QPalette &palette)
{
    switch (status) {
    case DeliveryStatus::Delivered: return good(palette);
    case DeliveryStatus::Retrying: return warning(palette);
    case DeliveryStatus::Failed: return bad(palette);
    case DeliveryStatus::Pending: return info(palette);
    case DeliveryStatus::Expired: break;
    }
    return neutral(palette);
}

QColor StatusColors::successRate(qint64 attempts, qint64 succeeded, const QPalette &palette)
{
    if (attempts <= 0)
        return neutral(palette);
    // classify() counts in ints: scale large days down to a per-mille sample.
    const int scaledAttempts = 1000;
    const int scaledSucceeded = int(succeeded * scaledAttempts / attempts);
    return health(WebhookStatistics::classify(scaledAttempts, scaledSucceeded, 0), palette);
}

} // namespace garagereg
