#include "adapters/http/ApiHttpServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

using namespace garagereg;

// The HTTP layer of the REST API over real sockets on 127.0.0.1: requests reach
// the handler whole, the limits answer before it, and slow clients hold up nobody.
class TestApiHttpServer : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
        QHash<QByteArray, QByteArray> headers;
    };

    Answer request(quint16 port, const QByteArray &method, const QString &path, const QByteArray &body = {},
                   const QByteArray &contentType = "application/json")
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(15000))
            qFatal("no answer to %s %s", method.constData(), qPrintable(path));
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return answer;
    }

    // A server that echoes what it got, as JSON.
    static std::unique_ptr<ApiHttpServer> echoServer(ApiHttpServer::Limits limits = {})
    {
        auto server = std::make_unique<ApiHttpServer>(
            [](const HttpRequest &request) {
                const QJsonObject echo{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                                       {QStringLiteral("path"), request.path},
                                       {QStringLiteral("query"), request.query.queryItemValue(QStringLiteral("q"))},
                                       {QStringLiteral("body_bytes"), request.body.size()},
                                       {QStringLiteral("peer"), request.peer.toString()},
                                       {QStringLiteral("content_type"),
                                        QString::fromLatin1(request.header("Content-Type"))}};
                return QtFuture::makeReadyFuture(
                    ApiHttpServer::jsonResponse(200, QJsonDocument(echo).toJson(QJsonDocument::Compact)));
            },
            limits);
        QString error;
        if (!server->listen(QHostAddress::LocalHost, 0, &error))
            qFatal("listen: %s", qPrintable(error));
        return server;
    }

