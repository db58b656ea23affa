#include "adapters/http/OutboundGuard.h"
#include "adapters/http/WebhookSender.h"
#include "models/common/Clock.h"
#include "models/common/Error.h"

#include "tests/support/LoopbackReceiver.h"
#include "tests/support/WaitForFuture.h"

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace garagereg;
using namespace garagereg::test;
using namespace std::chrono_literals;

namespace {

QString classOf(const AttemptResult &result)
{
    return attemptErrorClassName(result.errorClass);
}

QByteArray describe(const AttemptResult &result)
{
    return (QStringLiteral("class=\"") + classOf(result) + QStringLiteral("\" status=")
            + (result.httpStatus ? QString::number(*result.httpStatus) : QStringLiteral("none"))
            + QStringLiteral(" message=\"") + result.errorMessage + QLatin1Char('"'))
        .toUtf8();
}

OutgoingWebhook webhookTo(const QUrl &url, QByteArray caPem = {})
{
    return OutgoingWebhook{url, QByteArrayLiteral(R"({"event_type":"ping"})"),
                           HttpHeaders{{"Content-Type", "application/json"}}, 10s, std::move(caPem)};
}

bool runOpenssl(const QStringList &arguments)
{
    QProcess openssl;
    openssl.setStandardOutputFile(QProcess::nullDevice());
    openssl.setStandardErrorFile(QProcess::nullDevice());
    openssl.start(QStringLiteral("openssl"), arguments);
    return openssl.waitForFinished(30000) && openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A CA made for this run and a server certificate it signed for the name
// "localhost" only (no IP address in it), like a receiver behind a private CA.
struct TestPki
{
    QByteArray caPem;
    QByteArray otherCaPem; // a CA that did not sign the server's certificate
    QByteArray serverCertificatePem;
    QByteArray serverKeyPem;

    static std::optional<TestPki> make(const QTemporaryDir &dir)
    {
        const auto path = [&dir](const char *name) { return dir.filePath(QLatin1String(name)); };
        const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
        const auto makeCa = [&](const char *key, const char *certificate, const char *name) {
            return runOpenssl(
                QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                + QStringList{QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QLatin1String(name),
                              QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                              QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"),
                              QStringLiteral("-keyout"), path(key), QStringLiteral("-out"), path(certificate)});
        };
        QFile extensions(path("server.ext"));
        if (!extensions.open(QIODevice::WriteOnly)
            || extensions.write("subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\n"
                                "extendedKeyUsage=serverAuth\n")
                   < 0)
            return std::nullopt;
        extensions.close();
        const bool made = makeCa("ca.key", "ca.pem", "/CN=GarageReg test CA")
                          && makeCa("other.key", "other.pem", "/CN=Other CA")
                          && runOpenssl(QStringList{QStringLiteral("req")} + ec
                                        + QStringList{QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                                                      QStringLiteral("-keyout"), path("server.key"),
                                                      QStringLiteral("-out"), path("server.csr")})
                          && runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                                         path("server.csr"), QStringLiteral("-CA"), path("ca.pem"),
                                         QStringLiteral("-CAkey"), path("ca.key"), QStringLiteral("-CAcreateserial"),
                                         QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                                         path("server.ext"), QStringLiteral("-out"), path("server.pem")});
        if (!made)
            return std::nullopt;
        return TestPki{readFile(path("ca.pem")), readFile(path("other.pem")), readFile(path("server.pem")),
                       readFile(path("server.key"))};
    }
};

