#pragma once

#include "models/common/HttpHeaders.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace garagereg {

// One HTTP request, read completely (the body within the size limit).
struct HttpRequest
{
    QByteArray method;
    QString path; // decoded, without the query
    QUrlQuery query;
    HttpHeaders headers; // names in lower case
    QByteArray body;
    QHostAddress peer;

    // The first header of that name (case-insensitive), or empty.
    QByteArray header(const QByteArray &name) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    HttpHeaders headers;
};

// An HTTP/1.1 server for the REST API, on libmicrohttpd: its own thread reads
// and writes the sockets, so a slow or stalled client never holds up the Qt
// event loop (which runs deliveries); the handler runs on the server object's
// thread with a whole request. The limits are enforced before the handler:
// connections, requests being handled at once (503 beyond), body size (413,
// refused from Content-Length before the body is read), header memory, and an
// idle timeout per connection.
class ApiHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        unsigned maxConnections = 64;
        int maxConcurrentRequests = 16;
        qint64 maxBodyBytes = 1024 * 1024;
        unsigned idleTimeoutSeconds = 30;
        size_t connectionMemoryBytes = 64 * 1024; // request line and headers must fit
    };
    // Returns the response, possibly later (an ERP test, a ping).
    using Handler = std::function<QFuture<HttpResponse>(const HttpRequest &)>;

    explicit ApiHttpServer(Handler handler, QObject *parent = nullptr);
    ApiHttpServer(Handler handler, Limits limits, QObject *parent = nullptr);
    ~ApiHttpServer() override;

    // Port 0 picks a free port. On failure returns false with the reason.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    // Stops accepting, answers requests still being handled with 503, closes.
    void stop();

    static HttpResponse jsonResponse(int status, const QByteArray &json);

private:
    struct Shared;
    struct Exchange;
    void dispatch(const std::shared_ptr<Exchange> &exchange);

    Handler m_handler;
    Limits m_limits;
    std::shared_ptr<Shared> m_shared;
};

} // namespace garagereg