private slots:
    void aRequestReachesTheHandlerWhole()
    {
        auto server = echoServer();
        QVERIFY(server->port() != 0);
        const QByteArray body(200 * 1024, 'x');
        const Answer answer = request(server->port(), "POST", QStringLiteral("/api/%C3%A1rva?q=k%C3%A9t"), body);
        QCOMPARE(answer.status, 200);
        const QJsonObject echo = QJsonDocument::fromJson(answer.body).object();
        QCOMPARE(echo.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(echo.value(QLatin1String("path")).toString(), QStringLiteral("/api/árva"));
        QCOMPARE(echo.value(QLatin1String("query")).toString(), QStringLiteral("két"));
        QCOMPARE(echo.value(QLatin1String("body_bytes")).toInt(), body.size());
        QCOMPARE(echo.value(QLatin1String("peer")).toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(echo.value(QLatin1String("content_type")).toString(), QStringLiteral("application/json"));
        QCOMPARE(answer.header("Content-Type"), QByteArrayLiteral("application/json"));
    }

    void anOversizedBodyIsRefusedWith413()
    {
        ApiHttpServer::Limits limits;
        limits.maxBodyBytes = 1000;
        auto server = echoServer(limits);
        // Announced by Content-Length: a little too large is read and refused; far too
        // large is refused before the body is read.
        const Answer announced = request(server->port(), "POST", QStringLiteral("/x"), QByteArray(1001, 'a'));
        QCOMPARE(announced.status, 413);
        QTcpSocket huge;
        huge.connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(huge.waitForConnected(5000));
        huge.write("POST /x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000000000\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(huge.bytesAvailable() > 0, 10000);
        QVERIFY(huge.readAll().startsWith("HTTP/1.1 413"));
        QCOMPARE(QJsonDocument::fromJson(announced.body)
                     .object()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("body_too_large"));
        QCOMPARE(request(server->port(), "POST", QStringLiteral("/x"), QByteArray(1000, 'a')).status, 200);

        // Chunked, without a length: counted as it arrives.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /x HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < 3; ++i)
            socket.write("200\r\n" + QByteArray(512, 'b') + "\r\n");
        socket.write("0\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0 || socket.state() != QAbstractSocket::ConnectedState,
                                 10000);
        QVERIFY2(socket.readAll().startsWith("HTTP/1.1 413"), "a chunked oversized body was not refused");
    }

    // The request line and headers must fit the connection's memory (64 KiB by
    // default): a larger header is refused before the handler sees anything
    // (libmicrohttpd 0.9.75 answers 431; older ones 413 or a closed connection).
    void oversizedHeadersNeverReachTheHandler()
    {
        int handled = 0;
        ApiHttpServer server([&handled](const HttpRequest &) {
            ++handled;
            return QtFuture::makeReadyFuture(ApiHttpServer::jsonResponse(200, "{}"));
        });
        QString error;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /x HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + QByteArray(100 * 1024, 'p') + "\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0 || socket.state() != QAbstractSocket::ConnectedState,
                                 10000);
        const QByteArray answer = socket.readAll();
        QVERIFY2(answer.isEmpty() || answer.startsWith("HTTP/1.1 4"), answer.left(200).constData());
        QCOMPARE(handled, 0);
        // A normal request on a new connection is still served.
        QCOMPARE(request(server.port(), "GET", QStringLiteral("/x")).status, 200);
        QCOMPARE(handled, 1);
    }

    void beyondTheConcurrencyCapTheAnswerIs503()
    {
        ApiHttpServer::Limits limits;
        limits.maxConcurrentRequests = 1;
        auto held = std::make_shared<QPromise<HttpResponse>>();
        int handled = 0;
        ApiHttpServer server(
            [held, &handled](const HttpRequest &) {
                ++handled;
                held->start();
                return held->future();
            },
            limits);
        QString error;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

        QNetworkReply *first = m_network.get(
            QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/slow").arg(server.port()))));
        QTRY_COMPARE(handled, 1);
        const Answer second = request(server.port(), "GET", QStringLiteral("/other"));
        QCOMPARE(second.status, 503);
        QCOMPARE(second.header("Retry-After"), QByteArrayLiteral("1"));
        QCOMPARE(handled, 1);

        // The held request is answered when its handler finishes, from any thread.
        QSignalSpy finished(first, &QNetworkReply::finished);
        held->addResult(ApiHttpServer::jsonResponse(200, "{\"late\":true}"));
        held->finish();
        QVERIFY(finished.wait(10000));
        QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(first->readAll(), QByteArrayLiteral("{\"late\":true}"));
        first->deleteLater();
    }

    void aSlowClientHoldsUpNobody()
    {
        auto server = echoServer();
        // Half a request line, then silence: the server's own thread waits on it.
        QTcpSocket stalled;
        stalled.connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(stalled.waitForConnected(5000));
        stalled.write("POST /x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\nonly-a-bit");
        QVERIFY(stalled.waitForBytesWritten(5000));
        // The event loop and other clients carry on.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(5);
        QCOMPARE(request(server->port(), "GET", QStringLiteral("/fast")).status, 200);
        QTRY_VERIFY(ticks > 3);
        QCOMPARE(stalled.state(), QAbstractSocket::ConnectedState);
    }

    void stoppingAnswersWhatIsStillBeingHandled()
    {
        auto held = std::make_shared<QPromise<HttpResponse>>();
        int handled = 0;
        auto server = std::make_unique<ApiHttpServer>([held, &handled](const HttpRequest &) {
            ++handled;
            held->start();
            return held->future();
        });
        QString error;
        QVERIFY(server->listen(QHostAddress::LocalHost, 0, &error));
        QNetworkReply *reply = m_network.get(
            QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/slow").arg(server->port()))));
        QTRY_COMPARE(handled, 1);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        server.reset(); // stops: the waiting request gets 503, nothing hangs or crashes
        QVERIFY(finished.wait(10000));
        QVERIFY(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 503
                || reply->error() != QNetworkReply::NoError);
        reply->deleteLater();
        held->finish(); // a late answer after the stop is dropped
    }

    void aTakenPortIsAClearError()
    {
        auto first = echoServer();
        ApiHttpServer second([](const HttpRequest &) { return QtFuture::makeReadyFuture(HttpResponse{}); });
        QString error;
        QVERIFY(!second.listen(QHostAddress::LocalHost, first->port(), &error));
        QVERIFY2(error.contains(QString::number(first->port())), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestApiHttpServer)
#include "tst_api_http_server.moc"