// HTTPS on every local address (127.0.0.1 and ::1), port 0: answers each whole
// request "200 ok" on a connection kept open, and records the Host header.
class TlsReceiver : public QObject
{
public:
    explicit TlsReceiver(const TestPki &pki)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setPrivateKey(QSslKey(pki.serverKeyPem, QSsl::Ec));
        configuration.setLocalCertificate(QSslCertificate(pki.serverCertificatePem));
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    *buffer += socket->readAll();
                    for (;;) {
                        const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
                        if (headEnd < 0)
                            return;
                        qsizetype length = 0;
                        QByteArray host;
                        for (const QByteArray &line : buffer->left(headEnd).split('\n')) {
                            const QByteArray trimmed = line.trimmed();
                            if (trimmed.toLower().startsWith("content-length:"))
                                length = trimmed.mid(15).trimmed().toLongLong();
                            if (trimmed.toLower().startsWith("host:"))
                                host = trimmed.mid(5).trimmed();
                        }
                        if (buffer->size() < headEnd + 4 + length)
                            return;
                        buffer->remove(0, headEnd + 4 + length);
                        hosts << host;
                        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
                    }
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::Any, 0); }
    quint16 port() const { return m_server.serverPort(); }

    QList<QByteArray> hosts;
    int connections = 0;

private:
    QSslServer m_server;
};

} // namespace

// The outbound policy on real requests: WebhookSender with an OutboundGuard
// sends to a loopback receiver (HTTP) or a TLS receiver with a test CA, and
// nothing the policy refuses reaches either.
class TestOutboundGuard : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LoopbackReceiver> m_receiver;

    AttemptResult sendUnder(OutboundGuard &guard, const OutgoingWebhook &webhook)
    {
        WebhookSender sender(*m_network, m_clock);
        sender.setOutboundGuard(&guard);
        return sendWith(sender, webhook);
    }

    static AttemptResult sendWith(WebhookSender &sender, const OutgoingWebhook &webhook)
    {
        const QFuture<AttemptResult> future = sender.send(webhook);
        return waitFor(future, 30000) ? future.result() : AttemptResult{};
    }

    AttemptResult sendUnder(const OutboundPolicy &policy, const OutgoingWebhook &webhook)
    {
        OutboundGuard guard(policy);
        return sendUnder(guard, webhook);
    }

    QUrl localhostUrl() const { return QUrl(QStringLiteral("http://localhost:%1/hook").arg(m_receiver->port())); }

