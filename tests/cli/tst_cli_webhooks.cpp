#include "models/common/Clock.h"
#include "models/storage/Database.h"
#include "models/storage/DeliveryRepository.h"
#include "models/webhooks/WebhookSignature.h"
#include "tests/support/CliProcess.h"
#include "tests/support/LoopbackReceiver.h"
#include "tests/support/TestDatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <limits>

using namespace garagereg;
using namespace garagereg::test;

namespace {

ScriptedResponse respond(int status, int delayMs = 0)
{
    ScriptedResponse response;
    response.status = status;
    response.delayMs = delayMs;
    return response;
}

} // namespace

// garagereg-integrations-cli's webhook commands, as separate processes, while
// this process serves the receiving endpoint (so it never blocks its event loop).
class TestCliWebhooks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<LoopbackReceiver> m_receiver;
    QTemporaryDir m_folder;

    QProcessEnvironment environment(const QMap<QString, QString> &extra = {}) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GARAGEREG_DATABASE"), m_testDatabase->url().toString());
        environment.remove(QStringLiteral("PGPASSWORD"));
        if (!m_testDatabase->password().isEmpty())
            environment.insert(QStringLiteral("PGPASSWORD"), m_testDatabase->password());
        for (auto it = extra.begin(); it != extra.end(); ++it)
            environment.insert(it.key(), it.value());
        return environment;
    }

    std::unique_ptr<QProcess> start(const QStringList &arguments, const QMap<QString, QString> &extra = {}) const
    {
        return CliProcess(QStringLiteral(GARAGEREG_CLI_PATH), environment(extra)).start(arguments);
    }

    // Runs the CLI while this event loop keeps serving the receiver.
    CliRun run(const QStringList &arguments, const QMap<QString, QString> &extra = {}, int timeoutMs = 60000) const
    {
        const auto process = start(arguments, extra);
        return finish(*process, timeoutMs);
    }

    static CliRun finish(QProcess &process, int timeoutMs = 60000) { return CliProcess::finish(process, timeoutMs); }

    QString addIntegration()
    {
        const CliRun result = run({QStringLiteral("integration"), QStringLiteral("add"), QStringLiteral("--name"),
                                   QStringLiteral("Szerviz"), QStringLiteral("--type"), QStringLiteral("webhook"),
                                   QStringLiteral("--provider"), QStringLiteral("custom")});
        if (result.exitCode != 0)
            qFatal("integration add failed: %s", qPrintable(result.err));
        return result.out.trimmed();
    }

    QString addSubscription(const QStringList &extraArguments = {})
    {
        const QString integration = addIntegration();
        const CliRun result =
            run(QStringList{QStringLiteral("subscription"), QStringLiteral("add"), QStringLiteral("--integration"),
                            integration, QStringLiteral("--name"), QStringLiteral("Kapufigyelő"),
                            QStringLiteral("--url"), m_receiver->url().toString(), QStringLiteral("--events"),
                            QStringLiteral("gate.inspection_due,gate.fault_detected"), QStringLiteral("--secret-env"),
                            QStringLiteral("HOOK_SECRET"), QStringLiteral("--retry-delays"), QStringLiteral("1,1")}
                    + extraArguments,
                {{QStringLiteral("HOOK_SECRET"), QStringLiteral("cli-test-secret-0123456789")}});
        if (result.exitCode != 0)
            qFatal("subscription add failed: %s", qPrintable(result.err));
        return result.out.trimmed();
    }

    QStringList triggerEvents(int count)
    {
        QStringList eventIds;
        for (int i = 0; i < count; ++i) {
            const CliRun result = run({QStringLiteral("event"), QStringLiteral("trigger"),
                                       QStringLiteral("gate.inspection_due"), QStringLiteral("--payload"),
                                       QStringLiteral(R"({"gate_id": "K-%1"})").arg(i), QStringLiteral("--json")});
            if (result.exitCode != 0)
                qFatal("event trigger failed: %s", qPrintable(result.err));
            eventIds << result.json().toObject().value(QLatin1String("event_id")).toString();
        }
        return eventIds;
    }

    QJsonArray deliveries()
    {
        const CliRun result = run({QStringLiteral("deliveries"), QStringLiteral("list"), QStringLiteral("--limit"),
                                   QStringLiteral("100000"), QStringLiteral("--json")});
        return result.json().toArray();
    }

    QMultiHash<QByteArray, int> receivedRequestIds() const
    {
        QMultiHash<QByteArray, int> ids;
        int index = 0;
        for (const ReceivedRequest &request : m_receiver->requests())
            ids.insert(request.header("X-GarageReg-Request-ID"), index++);
        return ids;
    }

