#include "adapters/http/WebhookSenderPool.h"

#include "adapters/http/OutboundGuard.h"

#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QPromise>
#include <QThread>

#include <algorithm>

namespace garagereg {

// A QNetworkAccessManager and its WebhookSender on a thread of their own.
// `anchor` lives on that thread; the others are made and destroyed there.
struct WebhookSenderPool::Lane
{
    QThread thread;
    std::unique_ptr<QObject> anchor;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<OutboundGuard> guard;
    std::unique_ptr<WebhookSender> sender;
    int inFlight = 0; // counted on the pool's thread
};

WebhookSenderPool::WebhookSenderPool(WebhookSender &local, const Clock &clock, int extraThreads, GuardFactory makeGuard,
                                     QObject *parent)
    : QObject(parent)
    , m_local(local)
{
    for (int i = 0; i < extraThreads; ++i) {
        auto lane = std::make_unique<Lane>();
        lane->thread.setObjectName(QStringLiteral("WebhookSender %1").arg(i + 1));
        lane->anchor = std::make_unique<QObject>();
        lane->anchor->moveToThread(&lane->thread);
        lane->thread.start();
        QMetaObject::invokeMethod(
            lane->anchor.get(),
            [laneState = lane.get(), &clock, makeGuard] {
                laneState->network = std::make_unique<QNetworkAccessManager>();
                if (makeGuard)
                    laneState->guard = makeGuard();
                laneState->sender = std::make_unique<WebhookSender>(*laneState->network, clock);
                laneState->sender->setOutboundGuard(laneState->guard.get());
            },
            Qt::BlockingQueuedConnection);
        m_lanes.push_back(std::move(lane));
    }
}

WebhookSenderPool::~WebhookSenderPool()
{
    abortAll();
    for (const std::unique_ptr<Lane> &lane : m_lanes) {
        // The sender first: destroying it finishes what it still has, with the anchor (their context) alive.
        QMetaObject::invokeMethod(
            lane->anchor.get(),
            [laneState = lane.get()] {
                laneState->sender.reset();
                laneState->guard.reset();
                laneState->network.reset();
            },
            Qt::BlockingQueuedConnection);
        lane->thread.quit();
        lane->thread.wait();
        lane->anchor.reset(); // its thread has ended: nothing can reach it now
    }
    takeResults();
    // Nothing should be left; if something is, it ends as aborted rather than never.
    while (!m_pending.empty()) {
        AttemptResult cancelled;
        cancelled.errorClass = AttemptErrorClass::Connection;
        cancelled.errorMessage = cancelledMessage();
        finish(m_pending.begin()->first, cancelled);
    }
}

int WebhookSenderPool::defaultLanes()
{
    return std::clamp(QThread::idealThreadCount(), 1, 2);
}

int WebhookSenderPool::inFlight() const
{
    return m_local.inFlight() + int(m_pending.size());
}

int WebhookSenderPool::inFlightOnLane(int lane) const
{
    if (lane == 0)
        return m_local.inFlight();
    return lane > 0 && lane <= int(m_lanes.size()) ? m_lanes[lane - 1]->inFlight : 0;
}

QFuture<AttemptResult> WebhookSenderPool::send(const OutgoingWebhook &webhook)
{
    Lane *least = nullptr;
    int leastInFlight = m_local.inFlight();
    for (const std::unique_ptr<Lane> &lane : m_lanes) {
        if (lane->inFlight < leastInFlight) {
            least = lane.get();
            leastInFlight = lane->inFlight;
        }
    }
    if (!least)
        return m_local.send(webhook);

    const quint64 serial = ++m_lastSerial;
    Pending &pending = m_pending[serial];
    pending.lane = least;
    pending.promise.start();
    QFuture<AttemptResult> future = pending.promise.future();
    ++least->inFlight;
    sendOn(*least, serial, webhook);
    return future;
}

void WebhookSenderPool::sendOn(Lane &lane, quint64 serial, const OutgoingWebhook &webhook)
{
    QMetaObject::invokeMethod(
        lane.anchor.get(),
        [this, laneState = &lane, serial, webhook] {
            // The future finishes on this lane's thread, where the anchor (the context) lives:
            // the result is handed back from here.
            laneState->sender->send(webhook).then(laneState->anchor.get(), [this, serial](const AttemptResult &result) {
                handBack(serial, result);
            });
        },
        Qt::QueuedConnection);
}

void WebhookSenderPool::handBack(quint64 serial, AttemptResult result)
{
    QMutexLocker locker(&m_resultsMutex);
    m_results.append({serial, std::move(result)});
    if (m_takePosted)
        return;
    // One hand-over for all that finish before this thread gets to them.
    m_takePosted = true;
    QMetaObject::invokeMethod(this, &WebhookSenderPool::takeResults, Qt::QueuedConnection);
}

void WebhookSenderPool::takeResults()
{
    QList<std::pair<quint64, AttemptResult>> results;
    {
        QMutexLocker locker(&m_resultsMutex);
        results.swap(m_results);
        m_takePosted = false;
    }
    for (auto &[serial, result] : results)
        finish(serial, std::move(result));
}

void WebhookSenderPool::finish(quint64 serial, AttemptResult result)
{
    // Taken out first: the continuation may send again, which changes m_pending.
    auto node = m_pending.extract(serial);
    if (node.empty())
        return;
    --node.mapped().lane->inFlight;
    node.mapped().promise.addResult(std::move(result));
    node.mapped().promise.finish();
}

void WebhookSenderPool::abortAll()
{
    m_local.abortAll();
    for (const std::unique_ptr<Lane> &lane : m_lanes) {
        // Queued behind the requests handed to the lane before, so those are aborted too.
        QMetaObject::invokeMethod(
            lane->anchor.get(),
            [laneState = lane.get()] {
                if (laneState->sender)
                    laneState->sender->abortAll();
            },
            Qt::BlockingQueuedConnection);
    }
    // Their results are in m_results now: their futures finish before this returns.
    takeResults();
}

} // namespace garagereg
