#include "adapters/http/WebhookSender.h"
#include "tests/support/FakeClock.h"
#include "tests/support/LoopbackReceiver.h"
#include "tests/support/WaitForFuture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace garagereg;
using namespace garagereg::test;
using namespace std::chrono_literals;

namespace {

using Behaviour = ScriptedResponse::Behaviour;

QString classOf(const AttemptResult &result)
{
    return attemptErrorClassName(result.errorClass);
}

// What a failure prints, so a wrong class says why.
QByteArray describe(const AttemptResult &result)
{
    return (QStringLiteral("class=\"") + classOf(result) + QStringLiteral("\" status=")
            + (result.httpStatus ? QString::number(*result.httpStatus) : QStringLiteral("none"))
            + QStringLiteral(" message=\"") + result.errorMessage + QStringLiteral("\" durationMs=")
            + QString::number(result.durationMs))
        .toUtf8();
}

HttpHeaders webhookHeaders(const QByteArray &requestId = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
{
    return {
        {"Content-Type", "application/json"},
        {"User-Agent", "GarageReg-Webhook/2.0"},
        {"X-GarageReg-Event", "gate.inspection_due"},
        {"X-GarageReg-Request-ID", requestId},
        {"X-GarageReg-Timestamp", "1768465800"},
        {"X-GarageReg-Signature", "sha256=3f1c2a0d9e8b7c6a5f4e3d2c1b0a99887766554433221100ffeeddccbbaa9988"},
        {"webhook-id", "msg_2b9Qk"}, // lower case stays lower case
    };
}

OutgoingWebhook webhookTo(const QUrl &url, std::chrono::milliseconds timeout = 10s)
{
    return OutgoingWebhook{url,
                           QByteArrayLiteral(R"({"event_id":"e1","event_type":"gate.inspection_due","data":{}})"),
                           webhookHeaders(),
                           timeout,
                           {}};
}

ScriptedResponse respond(int status, QByteArray body = {}, HttpHeaders headers = {})
{
    ScriptedResponse response;
    response.status = status;
    response.body = std::move(body);
    response.headers = std::move(headers);
    return response;
}

ScriptedResponse behave(Behaviour behaviour, QByteArray body = {})
{
    ScriptedResponse response;
    response.behaviour = behaviour;
    response.body = std::move(body);
    return response;
}

// Headers Qt adds for the transport; everything else must be exactly ours.
bool isQtTransportHeader(const QByteArray &name)
{
    static const QList<QByteArray> transport{"host", "content-length", "connection", "accept-encoding",
                                             "accept-language"};
    return transport.contains(name.toLower());
}

QByteArray patternBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char('a' + (i * 7 + i / 26) % 26);
    return bytes;
}

// Peak resident memory of this process in KiB (Linux), -1 when unknown.
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

QString httpDate(const QDateTime &at, const QString &format)
{
    return QLocale::c().toString(at.toUTC(), format);
}

} // namespace

