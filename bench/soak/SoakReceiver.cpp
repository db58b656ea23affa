#include "bench/soak/SoakReceiver.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QMutexLocker>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>

namespace garagereg::soak {

namespace {

// The value of a header (case-insensitive name) in the header block, empty when absent.
QByteArray headerValue(const QByteArray &head, const QByteArray &lowerName)
{
    qsizetype start = 0;
    while (start < head.size()) {
        qsizetype end = head.indexOf("\r\n", start);
        if (end < 0)
            end = head.size();
        const qsizetype colon = head.indexOf(':', start);
        if (colon > start && colon < end && head.mid(start, colon - start).trimmed().toLower() == lowerName)
            return head.mid(colon + 1, end - colon - 1).trimmed();
        start = end + 2;
    }
    return {};
}

QByteArray eventIdOf(const QByteArray &body)
{
    static const QByteArray key = QByteArrayLiteral("\"event_id\":\"");
    const qsizetype at = body.indexOf(key);
    if (at < 0)
        return {};
    const qsizetype from = at + key.size();
    const qsizetype to = body.indexOf('"', from);
    return to < 0 ? QByteArray() : body.mid(from, to - from);
}

} // namespace

// Runs on the receiver's thread.
class SoakReceiver::Server : public QObject
{
public:
    explicit Server(SoakReceiver &owner)
        : m_owner(owner)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                socket->setProperty("serial", ++m_connections);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    quint16 listen()
    {
        m_server.setMaxPendingConnections(1000);
        return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0;
    }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        QByteArray answers;
        for (;;) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                break;
            const QByteArray head = buffer.left(headEnd);
            const qint64 length = headerValue(head, "content-length").toLongLong();
            if (buffer.size() < headEnd + 4 + length)
                break;
            const QByteArray body = buffer.mid(headEnd + 4, length);
            const qsizetype lineEnd = head.indexOf("\r\n");
            const QList<QByteArray> requestLine = head.left(lineEnd < 0 ? head.size() : lineEnd).split(' ');
            const QByteArray target = requestLine.value(1);
            ReceivedWebhook request;
            request.connection = socket->property("serial").toInt();
            request.subscription = target.mid(target.lastIndexOf('/') + 1).toInt();
            request.eventId = eventIdOf(body);
            request.requestId = headerValue(head, "x-garagereg-request-id");
            if (request.requestId.isEmpty())
                request.requestId = headerValue(head, "webhook-id");
            m_owner.record(std::move(request));
            answers += QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
            buffer.remove(0, headEnd + 4 + length);
        }
        if (!answers.isEmpty())
            socket->write(answers);
        if (socket->state() != QAbstractSocket::ConnectedState)
            m_buffers.remove(socket);
    }

    SoakReceiver &m_owner;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_connections = 0;
};

SoakReceiver::SoakReceiver()
{
    m_clock.start();
    QSemaphore listening;
    m_thread.reset(QThread::create([this, &listening] {
        Server server(*this);
        m_port = server.listen();
        listening.release();
        QEventLoop loop;
        loop.exec(); // until m_thread->quit()
    }));
    m_thread->setObjectName(QStringLiteral("SoakReceiver"));
    m_thread->start();
    listening.acquire();
}

SoakReceiver::~SoakReceiver()
{
    m_thread->quit();
    m_thread->wait();
}

void SoakReceiver::record(ReceivedWebhook request)
{
    QMutexLocker locker(&m_mutex);
    request.receivedAtMs = m_clock.elapsed();
    const QByteArray pair = QByteArray::number(request.subscription) + '/' + request.eventId;
    if (m_pairs[pair]++ == 0)
        ++m_uniquePairs;
    m_requests.append(std::move(request));
    ++m_requestCount;
}

QList<ReceivedWebhook> SoakReceiver::requests() const
{
    QMutexLocker locker(&m_mutex);
    return m_requests;
}

} // namespace garagereg::soak