private slots:
    void init()
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_receiver = std::make_unique<LoopbackReceiver>();
    }

    void cleanup()
    {
        m_receiver.reset();
        m_network.reset();
    }

    // A name that resolves to 127.0.0.1 (through the system's resolver) is refused
    // once resolved, and so is every spelling of a loopback or metadata address.
    void refusePrivateRefusesLoopbackNamesAndAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("localhost") << QStringLiteral("http://localhost:%1/hook");
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:%1/hook");
        QTest::newRow("IPv4-mapped IPv6") << QStringLiteral("http://[::ffff:127.0.0.1]:%1/hook");
        QTest::newRow("0.0.0.0") << QStringLiteral("http://0.0.0.0:%1/hook");
        QTest::newRow("::1") << QStringLiteral("http://[::1]:%1/hook");
        QTest::newRow("metadata") << QStringLiteral("http://169.254.169.254:%1/latest/meta-data/");
    }
    void refusePrivateRefusesLoopbackNamesAndAddresses()
    {
        QFETCH(QString, url);
        OutboundPolicy policy;
        policy.refusePrivate = true;
        const AttemptResult result = sendUnder(policy, webhookTo(QUrl(url.arg(m_receiver->port()))));
        QVERIFY2(result.errorClass == AttemptErrorClass::Policy, describe(result).constData());
        QVERIFY2(result.errorMessage.contains(QLatin1String("refuse-private")), describe(result).constData());
        QVERIFY(!result.httpStatus);
        QCOMPARE(m_receiver->requestCount(), 0);
        QCOMPARE(m_receiver->connectionCount(), 0);

        // The same request without the rule reaches the receiver (where it listens: 127.0.0.1).
        if (url.contains(QLatin1String("localhost")) || url.contains(QLatin1String("127.0.0.1"))) {
            const AttemptResult allowed = sendUnder(OutboundPolicy(), webhookTo(QUrl(url.arg(m_receiver->port()))));
            QVERIFY2(allowed.succeeded(), describe(allowed).constData());
            QCOMPARE(m_receiver->requestCount(), 1);
        }
    }

    // Each rule refuses on its own, names itself in the message, and nothing is sent.
    void eachRuleRefusesBeforeSending_data()
    {
        QTest::addColumn<OutboundPolicy>("policy");
        QTest::addColumn<QString>("rule");
        OutboundPolicy httpsOnly;
        httpsOnly.httpsOnly = true;
        QTest::newRow("https-only") << httpsOnly << QStringLiteral("https-only");
        OutboundPolicy denyHost;
        denyHost.denyHosts = {QStringLiteral("localhost")};
        QTest::newRow("deny-host") << denyHost << QStringLiteral("deny-host localhost");
        OutboundPolicy denyNetwork;
        denyNetwork.denyNetworks = {QStringLiteral("127.0.0.0/8"), QStringLiteral("::1/128")};
        QTest::newRow("deny-network") << denyNetwork << QStringLiteral("deny-network");
        OutboundPolicy allowHost;
        allowHost.allowHosts = {QStringLiteral("hooks.example.com")};
        QTest::newRow("allow-host") << allowHost << QStringLiteral("allow-host");
        OutboundPolicy allowNetwork;
        allowNetwork.allowNetworks = {QStringLiteral("198.51.100.0/24")};
        QTest::newRow("allow-network") << allowNetwork << QStringLiteral("allow-network");
    }
    void eachRuleRefusesBeforeSending()
    {
        QFETCH(OutboundPolicy, policy);
        QFETCH(QString, rule);
        const AttemptResult result = sendUnder(policy, webhookTo(localhostUrl()));
        QVERIFY2(result.errorClass == AttemptErrorClass::Policy, describe(result).constData());
        QVERIFY2(result.errorMessage.contains(rule), describe(result).constData());
        QCOMPARE(m_receiver->connectionCount(), 0);
    }

    // What the rules allow goes out, and to the address that was checked.
    void allowedRequestsAreSent_data()
    {
        QTest::addColumn<OutboundPolicy>("policy");
        OutboundPolicy allowHost;
        allowHost.allowHosts = {QStringLiteral("localhost")};
        QTest::newRow("allow-host") << allowHost;
        OutboundPolicy allowNetwork;
        allowNetwork.refusePrivate = true;
        allowNetwork.allowNetworks = {QStringLiteral("127.0.0.0/8"), QStringLiteral("::1")};
        QTest::newRow("refuse-private with an allowed network") << allowNetwork;
        OutboundPolicy denyOther;
        denyOther.denyNetworks = {QStringLiteral("10.0.0.0/8")};
        QTest::newRow("deny-network elsewhere") << denyOther;
    }
    void allowedRequestsAreSent()
    {
        QFETCH(OutboundPolicy, policy);
        const AttemptResult result = sendUnder(policy, webhookTo(localhostUrl()));
        QVERIFY2(result.succeeded(), describe(result).constData());
        QCOMPARE(m_receiver->requestCount(), 1);
        // The Host header keeps the name, whether or not the request was sent to an address.
        QCOMPARE(m_receiver->requests().constFirst().header("Host"),
                 QByteArray("localhost:") + QByteArray::number(m_receiver->port()));
    }

    // The check-then-connect gap is closed: the request goes to the address the
    // guard checked, not to whatever the name resolves to when Qt connects. The
    // name below exists only in the guard's (test) resolver - the system cannot
    // resolve it (.test is reserved) - so the request can only reach the
    // receiver through the checked address.
    void theCheckedAddressIsTheOneConnectedTo()
    {
        OutboundPolicy policy;
        policy.refusePrivate = true;
        policy.allowNetworks = {QStringLiteral("127.0.0.0/8")};
        OutboundGuard guard(policy);
        int lookups = 0;
        QList<QHostAddress> answer{QHostAddress(QStringLiteral("127.0.0.1"))};
        guard.setResolver([&](const QString &host) {
            ++lookups;
            return host == QLatin1String("rebind.garagereg.test") ? answer : QList<QHostAddress>{};
        });
        const QUrl url(QStringLiteral("http://rebind.garagereg.test:%1/hook").arg(m_receiver->port()));
        const AttemptResult result = sendUnder(guard, webhookTo(url));
        QVERIFY2(result.succeeded(), describe(result).constData());
        QCOMPARE(m_receiver->requestCount(), 1);
        QCOMPARE(m_receiver->requests().constFirst().header("Host"),
                 QByteArray("rebind.garagereg.test:") + QByteArray::number(m_receiver->port()));
        QCOMPARE(lookups, 1);

        // A name that resolves to a refused address is refused whatever it resolved to before:
        // a fresh guard (no cache) whose resolver now answers a private address.
        OutboundGuard strict(OutboundPolicy{false, true, {}, {}, {}, {}});
        strict.setResolver(
            [](const QString &) { return QList<QHostAddress>{QHostAddress(QStringLiteral("10.1.2.3"))}; });
        const AttemptResult refused = sendUnder(strict, webhookTo(url));
        QVERIFY2(refused.errorClass == AttemptErrorClass::Policy, describe(refused).constData());
        QVERIFY(refused.errorMessage.contains(QLatin1String("10.1.2.3")));
        QCOMPARE(m_receiver->requestCount(), 1);

        // A name that does not resolve is a DNS failure (retried), not a policy refusal.
        OutboundGuard unresolved(policy);
        unresolved.setResolver([](const QString &) { return QList<QHostAddress>{}; });
        const AttemptResult dns = sendUnder(unresolved, webhookTo(url));
        QVERIFY2(dns.errorClass == AttemptErrorClass::Dns, describe(dns).constData());
    }

    // With no rule on addresses nothing is resolved; with one, each name is
    // resolved once per cache period however many requests go to it.
    void resolutionIsSkippedOrCached()
    {
        int lookups = 0;
        const auto counting = [&lookups](const QString &) {
            ++lookups;
            return QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.1"))};
        };
        OutboundPolicy hostsOnly;
        hostsOnly.httpsOnly = false;
        hostsOnly.denyHosts = {QStringLiteral("*.example.com")};
        OutboundGuard noAddressRules(hostsOnly);
        noAddressRules.setResolver(counting);
        for (int i = 0; i < 3; ++i)
            QVERIFY(sendUnder(noAddressRules, webhookTo(localhostUrl())).succeeded());
        QCOMPARE(lookups, 0);

        OutboundPolicy addressRules;
        addressRules.denyNetworks = {QStringLiteral("10.0.0.0/8")};
        OutboundGuard cached(addressRules);
        cached.setResolver(counting);
        for (int i = 0; i < 3; ++i)
            QVERIFY(sendUnder(cached, webhookTo(localhostUrl())).succeeded());
        QCOMPARE(lookups, 1);
        QCOMPARE(m_receiver->requestCount(), 6);
    }

    // The policy is read through the loader, and a loader that fails before any
    // policy was read lets nothing out (a retryable failure, not a refusal).
    void policyIsLoadedAndFailsClosed()
    {
        int loads = 0;
        OutboundGuard guard(
            [&loads]() -> OutboundPolicy {
                ++loads;
                throw Error(QStringLiteral("database unreachable"));
            },
            0ms);
        const AttemptResult result = sendUnder(guard, webhookTo(localhostUrl()));
        QVERIFY2(result.errorClass == AttemptErrorClass::Connection, describe(result).constData());
        QVERIFY(result.errorMessage.contains(QLatin1String("database unreachable")));
        QVERIFY(loads >= 1);
        QCOMPARE(m_receiver->connectionCount(), 0);
    }

    // TLS: certificates are always verified; an integration's own CA is trusted
    // for its requests only, and instead of the system's CAs.
    void customCaIsTrustedOnlyWhenGiven()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::optional<TestPki> pki = TestPki::make(dir);
        if (!pki)
            QSKIP("the openssl command is not available to make test certificates");
        TlsReceiver server(*pki);
        QVERIFY(server.listen());
        const QUrl url(QStringLiteral("https://localhost:%1/hook").arg(server.port()));

        // One sender for all: it keeps the connections it made between requests.
        WebhookSender sender(*m_network, m_clock);
        const auto send = [&sender](const OutgoingWebhook &webhook) { return sendWith(sender, webhook); };
        const AttemptResult untrusted = send(webhookTo(url));
        QVERIFY2(untrusted.errorClass == AttemptErrorClass::Tls, describe(untrusted).constData());
        const AttemptResult otherCa = send(webhookTo(url, pki->otherCaPem));
        QVERIFY2(otherCa.errorClass == AttemptErrorClass::Tls, describe(otherCa).constData());
        QVERIFY(server.hosts.isEmpty());

        const AttemptResult trusted = send(webhookTo(url, pki->caPem));
        QVERIFY2(trusted.succeeded(), describe(trusted).constData());
        QCOMPARE(server.hosts.size(), 1);
        // Qt keeps a connection, and the TLS configuration it was made with, per
        // host and port: requests trusting other CAs must not ride it, nor it theirs.
        const AttemptResult untrustedAfter = send(webhookTo(url));
        QVERIFY2(untrustedAfter.errorClass == AttemptErrorClass::Tls, describe(untrustedAfter).constData());
        const AttemptResult otherCaAfter = send(webhookTo(url, pki->otherCaPem));
        QVERIFY2(otherCaAfter.errorClass == AttemptErrorClass::Tls, describe(otherCaAfter).constData());
        const AttemptResult trustedAgain = send(webhookTo(url, pki->caPem));
        QVERIFY2(trustedAgain.succeeded(), describe(trustedAgain).constData());
        QCOMPARE(server.hosts.size(), 2);

        const AttemptResult broken = send(webhookTo(url, "not a certificate"));
        QVERIFY2(broken.errorClass == AttemptErrorClass::Tls, describe(broken).constData());
        QCOMPARE(server.hosts.size(), 2);
    }

    // Sent to the checked address, an HTTPS request still verifies the
    // certificate against the name (SNI and verification use the peer verify
    // name): the certificate names only "localhost", never 127.0.0.1. A request
    // to https://127.0.0.1 right after, on the same QNetworkAccessManager, must
    // not ride the connection verified for "localhost".
    void pinnedHttpsVerifiesTheName()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::optional<TestPki> pki = TestPki::make(dir);
        if (!pki)
            QSKIP("the openssl command is not available to make test certificates");
        TlsReceiver server(*pki);
        QVERIFY(server.listen());
        OutboundPolicy policy;
        policy.refusePrivate = true;
        policy.allowNetworks = {QStringLiteral("127.0.0.0/8"), QStringLiteral("::1")};
        OutboundGuard guard(policy);
        int lookups = 0;
        guard.setResolver([&lookups](const QString &) {
            ++lookups;
            return QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.1"))};
        });

        const AttemptResult named =
            sendUnder(guard,
                      webhookTo(QUrl(QStringLiteral("https://localhost:%1/hook").arg(server.port())), pki->caPem));
        QVERIFY2(named.succeeded(), describe(named).constData());
        QCOMPARE(lookups, 1); // it went through the checked address
        QCOMPARE(server.hosts, QList<QByteArray>{QByteArray("localhost:") + QByteArray::number(server.port())});

        const AttemptResult byAddress =
            sendUnder(guard,
                      webhookTo(QUrl(QStringLiteral("https://127.0.0.1:%1/hook").arg(server.port())), pki->caPem));
        QVERIFY2(byAddress.errorClass == AttemptErrorClass::Tls, describe(byAddress).constData());
        QCOMPARE(server.hosts.size(), 1);
    }

    // No code path may switch certificate checks off.
    void nothingIgnoresTlsErrors()
    {
        QDirIterator files(QStringLiteral(GARAGEREG_SOURCE_DIR), QDir::Files, QDirIterator::Subdirectories);
        QStringList offenders;
        while (files.hasNext()) {
            const QString path = files.next();
            if (!(path.endsWith(QLatin1String(".cpp")) || path.endsWith(QLatin1String(".h")))
                || path.contains(QLatin1String("/build")) || path.endsWith(QLatin1String("tst_outbound_guard.cpp")))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            if (text.contains("ignoreSslErrors") || text.contains("VerifyNone") || text.contains("QueryPeer"))
                offenders << path;
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestOutboundGuard)
#include "tst_outbound_guard.moc"
