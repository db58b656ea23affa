#include "tests/support/CliProcess.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QtTest>

#include <csignal>

using namespace garagereg;
using namespace garagereg::test;

// `token create|list|revoke` and `serve` as real processes: the served API
// answers over HTTP with a token made by the CLI, and SIGTERM stops it cleanly.
class TestCliApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_testDatabase;
    QNetworkAccessManager m_network;

    CliProcess cli() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GARAGEREG_DATABASE"), m_testDatabase->url().toString());
        environment.remove(QStringLiteral("PGPASSWORD"));
        if (!m_testDatabase->password().isEmpty())
            environment.insert(QStringLiteral("PGPASSWORD"), m_testDatabase->password());
        return CliProcess(QStringLiteral(GARAGEREG_CLI_PATH), environment);
    }

    std::pair<int, QJsonObject> get(quint16 port, const QString &path, const QString &token = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = m_network.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(20000))
            qFatal("no answer from the served API");
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object()};
    }

    struct Reply
    {
        int status = 0;
        QJsonObject json;
        QByteArray retryAfter;
    };

    Reply send(quint16 port, const QByteArray &method, const QString &path, const QString &token,
               const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(20000))
            qFatal("no answer from the served API");
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object(), reply->rawHeader("Retry-After")};
    }

    // Starts `serve` on a free port and returns the process and the port it announced.
    std::pair<std::unique_ptr<QProcess>, quint16> startServe(const QStringList &extra = {})
    {
        auto process = cli().start(
            QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + extra);
        static const QRegularExpression announced(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/api"));
        QSignalSpy output(process.get(), &QProcess::readyReadStandardError);
        QString err;
        quint16 port = 0;
        do {
            err += QString::fromUtf8(process->readAllStandardError());
            port = quint16(announced.match(err).captured(1).toUInt());
        } while (port == 0 && output.wait(20000));
        if (port == 0)
            qFatal("serve did not announce its port: %s", qPrintable(err));
        return {std::move(process), port};
    }

private slots:
    void init()
    {
        m_testDatabase = std::make_unique<TestDatabase>();
        m_testDatabase->open(); // migrated
    }

    void cleanup() { m_testDatabase.reset(); }

    void tokensAreShownOnceListedAndRevoked()
    {
        CliRun created = cli().run({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"),
                                    QStringLiteral("garagereg-prod"), QStringLiteral("--organization"),
                                    QStringLiteral("org-1")});
        QCOMPARE(created.exitCode, 0);
        const QString token = created.out.trimmed();
        QVERIFY2(token.startsWith(QLatin1String("grt_")) && token.size() > 40, qPrintable(token));
        QVERIFY2(created.err.contains(QLatin1String("only this once")), qPrintable(created.err));

        const CliRun listed = cli().run({QStringLiteral("token"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(!listed.out.contains(token)); // never the token again
        const QJsonObject entry = listed.json().toArray().first().toObject();
        QCOMPARE(entry.value(QLatin1String("name")).toString(), QStringLiteral("garagereg-prod"));
        QCOMPARE(entry.value(QLatin1String("organization_id")).toString(), QStringLiteral("org-1"));
        QCOMPARE(entry.value(QLatin1String("prefix")).toString(), token.left(12));

        const QString id = QString::number(entry.value(QLatin1String("id")).toInteger());
        QCOMPARE(cli().run({QStringLiteral("token"), QStringLiteral("revoke"), id}).exitCode, 0);
        const CliRun after = cli().run({QStringLiteral("token"), QStringLiteral("list")});
        QVERIFY2(after.out.contains(QLatin1String("revoked")), qPrintable(after.out));
        QCOMPARE(cli().run({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("999")}).exitCode, 1);
        QCOMPARE(cli().run({QStringLiteral("token"), QStringLiteral("create")}).exitCode, 2); // --name is required
    }

    void serveAnswersUntilTerminated()
    {
        const QString token = cli()
                                  .run({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"),
                                        QStringLiteral("t")})
                                  .out.trimmed();
        const auto process = cli().start(
            {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        // The chosen port is announced on stderr.
        static const QRegularExpression announced(QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/api"));
        QString err;
        quint16 port = 0;
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(process->readAllStandardError()),
                                  port = quint16(announced.match(err).captured(1).toUInt()), port != 0),
                                 20000);

        const auto [healthStatus, health] = get(port, QStringLiteral("/api/health"));
        QCOMPARE(healthStatus, 200);
        QCOMPARE(health.value(QLatin1String("status")).toString(), QStringLiteral("up"));
        QCOMPARE(get(port, QStringLiteral("/api/integrations")).first, 401);
        QCOMPARE(get(port, QStringLiteral("/api/integrations"), token).first, 200);

        ::kill(pid_t(process->processId()), SIGTERM);
        const CliRun stopped = CliProcess::finish(*process, 30000);
        QCOMPARE(stopped.exitCode, 0);
    }

    // serve --rate-limit/--rate-burst: each token's bucket, 429 with Retry-After
    // beyond it; the 1 MiB body limit holds on the served API too.
    void serveLimitsEachTokensRequestsAndBodies()
    {
        const auto token = [this](const QString &name) {
            return cli()
                .run({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--name"), name})
                .out.trimmed();
        };
        const QString first = token(QStringLiteral("first"));
        const QString second = token(QStringLiteral("second"));
        auto [process, port] = startServe({QStringLiteral("--rate-limit"), QStringLiteral("0.01"),
                                           QStringLiteral("--rate-burst"), QStringLiteral("2")});

        QCOMPARE(send(port, "GET", QStringLiteral("/api/integrations"), first).status, 200);
        QCOMPARE(send(port, "GET", QStringLiteral("/api/integrations"), first).status, 200);
        const Reply limited = send(port, "GET", QStringLiteral("/api/integrations"), first);
        QCOMPARE(limited.status, 429);
        QVERIFY2(limited.retryAfter.toInt() >= 90 && limited.retryAfter.toInt() <= 100, limited.retryAfter.constData());
        QCOMPARE(limited.json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("rate_limited"));
        QCOMPARE(send(port, "GET", QStringLiteral("/api/integrations"), second).status, 200);

        const Reply tooLarge = send(port, "POST", QStringLiteral("/api/integrations"), second,
                                    "{\"name\": \"" + QByteArray(1024 * 1024, 'x') + "\"}");
        QCOMPARE(tooLarge.status, 413);

        ::kill(pid_t(process->processId()), SIGTERM);
        QCOMPARE(CliProcess::finish(*process, 30000).exitCode, 0);
    }

    void badRateLimitsAreUsageErrors()
    {
        for (const QStringList &options : {QStringList{QStringLiteral("--rate-limit"), QStringLiteral("fast")},
                                           QStringList{QStringLiteral("--rate-limit"), QStringLiteral("-1")},
                                           QStringList{QStringLiteral("--rate-limit"), QStringLiteral("inf")},
                                           QStringList{QStringLiteral("--rate-burst"), QStringLiteral("0")}}) {
            const CliRun run = cli().run(
                QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                + options);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(options.first()), qPrintable(run.err));
        }
    }

    void badListenAddressIsAUsageError()
    {
        const CliRun run = cli().run({QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("localhost")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--listen")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliApi)
#include "tst_cli_api.moc"