private slots:
    void init()
    {
        m_testDatabase = std::make_unique<TestDatabase>();
        m_receiver = std::make_unique<LoopbackReceiver>();
    }

    void cleanup()
    {
        m_receiver.reset();
        m_testDatabase.reset();
    }

    void fullFlow()
    {
        const QString subscription = addSubscription();
        QVERIFY(subscription.toLongLong() > 0);
        const CliRun triggered = run(
            {QStringLiteral("event"), QStringLiteral("trigger"), QStringLiteral("gate.inspection_due"),
             QStringLiteral("--payload"), QStringLiteral(R"({"gate_id": "K-1", "priority": "high"})"),
             QStringLiteral("--organization"), QStringLiteral("org-1"), QStringLiteral("--json")});
        QVERIFY2(triggered.exitCode == 0, qPrintable(triggered.err));
        QCOMPARE(triggered.json().toObject().value(QLatin1String("deliveries")).toInt(), 1);

        const CliRun worker = run({QStringLiteral("worker"), QStringLiteral("--until-idle")});
        QVERIFY2(worker.exitCode == 0, qPrintable(worker.err));
        QCOMPARE(m_receiver->requestCount(), 1);

        const QJsonArray list = deliveries();
        QCOMPARE(list.size(), 1);
        const QString requestId = list.first().toObject().value(QLatin1String("request_id")).toString();
        QCOMPARE(m_receiver->requests().first().header("X-GarageReg-Request-ID"), requestId.toUtf8());

        const CliRun shown = run(
            {QStringLiteral("deliveries"), QStringLiteral("show"), requestId, QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const QJsonObject delivery = shown.json().toObject();
        for (const char *key :
             {"request_id", "event_id", "event_type", "subscription_id", "status", "attempt_count", "created_at",
              "first_attempt_at", "last_attempt_at", "completed_at", "next_retry_at", "attempts"})
            QVERIFY2(delivery.contains(QLatin1String(key)), key);
        QCOMPARE(delivery.value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
        QCOMPARE(delivery.value(QLatin1String("event_id")).toString(),
                 triggered.json().toObject().value(QLatin1String("event_id")).toString());
        const QJsonObject attempt = delivery.value(QLatin1String("attempts")).toArray().first().toObject();
        for (const char *key : {"number", "started_at", "duration_ms", "url", "request_headers", "response_status",
                                "response_headers", "response_body", "response_truncated", "error_class", "error"})
            QVERIFY2(attempt.contains(QLatin1String(key)), key);
        QCOMPARE(attempt.value(QLatin1String("response_status")).toInt(), 200);
        QVERIFY(!shown.out.contains(QLatin1String("cli-test-secret-0123456789")));

        const CliRun health = run({QStringLiteral("health"), QStringLiteral("--json")});
        QCOMPARE(health.json().toArray().first().toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("healthy"));
        const CliRun metrics = run({QStringLiteral("metrics"), QStringLiteral("--json")});
        QCOMPARE(metrics.json()
                     .toObject()
                     .value(QLatin1String("status_distribution"))
                     .toObject()
                     .value(QLatin1String("delivered"))
                     .toInt(),
                 1);

        // Resend: a new attempt under the same request id.
        QCOMPARE(run({QStringLiteral("deliveries"), QStringLiteral("resend"), requestId}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("worker"), QStringLiteral("--until-idle")}).exitCode, 0);
        QCOMPARE(m_receiver->requestCount(), 2);
        QCOMPARE(m_receiver->requests().at(1).header("X-GarageReg-Request-ID"), requestId.toUtf8());
    }

    void generatedSecretIsShownOnceAndNeverStored()
    {
        const QString integration = addIntegration();
        const CliRun added = run({QStringLiteral("subscription"), QStringLiteral("add"),
                                  QStringLiteral("--integration"), integration, QStringLiteral("--name"),
                                  QStringLiteral("x"), QStringLiteral("--url"), m_receiver->url().toString(),
                                  QStringLiteral("--events"), QStringLiteral("ping"), QStringLiteral("--json")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QString secret = added.json().toObject().value(QLatin1String("secret")).toString();
        QCOMPARE(secret.size(), 64);
        const QString id = QString::number(added.json().toObject().value(QLatin1String("id")).toInteger());
        const CliRun shown = run({QStringLiteral("subscription"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QVERIFY(!shown.out.contains(secret));
        QVERIFY(shown.json().toObject().value(QLatin1String("has_secret")).toBool());
        if (m_testDatabase->url().isSqlite()) {
            QFile file(m_testDatabase->url().filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains(secret.toUtf8()));
        }
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList add{QStringLiteral("subscription"),  QStringLiteral("add"),
                              QStringLiteral("--integration"), QStringLiteral("1"),
                              QStringLiteral("--name"),        QStringLiteral("x"),
                              QStringLiteral("--events"),      QStringLiteral("gate.created")};
        QTest::newRow("ftp url") << add + QStringList{QStringLiteral("--url"), QStringLiteral("ftp://example.hu")} << 1
                                 << QStringLiteral("not an http or https URL");
        QTest::newRow("unknown event")
            << QStringList{QStringLiteral("subscription"),  QStringLiteral("add"),
                           QStringLiteral("--integration"), QStringLiteral("1"),
                           QStringLiteral("--name"),        QStringLiteral("x"),
                           QStringLiteral("--url"),         QStringLiteral("https://example.hu"),
                           QStringLiteral("--events"),      QStringLiteral("gate.melted")}
            << 1 << QStringLiteral("gate.melted");
        QTest::newRow("negative retries")
            << add
                   + QStringList{QStringLiteral("--url"), QStringLiteral("https://example.hu"),
                                 QStringLiteral("--max-retries"), QStringLiteral("-1")}
            << 2 << QStringLiteral("--max-retries");
        QTest::newRow("absurd delays") << add
                                              + QStringList{QStringLiteral("--url"),
                                                            QStringLiteral("https://example.hu"),
                                                            QStringLiteral("--retry-delays"), QStringLiteral("5,abc")}
                                       << 2 << QStringLiteral("--retry-delays");
        QTest::newRow("bad filter") << add
                                           + QStringList{QStringLiteral("--url"), QStringLiteral("https://example.hu"),
                                                         QStringLiteral("--filter"),
                                                         QStringLiteral(R"({"n": {"$near": 1}})")}
                                    << 1 << QStringLiteral("\"n\"");
        QTest::newRow("empty secret") << add
                                             + QStringList{QStringLiteral("--url"),
                                                           QStringLiteral("https://example.hu"),
                                                           QStringLiteral("--secret-env"),
                                                           QStringLiteral("EMPTY_SECRET")}
                                      << 1 << QStringLiteral("empty");
        QTest::newRow("payload not json")
            << QStringList{QStringLiteral("event"), QStringLiteral("trigger"), QStringLiteral("gate.created"),
                           QStringLiteral("--payload"), QStringLiteral("{nope")}
            << 1 << QStringLiteral("not valid JSON");
        QTest::newRow("payload array") << QStringList{QStringLiteral("event"), QStringLiteral("trigger"),
                                                      QStringLiteral("gate.created"), QStringLiteral("--payload"),
                                                      QStringLiteral("[1]")}
                                       << 1 << QStringLiteral("JSON object");
        QTest::newRow("unknown event type")
            << QStringList{QStringLiteral("event"), QStringLiteral("trigger"), QStringLiteral("gate.melted"),
                           QStringLiteral("--payload"), QStringLiteral("{}")}
            << 1 << QStringLiteral("gate.melted");
    }

    void badInputIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        addIntegration();
        const CliRun result = run(arguments, {{QStringLiteral("EMPTY_SECRET"), QString()}});
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(run({QStringLiteral("subscription"), QStringLiteral("list"), QStringLiteral("--json")})
                     .json()
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(deliveries().size(), 0);
    }

    void verifyChecksSignatures()
    {
        const QString bodyPath = m_folder.filePath(QStringLiteral("body.json"));
        QFile body(bodyPath);
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write("Hello, World!");
        body.close();
        const QMap<QString, QString> secret{{QStringLiteral("SECRET"), QStringLiteral("It's a Secret to Everybody")}};
        const QStringList verify{QStringLiteral("verify"),    QStringLiteral("--scheme"),
                                 QStringLiteral("garagereg"), QStringLiteral("--secret-env"),
                                 QStringLiteral("SECRET"),    QStringLiteral("--body"),
                                 QLatin1Char('@') + bodyPath, QStringLiteral("--signature")};
        const CliRun valid = run(verify
                                     + QStringList{QStringLiteral(
                                         "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")},
                                 secret);
        QCOMPARE(valid.exitCode, 0);
        QCOMPARE(valid.out.trimmed(), QStringLiteral("valid"));
        const CliRun invalid = run(verify + QStringList{QStringLiteral("sha256=00")}, secret);
        QCOMPARE(invalid.exitCode, 1);
        QVERIFY2(invalid.out.startsWith(QLatin1String("invalid: ")), qPrintable(invalid.out));
    }

    // Replay protection on the command line: a correctly signed message whose
    // timestamp is further from now than --tolerance (default 300 s), before or
    // after, is invalid. "Now" is the CLI's clock, the system's.
    void verifyRefusesStaleAndFutureTimestamps()
    {
        const QByteArray bodyText = R"({"event_id":"e-1"})";
        const QString bodyPath = m_folder.filePath(QStringLiteral("replayed.json"));
        QFile body(bodyPath);
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write(bodyText);
        body.close();
        const QByteArray secret = WebhookSignature::generateSecret(SignatureScheme::StandardWebhooks);
        const QString id = QStringLiteral("msg_replay");
        const auto verifyAt = [&](qint64 timestamp, const QStringList &extra = {}) {
            const QString signature = QString::fromLatin1(
                WebhookSignature::standardWebhooks({secret}, id, timestamp, bodyText));
            return run(QStringList{QStringLiteral("verify"), QStringLiteral("--scheme"),
                                   QStringLiteral("standard-webhooks"), QStringLiteral("--secret-env"),
                                   QStringLiteral("SECRET"), QStringLiteral("--body"), QLatin1Char('@') + bodyPath,
                                   QStringLiteral("--signature"), signature, QStringLiteral("--id"), id,
                                   QStringLiteral("--timestamp"), QString::number(timestamp)}
                           + extra,
                       {{QStringLiteral("SECRET"), QString::fromLatin1(secret)}});
        };
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        CliRun result = verifyAt(now);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), QStringLiteral("valid"));

        result = verifyAt(now - 3600); // replayed an hour later
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.startsWith(QLatin1String("invalid: ")) && result.out.contains(QLatin1String("old")),
                 qPrintable(result.out));
        QVERIFY2(result.out.contains(QLatin1String("tolerance of 300 seconds")), qPrintable(result.out));
        result = verifyAt(now + 3600); // from the future
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QLatin1String("in the future")), qPrintable(result.out));

        // --tolerance widens or narrows the window.
        QCOMPARE(verifyAt(now - 3600, {QStringLiteral("--tolerance"), QStringLiteral("7200")}).exitCode, 0);
        QCOMPARE(verifyAt(now + 3600, {QStringLiteral("--tolerance"), QStringLiteral("7200")}).exitCode, 0);
        QCOMPARE(verifyAt(now - 120, {QStringLiteral("--tolerance"), QStringLiteral("60")}).exitCode, 1);
        QCOMPARE(verifyAt(now - 120).exitCode, 0);
        result = verifyAt(now, {QStringLiteral("--tolerance"), QStringLiteral("-1")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("--tolerance")), qPrintable(result.err));
        QCOMPARE(verifyAt(std::numeric_limits<qint64>::min()).exitCode, 1);

        // The garagereg scheme checks --timestamp (X-GarageReg-Timestamp) the same way.
        const QStringList garageReg{QStringLiteral("verify"),
                                    QStringLiteral("--scheme"),
                                    QStringLiteral("garagereg"),
                                    QStringLiteral("--secret-env"),
                                    QStringLiteral("SECRET"),
                                    QStringLiteral("--body"),
                                    QLatin1Char('@') + bodyPath,
                                    QStringLiteral("--signature"),
                                    QString::fromLatin1(
                                        WebhookSignature::garageReg("a-garagereg-secret-1234", bodyText)),
                                    QStringLiteral("--timestamp")};
        const QMap<QString, QString> garageRegSecret{
            {QStringLiteral("SECRET"), QStringLiteral("a-garagereg-secret-1234")}};
        QCOMPARE(run(garageReg + QStringList{QString::number(now)}, garageRegSecret).exitCode, 0);
        result = run(garageReg + QStringList{QString::number(now - 301 - 60)}, garageRegSecret);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QLatin1String("tolerance")), qPrintable(result.out));
    }

    void endpointTestSendsASignedPing()
    {
        const CliRun result = run({QStringLiteral("endpoint"), QStringLiteral("test"), m_receiver->url().toString()});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.startsWith(QLatin1String("OK HTTP 200")), qPrintable(result.out));
        QCOMPARE(m_receiver->requests().first().header("X-GarageReg-Event"), QByteArray("ping"));
        QVERIFY(m_receiver->requests().first().header("X-GarageReg-Signature").startsWith("sha256="));
        m_receiver->setDefaultResponse(respond(500));
        QCOMPARE(run({QStringLiteral("endpoint"), QStringLiteral("test"), m_receiver->url().toString()}).exitCode, 1);
    }

    // The outbound policy is the administrator's (`policy set`, stored in the
    // database) and binds the worker, `endpoint test` and new subscriptions.
    void outboundPolicyIsSetByTheAdministrator()
    {
        const QString subscription = addSubscription(); // to 127.0.0.1, before the policy
        CliRun result = run({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--refuse-private"),
                             QStringLiteral("yes"), QStringLiteral("--deny-host"), QStringLiteral("*.evil.example")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = run({QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(result.json().toObject().value(QLatin1String("refuse_private")).toBool(), true);
        QCOMPARE(result.json().toObject().value(QLatin1String("deny_hosts")).toArray(),
                 QJsonArray{QStringLiteral("*.evil.example")});
        QCOMPARE(run({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--deny-network"),
                      QStringLiteral("10.0.0.0/40")})
                     .exitCode,
                 2);

        result = run({QStringLiteral("subscription"), QStringLiteral("add"), QStringLiteral("--integration"),
                      addIntegration(), QStringLiteral("--name"), QStringLiteral("Belső"), QStringLiteral("--url"),
                      m_receiver->url().toString(), QStringLiteral("--events"), QStringLiteral("gate.inspection_due")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("refuse-private")), qPrintable(result.err));

        result = run({QStringLiteral("event"), QStringLiteral("trigger"), QStringLiteral("gate.inspection_due"),
                      QStringLiteral("--payload"), QStringLiteral(R"({"gate_id": "K-1"})")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = run({QStringLiteral("worker"), QStringLiteral("--until-idle")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject delivery = deliveries().first().toObject();
        QCOMPARE(delivery.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(delivery.value(QLatin1String("attempt_count")).toInt(), 1);
        QCOMPARE(m_receiver->connectionCount(), 0);

        result = run({QStringLiteral("endpoint"), QStringLiteral("test"),
                      QStringLiteral("http://localhost:%1/hook").arg(m_receiver->port())});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(QLatin1String("policy")), qPrintable(result.out));
        QCOMPARE(m_receiver->connectionCount(), 0);
        Q_UNUSED(subscription)

        // An integration's own CA certificates must be PEM certificates.
        const QString notPem = m_folder.filePath(QStringLiteral("not-a-ca.pem"));
        QFile file(notPem);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("not a certificate") > 0);
        file.close();
        result = run({QStringLiteral("integration"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Privát CA"), QStringLiteral("--type"), QStringLiteral("webhook"),
                      QStringLiteral("--provider"), QStringLiteral("custom"), QStringLiteral("--ca-certificates"),
                      QLatin1Char('@') + notPem});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("PEM")), qPrintable(result.err));
    }

    // --sending-threads: 1 to 8 threads with an HTTP client each; anything else is a usage error.
    void workerSendsOnTheThreadsAskedFor()
    {
        addSubscription();
        triggerEvents(12);
        for (const char *wrong : {"0", "9", "two"}) {
            const CliRun refused = run({QStringLiteral("worker"), QStringLiteral("--until-idle"),
                                        QStringLiteral("--sending-threads"), QString::fromLatin1(wrong)});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(QLatin1String("sending-threads")), qPrintable(refused.err));
        }
        QCOMPARE(m_receiver->requestCount(), 0);
        const CliRun result = run({QStringLiteral("worker"), QStringLiteral("--until-idle"),
                                   QStringLiteral("--sending-threads"), QStringLiteral("3")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(m_receiver->requestCount(), 12);
        for (const QJsonValue &entry : deliveries())
            QCOMPARE(entry.toObject().value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
    }

    // --concurrency-per-host: a receiver that keeps every request open gets as
    // many at once as asked for (6, over the default of 4), and no more; values
    // outside 1 to 1000 are usage errors.
    void workerKeepsToThePerHostLimitAskedFor()
    {
        for (const char *wrong : {"0", "1001", "many"}) {
            const CliRun refused = run({QStringLiteral("worker"), QStringLiteral("--until-idle"),
                                        QStringLiteral("--concurrency-per-host"), QString::fromLatin1(wrong)});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(QLatin1String("concurrency-per-host")), qPrintable(refused.err));
        }
        ScriptedResponse hang;
        hang.behaviour = ScriptedResponse::Behaviour::NeverAnswer;
        m_receiver->setDefaultResponse(hang);
        addSubscription({QStringLiteral("--timeout"), QStringLiteral("60")});
        triggerEvents(9);

        const auto worker = start({QStringLiteral("worker"), QStringLiteral("--concurrency-per-host"),
                                   QStringLiteral("6"), QStringLiteral("--stop-grace"), QStringLiteral("0")});
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requestCount(), 6, 30000);
        ::kill(static_cast<pid_t>(worker->processId()), SIGTERM);
        const CliRun stopped = finish(*worker);
        QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err));
        QCOMPARE(m_receiver->requestCount(), 6); // the other three waited for a slot until the stop
    }

    // At least once across a crash: a worker killed in the middle and restarted
    // delivers every event, a repeated one under its original request id.
    void killedWorkerLosesNothing()
    {
        m_receiver->setDefaultResponse(respond(200, 30));
        addSubscription({QStringLiteral("--timeout"), QStringLiteral("2")});
        const int events = 40;
        triggerEvents(events);

        const auto worker = start({QStringLiteral("worker"), QStringLiteral("--lease-seconds"), QStringLiteral("1"),
                                   QStringLiteral("--concurrency"), QStringLiteral("4")});
        QTRY_VERIFY_WITH_TIMEOUT(m_receiver->requestCount() >= 8, 30000);
        ::kill(static_cast<pid_t>(worker->processId()), SIGKILL);
        finish(*worker);
        const int beforeRestart = m_receiver->requestCount();
        QVERIFY(beforeRestart < events);

        const CliRun restarted = run({QStringLiteral("worker"), QStringLiteral("--until-idle"),
                                      QStringLiteral("--lease-seconds"), QStringLiteral("1")});
        QVERIFY2(restarted.exitCode == 0, qPrintable(restarted.err));

        const QJsonArray log = deliveries();
        QCOMPARE(log.size(), events);
        const QMultiHash<QByteArray, int> received = receivedRequestIds();
        for (const QJsonValue &entry : log) {
            const QJsonObject delivery = entry.toObject();
            QCOMPARE(delivery.value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
            QVERIFY(received.contains(delivery.value(QLatin1String("request_id")).toString().toUtf8()));
        }
        QCOMPARE(QSet<QByteArray>(received.keyBegin(), received.keyEnd()).size(), events);
    }

    // Graceful stop, when the receiver keeps every request open: SIGTERM lets the
    // attempts in flight run for --stop-grace, then aborts them and gives every
    // delivery back undelivered, without spending an attempt. The worker exits
    // within the grace plus a commit; nothing stays claimed; the next worker
    // sends them all under their request ids.
    void sigtermReleasesWhatIsInFlight()
    {
        ScriptedResponse hang;
        hang.behaviour = ScriptedResponse::Behaviour::NeverAnswer;
        m_receiver->setDefaultResponse(hang);
        addSubscription({QStringLiteral("--timeout"), QStringLiteral("60")});
        const int events = 6;
        triggerEvents(events);

        const auto worker = start({QStringLiteral("worker"), QStringLiteral("--stop-grace"), QStringLiteral("1")});
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requestCount(), 4, 30000); // the per-host limit; two wait in memory
        const std::unique_ptr<Database> database = m_testDatabase->open();
        const SystemClock clock;
        DeliveryRepository repository(*database, clock);
        QVERIFY(repository.claimedCount() > 0);

        QElapsedTimer stopping;
        stopping.start();
        ::kill(static_cast<pid_t>(worker->processId()), SIGTERM);
        const CliRun stopped = finish(*worker, 60000);
        const qint64 stopMs = stopping.elapsed();
        qInfo("stopped %lld ms after SIGTERM (grace 1 s) with 4 requests in flight", stopMs);
        QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err));
        QVERIFY2(stopMs >= 900, QByteArray::number(stopMs).constData()); // it gave them their grace
        QVERIFY2(stopMs < 1000 + 15000, QByteArray::number(stopMs).constData());
        QCOMPARE(repository.claimedCount(), 0);
        for (const QJsonValue &entry : deliveries()) {
            const QJsonObject delivery = entry.toObject();
            QCOMPARE(delivery.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
            QCOMPARE(delivery.value(QLatin1String("attempt_count")).toInt(), 0);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->openConnectionCount(), 0, 10000);

        const QMultiHash<QByteArray, int> firstRound = receivedRequestIds();
        const QSet<QByteArray> interrupted(firstRound.keyBegin(), firstRound.keyEnd());
        m_receiver->setDefaultResponse(respond(200));
        const CliRun restarted = run({QStringLiteral("worker"), QStringLiteral("--until-idle")});
        QVERIFY2(restarted.exitCode == 0, qPrintable(restarted.err));
        const QMultiHash<QByteArray, int> received = receivedRequestIds();
        QCOMPARE(QSet<QByteArray>(received.keyBegin(), received.keyEnd()).size(), events);
        for (const QByteArray &requestId : interrupted)
            QCOMPARE(received.count(requestId), 2); // sent again under its id
        for (const QJsonValue &entry : deliveries())
            QCOMPARE(entry.toObject().value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
    }

    // Graceful stop, when the receiver answers within the grace: SIGTERM waits
    // for those answers and records them; what was not sent yet is given back.
    void sigtermLetsAttemptsInFlightFinish()
    {
        m_receiver->setDefaultResponse(respond(200, 1500));
        addSubscription({QStringLiteral("--timeout"), QStringLiteral("30")});
        const int events = 6;
        triggerEvents(events);

        const auto worker = start({QStringLiteral("worker")}); // the default grace, 10 s
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requestCount(), 4, 30000);
        QElapsedTimer stopping;
        stopping.start();
        ::kill(static_cast<pid_t>(worker->processId()), SIGTERM);
        const CliRun stopped = finish(*worker, 60000);
        const qint64 stopMs = stopping.elapsed();
        qInfo("stopped %lld ms after SIGTERM with 4 answers 1.5 s away", stopMs);
        QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err));
        QVERIFY2(stopMs < 10000 + 15000, QByteArray::number(stopMs).constData());

        const std::unique_ptr<Database> database = m_testDatabase->open();
        const SystemClock clock;
        QCOMPARE(DeliveryRepository(*database, clock).claimedCount(), 0);
        int delivered = 0;
        int pending = 0;
        for (const QJsonValue &entry : deliveries()) {
            const QJsonObject delivery = entry.toObject();
            const QString status = delivery.value(QLatin1String("status")).toString();
            if (status == QLatin1String("delivered")) {
                ++delivered;
                QCOMPARE(delivery.value(QLatin1String("attempt_count")).toInt(), 1);
            } else {
                QCOMPARE(status, QStringLiteral("pending"));
                QCOMPARE(delivery.value(QLatin1String("attempt_count")).toInt(), 0);
                ++pending;
            }
        }
        // The four in flight finished and were recorded; none was sent after SIGTERM.
        QCOMPARE(delivered, m_receiver->requestCount());
        QVERIFY2(delivered >= 4, QByteArray::number(delivered).constData());
        QCOMPARE(delivered + pending, events);
    }

    // Another program holds the SQLite database locked: the worker says so
    // (what happened, what to do), sends nothing meanwhile, and goes on by
    // itself once the lock is gone; every delivery arrives exactly once.
    void workerPausesWhileAnotherProgramLocksTheDatabase()
    {
        if (TestDatabase::backendUnderTest() != Backend::Sqlite)
            QSKIP("SQLite only: PostgreSQL has no file another program can lock (tst_delivery_outage covers it).");
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (shell.isEmpty())
            QSKIP("The sqlite3 shell is not installed (Debian package sqlite3, in scripts/install-deps.sh).");
        addSubscription();
        const int events = 5;
        triggerEvents(events);

        QTemporaryDir folder;
        const QString holding = folder.filePath(QStringLiteral("holding"));
        QProcess holder;
        holder.setProcessChannelMode(QProcess::MergedChannels);
        holder.start(shell, {m_testDatabase->url().filePath()});
        QVERIFY(holder.waitForStarted());
        holder.write("BEGIN EXCLUSIVE;\nINSERT INTO app_meta (key, value) VALUES ('held', 'x');\n.shell touch "
                     + holding.toUtf8() + "\n");
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(holding) || holder.state() != QProcess::Running, 30000);
        QVERIFY2(QFile::exists(holding), holder.readAll().constData());

        const auto worker = start({QStringLiteral("worker"), QStringLiteral("--until-idle"),
                                   QStringLiteral("--max-seconds"), QStringLiteral("120")});
        QString err;
        // SQLite's busy timeout (10 s) first, then the worker says why it waits.
        QTRY_VERIFY_WITH_TIMEOUT((err += QString::fromUtf8(worker->readAllStandardError()))
                                     .contains(QLatin1String("Deliveries are paused")),
                                 60000);
        QVERIFY2(err.contains(QLatin1String("The database is locked by another program")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("close the program")), qPrintable(err));
        QCOMPARE(m_receiver->requestCount(), 0);

        holder.write("ROLLBACK;\n.quit\n");
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(30000));
        const CliRun finished = finish(*worker);
        err += finished.err;
        QVERIFY2(finished.exitCode == 0, qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("Deliveries go on: the database answers again.")), qPrintable(err));
        const QMultiHash<QByteArray, int> received = receivedRequestIds();
        QCOMPARE(received.size(), events);
        QCOMPARE(QSet<QByteArray>(received.keyBegin(), received.keyEnd()).size(), events);
        for (const QJsonValue &entry : deliveries())
            QCOMPARE(entry.toObject().value(QLatin1String("status")).toString(), QStringLiteral("delivered"));
    }

    // Several workers on one PostgreSQL database share the work and never send
    // the same delivery twice; on SQLite a second worker is refused.
    void twoWorkersShareTheWork()
    {
        m_receiver->setDefaultResponse(respond(200, 50));
        addSubscription();
        if (m_testDatabase->url().isSqlite()) {
            const auto first = start({QStringLiteral("worker"), QStringLiteral("--max-seconds"), QStringLiteral("30")});
            first->setReadChannel(QProcess::StandardError);
            QVERIFY(first->waitForReadyRead(30000)); // it announces itself once it holds the lock
            const CliRun second = run({QStringLiteral("worker"), QStringLiteral("--until-idle")});
            QCOMPARE(second.exitCode, 1);
            QVERIFY2(second.err.contains(QLatin1String("Another worker")), qPrintable(second.err));
            first->terminate();
            QCOMPARE(finish(*first).exitCode, 0);
            return;
        }
        const int events = 60;
        triggerEvents(events);
        const auto first = start(
            {QStringLiteral("worker"), QStringLiteral("--until-idle"), QStringLiteral("--verbose")});
        const auto second = start(
            {QStringLiteral("worker"), QStringLiteral("--until-idle"), QStringLiteral("--verbose")});
        const CliRun firstRun = finish(*first);
        const CliRun secondRun = finish(*second);
        QVERIFY2(firstRun.exitCode == 0, qPrintable(firstRun.err));
        QVERIFY2(secondRun.exitCode == 0, qPrintable(secondRun.err));
        QCOMPARE(m_receiver->requestCount(), events);
        QCOMPARE(receivedRequestIds().uniqueKeys().size(), events);
        // Both took part (each prints one line per attempt with --verbose).
        QVERIFY2(firstRun.err.count(QLatin1String(" delivered")) > 0
                     && secondRun.err.count(QLatin1String(" delivered")) > 0,
                 qPrintable(firstRun.err + secondRun.err));
    }
};

QTEST_GUILESS_MAIN(TestCliWebhooks)
#include "tst_cli_webhooks.moc"
