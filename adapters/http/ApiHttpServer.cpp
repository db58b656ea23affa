#include "adapters/http/ApiHttpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <microhttpd.h>

#include <cstring>

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#endif

namespace garagereg {

QByteArray HttpRequest::header(const QByteArray &name) const
{
    const QByteArray wanted = name.toLower();
    for (const auto &[key, value] : headers) {
        if (key == wanted)
            return value;
    }
    return {};
}

// One request from its first byte to its answer. MHD's thread and the Qt
// thread both touch it, under Shared::mutex.
struct ApiHttpServer::Exchange
{
    MHD_Connection *connection = nullptr;
    HttpRequest request;
    bool tooLarge = false;
    bool dispatched = false;
    std::optional<HttpResponse> response;
};

struct ApiHttpServer::Shared
{
    QMutex mutex;
    MHD_Daemon *daemon = nullptr;
    QPointer<ApiHttpServer> server;
    Limits limits;
    int handling = 0;                          // requests given to the handler and not yet answered
    QSet<std::shared_ptr<Exchange>> suspended; // waiting for the handler; resumed before the daemon stops
    bool stopping = false;

    // Called with the mutex held.
    void resume(const std::shared_ptr<Exchange> &exchange, HttpResponse response)
    {
        if (!suspended.remove(exchange))
            return;
        exchange->response = std::move(response);
        --handling;
        MHD_resume_connection(exchange->connection);
    }
};

namespace {

constexpr qint64 drainFactor = 4;

QByteArray errorBody(const char *code, const QString &message)
{
    const QJsonObject error{{QStringLiteral("code"), QLatin1String(code)}, {QStringLiteral("message"), message}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

MHD_Result queue(MHD_Connection *connection, const HttpResponse &answer)
{
    MHD_Response *response = MHD_create_response_from_buffer(size_t(answer.body.size()),
                                                             const_cast<char *>(answer.body.constData()),
                                                             MHD_RESPMEM_MUST_COPY);
    if (!answer.contentType.isEmpty())
        MHD_add_response_header(response, "Content-Type", answer.contentType.constData());
    for (const auto &[name, value] : answer.headers)
        MHD_add_response_header(response, name.constData(), value.constData());
    const MHD_Result result = MHD_queue_response(connection, unsigned(answer.status), response);
    MHD_destroy_response(response);
    return result;
}

MHD_Result collectHeader(void *cls, MHD_ValueKind, const char *key, const char *value)
{
    static_cast<HttpHeaders *>(cls)->append({QByteArray(key).toLower(), QByteArray(value ? value : "")});
    return MHD_YES;
}

MHD_Result collectArgument(void *cls, MHD_ValueKind, const char *key, const char *value)
{
    static_cast<QUrlQuery *>(cls)->addQueryItem(QString::fromUtf8(key), QString::fromUtf8(value ? value : ""));
    return MHD_YES;
}

QHostAddress peerOf(MHD_Connection *connection)
{
    const MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    return info && info->client_addr ? QHostAddress(info->client_addr) : QHostAddress();
}

} // namespace

ApiHttpServer::ApiHttpServer(Handler handler, QObject *parent)
    : ApiHttpServer(std::move(handler), Limits{}, parent)
{
}

ApiHttpServer::ApiHttpServer(Handler handler, Limits limits, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_limits(limits)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->server = this;
    m_shared->limits = limits;
}

ApiHttpServer::~ApiHttpServer()
{
    stop();
}

HttpResponse ApiHttpServer::jsonResponse(int status, const QByteArray &json)
{
    return HttpResponse{status, QByteArrayLiteral("application/json"), json, {}};
}

bool ApiHttpServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    stop();
    sockaddr_storage storage{};
    unsigned flags = MHD_USE_AUTO_INTERNAL_THREAD | MHD_ALLOW_SUSPEND_RESUME;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *ipv6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        ipv6->sin6_family = AF_INET6;
        ipv6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&ipv6->sin6_addr, bytes.c, sizeof bytes.c);
        flags |= MHD_USE_IPv6;
    } else {
        auto *ipv4 = reinterpret_cast<sockaddr_in *>(&storage);
        ipv4->sin_family = AF_INET;
        ipv4->sin_port = htons(port);
        ipv4->sin_addr.s_addr = htonl(address.toIPv4Address());
    }

