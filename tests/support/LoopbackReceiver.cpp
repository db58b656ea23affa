#include "tests/support/LoopbackReceiver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace garagereg::test {

namespace {

constexpr qsizetype maxHeadBytes = 64 * 1024;
constexpr int trickleIntervalMs = 50;
constexpr qsizetype endlessChunkBytes = 64 * 1024;
constexpr qint64 endlessBacklogBytes = 256 * 1024; // written but not yet sent, per connection

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 202: return QByteArrayLiteral("Accepted");
    case 204: return QByteArrayLiteral("No Content");
    case 301: return QByteArrayLiteral("Moved Permanently");
    case 302: return QByteArrayLiteral("Found");
    case 303: return QByteArrayLiteral("See Other");
    case 304: return QByteArrayLiteral("Not Modified");
    case 307: return QByteArrayLiteral("Temporary Redirect");
    case 308: return QByteArrayLiteral("Permanent Redirect");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 410: return QByteArrayLiteral("Gone");
    case 413: return QByteArrayLiteral("Content Too Large");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 431: return QByteArrayLiteral("Request Header Fields Too Large");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    default: return QByteArrayLiteral("Status");
    }
}

bool hasHeader(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray headerValue(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool isTokenChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
           || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// False as soon as the bytes cannot be the start of an HTTP request line (a TLS
// ClientHello, say), so such a client gets a 400 instead of a hang.
bool couldBeRequestLine(const QByteArray &input)
{
    for (const char c : input) {
        if (c == ' ')
            return true;
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool statusHasBody(int status)
{
    return status >= 200 && status != 204 && status != 304;
}

QByteArray simpleAnswer(int status)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
           + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}

} // namespace

QByteArray ReceivedRequest::header(const QByteArray &name) const
{
    return headerValue(headers, name);
}

struct LoopbackReceiver::Connection
{
    QTcpSocket *socket = nullptr;
    QByteArray input;
    bool busy = false; // answering a request; the next one waits (HTTP/1.1 answers in order)
    bool closing = false;
    QByteArray trickle;             // body bytes still to trickle
    QTimer *trickleTimer = nullptr; // a child of the socket
};

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::accept);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        qWarning("LoopbackReceiver: cannot listen on 127.0.0.1: %s", qPrintable(m_server->errorString()));
}

LoopbackReceiver::~LoopbackReceiver()
{
    // Sockets are children of the server; cut them loose from this object first,
    // so nothing calls back into a half-destroyed receiver.
    const auto connections = std::exchange(m_connections, {});
    for (const auto &connection : connections) {
        connection->socket->disconnect(this);
        connection->socket->abort();
    }
    m_server->close();
}

quint16 LoopbackReceiver::port() const
{
    return m_server->serverPort();
}

QUrl LoopbackReceiver::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:") + QString::number(port()) + path);
}

void LoopbackReceiver::setDefaultResponse(const ScriptedResponse &response)
{
    m_defaultResponse = response;
}

void LoopbackReceiver::enqueueResponses(const QList<ScriptedResponse> &responses)
{
    m_queue.append(responses);
}

void LoopbackReceiver::setResponder(std::function<ScriptedResponse(const ReceivedRequest &)> responder)
{
    m_responder = std::move(responder);
}

QList<ReceivedRequest> LoopbackReceiver::requests() const
{
    return m_requests;
}

int LoopbackReceiver::requestCount() const
{
    return int(m_requests.size());
}

int LoopbackReceiver::connectionCount() const
{
    return m_connectionsAccepted;
}

int LoopbackReceiver::openConnectionCount() const
{
    return int(m_connections.size());
}

void LoopbackReceiver::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto connection = std::make_shared<Connection>();
        connection->socket = socket;
        m_connections.insert(socket, connection);
        ++m_connectionsAccepted;
        connect(socket, &QTcpSocket::readyRead, this, [this, connection] {
            connection->input += connection->socket->readAll();
            processInput(connection);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, connection] {
            // The client went away: stops trickling and endless bodies too.
            connection->closing = true;
            if (connection->trickleTimer)
                connection->trickleTimer->stop();
            m_connections.remove(connection->socket);
            connection->socket->deleteLater();
        });
        // Bytes that arrived before the connection was picked up.
        if (socket->bytesAvailable() > 0) {
            connection->input += socket->readAll();
            processInput(connection);
        }
    }
}

void LoopbackReceiver::processInput(const std::shared_ptr<Connection> &connection)
{
    while (!connection->busy && !connection->closing) {
        QByteArray &input = connection->input;
        const qsizetype headEnd = input.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (!couldBeRequestLine(input))
                closeConnection(connection, simpleAnswer(400));
            else if (input.size() > maxHeadBytes)
                closeConnection(connection, simpleAnswer(431));
            return;
        }

        const QList<QByteArray> lines = input.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            closeConnection(connection, simpleAnswer(400));
            return;
        }
        ReceivedRequest request;
        request.method = requestLine.at(0);
        request.target = requestLine.at(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                closeConnection(connection, simpleAnswer(400));
                return;
            }
            request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        if (hasHeader(request.headers, "Transfer-Encoding")) {
            closeConnection(connection, simpleAnswer(501)); // not needed by any test so far
            return;
        }
        qsizetype contentLength = 0;
        if (hasHeader(request.headers, "Content-Length")) {
            bool ok = false;
            contentLength = request.header("Content-Length").toLongLong(&ok);
            if (!ok || contentLength < 0) {
                closeConnection(connection, simpleAnswer(400));
                return;
            }
        }
        const qsizetype bodyStart = headEnd + 4;
        if (input.size() - bodyStart < contentLength)
            return; // the rest of the body is on its way
        request.body = input.mid(bodyStart, contentLength);
        input.remove(0, bodyStart + contentLength);
        request.receivedAt = QDateTime::currentDateTimeUtc();

        connection->busy = true;
        m_requests.append(request);
        const ScriptedResponse response = responseFor(request);
        emit requestReceived(request);
        if (response.delayMs > 0) {
            QTimer::singleShot(response.delayMs, connection->socket,
                               [this, connection, response] { answer(connection, response); });
        } else {
            answer(connection, response);
        }
    }
}

