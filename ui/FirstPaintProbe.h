#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace garagereg {

// For the start-up benchmark (bench/run): when GARAGEREG_REPORT_FIRST_PAINT is
// set, prints "first-paint-ms=<N>" (time since `started`) to stdout once the
// main window has painted for the first time, and quits the application.
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    static bool requested();
    FirstPaintProbe(QObject *window, QElapsedTimer started, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_started;
    bool m_reported = false;
};

} // namespace garagereg