    static const MHD_AccessHandlerCallback access = [](void *cls, MHD_Connection *connection, const char *url,
                                                       const char *method, const char *, const char *uploadData,
                                                       size_t *uploadSize, void **context) -> MHD_Result {
        auto *shared = static_cast<Shared *>(cls);
        auto *slot = reinterpret_cast<std::shared_ptr<Exchange> **>(context);
        if (!*slot) {
            // First call: only the headers are there. Refuse an announced oversized body now.
            auto exchange = std::make_shared<Exchange>();
            exchange->connection = connection;
            exchange->request.method = method;
            exchange->request.path = QUrl::fromPercentEncoding(QByteArray(url));
            MHD_get_connection_values(connection, MHD_HEADER_KIND, collectHeader, &exchange->request.headers);
            MHD_get_connection_values(connection, MHD_GET_ARGUMENT_KIND, collectArgument, &exchange->request.query);
            exchange->request.peer = peerOf(connection);
            *slot = new std::shared_ptr<Exchange>(exchange);
            bool lengthOk = true;
            const qint64 announced = exchange->request.header("content-length").toLongLong(&lengthOk);
            if (lengthOk && announced > shared->limits.maxBodyBytes) {
                exchange->tooLarge = true;
                // A body a little too large is read and dropped, so a client that sends
                // before it listens still reads the 413; a huge one is not worth reading.
                if (announced <= drainFactor * shared->limits.maxBodyBytes)
                    return MHD_YES;
                return queue(connection,
                             jsonResponse(413, errorBody("body_too_large",
                                                         ApiHttpServer::tr("The request body is larger than %1 bytes.")
                                                             .arg(shared->limits.maxBodyBytes))));
            }
            return MHD_YES;
        }
        const std::shared_ptr<Exchange> exchange = **slot;
        if (*uploadSize > 0) {
            if (exchange->request.body.size() + qint64(*uploadSize) > shared->limits.maxBodyBytes)
                exchange->tooLarge = true; // keep reading (and dropping) the rest, then answer 413
            else
                exchange->request.body.append(uploadData, qsizetype(*uploadSize));
            *uploadSize = 0;
            return MHD_YES;
        }
        if (exchange->response)
            return queue(connection, *exchange->response); // the handler answered; we were resumed
        if (exchange->tooLarge)
            return queue(connection,
                         jsonResponse(413, errorBody("body_too_large",
                                                     ApiHttpServer::tr("The request body is larger than %1 bytes.")
                                                         .arg(shared->limits.maxBodyBytes))));
        QMutexLocker lock(&shared->mutex);
        if (shared->stopping || !shared->server)
            return queue(connection,
                         jsonResponse(503, errorBody("unavailable", ApiHttpServer::tr("The server is stopping."))));
        if (shared->handling >= shared->limits.maxConcurrentRequests) {
            HttpResponse busy =
                jsonResponse(503,
                             errorBody("busy", ApiHttpServer::tr("Too many requests at once; try again shortly.")));
            busy.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
            return queue(connection, busy);
        }
        ++shared->handling;
        shared->suspended.insert(exchange);
        MHD_suspend_connection(connection);
        QMetaObject::invokeMethod(
            shared->server.data(),
            [server = shared->server, exchange] {
                if (server)
                    server->dispatch(exchange);
            },
            Qt::QueuedConnection);
        return MHD_YES;
    };
    static const MHD_RequestCompletedCallback completed = [](void *, MHD_Connection *, void **context,
                                                             MHD_RequestTerminationCode) {
        delete static_cast<std::shared_ptr<Exchange> *>(*context);
        *context = nullptr;
    };

    MHD_Daemon *daemon = MHD_start_daemon(flags, port, nullptr, nullptr, access, m_shared.get(), MHD_OPTION_SOCK_ADDR,
                                          reinterpret_cast<sockaddr *>(&storage), MHD_OPTION_CONNECTION_LIMIT,
                                          m_limits.maxConnections, MHD_OPTION_CONNECTION_TIMEOUT,
                                          m_limits.idleTimeoutSeconds, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
                                          m_limits.connectionMemoryBytes, MHD_OPTION_NOTIFY_COMPLETED, completed,
                                          nullptr, MHD_OPTION_END);
    if (!daemon) {
        *error = tr("Could not listen on %1 port %2 (in use, or not an address of this machine).")
                     .arg(address.toString())
                     .arg(port);
        return false;
    }
    QMutexLocker lock(&m_shared->mutex);
    m_shared->daemon = daemon;
    m_shared->stopping = false;
    return true;
}

quint16 ApiHttpServer::port() const
{
    QMutexLocker lock(&m_shared->mutex);
    if (!m_shared->daemon)
        return 0;
    const MHD_DaemonInfo *info = MHD_get_daemon_info(m_shared->daemon, MHD_DAEMON_INFO_BIND_PORT);
    return info ? info->port : 0;
}

void ApiHttpServer::dispatch(const std::shared_ptr<Exchange> &exchange)
{
    QFuture<HttpResponse> answer;
    try {
        answer = m_handler(exchange->request);
    } catch (...) {
        answer = QtFuture::makeReadyFuture(
            jsonResponse(500, errorBody("internal", ApiHttpServer::tr("The request could not be handled."))));
    }
    // Whatever thread finishes the future, resuming is thread-safe; the shared
    // state outlives the server object, so a late answer after stop() is dropped.
    answer.then([shared = m_shared, exchange](QFuture<HttpResponse> finished) {
        // A handler that failed or gave up (a cancelled future) still gets the client an answer.
        HttpResponse response = jsonResponse(500, errorBody("internal",
                                                            ApiHttpServer::tr("The request could not be handled.")));
        try {
            if (finished.resultCount() > 0)
                response = finished.result();
        } catch (...) {
        }
        QMutexLocker lock(&shared->mutex);
        shared->resume(exchange, response);
    });
}

void ApiHttpServer::stop()
{
    MHD_Daemon *daemon = nullptr;
    {
        QMutexLocker lock(&m_shared->mutex);
        if (!m_shared->daemon)
            return;
        m_shared->stopping = true;
        // MHD may not stop with suspended connections: answer them first.
        const auto waiting = m_shared->suspended;
        for (const std::shared_ptr<Exchange> &exchange : waiting)
            m_shared->resume(exchange,
                             jsonResponse(503, errorBody("unavailable", ApiHttpServer::tr("The server is stopping."))));
        daemon = std::exchange(m_shared->daemon, nullptr);
    }
    MHD_stop_daemon(daemon);
}

} // namespace garagereg
