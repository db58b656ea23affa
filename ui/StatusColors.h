#pragma once

#include "models/domain/Integration.h"
#include "models/webhooks/Delivery.h"

#include <QColor>
#include <QPalette>

namespace garagereg {

// The colours of statuses on the dashboard, tuned to the palette: mid tones
// that read on a light window, lighter ones on a dark window. Colour is never
// the only sign: every coloured thing also says its status in words.
class StatusColors
{
public:
    static bool isDark(const QPalette &palette);

    static QColor good(const QPalette &palette);
    static QColor warning(const QPalette &palette);
    static QColor bad(const QPalette &palette);
    static QColor neutral(const QPalette &palette);
    static QColor info(const QPalette &palette);

    static QColor health(HealthStatus status, const QPalette &palette);
    static QColor deliveryStatus(DeliveryStatus status, const QPalette &palette);
    // A success rate, by the thresholds of integration health.
    static QColor successRate(qint64 attempts, qint64 succeeded, const QPalette &palette);
};

} // namespace garagereg
