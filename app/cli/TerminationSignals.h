#pragma once

#include <QObject>

class QSocketNotifier;

namespace garagereg {

// Turns SIGTERM and SIGINT (Unix) or Ctrl+C, Ctrl+Break and closing the console
// (Windows) into a Qt signal on the event loop, so the worker can stop cleanly
// (finish or release what is in flight). On Unix the self-pipe trick: the
// handler only writes a byte; on Windows the console handler, which runs on a
// thread of its own, queues the signal.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

signals:
    void received();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace garagereg
