#include "adapters/http/OutboundGuard.h"
#include "adapters/http/WebhookSender.h"
#include "adapters/http/WebhookSenderPool.h"
#include "app/services/DeliveryEngine.h"
#include "app/services/SubscriptionService.h"
#include "app/services/WebhookEventService.h"
#include "models/common/AwaitFuture.h"
#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/storage/DeliveryRepository.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/OutboundPolicyRepository.h"
#include "models/storage/SqlQuery.h"
#include "models/storage/WebhookSubscriptionRepository.h"
#include "tests/support/HeldWriteLock.h"
#include "tests/support/InMemorySecretStore.h"
#include "tests/support/LoopbackReceiver.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestSubscriptions.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace garagereg;
using namespace std::chrono_literals;
using namespace garagereg::test;

namespace {
const QByteArray garageRegSecret = "engine-test-secret-0123456789";
const QByteArray standardSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
constexpr int waitMs = 20000;

ScriptedResponse respond(int status, HttpHeaders headers = {}, QByteArray body = {})
{
    ScriptedResponse response;
    response.status = status;
    response.headers = std::move(headers);
    response.body = std::move(body);
    return response;
}

// A 200 that the receiver sends `delayMs` after the request arrived.
ScriptedResponse slowOk(int delayMs)
{
    ScriptedResponse response = respond(200);
    response.delayMs = delayMs;
    return response;
}

// Runs `before` ahead of every queued call (QEvent::MetaCall) that reaches
// `target`: the recorder's report of a recorded batch comes that way.
class BeforeQueuedCalls : public QObject
{
public:
    BeforeQueuedCalls(QObject &target, std::function<void()> before)
        : m_target(target)
        , m_before(std::move(before))
    {
        m_target.installEventFilter(this);
    }
    ~BeforeQueuedCalls() override { m_target.removeEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == &m_target && event->type() == QEvent::MetaCall)
            m_before();
        return false;
    }

private:
    QObject &m_target;
    std::function<void()> m_before;
};

QList<QByteArray> headerNames(const ReceivedRequest &request)
{
    QList<QByteArray> names;
    for (const auto &[name, value] : request.headers)
        names << name.toLower();
    return names;
}
} // namespace

// The delivery engine against a real HTTP receiver on 127.0.0.1, on both backends.
class TestDeliveryEngine : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    InMemorySecretStore m_secrets;
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<WebhookSender> m_sender;
    std::unique_ptr<LoopbackReceiver> m_receiver;
    std::unique_ptr<DeliveryEngine> m_engine;
    qint64 m_integrationId = 0;

    WebhookSubscription subscribe(const std::function<void(WebhookSubscription &)> &customize = {},
                                  const QByteArray &secret = garageRegSecret)
    {
        return subscribeTo(
            *m_database, m_secrets, m_clock, m_integrationId, m_receiver->url().toString(),
            [&](WebhookSubscription &subscription) {
                subscription.eventTypes << QStringLiteral("gate.fault_detected");
                subscription.retryDelaysSeconds = {1, 1, 1};
                if (customize)
                    customize(subscription);
            },
            secret);
    }

    TriggeredEvent trigger(const char *payload = R"({"gate_id": "K-12", "priority": "high"})",
                           const QString &type = QStringLiteral("gate.inspection_due"))
    {
        return WebhookEventService(*m_database, m_clock)
            .trigger(type, QJsonDocument::fromJson(payload).object(), QStringLiteral("org-1"), QStringLiteral("K-12"));
    }

    // `count` events with the default payload: the request ids of their deliveries.
    QStringList triggerMany(int count)
    {
        QStringList requestIds;
        for (int i = 0; i < count; ++i)
            requestIds << trigger().requestIds;
        return requestIds;
    }

    DeliveryEngine &startEngine(DeliveryEngineOptions options = {})
    {
        m_engine = std::make_unique<DeliveryEngine>(*m_database, m_secrets, *m_sender, m_clock, options);
        m_engine->setJitterSource([] { return 0.0; });
        m_engine->start();
        return *m_engine;
    }

    Delivery delivery(const QString &requestId) const
    {
        return *DeliveryRepository(*m_database, m_clock).findByRequestId(requestId);
    }

    QString claimedBy(const QString &requestId) const
    {
        return SqlQuery(m_database->connection(),
                        QStringLiteral("SELECT claimed_by FROM webhook_deliveries WHERE request_id = :id"))
            .bind(QStringLiteral(":id"), requestId)
            .scalar()
            .toString();
    }

    // The request ids the receiver got, one per request, sorted.
    QStringList receivedRequestIds() const
    {
        QStringList received;
        for (const ReceivedRequest &request : m_receiver->requests())
            received << QString::fromUtf8(request.header("X-GarageReg-Request-ID"));
        received.sort();
        return received;
    }

    // Deliveries leased (to any worker) whose request has not reached the receiver.
    int heldNotSent() const
    {
        const QStringList receivedIds = receivedRequestIds();
        const QSet<QString> received(receivedIds.cbegin(), receivedIds.cend());
        SqlQuery leased(m_database->connection(),
                        QStringLiteral("SELECT request_id FROM webhook_deliveries WHERE claimed_until IS NOT NULL"));
        leased.exec();
        int count = 0;
        while (leased.next())
            count += received.contains(leased.value(0).toString()) ? 0 : 1;
        return count;
    }

    // A delivery that falls due `inMs` from now (within the engine's look-ahead).
    QString dueSoon(qint64 inMs)
    {
        subscribe();
        const QString requestId = trigger().requestIds.first();
        DeliveryRepository(*m_database, m_clock).defer(delivery(requestId).id, m_clock.now().addMSecs(inMs));
        return requestId;
    }

    QList<DeliveryAttempt> attempts(const QString &requestId) const
    {
        return DeliveryRepository(*m_database, m_clock).attempts(delivery(requestId).id);
    }

