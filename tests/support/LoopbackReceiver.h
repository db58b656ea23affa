#pragma once

#include "adapters/http/WebhookSender.h" // HttpHeaders

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace garagereg::test {

// One HTTP request as it arrived at the LoopbackReceiver.
struct ReceivedRequest
{
    QByteArray method;
    QByteArray target;   // the request target as sent, e.g. "/hook?x=1"
    HttpHeaders headers; // as sent: names in their case, in order, duplicates kept
    QByteArray body;
    QDateTime receivedAt; // UTC, real time (when the whole body had arrived)

    // Case-insensitive, the first match; empty when absent.
    QByteArray header(const QByteArray &name) const;
};

// What the LoopbackReceiver does with one request.
struct ScriptedResponse
{
    enum class Behaviour {
        Respond,     // status line, headers, Content-Length (unless scripted) and body; the connection stays open
        NeverAnswer, // reads the request and never answers; the connection stays open until the client closes it
        CloseWithoutAnswer, // closes the connection without a byte of answer
        CloseMidBody,       // headers with the full Content-Length, then half of the body, then closes
        Trickle,            // headers at once, then the body one byte per 50 ms (1 KiB of 'x' when no body is scripted)
        EndlessBody, // headers without Content-Length (Connection: close), then body bytes until the client closes
    };

    int status = 200;
    HttpHeaders headers; // sent as given, after the status line
    QByteArray body;
    Behaviour behaviour = Behaviour::Respond;
    int delayMs = 0; // before the behaviour starts
};

// A tiny HTTP/1.1 server on 127.0.0.1 (a free port) for tests: it records every
// request and answers as scripted. Keep-alive (several requests per connection,
// one after the other), many connections at once, Content-Length request bodies.
// It runs in the thread's event loop; no threads of its own.
//
// The answer to a request: the responder when set, otherwise the next queued
// response, otherwise the default response (200, empty body).
class LoopbackReceiver : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    quint16 port() const;
    QUrl url(const QString &path = QStringLiteral("/hook")) const;

    void setDefaultResponse(const ScriptedResponse &response);
    // Used in order, one per request, then the default.
    void enqueueResponses(const QList<ScriptedResponse> &responses);
    // Overrides both the queue and the default while set; pass {} to unset.
    void setResponder(std::function<ScriptedResponse(const ReceivedRequest &)> responder);

    QList<ReceivedRequest> requests() const;
    int requestCount() const;
    // Connections accepted so far, and open now.
    int connectionCount() const;
    int openConnectionCount() const;

signals:
    // Emitted when a whole request has arrived, before it is answered.
    void requestReceived(const garagereg::test::ReceivedRequest &request);

private:
    struct Connection;

    void accept();
    void processInput(const std::shared_ptr<Connection> &connection);
    ScriptedResponse responseFor(const ReceivedRequest &request);
    void answer(const std::shared_ptr<Connection> &connection, const ScriptedResponse &response);
    void respondNow(const std::shared_ptr<Connection> &connection, const ScriptedResponse &response);
    void answered(const std::shared_ptr<Connection> &connection);
    void feedEndlessBody(const std::shared_ptr<Connection> &connection);
    void closeConnection(const std::shared_ptr<Connection> &connection, QByteArray lastWords = {});

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, std::shared_ptr<Connection>> m_connections;
    int m_connectionsAccepted = 0;
    ScriptedResponse m_defaultResponse;
    QList<ScriptedResponse> m_queue;
    std::function<ScriptedResponse(const ReceivedRequest &)> m_responder;
    QList<ReceivedRequest> m_requests;
};

} // namespace garagereg::test