ScriptedResponse LoopbackReceiver::responseFor(const ReceivedRequest &request)
{
    if (m_responder)
        return m_responder(request);
    if (!m_queue.isEmpty())
        return m_queue.takeFirst();
    return m_defaultResponse;
}

void LoopbackReceiver::answer(const std::shared_ptr<Connection> &connection, const ScriptedResponse &response)
{
    if (connection->closing || connection->socket->state() != QAbstractSocket::ConnectedState)
        return;
    using Behaviour = ScriptedResponse::Behaviour;
    switch (response.behaviour) {
    case Behaviour::Respond:
    case Behaviour::CloseMidBody:
    case Behaviour::Trickle:
    case Behaviour::EndlessBody: respondNow(connection, response); return;
    case Behaviour::NeverAnswer: return; // busy for good: later requests on this connection wait too
    case Behaviour::CloseWithoutAnswer: closeConnection(connection); return;
    }
}

void LoopbackReceiver::respondNow(const std::shared_ptr<Connection> &connection, const ScriptedResponse &response)
{
    using Behaviour = ScriptedResponse::Behaviour;
    QByteArray body = response.body;
    if (body.isEmpty() && (response.behaviour == Behaviour::CloseMidBody || response.behaviour == Behaviour::Trickle))
        body = QByteArray(1024, 'x');
    const bool endless = response.behaviour == Behaviour::EndlessBody;
    const bool withBody = statusHasBody(response.status);

    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (withBody && !endless && !hasHeader(response.headers, "Content-Length")
        && !hasHeader(response.headers, "Transfer-Encoding"))
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (!hasHeader(response.headers, "Connection"))
        head += endless ? QByteArrayLiteral("Connection: close\r\n") : QByteArrayLiteral("Connection: keep-alive\r\n");
    head += "\r\n";
    QTcpSocket *socket = connection->socket;
    socket->write(head);

    switch (response.behaviour) {
    case Behaviour::Respond:
        if (withBody)
            socket->write(body);
        if (headerValue(response.headers, "Connection").compare("close", Qt::CaseInsensitive) == 0)
            closeConnection(connection);
        else
            answered(connection);
        return;
    case Behaviour::CloseMidBody:
        socket->write(body.left(body.size() / 2));
        closeConnection(connection);
        return;
    case Behaviour::Trickle:
        connection->trickle = body;
        if (!connection->trickleTimer) {
            connection->trickleTimer = new QTimer(socket);
            connection->trickleTimer->setInterval(trickleIntervalMs);
            connection->trickleTimer->setTimerType(Qt::PreciseTimer); // a coarse one may come 5 % early
            connect(connection->trickleTimer, &QTimer::timeout, this, [this, connection] {
                if (connection->closing || connection->trickle.isEmpty()) {
                    connection->trickleTimer->stop();
                    return;
                }
                connection->socket->write(connection->trickle.left(1));
                connection->trickle.remove(0, 1);
                if (connection->trickle.isEmpty()) {
                    connection->trickleTimer->stop();
                    answered(connection);
                }
            });
        }
        connection->trickleTimer->start();
        return;
    case Behaviour::EndlessBody:
        connect(socket, &QTcpSocket::bytesWritten, this, [this, connection] { feedEndlessBody(connection); });
        feedEndlessBody(connection);
        return;
    case Behaviour::NeverAnswer:
    case Behaviour::CloseWithoutAnswer: return;
    }
}

void LoopbackReceiver::answered(const std::shared_ptr<Connection> &connection)
{
    connection->busy = false;
    // The next request on this connection, if one is waiting; not recursively.
    if (!connection->input.isEmpty())
        QTimer::singleShot(0, connection->socket, [this, connection] { processInput(connection); });
}

void LoopbackReceiver::feedEndlessBody(const std::shared_ptr<Connection> &connection)
{
    static const QByteArray chunk(endlessChunkBytes, 'e');
    QTcpSocket *socket = connection->socket;
    while (!connection->closing && socket->state() == QAbstractSocket::ConnectedState
           && socket->bytesToWrite() < endlessBacklogBytes)
        socket->write(chunk);
}

void LoopbackReceiver::closeConnection(const std::shared_ptr<Connection> &connection, QByteArray lastWords)
{
    if (connection->closing)
        return;
    connection->closing = true;
    if (!lastWords.isEmpty())
        connection->socket->write(lastWords);
    // Sends what is written, then FIN; "disconnected" removes the connection.
    connection->socket->disconnectFromHost();
}

} // namespace garagereg::test