class TestWebhookSender : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LoopbackReceiver> m_receiver;
    std::unique_ptr<WebhookSender> m_sender;

    AttemptResult sendAndWait(const OutgoingWebhook &webhook, int waitMs = 15000)
    {
        const QFuture<AttemptResult> future = m_sender->send(webhook);
        if (!waitFor(future, waitMs)) {
            qWarning("the attempt did not finish within %d ms", waitMs);
            return {};
        }
        return future.result();
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<FakeClock>();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setProxy(QNetworkProxy::NoProxy); // whatever the environment says
        m_receiver = std::make_unique<LoopbackReceiver>();
        QVERIFY(m_receiver->port() != 0);
        m_sender = std::make_unique<WebhookSender>(*m_network, *m_clock);
    }

    void cleanup()
    {
        m_sender.reset();
        m_receiver.reset();
        m_network.reset();
        m_clock.reset();
    }

    void errorClassNamesRoundTrip()
    {
        const QList<std::pair<AttemptErrorClass, QString>> names{
            {AttemptErrorClass::None, QString()},
            {AttemptErrorClass::Timeout, QStringLiteral("timeout")},
            {AttemptErrorClass::Connection, QStringLiteral("connection")},
            {AttemptErrorClass::Dns, QStringLiteral("dns")},
            {AttemptErrorClass::Tls, QStringLiteral("tls")},
            {AttemptErrorClass::Http, QStringLiteral("http")},
        };
        for (const auto &[errorClass, name] : names) {
            QCOMPARE(attemptErrorClassName(errorClass), name);
            QVERIFY(attemptErrorClassFromName(name) == errorClass);
        }
        QVERIFY(!attemptErrorClassFromName(QStringLiteral("Timeout")));
        QVERIFY(!attemptErrorClassFromName(QStringLiteral("refused")));
    }

    void sendsExactlyTheGivenHeadersAndBody()
    {
        OutgoingWebhook webhook = webhookTo(m_receiver->url(QStringLiteral("/hooks/garagereg?tenant=7")));
        // Binary-safe: NUL, 0xff, CR LF and UTF-8 must arrive byte for byte.
        webhook.body = QByteArrayLiteral(R"({"event_id":"e1","note":")") + QStringLiteral("kapu ő ű").toUtf8()
                       + QByteArray("\x00\xff\r\n", 4) + QByteArrayLiteral(R"("})");
        QSignalSpy received(m_receiver.get(), &LoopbackReceiver::requestReceived);

        const AttemptResult result = sendAndWait(webhook);
        QVERIFY2(result.succeeded(), describe(result).constData());

        QCOMPARE(received.count(), 1);
        QCOMPARE(m_receiver->requestCount(), 1);
        const ReceivedRequest request = m_receiver->requests().constFirst();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.target, QByteArray("/hooks/garagereg?tenant=7"));
        QCOMPARE(request.body, webhook.body);
        QCOMPARE(request.header("content-length"), QByteArray::number(webhook.body.size()));
        QCOMPARE(request.receivedAt.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(request.receivedAt.msecsTo(QDateTime::currentDateTimeUtc())) < 10000);

        HttpHeaders ours;
        for (const auto &header : request.headers) {
            if (!isQtTransportHeader(header.first))
                ours.append(header);
        }
        QCOMPARE(ours, webhook.headers); // names (case kept), values, order; nothing else
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(request.header("User-Agent"), QByteArray("GarageReg-Webhook/2.0"));
        QCOMPARE(request.header("Cookie"), QByteArray());
    }

    void successStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("200 with body") << 200 << QByteArray("{\"received\":true}");
        QTest::newRow("202") << 202 << QByteArray("queued");
        QTest::newRow("204") << 204 << QByteArray();
    }

    void successStatuses()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        m_receiver->setDefaultResponse(respond(status, body, {{"X-Receiver", "yes"}, {"Retry-After", "30"}}));
        const QDateTime sentAt = m_clock->now();

        const QFuture<AttemptResult> future = m_sender->send(webhookTo(m_receiver->url()));
        QCOMPARE(m_sender->inFlight(), 1);
        m_clock->advanceMs(5000); // startedAt is taken when sending
        QFutureWatcher<AttemptResult> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcher<AttemptResult>::finished);
        watcher.setFuture(future);
        QVERIFY(waitFor(future));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 1000);

        QCOMPARE(future.resultCount(), 1);
        const AttemptResult result = future.result();
        QVERIFY2(result.succeeded(), describe(result).constData());
        QCOMPARE(result.errorClass, AttemptErrorClass::None);
        QCOMPARE(result.errorMessage, QString());
        QCOMPARE(result.httpStatus.value_or(-1), status);
        QCOMPARE(result.responseBody, body);
        QVERIFY(!result.responseTruncated);
        QVERIFY(result.responseHeaders.contains(std::pair<QByteArray, QByteArray>("X-Receiver", "yes")));
        QVERIFY(!result.retryAfterSeconds); // only for 429 and 503
        QCOMPARE(result.redirectLocation, QString());
        QCOMPARE(result.startedAt, sentAt);
        QVERIFY2(result.durationMs >= 0 && result.durationMs < 5000, describe(result).constData());
        QCOMPARE(m_sender->inFlight(), 0);
    }

    void durationCoversTheReceiversDelay()
    {
        ScriptedResponse slow = respond(200, "late");
        slow.delayMs = 250;
        m_receiver->setDefaultResponse(slow);
        const AttemptResult result = sendAndWait(webhookTo(m_receiver->url(), 5s));
        QVERIFY2(result.succeeded(), describe(result).constData());
        QCOMPARE(result.responseBody, QByteArray("late"));
        QVERIFY2(result.durationMs >= 250 && result.durationMs < 3000, describe(result).constData());
    }

    void httpErrorStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<HttpHeaders>("headers");
        QTest::addColumn<QString>("message");
        QTest::newRow("400") << 400 << HttpHeaders{} << QStringLiteral("HTTP 400 Bad Request");
        QTest::newRow("401 with a challenge") << 401 << HttpHeaders{{"WWW-Authenticate", "Basic realm=\"hooks\""}}
                                              << QStringLiteral("HTTP 401 Unauthorized");
        QTest::newRow("404") << 404 << HttpHeaders{} << QStringLiteral("HTTP 404 Not Found");
        QTest::newRow("410") << 410 << HttpHeaders{} << QStringLiteral("HTTP 410 Gone");
        QTest::newRow("500, Retry-After ignored") << 500 << HttpHeaders{{"X-Error-Id", "42"}, {"Retry-After", "30"}}
                                                  << QStringLiteral("HTTP 500 Internal Server Error");
    }

    void httpErrorStatuses()
    {
        QFETCH(int, status);
        QFETCH(HttpHeaders, headers);
        QFETCH(QString, message);
        m_receiver->setDefaultResponse(respond(status, "database down", headers));

        const AttemptResult result = sendAndWait(webhookTo(m_receiver->url()));
        QVERIFY(!result.succeeded());
        QCOMPARE(classOf(result), QStringLiteral("http"));
        QCOMPARE(result.httpStatus.value_or(-1), status);
        QCOMPARE(result.errorMessage, message);
        QCOMPARE(result.responseBody, QByteArray("database down"));
        for (const auto &header : headers)
            QVERIFY(result.responseHeaders.contains(header));
        QVERIFY(!result.retryAfterSeconds);
        QCOMPARE(m_receiver->requestCount(), 1); // no automatic second try (401 included)
    }

    // The stored body holds what arrived, not a buffer sized for the largest body
    // kept (64 KiB, twice that once Qt rounded it up), which every result used to
    // carry through the engine, the record batches and their threads.
    void aShortResponseBodyHoldsNoLargeBuffer()
    {
        m_receiver->setDefaultResponse(respond(200, "ok"));
        const AttemptResult result = sendAndWait(webhookTo(m_receiver->url()));
        QVERIFY(result.succeeded());
        QCOMPARE(result.responseBody, QByteArray("ok"));
        QVERIFY2(result.responseBody.capacity() < 1024, QByteArray::number(result.responseBody.capacity()).constData());
    }

    void redirectIsNotFollowed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("301") << 301 << QStringLiteral("Moved Permanently");
        QTest::newRow("302") << 302 << QStringLiteral("Found");
        QTest::newRow("307") << 307 << QStringLiteral("Temporary Redirect");
        QTest::newRow("308") << 308 << QStringLiteral("Permanent Redirect");
    }

    void redirectIsNotFollowed()
    {
        QFETCH(int, status);
        QFETCH(QString, reason);
        LoopbackReceiver elsewhere;
        const QString location = elsewhere.url(QStringLiteral("/moved")).toString();
        m_receiver->setDefaultResponse(respond(status, "moved", {{"Location", location.toUtf8()}}));

        const AttemptResult result = sendAndWait(webhookTo(m_receiver->url()));
        QVERIFY(!result.succeeded());
        QCOMPARE(classOf(result), QStringLiteral("http"));
        QCOMPARE(result.httpStatus.value_or(-1), status);
        QCOMPARE(result.redirectLocation, location);
        QCOMPARE(result.errorMessage, QStringLiteral("HTTP %1 %2: redirect to %3 not followed")
                                          .arg(QString::number(status), reason, location));
        QCOMPARE(m_receiver->requestCount(), 1);
        QCOMPARE(elsewhere.requestCount(), 0);
    }

    void timeoutWhenTheReceiverNeverAnswers()
    {
        m_receiver->setDefaultResponse(behave(Behaviour::NeverAnswer));
        QElapsedTimer clock;
        clock.start();
        const AttemptResult result = sendAndWait(webhookTo(m_receiver->url(), 300ms));

        QCOMPARE(classOf(result), QStringLiteral("timeout"));
        QCOMPARE(result.errorMessage, QStringLiteral("no complete response within 300 ms"));
        QVERIFY(!result.httpStatus);
        QVERIFY2(result.durationMs >= 300 && result.durationMs < 2300, describe(result).constData());
        QVERIFY(clock.elapsed() < 3000);
        QCOMPARE(m_receiver->requestCount(), 1);
        QCOMPARE(m_sender->inFlight(), 0);
    }

    void eachRequestKeepsItsOwnTimeout()
    {
        // One timer serves every request: a later request with an earlier
        // deadline must not wait for the first one's, nor the first for the later.
        m_receiver->setDefaultResponse(behave(Behaviour::NeverAnswer));
        QElapsedTimer clock;
        clock.start();
        const QFuture<AttemptResult> slow = m_sender->send(webhookTo(m_receiver->url(), 2500ms));
        const QFuture<AttemptResult> fast = m_sender->send(webhookTo(m_receiver->url(), 300ms));
        QVERIFY(waitFor(fast));
        QVERIFY2(clock.elapsed() < 2000, QByteArray::number(clock.elapsed()).constData());
        QCOMPARE(fast.result().errorMessage, QStringLiteral("no complete response within 300 ms"));
        QVERIFY(!slow.isFinished());
        QVERIFY(waitFor(slow));
        QCOMPARE(slow.result().errorMessage, QStringLiteral("no complete response within 2500 ms"));
        QVERIFY2(slow.result().durationMs >= 2500, describe(slow.result()).constData());
        QCOMPARE(m_sender->inFlight(), 0);
    }

    void timeoutCoversATricklingReceiver()
    {
        // A byte every 50 ms: an inactivity timeout would never fire; ours does.
        const QByteArray body = patternBytes(1000);
        m_receiver->setDefaultResponse(behave(Behaviour::Trickle, body));
        const AttemptResult result = sendAndWait(webhookTo(m_receiver->url(), 300ms));

        QCOMPARE(classOf(result), QStringLiteral("timeout"));
        QVERIFY2(result.errorMessage.startsWith(
                     QStringLiteral("no complete response within 300 ms (HTTP 200 OK received, ")),
                 describe(result).constData());
        QCOMPARE(result.httpStatus.value_or(-1), 200); // the headers had arrived
        QVERIFY2(result.responseBody.size() >= 1 && result.responseBody.size() <= 7,
                 QByteArray::number(result.responseBody.size()).constData());
        QVERIFY(body.startsWith(result.responseBody));
        QVERIFY(!result.responseTruncated);
        QVERIFY2(result.durationMs >= 300 && result.durationMs < 2300, describe(result).constData());
        // The receiver stops trickling once the client has gone.
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->openConnectionCount(), 0, 5000);
    }

    void refusedConnectionIsConnection()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();

        const AttemptResult result = sendAndWait(webhookTo(QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(port))));
        QCOMPARE(classOf(result), QStringLiteral("connection"));
        QCOMPARE(result.errorMessage, QStringLiteral("Connection refused"));
        QVERIFY(!result.httpStatus);
        QVERIFY2(result.durationMs < 5000, describe(result).constData());
    }

    void closedWithoutAnswerIsConnection_data()
    {
        QTest::addColumn<int>("delayMs");
        QTest::newRow("at once") << 0;
        QTest::newRow("after 100 ms") << 100;
    }

    void closedWithoutAnswerIsConnection()
    {
        QFETCH(int, delayMs);
        ScriptedResponse close = behave(Behaviour::CloseWithoutAnswer);
        close.delayMs = delayMs;
        m_receiver->setDefaultResponse(close);
        const AttemptResult result = sendAndWait(webhookTo(m_receiver->url()));
        QCOMPARE(classOf(result), QStringLiteral("connection"));
        QCOMPARE(result.errorMessage, QStringLiteral("Connection closed"));
        QVERIFY(!result.httpStatus);
        // Qt 6.4 silently sends the POST once more, on a new connection, when the
        // connection closes before any byte of the answer. Receivers see the same
        // request id twice; the engine still counts one attempt.
        QCOMPARE(m_receiver->requestCount(), 2);
        QCOMPARE(m_receiver->connectionCount(), 2);
        const QList<ReceivedRequest> requests = m_receiver->requests();
        QCOMPARE(requests.at(1).body, requests.at(0).body);
        QCOMPARE(requests.at(1).headers, requests.at(0).headers);
    }

    void closedMidBodyIsConnection()
    {
        const QByteArray body = patternBytes(1000);
        m_receiver->setDefaultResponse(behave(Behaviour::CloseMidBody, body));
        const AttemptResult result = sendAndWait(webhookTo(m_receiver->url()));
        QCOMPARE(classOf(result), QStringLiteral("connection"));
        QCOMPARE(result.errorMessage, QStringLiteral("Connection closed"));
        QCOMPARE(result.httpStatus.value_or(-1), 200); // status and headers are kept
        QCOMPARE(result.responseBody, body.left(500));
        QCOMPARE(m_receiver->requestCount(), 1);
        QVERIFY2(result.durationMs < 5000, describe(result).constData()); // at once, not at the 10 s timeout
    }

    // Headers that never end: Qt 6.4's HTTP parser has no limit on the header
    // block and keeps every line until the attempt's timeout ends it (a timeout,
    // with no header kept). Memory is bounded only by what the receiver manages
    // to send within the timeout; see docs/reliability.md.
    void endlessHeadersEndAtTheTimeout()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        qint64 lines = 0;
        connect(&server, &QTcpServer::newConnection, this, [&server, &lines] {
            QTcpSocket *socket = server.nextPendingConnection();
            const auto feed = [socket, &lines] {
                if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesToWrite() > 64 * 1024)
                    return;
                QByteArray block;
                for (int i = 0; i < 64; ++i)
                    block += "X-Padding-" + QByteArray::number(lines + i) + ": " + QByteArray(1000, 'p') + "\r\n";
                lines += 64;
                socket->write(block);
            };
            connect(socket, &QTcpSocket::readyRead, socket, [socket, feed] {
                socket->readAll();
                if (socket->property("answering").toBool())
                    return;
                socket->setProperty("answering", true);
                socket->write("HTTP/1.1 200 OK\r\n");
                feed();
            });
            connect(socket, &QTcpSocket::bytesWritten, socket, feed);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });

        const AttemptResult result =
            sendAndWait(webhookTo(QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(server.serverPort())), 2s), 30000);
        qInfo("endless headers: %s after %lld header lines of 1 KiB", describe(result).constData(), lines);
        QVERIFY(lines > 100); // they did keep coming
        QVERIFY(!result.succeeded());
        QCOMPARE(classOf(result), QStringLiteral("timeout"));
        QVERIFY(!result.httpStatus);
        QVERIFY(result.responseHeaders.isEmpty());
        QVERIFY(result.responseBody.isEmpty());
        QVERIFY2(result.durationMs >= 1900 && result.durationMs < 6000, describe(result).constData());
    }

    void unknownHostIsDns()
    {
        const AttemptResult result =
            sendAndWait(webhookTo(QUrl(QStringLiteral("http://garagereg-test.invalid:8080/hook")), 20s), 30000);
        QCOMPARE(classOf(result), QStringLiteral("dns"));
        QCOMPARE(result.errorMessage, QStringLiteral("Host garagereg-test.invalid not found"));
        QVERIFY(!result.httpStatus);
        QVERIFY2(result.durationMs < 20000, describe(result).constData());
    }

    void httpsToAPlainHttpReceiverIsTls()
    {
        QUrl url = m_receiver->url();
        url.setScheme(QStringLiteral("https"));
        const AttemptResult result = sendAndWait(webhookTo(url, 5s));
        QCOMPARE(classOf(result), QStringLiteral("tls"));
        QVERIFY2(!result.errorMessage.isEmpty(), describe(result).constData());
        QVERIFY(!result.httpStatus);
        QCOMPARE(m_receiver->requestCount(), 0);
    }

    void untrustedCertificateIsTlsAndNotIgnored()
    {
        // A TLS server with a self-signed certificate made for this run.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString keyFile = dir.filePath(QStringLiteral("key.pem"));
        const QString certificateFile = dir.filePath(QStringLiteral("certificate.pem"));
        QProcess openssl;
        openssl.setStandardOutputFile(QProcess::nullDevice());
        openssl.setStandardErrorFile(QProcess::nullDevice());
        QSignalSpy opensslFinished(&openssl, &QProcess::finished);
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), keyFile,
                       QStringLiteral("-out"), certificateFile});
        const bool made = (!opensslFinished.isEmpty() || opensslFinished.wait(20000))
                          && openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0;
        if (!made)
            QSKIP("the openssl command is not available to make a test certificate");
        QFile keyPem(keyFile);
        QFile certificatePem(certificateFile);
        QVERIFY(keyPem.open(QIODevice::ReadOnly) && certificatePem.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setPrivateKey(QSslKey(keyPem.readAll(), QSsl::Ec));
        configuration.setLocalCertificate(QSslCertificate(certificatePem.readAll()));
        QVERIFY(!configuration.privateKey().isNull() && !configuration.localCertificate().isNull());

        QSslServer server;
        server.setSslConfiguration(configuration);
        QByteArray plaintext; // what the server decrypted: must stay empty
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [&server, &plaintext] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, &server,
                        [socket, &plaintext] { plaintext += socket->readAll(); });
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        const AttemptResult result = sendAndWait(
            webhookTo(QUrl(QStringLiteral("https://127.0.0.1:%1/hook").arg(server.serverPort())), 5s));
        QCOMPARE(classOf(result), QStringLiteral("tls"));
        QCOMPARE(result.errorMessage,
                 QStringLiteral("SSL handshake failed: The certificate is self-signed, and untrusted"));
        QVERIFY(!result.httpStatus);
        QVERIFY2(result.durationMs < 4000, describe(result).constData()); // failed, not timed out
        QCOMPARE(plaintext, QByteArray());
    }

    void responseBodyIsTruncated_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<bool>("truncated");
        QTest::newRow("exactly 64 KiB") << qsizetype(64 * 1024) << false;
        QTest::newRow("64 KiB + 1") << qsizetype(64 * 1024 + 1) << true;
        QTest::newRow("200 KiB") << qsizetype(200 * 1024) << true;
        QTest::newRow("10 MiB (under the abort limit)") << qsizetype(10 * 1024 * 1024) << true;
    }

    void responseBodyIsTruncated()
    {
        QFETCH(qsizetype, size);
        QFETCH(bool, truncated);
        const QByteArray body = patternBytes(size);
        m_receiver->setDefaultResponse(respond(200, body));

        const AttemptResult result = sendAndWait(webhookTo(m_receiver->url()));
        QVERIFY2(result.succeeded(), describe(result).constData()); // a long answer is still a delivery
        QCOMPARE(result.responseBody.size(), qsizetype(WebhookSender::storedBodyLimit));
        QCOMPARE(result.responseBody, body.left(WebhookSender::storedBodyLimit));
        QCOMPARE(result.responseTruncated, truncated);
    }

    void endlessBodyIsCutOff()
    {
        m_receiver->setDefaultResponse(behave(Behaviour::EndlessBody));
        const qint64 peakBefore = peakResidentKiB();

        const AttemptResult result = sendAndWait(webhookTo(m_receiver->url(), 30s), 40000);
        QVERIFY(!result.succeeded());
        QCOMPARE(classOf(result), QStringLiteral("http"));
        QCOMPARE(result.errorMessage, QStringLiteral("the response exceeded the limit of %1 bytes and was aborted")
                                          .arg(WebhookSender::maxResponseBytes));
        QCOMPARE(result.httpStatus.value_or(-1), 200);
        QCOMPARE(result.responseBody.size(), qsizetype(WebhookSender::storedBodyLimit));
        QVERIFY(result.responseTruncated);
        QVERIFY2(result.durationMs < 30000, describe(result).constData()); // cut off by size, not by the timeout
        const qint64 peakAfter = peakResidentKiB();
        qInfo("endless body: cut off after %lld ms, peak RSS grew by %lld KiB", result.durationMs,
              peakAfter - peakBefore);
        QVERIFY2(peakAfter - peakBefore < 96 * 1024, QByteArray::number(peakAfter - peakBefore).constData());
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->openConnectionCount(), 0, 5000);
    }

    // A finite answer larger than the limit, announced in Content-Length: read
    // up to the limit (never buffered whole), then aborted as a failed attempt.
    void giganticBodyIsCutOff()
    {
        const QByteArray body = patternBytes(WebhookSender::maxResponseBytes + 4 * 1024 * 1024); // 20 MiB
        m_receiver->setDefaultResponse(respond(200, body));

        const AttemptResult result = sendAndWait(webhookTo(m_receiver->url(), 30s), 40000);
        QVERIFY(!result.succeeded());
        QCOMPARE(classOf(result), QStringLiteral("http"));
        QCOMPARE(result.errorMessage, QStringLiteral("the response exceeded the limit of %1 bytes and was aborted")
                                          .arg(WebhookSender::maxResponseBytes));
        QCOMPARE(result.httpStatus.value_or(-1), 200);
        // What is kept is the first 64 KiB, whatever came after.
        QCOMPARE(result.responseBody.size(), qsizetype(WebhookSender::storedBodyLimit));
        QCOMPARE(result.responseBody, body.left(WebhookSender::storedBodyLimit));
        QVERIFY(result.responseTruncated);
        QVERIFY2(result.durationMs < 30000, describe(result).constData()); // cut off, not timed out
    }

    void retryAfter_data()
    {
        const QDateTime now = FakeClock().now(); // 2026-01-15 08:30:00.125 UTC
        const QString imf = QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("value"); // empty: no Retry-After header
        QTest::addColumn<qint64>("expected");  // -1: none
        QTest::newRow("429 seconds") << 429 << QByteArray("120") << qint64(120);
        QTest::newRow("503 seconds") << 503 << QByteArray(" 120 ") << qint64(120);
        QTest::newRow("429 zero") << 429 << QByteArray("0") << qint64(0);
        QTest::newRow("429 IMF-fixdate +90 s") << 429 << httpDate(now.addSecs(90), imf).toLatin1() << qint64(90);
        QTest::newRow("503 IMF-fixdate +90 s") << 503 << httpDate(now.addSecs(90), imf).toLatin1() << qint64(90);
        QTest::newRow("429 RFC 850 date +90 s")
            << 429 << httpDate(now.addSecs(90), QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'")).toLatin1()
            << qint64(90);
        QTest::newRow("429 asctime date +90 s")
            << 429 << httpDate(now.addSecs(90), QStringLiteral("ddd MMM d HH:mm:ss yyyy")).toLatin1() << qint64(90);
        QTest::newRow("429 date in the past") << 429 << httpDate(now.addSecs(-600), imf).toLatin1() << qint64(0);
        QTest::newRow("429 a week") << 429 << QByteArray("604800") << qint64(86400);
        QTest::newRow("429 beyond 64 bits") << 429 << QByteArray("99999999999999999999999") << qint64(86400);
        QTest::newRow("503 date in a year") << 503 << httpDate(now.addDays(365), imf).toLatin1() << qint64(86400);
        QTest::newRow("429 garbage") << 429 << QByteArray("soon") << qint64(-1);
        QTest::newRow("429 negative") << 429 << QByteArray("-5") << qint64(-1);
        QTest::newRow("429 without header") << 429 << QByteArray() << qint64(-1);
        QTest::newRow("500 ignores it") << 500 << QByteArray("120") << qint64(-1);
    }

    void retryAfter()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        HttpHeaders headers;
        if (!value.isEmpty())
            headers.append({"Retry-After", value});
        m_receiver->setDefaultResponse(respond(status, "slow down", headers));

        const AttemptResult result = sendAndWait(webhookTo(m_receiver->url()));
        QCOMPARE(classOf(result), QStringLiteral("http"));
        QCOMPARE(result.httpStatus.value_or(-1), status);
        QCOMPARE(result.retryAfterSeconds.value_or(-1), expected);
        if (status == 429)
            QCOMPARE(result.errorMessage, QStringLiteral("HTTP 429 Too Many Requests"));
        if (status == 503)
            QCOMPARE(result.errorMessage, QStringLiteral("HTTP 503 Service Unavailable"));
    }

    void abortAllFinishesEveryPendingFuture()
    {
        // Only the request sent again by a continuation gets an answer.
        m_receiver->setResponder([](const ReceivedRequest &request) {
            return request.header("X-GarageReg-Request-ID") == "sent-again" ? respond(200, "ok")
                                                                            : behave(Behaviour::NeverAnswer);
        });
        // 8 requests: 6 on the wire (Qt's connections per host), 2 queued inside Qt.
        QList<QFuture<AttemptResult>> futures;
        for (int i = 0; i < 8; ++i)
            futures.append(m_sender->send(webhookTo(m_receiver->url())));
        QCOMPARE(m_sender->inFlight(), 8);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requestCount(), 6, 5000);
        // A continuation that sends again while abortAll() is at work: the new
        // request is not one of those aborted.
        QFuture<AttemptResult> sentAgain;
        const QFuture<void> continuation = futures.first().then(this, [this, &sentAgain](const AttemptResult &) {
            OutgoingWebhook webhook = webhookTo(m_receiver->url());
            webhook.headers = webhookHeaders("sent-again");
            sentAgain = m_sender->send(webhook);
        });

        m_sender->abortAll();
        for (const QFuture<AttemptResult> &future : std::as_const(futures)) {
            QVERIFY(future.isFinished()); // at once, no event loop needed
            QCOMPARE(future.resultCount(), 1);
            const AttemptResult result = future.result();
            QCOMPARE(classOf(result), QStringLiteral("connection"));
            QCOMPARE(result.errorMessage, QStringLiteral("cancelled"));
        }
        QVERIFY(waitFor(continuation));
        QVERIFY(waitFor(sentAgain));
        QVERIFY2(sentAgain.result().succeeded(), describe(sentAgain.result()).constData());
        QCOMPARE(m_sender->inFlight(), 0);
        m_sender->abortAll(); // nothing left: harmless

        // The sender still works afterwards.
        m_receiver->setResponder({});
        m_receiver->setDefaultResponse(respond(200, "ok"));
        const AttemptResult after = sendAndWait(webhookTo(m_receiver->url()));
        QVERIFY2(after.succeeded(), describe(after).constData());
    }

    void destructorFinishesPendingFutures()
    {
        m_receiver->setDefaultResponse(behave(Behaviour::NeverAnswer));
        const QFuture<AttemptResult> first = m_sender->send(webhookTo(m_receiver->url()));
        const QFuture<AttemptResult> second = m_sender->send(webhookTo(m_receiver->url()));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requestCount(), 2, 5000);

        m_sender.reset();
        for (const QFuture<AttemptResult> &future : {first, second}) {
            QVERIFY(future.isFinished());
            QCOMPARE(future.resultCount(), 1);
            QCOMPARE(classOf(future.result()), QStringLiteral("connection"));
            QCOMPARE(future.result().errorMessage, QStringLiteral("cancelled"));
        }
    }

    void networkManagerDeletedFirstFinishesFutures()
    {
        m_receiver->setDefaultResponse(behave(Behaviour::NeverAnswer));
        const QFuture<AttemptResult> future = m_sender->send(webhookTo(m_receiver->url()));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requestCount(), 1, 5000);

        m_network.reset();
        QVERIFY(future.isFinished());
        QCOMPARE(classOf(future.result()), QStringLiteral("connection"));
        QCOMPARE(future.result().errorMessage, QStringLiteral("cancelled"));
        QCOMPARE(m_sender->inFlight(), 0);
    }

    void keepAliveReusesOneConnection()
    {
        m_receiver->enqueueResponses({respond(200, "one"), respond(201, "two"), respond(500, "three")});
        QCOMPARE(sendAndWait(webhookTo(m_receiver->url())).responseBody, QByteArray("one"));
        QCOMPARE(sendAndWait(webhookTo(m_receiver->url())).responseBody, QByteArray("two"));
        const AttemptResult third = sendAndWait(webhookTo(m_receiver->url()));
        QCOMPARE(third.httpStatus.value_or(-1), 500);
        QCOMPARE(third.responseBody, QByteArray("three"));
        const AttemptResult fourth = sendAndWait(webhookTo(m_receiver->url())); // the queue is used up: default
        QCOMPARE(fourth.httpStatus.value_or(-1), 200);
        QCOMPARE(fourth.responseBody, QByteArray());
        QCOMPARE(m_receiver->requestCount(), 4);
        QCOMPARE(m_receiver->connectionCount(), 1);
    }

    void trickledAnswerCompletesWithinTheTimeout()
    {
        ScriptedResponse trickle = behave(Behaviour::Trickle, "hello");
        m_receiver->enqueueResponses({trickle, respond(200, "next")});
        const AttemptResult result = sendAndWait(webhookTo(m_receiver->url(), 5s));
        QVERIFY2(result.succeeded(), describe(result).constData());
        QCOMPARE(result.responseBody, QByteArray("hello"));
        QVERIFY2(result.durationMs >= 240, describe(result).constData()); // 5 bytes, 50 ms apart
        // The connection is reusable after a trickled answer.
        QCOMPARE(sendAndWait(webhookTo(m_receiver->url())).responseBody, QByteArray("next"));
        QCOMPARE(m_receiver->connectionCount(), 1);
    }

    void manyConcurrentSendsAllSucceed()
    {
        // The responder answers each request with its own request id.
        m_receiver->setResponder([](const ReceivedRequest &request) {
            return respond(200, "ack " + request.header("X-GarageReg-Request-ID"));
        });
        constexpr int count = 50;
        QList<QFuture<AttemptResult>> futures;
        QSet<QByteArray> bodies;
        for (int i = 0; i < count; ++i) {
            OutgoingWebhook webhook = webhookTo(m_receiver->url());
            webhook.headers = webhookHeaders("request-" + QByteArray::number(i));
            webhook.body = "{\"n\":" + QByteArray::number(i) + '}';
            bodies.insert(webhook.body);
            futures.append(m_sender->send(webhook));
        }
        QCOMPARE(m_sender->inFlight(), count);
        for (int i = 0; i < count; ++i) {
            QVERIFY(waitFor(futures.at(i)));
            const AttemptResult result = futures.at(i).result();
            QVERIFY2(result.succeeded(), describe(result).constData());
            QCOMPARE(result.responseBody, "ack request-" + QByteArray::number(i));
        }
        QCOMPARE(m_sender->inFlight(), 0);
        QCOMPARE(m_receiver->requestCount(), count);
        QSet<QByteArray> received;
        for (const ReceivedRequest &request : m_receiver->requests())
            received.insert(request.body);
        QCOMPARE(received, bodies);
        QVERIFY2(m_receiver->connectionCount() <= 6, QByteArray::number(m_receiver->connectionCount()).constData());
    }
};

QTEST_GUILESS_MAIN(TestWebhookSender)
#include "tst_webhook_sender.moc"