private slots:
    void init()
    {
        m_testDatabase = std::make_unique<TestDatabase>();
        m_database = m_testDatabase->open();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_sender = std::make_unique<WebhookSender>(*m_network, m_clock);
        m_receiver = std::make_unique<LoopbackReceiver>();
        m_integrationId = createTestIntegration(*m_database, m_clock);
    }

    void cleanup()
    {
        m_engine.reset();
        m_sender.reset();
        m_network.reset();
        m_receiver.reset();
        m_database.reset();
        m_testDatabase.reset();
    }

    void deliversSignedWithTheExactHeaders()
    {
        subscribe();
        const TriggeredEvent event = trigger();
        QCOMPARE(event.requestIds.size(), 1);
        const QString requestId = event.requestIds.first();
        startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Delivered, waitMs);

        QCOMPARE(m_receiver->requestCount(), 1);
        const ReceivedRequest request = m_receiver->requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.body, DeliveryRepository(*m_database, m_clock).eventBody(event.id));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(request.header("User-Agent"), QByteArray("GarageReg-Webhook/2.0"));
        QCOMPARE(request.header("X-GarageReg-Event"), QByteArray("gate.inspection_due"));
        QCOMPARE(request.header("X-GarageReg-Request-ID"), requestId.toUtf8());
        const qint64 timestamp = request.header("X-GarageReg-Timestamp").toLongLong();
        QVERIFY(qAbs(timestamp - QDateTime::currentSecsSinceEpoch()) < 60);
        // Computed here with Qt's HMAC directly, not with the code under test.
        const QByteArray expected =
            "sha256="
            + QMessageAuthenticationCode::hash(request.body, garageRegSecret, QCryptographicHash::Sha256).toHex();
        QCOMPARE(request.header("X-GarageReg-Signature"), expected);
        // No other header of ours: the rest are HTTP transport headers.
        for (const QByteArray &name : headerNames(request)) {
            const bool ours = name.startsWith("x-") || name.startsWith("webhook-");
            QVERIFY2(!ours || name.startsWith("x-garagereg-"), name.constData());
        }

        const QJsonObject envelope = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(envelope.value(QLatin1String("event_id")).toString(), event.eventUuid);
        QCOMPARE(envelope.value(QLatin1String("organization_id")).toString(), QStringLiteral("org-1"));
        QCOMPARE(envelope.value(QLatin1String("data")).toObject().value(QLatin1String("gate_id")).toString(),
                 QStringLiteral("K-12"));

        const QList<DeliveryAttempt> log = attempts(requestId);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().responseStatus, 200);
        QVERIFY(log.first().errorClass.isEmpty());
        QVERIFY(log.first().requestHeaders.contains({QByteArray("X-GarageReg-Signature"), expected}));
        const Delivery done = delivery(requestId);
        QCOMPARE(done.attemptCount, 1);
        QVERIFY(done.completedAt.isValid());
        QVERIFY(done.firstAttemptAt.isValid());
        const Integration integration = *IntegrationRepository(*m_database, m_clock).find(m_integrationId);
        QCOMPARE(integration.requestCount, 1);
        QCOMPARE(integration.successCount, 1);
        QVERIFY(integration.lastSuccessAt.isValid());
    }

    void standardWebhooksScheme()
    {
        subscribe([](WebhookSubscription &s) { s.signatureScheme = SignatureScheme::StandardWebhooks; }, standardSecret);
        const QString requestId = trigger().requestIds.first();
        startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Delivered, waitMs);
        const ReceivedRequest request = m_receiver->requests().first();
        QCOMPARE(request.header("webhook-id"), requestId.toUtf8());
        const QByteArray timestamp = request.header("webhook-timestamp");
        const QByteArray key = QByteArray::fromBase64(standardSecret.mid(6));
        const QByteArray expected = "v1,"
                                    + QMessageAuthenticationCode::hash(requestId.toUtf8() + '.' + timestamp + '.'
                                                                           + request.body,
                                                                       key, QCryptographicHash::Sha256)
                                          .toBase64();
        QCOMPARE(request.header("webhook-signature"), expected);
        QVERIFY(request.header("X-GarageReg-Signature").isEmpty());
    }

    void serverErrorThenSuccessAfterTheDelay()
    {
        m_receiver->enqueueResponses({respond(500, {}, "try later"), respond(200)});
        subscribe([](WebhookSubscription &s) { s.retryDelaysSeconds = {1}; });
        const QString requestId = trigger().requestIds.first();
        startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Delivered, waitMs);
        const QList<ReceivedRequest> received = m_receiver->requests();
        QCOMPARE(received.size(), 2);
        const qint64 gap = received.at(0).receivedAt.msecsTo(received.at(1).receivedAt);
        QVERIFY2(gap >= 950, qPrintable(QString::number(gap)));
        QCOMPARE(received.at(0).header("X-GarageReg-Request-ID"), received.at(1).header("X-GarageReg-Request-ID"));
        QCOMPARE(received.at(0).body, received.at(1).body);
        const QList<DeliveryAttempt> log = attempts(requestId);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).responseStatus, 500);
        QCOMPARE(log.at(0).errorClass, QStringLiteral("http"));
        QCOMPARE(log.at(0).responseBody, QByteArray("try later"));
        QCOMPARE(log.at(1).responseStatus, 200);
    }

    void eachAttemptIsAnsweredThenFinished()
    {
        m_receiver->enqueueResponses({respond(500), respond(200)});
        subscribe([](WebhookSubscription &s) { s.retryDelaysSeconds = {1}; });
        const QString requestId = trigger().requestIds.first();
        DeliveryEngine &engine = startEngine();
        QStringList signalsSeen;
        connect(&engine, &DeliveryEngine::attemptAnswered, this,
                [&](const QString &id) { signalsSeen << QStringLiteral("answered ") + id; });
        connect(&engine, &DeliveryEngine::attemptFinished, this,
                [&](const QString &id, DeliveryStatus) { signalsSeen << QStringLiteral("finished ") + id; });
        QTRY_COMPARE_WITH_TIMEOUT(signalsSeen.size(), 4, waitMs);
        const QString answered = QStringLiteral("answered ") + requestId;
        const QString finished = QStringLiteral("finished ") + requestId;
        QCOMPARE(signalsSeen, QStringList({answered, finished, answered, finished}));
        QCOMPARE(delivery(requestId).status, DeliveryStatus::Delivered);
    }

    void attemptsFinishingTogetherAreRecordedTogether()
    {
        // Three events answered within the record window: one batch, one commit,
        // so all three are logged at the same moment, the window after the first answer.
        m_receiver->enqueueResponses({respond(200), respond(200), respond(200)});
        subscribe();
        for (const char *gate : {R"({"gate_id": "A"})", R"({"gate_id": "B"})", R"({"gate_id": "C"})"})
            trigger(gate);
        DeliveryEngineOptions options;
        options.recordWindow = 400ms;
        QElapsedTimer clock;
        QList<qint64> answeredAt;
        QList<qint64> finishedAt;
        clock.start();
        DeliveryEngine &engine = startEngine(options);
        connect(&engine, &DeliveryEngine::attemptAnswered, this,
                [&](const QString &) { answeredAt << clock.elapsed(); });
        connect(&engine, &DeliveryEngine::attemptFinished, this,
                [&](const QString &, DeliveryStatus) { finishedAt << clock.elapsed(); });
        QTRY_COMPARE_WITH_TIMEOUT(finishedAt.size(), 3, waitMs);
        QCOMPARE(answeredAt.size(), 3);
        QVERIFY2(answeredAt.last() - answeredAt.first() < 300, qPrintable(QString::number(answeredAt.last())));
        QVERIFY2(finishedAt.first() - answeredAt.first() >= 390, qPrintable(QString::number(finishedAt.first())));
        QVERIFY(finishedAt.last() - finishedAt.first() < 50); // emitted together, after the batch's commit
    }

    void anAttemptAnsweredWhileABatchIsRecordedWaitsItsWindow()
    {
        // The first answer goes alone, after the window. The second comes while
        // that batch is being recorded (held there until it does): it waits its
        // own window for company before it is written, rather than going alone
        // the moment the recorder is free.
        // The second answer comes well after the first batch is recorded, even on a loaded machine.
        m_receiver->enqueueResponses({respond(200), slowOk(1500)});
        subscribe();
        trigger(R"({"gate_id": "A"})");
        trigger(R"({"gate_id": "B"})");
        DeliveryEngineOptions options;
        options.recordWindow = 300ms;
        QElapsedTimer clock;
        QHash<QString, qint64> answeredAt;
        QHash<QString, qint64> finishedAt;
        clock.start();
        DeliveryEngine &engine = startEngine(options);
        connect(&engine, &DeliveryEngine::attemptAnswered, this,
                [&](const QString &id) { answeredAt.insert(id, clock.elapsed()); });
        connect(&engine, &DeliveryEngine::attemptFinished, this,
                [&](const QString &id, DeliveryStatus) { finishedAt.insert(id, clock.elapsed()); });
        bool holding = false;
        BeforeQueuedCalls holdFirstReport(engine, [&] {
            if (holding || answeredAt.size() != 1 || !finishedAt.isEmpty())
                return;
            holding = true; // the first batch's report: the second answer arrives before it is taken
            QElapsedTimer waited;
            waited.start();
            while (answeredAt.size() < 2 && waited.elapsed() < waitMs)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        });
        QTRY_COMPARE_WITH_TIMEOUT(finishedAt.size(), 2, waitMs);
        QVERIFY(holding);
        QStringList order = answeredAt.keys();
        std::sort(order.begin(), order.end(),
                  [&](const QString &a, const QString &b) { return answeredAt.value(a) < answeredAt.value(b); });
        const QString second = order.last();
        const qint64 secondWaited = finishedAt.value(second) - answeredAt.value(second);
        QVERIFY2(secondWaited >= 290, qPrintable(QString::number(secondWaited)));
        QCOMPARE(delivery(second).status, DeliveryStatus::Delivered);
    }

    void aClaimWaitingForTheDatabaseDoesNotStopSending()
    {
        // Answers take a while, so the engine claims again (half its budget is
        // left) while it still holds deliveries to send.
        m_receiver->setDefaultResponse(slowOk(100));
        subscribe();
        const QStringList requestIds = triggerMany(8);
        DeliveryEngineOptions options;
        options.maxInFlight = 1;
        options.maxHeld = 8;
        startEngine(options);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requestCount(), 1, waitMs); // all 8 are held now
        // Another connection holds the write lock on the deliveries for up to
        // 3 s: the next claim and every record wait for it. Sending must go on
        // meanwhile, so all 8 are out before it lets go.
        HeldWriteLock lock(m_testDatabase->connect(), QStringLiteral("webhook_deliveries"), 3000);
        QVERIFY2(lock.error().isEmpty(), qPrintable(lock.error()));
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requestCount(), 8, 5000);
        lock.letGo();
        QVERIFY2(!lock.heldTillTimeout(), "sending stopped while a claim waited for the database");
        for (const QString &requestId : requestIds)
            QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Delivered, waitMs);
        QCOMPARE(m_receiver->requestCount(), 8);
    }

    // The default hold is 2 x the in-flight limit, and grows to 4 x once
    // sending had to wait for a claim of a large backlog: here the claim waits
    // behind another connection's lock while the slots run dry.
    void sendingThatWaitsForClaimsHoldsMore()
    {
        m_receiver->setDefaultResponse(slowOk(100));
        subscribe();
        triggerMany(40);
        DeliveryEngineOptions options;
        options.maxInFlight = 2;
        options.maxInFlightPerHost = 2;
        DeliveryEngine &engine = startEngine(options);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requestCount(), 2, waitMs); // 4 held: 2 in flight, 2 waiting
        QCOMPARE(heldNotSent(), 2);
        {
            // The next claim goes out while 2 wait, and comes back after those
            // went out and answered too.
            HeldWriteLock lock(m_testDatabase->connect(), QStringLiteral("webhook_deliveries"), 3000);
            QVERIFY2(lock.error().isEmpty(), qPrintable(lock.error()));
            QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requestCount(), 4, waitMs);
            QTRY_COMPARE_WITH_TIMEOUT(engine.inFlight(), 0, waitMs);
        }
        // 4 x 2 held now: up to 6 wait in memory while 2 are in flight.
        QTRY_VERIFY_WITH_TIMEOUT(heldNotSent() > 4, waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requestCount(), 40, waitMs);
    }

    void retriesExhaustedEndFailed()
    {
        m_receiver->setDefaultResponse(respond(503));
        subscribe([](WebhookSubscription &s) {
            s.maxRetries = 2;
            s.retryDelaysSeconds = {1};
        });
        const QString requestId = trigger().requestIds.first();
        startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Failed, waitMs);
        QCOMPARE(delivery(requestId).attemptCount, 3);
        QCOMPARE(m_receiver->requestCount(), 3);
        QCOMPARE(delivery(requestId).lastHttpStatus, 503);
    }

    void goneDeactivatesTheSubscription()
    {
        m_receiver->setDefaultResponse(respond(410));
        const WebhookSubscription subscription = subscribe();
        const QString requestId = trigger().requestIds.first();
        startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Failed, waitMs);
        QCOMPARE(delivery(requestId).attemptCount, 1);
        const WebhookSubscription after = *WebhookSubscriptionRepository(*m_database, m_clock).find(subscription.id);
        QVERIFY(!after.active);
        QVERIFY2(after.disabledReason.contains(QLatin1String("410")), qPrintable(after.disabledReason));
        QVERIFY(trigger().requestIds.isEmpty()); // no longer receives events
    }

    void retryAfterIsAMinimum()
    {
        m_receiver->enqueueResponses({respond(429, {{"Retry-After", "2"}}), respond(200)});
        subscribe([](WebhookSubscription &s) { s.retryDelaysSeconds = {1}; });
        const QString requestId = trigger().requestIds.first();
        startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Delivered, waitMs);
        const QList<ReceivedRequest> received = m_receiver->requests();
        QCOMPARE(received.size(), 2);
        const qint64 gap = received.at(0).receivedAt.msecsTo(received.at(1).receivedAt);
        QVERIFY2(gap >= 1950, qPrintable(QString::number(gap)));
    }

    void timeoutIsAFailedAttempt()
    {
        ScriptedResponse silent;
        silent.behaviour = ScriptedResponse::Behaviour::NeverAnswer;
        m_receiver->setDefaultResponse(silent);
        subscribe([](WebhookSubscription &s) {
            s.timeoutSeconds = 1;
            s.maxRetries = 0;
        });
        const QString requestId = trigger().requestIds.first();
        startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Failed, waitMs);
        const DeliveryAttempt attempt = attempts(requestId).first();
        QCOMPARE(attempt.errorClass, QStringLiteral("timeout"));
        QVERIFY2(attempt.durationMs >= 900 && attempt.durationMs < 10000,
                 qPrintable(QString::number(attempt.durationMs)));
    }

    void refusedConnectionIsAFailedAttempt()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        subscribe([port](WebhookSubscription &s) {
            s.endpointUrl = QStringLiteral("http://127.0.0.1:%1/hook").arg(port);
            s.maxRetries = 0;
        });
        const QString requestId = trigger().requestIds.first();
        startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Failed, waitMs);
        QCOMPARE(attempts(requestId).first().errorClass, QStringLiteral("connection"));
        QVERIFY(!attempts(requestId).first().errorMessage.isEmpty());
    }

    // A request the outbound policy refuses is a failed attempt of class
    // "policy", final at once (trying again would change nothing), and nothing
    // reaches the receiver. The policy is the database's, set after the subscription.
    void policyRefusalIsAFinalFailure()
    {
        subscribe([](WebhookSubscription &s) { s.maxRetries = 3; });
        OutboundPolicy policy;
        policy.refusePrivate = true;
        OutboundPolicyRepository(*m_database).save(policy);
        OutboundGuard guard(OutboundPolicyRepository::loader(*m_database), 0ms);
        m_sender->setOutboundGuard(&guard);
        const QString requestId = trigger().requestIds.first();
        startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Failed, waitMs);
        QCOMPARE(delivery(requestId).attemptCount, 1);
        QCOMPARE(delivery(requestId).lastErrorClass, QStringLiteral("policy"));
        const DeliveryAttempt attempt = attempts(requestId).first();
        QCOMPARE(attempt.errorClass, QStringLiteral("policy"));
        QVERIFY2(attempt.errorMessage.contains(QLatin1String("refuse-private")), qPrintable(attempt.errorMessage));
        QCOMPARE(m_receiver->connectionCount(), 0);
        m_engine.reset();
        m_sender->setOutboundGuard(nullptr);
    }

    void redirectIsNotFollowed()
    {
        m_receiver->setDefaultResponse(respond(302, {{"Location", "http://127.0.0.1:1/elsewhere"}}));
        subscribe([](WebhookSubscription &s) { s.maxRetries = 0; });
        const QString requestId = trigger().requestIds.first();
        startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Failed, waitMs);
        QCOMPARE(m_receiver->requestCount(), 1);
        const DeliveryAttempt attempt = attempts(requestId).first();
        QCOMPARE(attempt.responseStatus, 302);
        QCOMPARE(attempt.errorClass, QStringLiteral("http"));
        QVERIFY2(attempt.errorMessage.contains(QLatin1String("http://127.0.0.1:1/elsewhere")),
                 qPrintable(attempt.errorMessage));
    }

    void largeResponseIsTruncated()
    {
        m_receiver->setDefaultResponse(respond(200, {}, QByteArray(200 * 1024, 'x')));
        subscribe();
        const QString requestId = trigger().requestIds.first();
        startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Delivered, waitMs);
        const DeliveryAttempt attempt = attempts(requestId).first();
        QCOMPARE(attempt.responseBody.size(), 64 * 1024);
        QVERIFY(attempt.responseTruncated);
    }

    // A receiver that answers 200 and then never stops sending: the attempt is
    // cut off at WebhookSender::maxResponseBytes and fails as "http"; the log
    // keeps the first 64 KiB, not what was sent.
    void endlessResponseFailsAndIsStoredCapped()
    {
        ScriptedResponse endless;
        endless.behaviour = ScriptedResponse::Behaviour::EndlessBody;
        m_receiver->setDefaultResponse(endless);
        subscribe([](WebhookSubscription &s) { s.maxRetries = 0; });
        const QString requestId = trigger().requestIds.first();
        startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Failed, waitMs);
        const DeliveryAttempt attempt = attempts(requestId).first();
        QCOMPARE(attempt.responseStatus, 200);
        QCOMPARE(attempt.errorClass, QStringLiteral("http"));
        QVERIFY2(attempt.errorMessage.contains(QLatin1String("exceeded the limit")), qPrintable(attempt.errorMessage));
        QCOMPARE(attempt.responseBody.size(), qsizetype(WebhookSender::storedBodyLimit));
        QVERIFY(attempt.responseTruncated);
        QCOMPARE(delivery(requestId).lastErrorClass, QStringLiteral("http"));
    }

    void breakerOpensWithoutSpendingAttemptsAndCloses()
    {
        m_receiver->enqueueResponses({respond(500), respond(500), respond(200), respond(200)});
        const WebhookSubscription subscription = subscribe([](WebhookSubscription &s) {
            s.maxRetries = 10;
            s.retryDelaysSeconds = {1};
        });
        const QString first = trigger().requestIds.first();
        DeliveryEngineOptions options;
        options.breaker.threshold = 2;
        options.breaker.initialCooldownSeconds = 2;
        DeliveryEngine &engine = startEngine(options);
        QSignalSpy finished(&engine, &DeliveryEngine::attemptFinished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, waitMs);

        // Two failures in a row: the breaker is open, and a new delivery waits
        // for it without spending an attempt.
        const WebhookSubscription open = *WebhookSubscriptionRepository(*m_database, m_clock).find(subscription.id);
        QCOMPARE(open.breaker.consecutiveFailures, 2);
        QVERIFY(open.breaker.isOpenAt(QDateTime::currentDateTimeUtc()));
        const QString second = trigger(R"({"gate_id": "K-13"})").requestIds.first();
        engine.wake();
        QCOMPARE(delivery(second).attemptCount, 0);
        QCOMPARE(m_receiver->requestCount(), 2);

        // After the cooldown one probe succeeds and closes it; then the rest flow.
        QTRY_COMPARE_WITH_TIMEOUT(delivery(first).status, DeliveryStatus::Delivered, waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(delivery(second).status, DeliveryStatus::Delivered, waitMs);
        QCOMPARE(delivery(second).attemptCount, 1);
        const WebhookSubscription closed = *WebhookSubscriptionRepository(*m_database, m_clock).find(subscription.id);
        QCOMPARE(closed.breaker.consecutiveFailures, 0);
        QVERIFY(!closed.breaker.openUntil.isValid());
        const qint64 pause = m_receiver->requests().at(1).receivedAt.msecsTo(m_receiver->requests().at(2).receivedAt);
        QVERIFY2(pause >= 1900, qPrintable(QString::number(pause)));
    }

    void rateLimitDelaysWithoutDropping()
    {
        Integration integration = *IntegrationRepository(*m_database, m_clock).find(m_integrationId);
        integration.rateLimitPerMinute = 2;
        IntegrationRepository(*m_database, m_clock).update(integration);
        subscribe();
        const QStringList ids = triggerMany(3);
        DeliveryEngine &engine = startEngine();
        QSignalSpy finished(&engine, &DeliveryEngine::attemptFinished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, waitMs);
        int waiting = 0;
        for (const QString &id : ids) {
            const Delivery d = delivery(id);
            if (d.status == DeliveryStatus::Pending) {
                ++waiting;
                QCOMPARE(d.attemptCount, 0);
                QVERIFY(QDateTime::currentDateTimeUtc().msecsTo(d.nextAttemptAt) > 30000);
            }
        }
        QCOMPARE(waiting, 1);
        QCOMPARE(m_receiver->requestCount(), 2);
    }

    void inactiveSubscriptionExpiresItsDeliveries()
    {
        const WebhookSubscription subscription = subscribe();
        const QString requestId = trigger().requestIds.first();
        WebhookSubscriptionRepository(*m_database, m_clock)
            .setActive(subscription.id, false, QStringLiteral("karbantartás"));
        startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Expired, waitMs);
        QVERIFY2(delivery(requestId).lastError.contains(QStringLiteral("karbantartás")),
                 qPrintable(delivery(requestId).lastError));
        QCOMPARE(m_receiver->requestCount(), 0);
    }

    void claimsWhatFallsDueSoonAndSendsItWhenDue()
    {
        const QString requestId = dueSoon(300);
        const QDateTime due = delivery(requestId).nextAttemptAt;
        DeliveryEngineOptions options;
        options.lookAhead = std::chrono::milliseconds(1000);
        DeliveryEngine &engine = startEngine(options);
        // held by this worker from the start (the claim runs on the recorder's thread)
        QTRY_COMPARE_WITH_TIMEOUT(claimedBy(requestId), engine.workerId(), waitMs);
        QCOMPARE(m_receiver->requestCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Delivered, waitMs);
        QVERIFY2(attempts(requestId).first().startedAt >= due, "sent before it was due");
        QVERIFY(claimedBy(requestId).isEmpty());
    }

    void stopGivesBackWhatItHolds()
    {
        const QString requestId = dueSoon(5000);
        DeliveryEngineOptions options;
        options.lookAhead = std::chrono::milliseconds(10000);
        DeliveryEngine &engine = startEngine(options);
        QTRY_COMPARE_WITH_TIMEOUT(claimedBy(requestId), engine.workerId(), waitMs);
        QSignalSpy stopped(&engine, &DeliveryEngine::stopped);
        engine.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, waitMs);
        QVERIFY(claimedBy(requestId).isEmpty()); // another worker may take it at once
        QCOMPARE(delivery(requestId).attemptCount, 0);
        QCOMPARE(m_receiver->requestCount(), 0);
    }

    void destroyedEngineGivesBackWhatItHolds()
    {
        const QString requestId = dueSoon(5000);
        DeliveryEngineOptions options;
        options.lookAhead = std::chrono::milliseconds(10000);
        const QString worker = startEngine(options).workerId();
        QTRY_COMPARE_WITH_TIMEOUT(claimedBy(requestId), worker, waitMs);
        m_engine.reset();
        QVERIFY(claimedBy(requestId).isEmpty());
        QCOMPARE(delivery(requestId).status, DeliveryStatus::Pending);
    }

    void twoEnginesShareABacklog()
    {
        // A slow receiver: neither engine can take everything at once.
        m_receiver->setDefaultResponse(slowOk(50));
        subscribe();
        const QStringList requestIds = triggerMany(40);
        DeliveryEngineOptions options;
        options.maxInFlight = 4;
        QNetworkAccessManager otherNetwork;
        WebhookSender otherSender(otherNetwork, m_clock);
        DeliveryEngine other(*m_database, m_secrets, otherSender, m_clock, options);
        QSignalSpy otherFinished(&other, &DeliveryEngine::attemptFinished);
        DeliveryEngine &engine = startEngine(options);
        QSignalSpy finished(&engine, &DeliveryEngine::attemptFinished);
        other.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count() + otherFinished.count(), 40, waitMs);
        QVERIFY2(finished.count() > 0 && otherFinished.count() > 0,
                 qPrintable(QStringLiteral("%1 + %2").arg(finished.count()).arg(otherFinished.count())));
        QCOMPARE(m_receiver->requestCount(), 40); // never the same delivery twice
    }

    void resendMakesAManualAttemptUnderTheSameRequestId()
    {
        subscribe();
        const QString requestId = trigger().requestIds.first();
        DeliveryEngine &engine = startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Delivered, waitMs);
        QVERIFY(DeliveryRepository(*m_database, m_clock).resend(requestId));
        engine.wake();
        QTRY_COMPARE_WITH_TIMEOUT(attempts(requestId).size(), 2, waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Delivered, waitMs);
        QVERIFY(attempts(requestId).at(1).manual);
        QCOMPARE(m_receiver->requests().at(1).header("X-GarageReg-Request-ID"), requestId.toUtf8());
    }

    // The attempt is committed, but the engine has not yet heard so (the
    // recorder's report is queued) when the delivery is resent and claimed again:
    // the claim is new work, not the copy the engine still has. It used to be
    // taken for that copy, and sat leased until the lease ran out (60 s).
    void resendBeforeTheRecordIsReportedGoesOutAtOnce()
    {
        subscribe();
        const QString requestId = trigger().requestIds.first();
        DeliveryEngine &engine = startEngine();
        bool resent = false;
        const BeforeQueuedCalls hook(engine, [&] {
            if (resent || delivery(requestId).status != DeliveryStatus::Delivered)
                return;
            resent = DeliveryRepository(*m_database, m_clock).resend(requestId);
            engine.wake(); // claims it now, before the report is handled
        });
        QTRY_VERIFY_WITH_TIMEOUT(resent, waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requestCount(), 2, waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(attempts(requestId).size(), 2, waitMs);
        QVERIFY(attempts(requestId).at(1).manual);
    }

    void missingSecretWaitsWithoutSpendingAttempts()
    {
        const WebhookSubscription subscription = subscribe();
        m_secrets.setUnavailable(true);
        const QString requestId = trigger().requestIds.first();
        DeliveryEngine &engine = startEngine();
        QSignalSpy problems(&engine, &DeliveryEngine::problem);
        QTRY_VERIFY_WITH_TIMEOUT(problems.count() >= 1, waitMs);
        QCOMPARE(delivery(requestId).attemptCount, 0);
        QCOMPARE(delivery(requestId).status, DeliveryStatus::Pending);
        QCOMPARE(m_receiver->requestCount(), 0);
        m_secrets.setUnavailable(false);
        QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Delivered, waitMs);
        Q_UNUSED(subscription)
    }

    void rotationSignsWithBothSecretsDuringTheOverlap()
    {
        const WebhookSubscription subscription =
            subscribe([](WebhookSubscription &s) { s.signatureScheme = SignatureScheme::StandardWebhooks; },
                      standardSecret);
        const SubscriptionOutcome rotated = awaitFuture(
            SubscriptionService(*m_database, m_secrets, m_clock).rotateSecret(subscription.id));
        QVERIFY2(rotated.error.isEmpty(), qPrintable(rotated.error));
        const QString requestId = trigger().requestIds.first();
        startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Delivered, waitMs);
        const ReceivedRequest request = m_receiver->requests().first();
        const QList<QByteArray> signatures = request.header("webhook-signature").split(' ');
        QCOMPARE(signatures.size(), 2);
        const QByteArray content = requestId.toUtf8() + '.' + request.header("webhook-timestamp") + '.' + request.body;
        for (const QByteArray &secret : {rotated.secret, standardSecret}) {
            const QByteArray expected = "v1,"
                                        + QMessageAuthenticationCode::hash(content,
                                                                           QByteArray::fromBase64(secret.mid(6)),
                                                                           QCryptographicHash::Sha256)
                                              .toBase64();
            QVERIFY2(signatures.contains(expected), secret.constData());
        }
    }

    // The engine reuses what it read of subscriptions; a change made in this
    // process (wake() follows it) reaches the very next delivery.
    void secretRotatedWhileRunningSignsTheNextDelivery()
    {
        const WebhookSubscription subscription = subscribe();
        const QString first = trigger().requestIds.first();
        DeliveryEngine &engine = startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(first).status, DeliveryStatus::Delivered, waitMs);
        const SubscriptionOutcome rotated = awaitFuture(
            SubscriptionService(*m_database, m_secrets, m_clock).rotateSecret(subscription.id));
        QVERIFY2(rotated.error.isEmpty(), qPrintable(rotated.error));
        const QString second = trigger().requestIds.first();
        engine.wake();
        QTRY_COMPARE_WITH_TIMEOUT(delivery(second).status, DeliveryStatus::Delivered, waitMs);
        const ReceivedRequest request = m_receiver->requests().at(1);
        QCOMPARE(request.header("X-GarageReg-Request-ID"), second.toUtf8());
        const QByteArray expected =
            "sha256="
            + QMessageAuthenticationCode::hash(request.body, rotated.secret, QCryptographicHash::Sha256).toHex();
        QCOMPARE(request.header("X-GarageReg-Signature"), expected);
    }

    void tooOldDeliveriesExpire()
    {
        subscribe();
        const QString requestId = trigger().requestIds.first();
        QTRY_VERIFY(delivery(requestId).createdAt.msecsTo(QDateTime::currentDateTimeUtc()) > 5);
        DeliveryEngineOptions options;
        options.maxAgeMs = 1;
        startEngine(options);
        QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Expired, waitMs);
        QCOMPARE(m_receiver->requestCount(), 0);
    }

    void atMostFourRequestsPerHostAtOnce()
    {
        m_receiver->setDefaultResponse(slowOk(400));
        subscribe();
        triggerMany(8);
        startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requestCount(), 8, waitMs);
        const QList<ReceivedRequest> received = m_receiver->requests();
        // The fifth request can only start once one of the first four was answered.
        QVERIFY2(received.at(0).receivedAt.msecsTo(received.at(4).receivedAt) >= 350,
                 qPrintable(QString::number(received.at(0).receivedAt.msecsTo(received.at(4).receivedAt))));
    }

    // The worker's configuration: a pool that sends on this thread and another.
    // Every delivery goes out once, through both lanes; a stop aborts what the
    // other lane has in flight (its results come back across threads) and gives
    // it back without spending an attempt.
    void sendingThreadsDeliverEachOnceAndStopCleanly()
    {
        m_receiver->setDefaultResponse(slowOk(20));
        subscribe();
        const QStringList requestIds = triggerMany(40);
        WebhookSenderPool pool(*m_sender, m_clock, 1);
        int mostOnOtherLane = 0;
        connect(m_receiver.get(), &LoopbackReceiver::requestReceived, &pool,
                [&] { mostOnOtherLane = std::max(mostOnOtherLane, pool.inFlightOnLane(1)); });
        DeliveryEngineOptions options;
        options.maxInFlight = 8;
        options.maxInFlightPerHost = 8;
        options.stopGrace = std::chrono::milliseconds(0);
        DeliveryEngine engine(*m_database, m_secrets, pool, m_clock, options);
        QSignalSpy finished(&engine, &DeliveryEngine::attemptFinished);
        engine.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 40, waitMs);
        QVERIFY2(mostOnOtherLane > 0, "nothing went out on the other thread");
        QStringList expected = requestIds;
        expected.sort();
        QCOMPARE(receivedRequestIds(), expected); // each once
        for (const QString &requestId : requestIds) {
            QCOMPARE(delivery(requestId).status, DeliveryStatus::Delivered);
            QCOMPARE(attempts(requestId).size(), 1);
        }

        ScriptedResponse silent;
        silent.behaviour = ScriptedResponse::Behaviour::NeverAnswer;
        m_receiver->setDefaultResponse(silent);
        const QStringList waiting = triggerMany(4);
        engine.wake();
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requestCount(), 44, waitMs);
        QVERIFY(pool.inFlightOnLane(1) > 0);
        QSignalSpy stopped(&engine, &DeliveryEngine::stopped);
        engine.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, waitMs);
        QCOMPARE(pool.inFlight(), 0);
        for (const QString &requestId : waiting) {
            QCOMPARE(delivery(requestId).status, DeliveryStatus::Pending);
            QCOMPARE(delivery(requestId).attemptCount, 0);
            QVERIFY(claimedBy(requestId).isEmpty());
        }
    }

    void stopReleasesLeases()
    {
        m_receiver->setDefaultResponse(slowOk(500));
        subscribe();
        const QString requestId = trigger().requestIds.first();
        DeliveryEngine &engine = startEngine();
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requestCount(), 1, waitMs);
        QSignalSpy stopped(&engine, &DeliveryEngine::stopped);
        engine.stop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, waitMs);
        QCOMPARE(delivery(requestId).status, DeliveryStatus::Delivered); // finished, not abandoned
        QCOMPARE(DeliveryRepository(*m_database, m_clock).outstandingCount(), 0);
    }

    // Deliveries claimed ahead wait in memory for a free slot. When one waits
    // longer than its lease, the next claim returns it again: the worker must
    // renew the copy it holds, not hold (and send) it twice. Found by the crash
    // soak (bench/crash_soak.sh): requests repeated without any kill.
    void expiredLeaseOfAHeldDeliveryIsNotSentTwice()
    {
        m_receiver->setDefaultResponse(slowOk(400)); // longer than the lease
        subscribe();
        const QStringList requestIds = triggerMany(4);
        DeliveryEngineOptions options;
        options.maxInFlight = 1;
        options.maxInFlightPerHost = 1;
        options.maxHeld = 4;
        options.leaseMs = 300;
        startEngine(options);
        for (const QString &requestId : std::as_const(requestIds))
            QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Delivered, waitMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->inFlight(), 0, waitMs);
        QStringList expected = requestIds;
        expected.sort();
        QCOMPARE(receivedRequestIds(), expected); // each once
        for (const QString &requestId : std::as_const(requestIds))
            QCOMPARE(delivery(requestId).attemptCount, 1);
    }

    // Claims start where the last one left off (less a second). A delivery that
    // falls due behind that point without being new, here a lease another
    // worker let run out, is found by the next walk of the whole queue.
    void aLeaseThatRunsOutBehindTheClaimsIsFound()
    {
        subscribe();
        const QString stranded = trigger().requestIds.first();
        DeliveryRepository repository(*m_database, m_clock);
        QCOMPARE(repository.claimDue(QStringLiteral("gone:1:0000"), 10, {}, 1500).size(), 1);
        DeliveryEngineOptions options;
        options.fullClaimInterval = std::chrono::milliseconds(300);
        startEngine(options);
        // New work keeps the claims going, their starting point passing the
        // stranded delivery's due time before its lease runs out.
        QStringList others;
        QElapsedTimer elapsed;
        elapsed.start();
        while (elapsed.elapsed() < 2500) {
            others << trigger().requestIds;
            QTest::qWait(100);
        }
        QTRY_COMPARE_WITH_TIMEOUT(delivery(stranded).status, DeliveryStatus::Delivered, waitMs);
        QCOMPARE(delivery(stranded).attemptCount, 1);
        for (const QString &requestId : std::as_const(others))
            QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Delivered, waitMs);
    }

    // A worker killed with SIGKILL leaves its leases behind. Where this worker is
    // the only one (an SQLite file whose WorkerLock it holds), they are given back
    // when it starts; otherwise they wait until they run out.
    void soleWorkerTakesBackLeasesOfAKilledWorker()
    {
        subscribe();
        const QString requestId = trigger().requestIds.first();
        DeliveryRepository repository(*m_database, m_clock);
        QCOMPARE(repository.claimDue(QStringLiteral("killed:1:0000"), 10, {}, 3600 * 1000).size(), 1);

        startEngine(); // not the sole worker: the lease is someone else's for an hour
        QCOMPARE(claimedBy(requestId), QStringLiteral("killed:1:0000"));
        m_engine.reset();
        QCOMPARE(claimedBy(requestId), QStringLiteral("killed:1:0000"));
        QCOMPARE(repository.claimedCount(), 1);

        DeliveryEngineOptions sole;
        sole.soleWorker = true;
        startEngine(sole);
        QTRY_COMPARE_WITH_TIMEOUT(delivery(requestId).status, DeliveryStatus::Delivered, waitMs);
        QCOMPARE(m_receiver->requestCount(), 1);
        QCOMPARE(repository.claimedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryEngine)
#include "tst_delivery_engine.moc"
