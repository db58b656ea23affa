#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace garagereg::soak {

// One request the receiver got: which subscription (the path /hook/<n>), which
// event (the body's event_id) and under which request id (X-GarageReg-Request-ID,
// or webhook-id for standard-webhooks).
struct ReceivedWebhook
{
    int subscription = 0;
    QByteArray eventId;
    QByteArray requestId;
    qint64 receivedAtMs = 0; // since the receiver started
    int connection = 0;      // which TCP connection brought it (1, 2, ... in accept order)
};

// A lean HTTP/1.1 receiver on 127.0.0.1 (a free port) for the crash soak: it
// records every request and answers 200 at once, keep-alive. It runs on a
// thread of its own, so the harness's own work (inserting events, killing and
// starting workers) never delays an answer.
class SoakReceiver
{
public:
    SoakReceiver();
    ~SoakReceiver();
    SoakReceiver(const SoakReceiver &) = delete;
    SoakReceiver &operator=(const SoakReceiver &) = delete;

    quint16 port() const { return m_port; }

    // Requests so far, and (event, subscription) pairs seen at least once.
    qint64 requestCount() const { return m_requestCount.load(); }
    qint64 uniquePairCount() const { return m_uniquePairs.load(); }
    QList<ReceivedWebhook> requests() const;

private:
    class Server;
    friend class Server;
    void record(ReceivedWebhook request);

    std::unique_ptr<QThread> m_thread; // runs the server and its event loop
    quint16 m_port = 0;
    QElapsedTimer m_clock;
    mutable QMutex m_mutex;
    QList<ReceivedWebhook> m_requests;
    QHash<QByteArray, int> m_pairs; // "subscription/event" -> times seen
    std::atomic<qint64> m_requestCount{0};
    std::atomic<qint64> m_uniquePairs{0};
};

} // namespace garagereg::soak
