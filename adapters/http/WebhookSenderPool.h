#pragma once

#include "adapters/http/WebhookSender.h"

#include <QMutex>
#include <QObject>
#include <QPromise>

#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace garagereg {

class Clock;
class OutboundGuard;

// Sends webhooks over several lanes, each a QNetworkAccessManager with its own
// WebhookSender: the given one on this object's thread, and one more per extra
// thread. One QNetworkAccessManager hands every request between its own
// thread and Qt's HTTP thread, so neither is busy much more than half the time;
// a second one on another thread puts the rest of two cores to use (the bare
// POST loop on two cores here: about 6,500 requests/s with one, 8,100/s with two).
//
// Each request goes to the lane with the fewest in flight (this thread's on a
// tie, saving the hand-over). Futures finish on this object's thread, as
// WebhookSender's do; the others' results come back in batches. Each lane keeps
// its own connections and its own guard (so its own cache of resolved names).
class WebhookSenderPool
    : public QObject
    , public AbstractWebhookSender
{
    Q_OBJECT

public:
    using GuardFactory = std::function<std::unique_ptr<OutboundGuard>()>;

    // `local` sends on this thread. Each of `extraThreads` lanes gets a thread,
    // a QNetworkAccessManager (the application's proxy settings), a
    // WebhookSender reading `clock` on that thread (so it must be thread-safe,
    // as SystemClock is) and, when `makeGuard` is given, the OutboundGuard it
    // makes on that thread: `local`'s guard belongs to this thread alone.
    WebhookSenderPool(WebhookSender &local, const Clock &clock, int extraThreads, GuardFactory makeGuard = {},
                      QObject *parent = nullptr);
    // Aborts what is in flight (their futures finish as cancelled) and ends the threads.
    ~WebhookSenderPool() override;

    // The lanes a pool of this machine gets by default: two where there are two
    // cores, else one; more gave nothing on two cores.
    static int defaultLanes();

    QFuture<AttemptResult> send(const OutgoingWebhook &webhook) override;
    void abortAll() override;

    int lanes() const { return 1 + int(m_lanes.size()); }
    int inFlight() const;
    // Lane 0 is this thread's.
    int inFlightOnLane(int lane) const;

private:
    struct Lane;
    struct Pending
    {
        QPromise<AttemptResult> promise;
        Lane *lane = nullptr;
    };

    void sendOn(Lane &lane, quint64 serial, const OutgoingWebhook &webhook);
    // On a lane's thread: keeps the result for takeResults() on this thread.
    void handBack(quint64 serial, AttemptResult result);
    void takeResults();
    void finish(quint64 serial, AttemptResult result);

    WebhookSender &m_local;
    std::vector<std::unique_ptr<Lane>> m_lanes;
    std::unordered_map<quint64, Pending> m_pending; // sent on other lanes, by serial
    quint64 m_lastSerial = 0;

    QMutex m_resultsMutex; // guards the two below, written on the lanes' threads
    QList<std::pair<quint64, AttemptResult>> m_results;
    bool m_takePosted = false;
};

} // namespace garagereg
