#pragma once

#include <QObject>

class QSocketNotifier;

namespace garagereg {

// Turns SIGTERM and SIGINT into a Qt signal on the event loop, so the worker
// can stop cleanly (finish or release what is in flight). The self-pipe trick:
// the handler only writes a byte. On other systems it never fires.
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
