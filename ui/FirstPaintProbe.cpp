#include "ui/FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace garagereg {

bool FirstPaintProbe::requested()
{
    return qEnvironmentVariableIsSet("GARAGEREG_REPORT_FIRST_PAINT");
}

FirstPaintProbe::FirstPaintProbe(QObject *window, QElapsedTimer started, QObject *parent)
    : QObject(parent)
    , m_started(started)
{
    window->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // After this paint has finished: report, then leave.
        QTimer::singleShot(0, this, [this] {
            std::printf("first-paint-ms=%lld\n", static_cast<long long>(m_started.elapsed()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace garagereg
