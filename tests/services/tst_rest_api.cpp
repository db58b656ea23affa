#include "adapters/erp/ErpAdapterRegistry.h"
#include "adapters/http/ApiHttpServer.h"
#include "adapters/http/WebhookSender.h"
#include "app/services/DeliveryEngine.h"
#include "app/services/ErpSyncEngine.h"
#include "app/services/RestApi.h"
#include "app/services/WebhookEventService.h"
#include "models/common/Clock.h"
#include "models/storage/ApiTokenRepository.h"
#include "models/storage/DeliveryRepository.h"
#include "models/storage/ErpSyncRepository.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/OutboundPolicyRepository.h"
#include "models/storage/SqlQuery.h"
#include "models/storage/WebhookSubscriptionRepository.h"
#include "models/webhooks/WebhookSignature.h"
#include "tests/support/FakeClock.h"
#include "tests/support/HeldWriteLock.h"
#include "tests/support/InMemorySecretStore.h"
#include "tests/support/LoopbackReceiver.h"
#include "tests/support/TestDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QtTest>

#include <functional>

using namespace garagereg;
using namespace garagereg::test;

namespace {

// What the server logged while a test ran (the message handler is process-wide).
QStringList *loggedMessages = nullptr;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (loggedMessages)
        loggedMessages->append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

class LogCapture
{
public:
    LogCapture()
    {
        loggedMessages = &m_messages;
        previousHandler = qInstallMessageHandler(captureMessage);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(previousHandler);
        loggedMessages = nullptr;
    }
    QStringList messages() const { return m_messages; }

private:
    QStringList m_messages;
};

} // namespace

// The REST API over real HTTP on 127.0.0.1, on the backend under test: every
// route's success and error cases, tokens and organization scoping, and an
// event raised through the API delivered and visible through the API.
class TestRestApi : public QObject
{
    Q_OBJECT

private:
    struct Answer
    {
        int status = 0;
        QJsonObject json;
        QByteArray raw;
        QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
        QHash<QByteArray, QByteArray> headers;
        QString errorCode() const
        {
            return json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
        }
        QString errorField() const
        {
            return json.value(QLatin1String("error")).toObject().value(QLatin1String("field")).toString();
        }
        QJsonArray items() const { return json.value(QLatin1String("items")).toArray(); }
    };

    SystemClock m_clock;
    InMemorySecretStore m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<WebhookEventService> m_events;
    ErpAdapterRegistry m_registry = ErpAdapterRegistry::withBuiltInProviders();
    std::unique_ptr<ErpSyncEngine> m_sync;
    std::unique_ptr<RestApi> m_api;
    std::unique_ptr<ApiHttpServer> m_server;
    QString m_token;

    Answer call(const QByteArray &method, const QString &path, const QJsonObject &body = {}, QString token = {},
                const QByteArray &rawBody = {}, const QByteArray &contentType = "application/json")
    {
        if (token.isNull())
            token = m_token;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path)));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QByteArray payload = rawBody;
        if (payload.isEmpty() && !body.isEmpty())
            payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        if (!payload.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return answerOf(m_network->sendCustomRequest(request, method, payload));
    }

    // Waits for the reply and reads it.
    static Answer answerOf(QNetworkReply *reply)
    {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(30000))
            qFatal("no answer to %s", qPrintable(reply->url().toString()));
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.raw = reply->readAll();
        answer.json = QJsonDocument::fromJson(answer.raw).object();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return answer;
    }

    qint64 createIntegration(const QJsonObject &fields, const QString &token = {})
    {
        const Answer answer = call("POST", QStringLiteral("/api/integrations"), fields, token);
        if (answer.status != 201)
            qFatal("integration not created: %d %s", answer.status, answer.raw.constData());
        return answer.json.value(QLatin1String("id")).toInteger();
    }

    static QJsonObject webhookIntegration(const QString &name)
    {
        return {{QStringLiteral("name"), name}, {QStringLiteral("type"), QStringLiteral("webhook")}};
    }

private slots:
    void init()
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_testDatabase = std::make_unique<TestDatabase>();
        m_database = m_testDatabase->open();
        m_events = std::make_unique<WebhookEventService>(*m_database, m_clock);
        m_sync = std::make_unique<ErpSyncEngine>(*m_database, m_secrets, *m_network, m_clock, m_registry);
        m_api = std::make_unique<RestApi>(
            RestApiServices{*m_database, m_secrets, m_clock, *m_network, *m_events, *m_sync});
        m_server = std::make_unique<ApiHttpServer>(
            [this](const HttpRequest &request) { return m_api->handle(request); });
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_token = ApiTokenRepository(*m_database, m_clock).create(QStringLiteral("tests")).secret;
    }

    void cleanup()
    {
        m_server.reset();
        m_api.reset();
        m_sync.reset();
        m_events.reset();
        m_database.reset();
        m_testDatabase.reset();
        m_network.reset();
    }

    void healthNeedsNoTokenAndSaysLittle()
    {
        const Answer answer = call("GET", QStringLiteral("/api/health"), {}, QStringLiteral(""));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QLatin1String("status")).toString(), QStringLiteral("up"));
        QVERIFY(answer.json.value(QLatin1String("schema_version")).toInt() >= 4);
        QCOMPARE(answer.json.size(), 2);
    }

    void everyOtherRouteNeedsAValidToken()
    {
        Answer answer = call("GET", QStringLiteral("/api/integrations"), {}, QStringLiteral(""));
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(answer.header("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
        QCOMPARE(call("GET", QStringLiteral("/api/integrations"), {}, QStringLiteral("grt_not-a-token")).status, 401);

        ApiTokenRepository tokens(*m_database, m_clock);
        const CreatedApiToken second = tokens.create(QStringLiteral("revoked soon"));
        QCOMPARE(call("GET", QStringLiteral("/api/integrations"), {}, second.secret).status, 200);
        tokens.revoke(second.token.id);
        QCOMPARE(call("GET", QStringLiteral("/api/integrations"), {}, second.secret).status, 401);
        // Only the hash is stored: aTokenIsStoredNowhereInPlaintext().
        QCOMPARE(tokens.list().last().prefix, second.secret.left(12));
    }

    // Another connection is writing (it holds the write lock for 300 ms) when
    // the token's use is noted, right after its lookup (this clock is read in
    // between): the note waits for it and the token is accepted. On SQLite the
    // note failed at once as "locked" while the lookup kept its read open.
    void aTokenIsAcceptedWhileAnotherConnectionWrites()
    {
        // Takes the lock at its first reading and keeps it 300 ms.
        class LockingClock final : public Clock
        {
        public:
            explicit LockingClock(const TestDatabase &database)
                : m_database(database)
            {
            }
            QDateTime now() const override
            {
                if (!m_lock)
                    m_lock.emplace(m_database.connect(), QStringLiteral("api_tokens"), 300);
                return QDateTime::currentDateTimeUtc();
            }

        private:
            const TestDatabase &m_database;
            mutable std::optional<HeldWriteLock> m_lock;
        };
        ApiTokenRepository tokens(*m_database, m_clock);
        const CreatedApiToken created = tokens.create(QStringLiteral("busy database"));
        std::optional<ApiToken> accepted;
        {
            const LockingClock clock(*m_testDatabase);
            accepted = ApiTokenRepository(*m_database, clock).authenticate(created.secret);
        }
        QVERIFY(accepted.has_value());
        QCOMPARE(accepted->id, created.token.id);
        QVERIFY(tokens.list().last().lastUsedAt.isValid());
    }

    void integrationsCreateListShowAndStatus()
    {
        const qint64 erp = createIntegration({{QStringLiteral("name"), QStringLiteral("Raktár ERP")},
                                              {QStringLiteral("type"), QStringLiteral("erp")},
                                              {QStringLiteral("provider"), QStringLiteral("dummy")},
                                              {QStringLiteral("settings"), QJsonObject{{QStringLiteral("seed"), 3}}}});
        createIntegration(webhookIntegration(QStringLiteral("Szerviz")));

        QCOMPARE(call("GET", QStringLiteral("/api/integrations")).items().size(), 2);
        Answer listed = call("GET", QStringLiteral("/api/integrations?type=erp"));
        QCOMPARE(listed.items().size(), 1);
        QCOMPARE(listed.items().first().toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("Raktár ERP"));
        QCOMPARE(call("GET", QStringLiteral("/api/integrations?provider=dummy&active=true")).items().size(), 1);
        QCOMPARE(call("GET", QStringLiteral("/api/integrations?type=fax")).errorField(), QStringLiteral("type"));

        Answer shown = call("GET", QStringLiteral("/api/integrations/%1").arg(erp));
        QCOMPARE(shown.status, 200);
        QCOMPARE(shown.json.value(QLatin1String("provider")).toString(), QStringLiteral("dummy"));
        QVERIFY(shown.json.contains(QLatin1String("health")));
        QCOMPARE(call("GET", QStringLiteral("/api/integrations/99999")).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/api/integrations/abc")).errorField(), QStringLiteral("id"));

        Answer status = call("PUT", QStringLiteral("/api/integrations/%1/status").arg(erp),
                             {{QStringLiteral("status"), QStringLiteral("inactive")}});
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json.value(QLatin1String("active")).toBool(), false);
        QCOMPARE(call("GET", QStringLiteral("/api/integrations?active=false")).items().size(), 1);
        QCOMPARE(call("PUT", QStringLiteral("/api/integrations/%1/status").arg(erp),
                      {{QStringLiteral("status"), QStringLiteral("sleeping")}})
                     .errorField(),
                 QStringLiteral("status"));
    }

    void badInputGetsAConsistentError()
    {
        Answer answer = call("POST", QStringLiteral("/api/integrations"),
                             {{QStringLiteral("type"), QStringLiteral("erp")}});
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.errorCode(), QStringLiteral("invalid_field"));
        QCOMPARE(answer.errorField(), QStringLiteral("name"));
        QVERIFY(
            !answer.json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().isEmpty());

        answer = call("POST", QStringLiteral("/api/integrations"), {}, {}, "{\"name\": ", "application/json");
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.errorCode(), QStringLiteral("invalid_json"));
        answer = call("POST", QStringLiteral("/api/integrations"), {}, {}, "name=x",
                      "application/x-www-form-urlencoded");
        QCOMPARE(answer.status, 415);
        answer = call("POST", QStringLiteral("/api/integrations"), {}, {}, "[1,2]", "application/json");
        QCOMPARE(answer.status, 400);
        answer = call("POST", QStringLiteral("/api/integrations"), {}, {}, QByteArray(1024 * 1024 + 10, ' '));
        QCOMPARE(answer.status, 413);
        answer = call("DELETE", QStringLiteral("/api/integrations"));
        QCOMPARE(answer.status, 405);
        QVERIFY(answer.header("Allow").contains("GET"));
        QCOMPARE(call("GET", QStringLiteral("/api/nothing-here")).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/api/nothing-here")).errorCode(), QStringLiteral("no_such_route"));
    }

    void subscriptionFromTheExampleBodyAndTheSecretShownOnce()
    {
        const qint64 integration = createIntegration(webhookIntegration(QStringLiteral("Kovács Kapuszerviz")));
        const QJsonObject example{
            {QStringLiteral("integration_id"), integration},
            {QStringLiteral("name"), QStringLiteral("Munkalapok")},
            {QStringLiteral("url"), QStringLiteral("https://kovacs-szerviz.example.hu/webhook")},
            {QStringLiteral("event_types"),
             QJsonArray{QStringLiteral("work_order.completed"), QStringLiteral("gate.inspection_due")}},
            {QStringLiteral("event_filters"),
             QJsonObject{{QStringLiteral("priority"), QJsonArray{QStringLiteral("high")}}}},
            {QStringLiteral("max_retries"), 5},
            {QStringLiteral("retry_delays"), QJsonArray{60, 300, 900}},
            {QStringLiteral("timeout_seconds"), 20},
        };
        const Answer created = call("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"), example);
        QCOMPARE(created.status, 201);
        const QString secret = created.json.value(QLatin1String("secret")).toString();
        QVERIFY(secret.size() >= 16);
        QCOMPARE(created.json.value(QLatin1String("max_retries")).toInt(), 5);
        const qint64 id = created.json.value(QLatin1String("id")).toInteger();
        const WebhookSubscription stored = *WebhookSubscriptionRepository(*m_database, m_clock).find(id);
        QCOMPARE(m_secrets.entries().value(stored.secretRef), secret.toUtf8());

        const Answer listed = call("GET", QStringLiteral("/api/integrations/webhooks/subscriptions"));
        QCOMPARE(listed.items().size(), 1);
        QVERIFY(!listed.items().first().toObject().contains(QLatin1String("secret")));
        QVERIFY(!listed.raw.contains(secret.toUtf8())); // never again

        QJsonObject wrong = example;
        wrong.insert(QStringLiteral("event_types"), QJsonArray{QStringLiteral("gate.exploded")});
        QCOMPARE(call("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"), wrong).errorField(),
                 QStringLiteral("event_types"));
        wrong = example;
        wrong.insert(QStringLiteral("integration_id"), 987654);
        QCOMPARE(call("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"), wrong).errorField(),
                 QStringLiteral("integration_id"));
        // The minimal form: no integration (the organization's default one is used) and
        // the common aliases of other webhook services.
        const Answer minimal = call("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"),
                                    {{QStringLiteral("url"), QStringLiteral("https://crm.example.hu/hooks")},
                                     {QStringLiteral("events"), QJsonArray{QStringLiteral("gate.created")}},
                                     {QStringLiteral("secret_key"), QStringLiteral("a-shared-secret-of-32-characters")},
                                     {QStringLiteral("retry_count"), 2},
                                     {QStringLiteral("is_active"), true}});
        QCOMPARE(minimal.status, 201);
        QCOMPARE(minimal.json.value(QLatin1String("name")).toString(), QStringLiteral("crm.example.hu"));
        QCOMPARE(minimal.json.value(QLatin1String("max_retries")).toInt(), 2);
        QVERIFY(!minimal.json.contains(QLatin1String("secret"))); // given, so not echoed
        const Answer again = call("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"),
                                  {{QStringLiteral("url"), QStringLiteral("https://crm.example.hu/other")},
                                   {QStringLiteral("events"), QJsonArray{QStringLiteral("gate.updated")}}});
        QCOMPARE(again.json.value(QLatin1String("integration_id")),
                 minimal.json.value(QLatin1String("integration_id")));
        wrong = example;
        wrong.insert(QStringLiteral("url"), QStringLiteral("ftp://nope"));
        QCOMPARE(call("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"), wrong).status, 400);
        // Numbers no integer type holds, fractions and huge values are refused by name.
        for (const double number : {1e300, -1e300, 9223372036854775808.0, 20.5, 301.0}) {
            wrong = example;
            wrong.insert(QStringLiteral("timeout_seconds"), number);
            QCOMPARE(call("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"), wrong).errorField(),
                     QStringLiteral("timeout_seconds"));
        }
        for (const double number : {1e300, -1e300, 9223372036854775808.0, 20.5, -1.0}) {
            wrong = example;
            wrong.insert(QStringLiteral("retry_delays"), QJsonArray{60, number});
            QCOMPARE(call("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"), wrong).errorField(),
                     QStringLiteral("retry_delays"));
        }
        wrong = example;
        wrong.insert(QStringLiteral("integration_id"), 1e300);
        QCOMPARE(call("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"), wrong).errorField(),
                 QStringLiteral("integration_id"));
    }

    void anEventRaisedThroughTheApiIsDeliveredAndVisibleThroughIt()
    {
        LoopbackReceiver receiver;
        WebhookSender sender(*m_network, m_clock);
        DeliveryEngine engine(*m_database, m_secrets, sender, m_clock);
        connect(m_events.get(), &WebhookEventService::deliveriesQueued, &engine, &DeliveryEngine::wake);
        engine.start();

        const qint64 integration = createIntegration(webhookIntegration(QStringLiteral("Ügyelet")));
        const Answer subscription =
            call("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"),
                 {{QStringLiteral("integration_id"), integration},
                  {QStringLiteral("name"), QStringLiteral("Ügyeleti rendszer")},
                  {QStringLiteral("url"), receiver.url().toString()},
                  {QStringLiteral("event_types"), QJsonArray{QStringLiteral("gate.fault_detected")}}});
        QCOMPARE(subscription.status, 201);

        const Answer triggered =
            call("POST", QStringLiteral("/api/integrations/webhooks/trigger"),
                 {{QStringLiteral("event_type"), QStringLiteral("gate.fault_detected")},
                  {QStringLiteral("payload_data"), QJsonObject{{QStringLiteral("gate_id"), QStringLiteral("K-7")}}},
                  {QStringLiteral("entity_id"), QStringLiteral("K-7")},
                  {QStringLiteral("organization_id"), QStringLiteral("org-1")}});
        QCOMPARE(triggered.status, 202);
        const QString requestId = triggered.json.value(QLatin1String("request_ids")).toArray().first().toString();
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requestCount(), 1, 15000);
        const ReceivedRequest received = receiver.requests().first();
        QVERIFY(WebhookSignature::verify(SignatureScheme::GarageReg,
                                         subscription.json.value(QLatin1String("secret")).toString().toUtf8(),
                                         received.body, received.header("X-GarageReg-Signature"), {},
                                         received.header("X-GarageReg-Timestamp").toLongLong(), 300, m_clock.now())
                    .valid);

        QTRY_COMPARE_WITH_TIMEOUT(call("GET", QStringLiteral("/api/integrations/webhooks/deliveries/") + requestId)
                                      .json.value(QLatin1String("status"))
                                      .toString(),
                                  QStringLiteral("delivered"), 15000);
        const Answer detail = call("GET", QStringLiteral("/api/integrations/webhooks/deliveries/") + requestId);
        QCOMPARE(detail.json.value(QLatin1String("attempts")).toArray().size(), 1);
        const Answer log =
            call("GET", QStringLiteral(
                            "/api/integrations/webhooks/deliveries?status=delivered&event_type=gate.fault_detected"));
        QCOMPARE(log.json.value(QLatin1String("total")).toInt(), 1);
        QCOMPARE(log.items().first().toObject().value(QLatin1String("request_id")).toString(), requestId);
        QCOMPARE(call("GET", QStringLiteral("/api/integrations/webhooks/deliveries?status=failed"))
                     .json.value(QLatin1String("total"))
                     .toInt(),
                 0);
        QCOMPARE(call("GET", QStringLiteral("/api/integrations/webhooks/deliveries?since=yesterday")).errorField(),
                 QStringLiteral("since"));
        QCOMPARE(call("GET", QStringLiteral("/api/integrations/webhooks/deliveries/no-such-id")).status, 404);
        QCOMPARE(call("POST", QStringLiteral("/api/integrations/webhooks/trigger"),
                      {{QStringLiteral("event_type"), QStringLiteral("gate.exploded")}})
                     .errorField(),
                 QStringLiteral("event_type"));
        engine.stop();
        QTRY_VERIFY(!engine.isRunning());
    }

    void testEndpointSendsASignedPing()
    {
        LoopbackReceiver receiver;
        receiver.setDefaultResponse({204, {}, {}});
        const Answer answer = call("POST", QStringLiteral("/api/integrations/webhooks/test-endpoint"),
                                   {{QStringLiteral("url"), receiver.url().toString()}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QLatin1String("success")).toBool(), true);
        QCOMPARE(answer.json.value(QLatin1String("status")).toInt(), 204);
        QCOMPARE(receiver.requests().first().header("X-GarageReg-Event"), QByteArrayLiteral("ping"));
        QCOMPARE(call("POST", QStringLiteral("/api/integrations/webhooks/test-endpoint"),
                      {{QStringLiteral("url"), QStringLiteral("gopher://x")}})
                     .errorField(),
                 QStringLiteral("url"));
    }

    void erpSyncAnswersAtOnceAndItsLogFollows()
    {
        const qint64 erp = createIntegration({{QStringLiteral("name"), QStringLiteral("Dummy")},
                                              {QStringLiteral("type"), QStringLiteral("erp")},
                                              {QStringLiteral("provider"), QStringLiteral("dummy")}});
        const Answer connection = call("POST", QStringLiteral("/api/integrations/erp/test-connection/%1").arg(erp));
        QCOMPARE(connection.status, 200);
        QCOMPARE(connection.json.value(QLatin1String("success")).toBool(), true);

        const Answer started = call("POST", QStringLiteral("/api/integrations/erp/sync"),
                                    {{QStringLiteral("integration_id"), erp},
                                     {QStringLiteral("sync_type"), QStringLiteral("parts_from_erp")},
                                     {QStringLiteral("force_update"), false}});
        QCOMPARE(started.status, 202);
        const qint64 logId = started.json.value(QLatin1String("sync_log_id")).toInteger();
        QVERIFY(logId > 0);
        QTRY_COMPARE_WITH_TIMEOUT(call("GET",
                                       QStringLiteral("/api/integrations/erp/sync/logs?integration_id=%1").arg(erp))
                                      .items()
                                      .first()
                                      .toObject()
                                      .value(QLatin1String("status"))
                                      .toString(),
                                  QStringLiteral("success"), 30000);
        QCOMPARE(call("GET", QStringLiteral("/api/integrations/erp/sync/logs"))
                     .items()
                     .first()
                     .toObject()
                     .value(QLatin1String("id"))
                     .toInteger(),
                 logId);
        QCOMPARE(call("POST", QStringLiteral("/api/integrations/erp/sync"),
                      {{QStringLiteral("integration_id"), erp},
                       {QStringLiteral("sync_type"), QStringLiteral("sideways")}})
                     .errorField(),
                 QStringLiteral("sync_type"));
        QCOMPARE(call("PUT", QStringLiteral("/api/integrations/%1/status").arg(erp), {{QStringLiteral("active"), false}})
                     .status,
                 200);
        const Answer inactive = call("POST", QStringLiteral("/api/integrations/erp/sync"),
                                     {{QStringLiteral("integration_id"), erp}});
        QCOMPARE(inactive.status, 409);
        QCOMPARE(inactive.errorCode(), QStringLiteral("inactive"));
        const qint64 webhook = createIntegration(webhookIntegration(QStringLiteral("Nem ERP")));
        QCOMPARE(call("POST", QStringLiteral("/api/integrations/erp/test-connection/%1").arg(webhook)).status, 400);
        QCOMPARE(call("POST", QStringLiteral("/api/integrations/erp/test-connection/424242")).status, 404);
    }

    // Issue 9: the outbound policy covers what the API makes the server send.
    // test-endpoint posted to any URL, loopback included, for any token (an SSRF);
    // now the database's policy decides, before anything is sent.
    void outboundPolicyAppliesToTheApi()
    {
        LoopbackReceiver receiver;
        OutboundPolicy policy;
        policy.refusePrivate = true;
        OutboundPolicyRepository(*m_database).save(policy);
        const QString gyor =
            ApiTokenRepository(*m_database, m_clock).create(QStringLiteral("győr"), QStringLiteral("org-gyor")).secret;

        // A literal address is refused from the URL alone: 400, naming the field.
        Answer answer = call("POST", QStringLiteral("/api/integrations/webhooks/test-endpoint"),
                             {{QStringLiteral("url"), receiver.url().toString()}}, gyor);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.errorCode(), QStringLiteral("policy"));
        QCOMPARE(answer.errorField(), QStringLiteral("url"));
        QVERIFY2(answer.raw.contains("refuse-private"), answer.raw.constData());
        // A name is resolved first: localhost is 127.0.0.1, refused before connecting.
        answer = call("POST", QStringLiteral("/api/integrations/webhooks/test-endpoint"),
                      {{QStringLiteral("url"), QStringLiteral("http://localhost:%1/hook").arg(receiver.port())}}, gyor);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QLatin1String("success")).toBool(), false);
        QCOMPARE(answer.json.value(QLatin1String("error_class")).toString(), QStringLiteral("policy"));
        QCOMPARE(receiver.connectionCount(), 0);

        // Subscriptions and integration endpoints the policy refuses are not created.
        answer = call("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"),
                      {{QStringLiteral("url"), QStringLiteral("http://169.254.169.254/latest/meta-data/")},
                       {QStringLiteral("event_types"), QJsonArray{QStringLiteral("gate.created")}}},
                      gyor);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.errorCode(), QStringLiteral("policy"));
        QCOMPARE(answer.errorField(), QStringLiteral("url"));
        answer = call("POST", QStringLiteral("/api/integrations"),
                      {{QStringLiteral("name"), QStringLiteral("Belső ERP")},
                       {QStringLiteral("type"), QStringLiteral("erp")},
                       {QStringLiteral("provider"), QStringLiteral("rest-json")},
                       {QStringLiteral("endpoint_url"), QStringLiteral("http://[::1]:8080/api")}});
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.errorField(), QStringLiteral("endpoint_url"));
        QCOMPARE(call("GET", QStringLiteral("/api/integrations/webhooks/subscriptions")).items().size(), 0);

        policy.httpsOnly = true;
        OutboundPolicyRepository(*m_database).save(policy);
        m_api = std::make_unique<RestApi>(
            RestApiServices{*m_database, m_secrets, m_clock, *m_network, *m_events, *m_sync}); // reads it afresh
        answer = call("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"),
                      {{QStringLiteral("url"), QStringLiteral("http://hooks.example.com/x")},
                       {QStringLiteral("event_types"), QJsonArray{QStringLiteral("gate.created")}}});
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.raw.contains("https-only"), answer.raw.constData());
        QCOMPARE(call("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"),
                      {{QStringLiteral("url"), QStringLiteral("https://hooks.example.com/x")},
                       {QStringLiteral("event_types"), QJsonArray{QStringLiteral("gate.created")}}})
                     .status,
                 201);
    }

    // With no policy set (everything allowed), an organization-limited token still
    // cannot make the server call private addresses: test-endpoint answers with the
    // receiver's response, which would read the server's own network. Unlimited
    // (administrator) tokens follow the database's policy alone.
    void organizationTokensNeverReachPrivateAddresses()
    {
        LoopbackReceiver receiver;
        const QString gyor =
            ApiTokenRepository(*m_database, m_clock).create(QStringLiteral("győr"), QStringLiteral("org-gyor")).secret;
        Answer answer = call("POST", QStringLiteral("/api/integrations/webhooks/test-endpoint"),
                             {{QStringLiteral("url"), receiver.url().toString()}}, gyor);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.errorCode(), QStringLiteral("policy"));
        answer = call("POST", QStringLiteral("/api/integrations/webhooks/test-endpoint"),
                      {{QStringLiteral("url"), QStringLiteral("http://localhost:%1/hook").arg(receiver.port())}}, gyor);
        QCOMPARE(answer.json.value(QLatin1String("error_class")).toString(), QStringLiteral("policy"));
        answer = call("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"),
                      {{QStringLiteral("url"), QStringLiteral("http://10.0.0.5/hook")},
                       {QStringLiteral("event_types"), QJsonArray{QStringLiteral("gate.created")}}},
                      gyor);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.errorCode(), QStringLiteral("policy"));
        QCOMPARE(receiver.connectionCount(), 0);

        answer = call("POST", QStringLiteral("/api/integrations/webhooks/test-endpoint"),
                      {{QStringLiteral("url"), receiver.url().toString()}});
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(QLatin1String("success")).toBool(), true);
        QCOMPARE(receiver.requestCount(), 1);
    }

    // Issue 9: a dummy ERP with a file: endpoint creates and rewrites that file
    // on every sync, so through the API any token could write files wherever the
    // server may. The API takes only http and https endpoints.
    void fileEndpointsAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("written-by-the-api.json"));
        for (const QString &token :
             {m_token,
              ApiTokenRepository(*m_database, m_clock).create(QStringLiteral("org"), QStringLiteral("org-1")).secret}) {
            const Answer answer = call("POST", QStringLiteral("/api/integrations"),
                                       {{QStringLiteral("name"), QStringLiteral("Dummy")},
                                        {QStringLiteral("type"), QStringLiteral("erp")},
                                        {QStringLiteral("provider"), QStringLiteral("dummy")},
                                        {QStringLiteral("endpoint_url"), QUrl::fromLocalFile(target).toString()}},
                                       token);
            QCOMPARE(answer.status, 400);
            QCOMPARE(answer.errorField(), QStringLiteral("endpoint_url"));
        }
        QCOMPARE(call("GET", QStringLiteral("/api/integrations")).items().size(), 0);
        QVERIFY(!QFileInfo::exists(target));
    }

    // Issue 9: an organization's token saw the deliveries of every subscription
    // its events went to, including subscriptions of no organization (someone
    // else's endpoint, its answers and headers). It sees only its own
    // subscriptions' deliveries now.
    void organizationTokensSeeOnlyTheirSubscriptionsDeliveries()
    {
        const QString gyor =
            ApiTokenRepository(*m_database, m_clock).create(QStringLiteral("győr"), QStringLiteral("org-gyor")).secret;
        const auto subscribe = [this](const QString &token, const QString &url) {
            const Answer answer = call("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"),
                                       {{QStringLiteral("url"), url},
                                        {QStringLiteral("event_types"), QJsonArray{QStringLiteral("gate.created")}}},
                                       token);
            if (answer.status != 201)
                qFatal("not subscribed: %s", answer.raw.constData());
            return answer;
        };
        const Answer global = subscribe(m_token, QStringLiteral("https://central.example.com/hook"));
        QCOMPARE(global.json.value(QLatin1String("organization_id")).toString(), QString());
        subscribe(gyor, QStringLiteral("https://gyor.example.hu/hook"));
        const Answer raised = call("POST", QStringLiteral("/api/integrations/webhooks/trigger"),
                                   {{QStringLiteral("event_type"), QStringLiteral("gate.created")}}, gyor);
        QCOMPARE(raised.status, 202);
        QCOMPARE(raised.json.value(QLatin1String("deliveries")).toInt(), 2); // both subscriptions get it

        const Answer mine = call("GET", QStringLiteral("/api/integrations/webhooks/deliveries"), {}, gyor);
        QCOMPARE(mine.json.value(QLatin1String("total")).toInt(), 1);
        QCOMPARE(mine.items().size(), 1);
        QCOMPARE(mine.items().first().toObject().value(QLatin1String("endpoint_url")).toString(),
                 QStringLiteral("https://gyor.example.hu/hook"));
        QVERIFY(!mine.raw.contains("central.example.com"));
        for (const QJsonValue &id : raised.json.value(QLatin1String("request_ids")).toArray()) {
            const Answer one =
                call("GET", QStringLiteral("/api/integrations/webhooks/deliveries/%1").arg(id.toString()), {}, gyor);
            QVERIFY(one.status == 200 || one.status == 404);
            QVERIFY(!one.raw.contains("central.example.com"));
        }
        // The unlimited token sees both.
        QCOMPARE(call("GET", QStringLiteral("/api/integrations/webhooks/deliveries"))
                     .json.value(QLatin1String("total"))
                     .toInt(),
                 2);
    }

    // Issue 9: a sync that a database error stopped kept the driver's text (the
    // SQL statement, the table) in its log's error_message, which the API serves.
    // The log now says only that a database error stopped it; the server's log has the rest.
    void syncLogsCarryNoDatabaseText()
    {
        const qint64 erp = createIntegration({{QStringLiteral("name"), QStringLiteral("Dummy")},
                                              {QStringLiteral("type"), QStringLiteral("erp")},
                                              {QStringLiteral("provider"), QStringLiteral("dummy")}});
        execSql(m_database->connection(), QStringLiteral("ALTER TABLE parts RENAME TO parts_moved"));
        const Answer started = call("POST", QStringLiteral("/api/integrations/erp/sync"),
                                    {{QStringLiteral("integration_id"), erp},
                                     {QStringLiteral("sync_type"), QStringLiteral("parts_from_erp")}});
        QVERIFY2(started.status == 202 || started.status == 409, started.raw.constData());
        const auto log = [&] {
            return call("GET", QStringLiteral("/api/integrations/erp/sync/logs?integration_id=%1").arg(erp))
                .items()
                .first()
                .toObject();
        };
        QTRY_VERIFY_WITH_TIMEOUT(log().value(QLatin1String("status")).toString() != QLatin1String("running"), 30000);
        execSql(m_database->connection(), QStringLiteral("ALTER TABLE parts_moved RENAME TO parts"));
        const QJsonObject finished = log();
        const QString message = finished.value(QLatin1String("error")).toString();
        QVERIFY2(!message.isEmpty(), QJsonDocument(finished).toJson().constData());
        for (const char *leak : {"SELECT", "INSERT", "UPDATE", "parts_moved", "no such table", "does not exist",
                                 "relation", "Database error:"})
            QVERIFY2(!message.contains(QLatin1String(leak)), qPrintable(message));
    }

    void anOrganizationTokenSeesAndRaisesOnlyItsOwn()
    {
        const QString gyor =
            ApiTokenRepository(*m_database, m_clock).create(QStringLiteral("győr"), QStringLiteral("org-gyor")).secret;
        const qint64 mine = createIntegration(webhookIntegration(QStringLiteral("Győri iroda")), gyor);
        const qint64 theirs = createIntegration({{QStringLiteral("name"), QStringLiteral("Pécsi iroda")},
                                                 {QStringLiteral("type"), QStringLiteral("webhook")},
                                                 {QStringLiteral("organization_id"), QStringLiteral("org-pecs")}});
        QCOMPARE(call("GET", QStringLiteral("/api/integrations/%1").arg(mine), {}, gyor)
                     .json.value(QLatin1String("organization_id"))
                     .toString(),
                 QStringLiteral("org-gyor"));
        QCOMPARE(call("GET", QStringLiteral("/api/integrations/%1").arg(theirs), {}, gyor).status, 404);
        QCOMPARE(call("GET", QStringLiteral("/api/integrations"), {}, gyor).items().size(), 1);
        QCOMPARE(call("GET", QStringLiteral("/api/integrations")).items().size(), 2); // the unlimited token sees all
        QCOMPARE(call("PUT", QStringLiteral("/api/integrations/%1/status").arg(theirs),
                      {{QStringLiteral("active"), false}}, gyor)
                     .status,
                 404);

        Answer answer = call("POST", QStringLiteral("/api/integrations"),
                             {{QStringLiteral("name"), QStringLiteral("Kakukktojás")},
                              {QStringLiteral("type"), QStringLiteral("webhook")},
                              {QStringLiteral("organization_id"), QStringLiteral("org-pecs")}},
                             gyor);
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.errorField(), QStringLiteral("organization_id"));
        answer = call("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"),
                      {{QStringLiteral("integration_id"), theirs},
                       {QStringLiteral("name"), QStringLiteral("x")},
                       {QStringLiteral("url"), QStringLiteral("https://x.example/")},
                       {QStringLiteral("event_types"), QJsonArray{QStringLiteral("gate.created")}}},
                      gyor);
        QCOMPARE(answer.errorField(), QStringLiteral("integration_id"));

        answer = call("POST", QStringLiteral("/api/integrations/webhooks/trigger"),
                      {{QStringLiteral("event_type"), QStringLiteral("gate.created")},
                       {QStringLiteral("organization_id"), QStringLiteral("org-pecs")}},
                      gyor);
        QCOMPARE(answer.status, 403);
        // Without an organization the event is the token's organization's.
        const Answer subscription = call("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"),
                                         {{QStringLiteral("integration_id"), mine},
                                          {QStringLiteral("name"), QStringLiteral("Győri kapuk")},
                                          {QStringLiteral("url"), QStringLiteral("https://gyor.example.hu/hook")},
                                          {QStringLiteral("event_types"), QJsonArray{QStringLiteral("gate.created")}}},
                                         gyor);
        QCOMPARE(subscription.json.value(QLatin1String("organization_id")).toString(), QStringLiteral("org-gyor"));
        answer = call("POST", QStringLiteral("/api/integrations/webhooks/trigger"),
                      {{QStringLiteral("event_type"), QStringLiteral("gate.created")}}, gyor);
        QCOMPARE(answer.status, 202);
        QCOMPARE(answer.json.value(QLatin1String("deliveries")).toInt(), 1);
        call("POST", QStringLiteral("/api/integrations/webhooks/trigger"),
             {{QStringLiteral("event_type"), QStringLiteral("gate.created")},
              {QStringLiteral("organization_id"), QStringLiteral("org-pecs")}});
        QCOMPARE(call("GET", QStringLiteral("/api/integrations/webhooks/deliveries"), {}, gyor)
                     .json.value(QLatin1String("total"))
                     .toInt(),
                 1);
        QCOMPARE(call("GET", QStringLiteral("/api/integrations/webhooks/subscriptions"), {}, gyor).items().size(), 1);
    }

    // docs/openapi.json and the router agree: every documented route is served
    // (not 404/405) and every served route is documented.
    void everyRouteIsDocumentedAndEveryDocumentedRouteExists()
    {
        QFile file(QStringLiteral(GARAGEREG_OPENAPI_PATH));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(document.value(QLatin1String("openapi")).toString().startsWith(QLatin1String("3.")));
        QSet<QString> documented;
        const QJsonObject paths = document.value(QLatin1String("paths")).toObject();
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject operations = path.value().toObject();
            for (auto operation = operations.begin(); operation != operations.end(); ++operation) {
                if (operation.key() == QLatin1String("parameters"))
                    continue;
                const QString route = operation.key().toUpper() + QLatin1Char(' ') + path.key();
                documented.insert(route);
                // Every route that needs a token documents its rate limit and the generic 500.
                const QJsonObject details = operation.value().toObject();
                if (details.value(QLatin1String("security")) != QJsonArray()) {
                    const QJsonObject responses = details.value(QLatin1String("responses")).toObject();
                    QVERIFY2(responses.contains(QLatin1String("429")), qPrintable(route));
                    QVERIFY2(responses.contains(QLatin1String("500")), qPrintable(route));
                }
            }
        }
        QSet<QString> served;
        for (const RestApi::RouteInfo &route : m_api->routes())
            served.insert(QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern);
        QCOMPARE(served - documented, QSet<QString>());
        QCOMPARE(documented - served, QSet<QString>());

        // And each answers over HTTP as a route (with a made-up id where one is needed).
        for (const QString &route : std::as_const(documented)) {
            const QByteArray method = route.section(QLatin1Char(' '), 0, 0).toLatin1();
            QString path = route.section(QLatin1Char(' '), 1);
            path.replace(QStringLiteral("{id}"), QStringLiteral("424242"));
            path.replace(QStringLiteral("{request_id}"), QStringLiteral("no-such-request"));
            const Answer answer = call(method, path);
            QVERIFY2(answer.status != 405 && answer.errorCode() != QLatin1String("no_such_route"),
                     qPrintable(route + QStringLiteral(" -> ") + QString::number(answer.status)));
        }
    }

    // Tokens are kept as SHA-256 hashes: after a token was created and used, no
    // column of any table holds it or its random part, and on SQLite neither do
    // the database file and its write-ahead log. The scan itself is proven by
    // finding the hash.
    void aTokenIsStoredNowhereInPlaintext()
    {
        const CreatedApiToken created =
            ApiTokenRepository(*m_database, m_clock).create(QStringLiteral("scanned"), QStringLiteral("org-scan"));
        const QString token = created.secret;
        QCOMPARE(call("GET", QStringLiteral("/api/integrations"), {}, token).status, 200);
        QCOMPARE(call("POST", QStringLiteral("/api/integrations"), webhookIntegration(QStringLiteral("Scan")), token)
                     .status,
                 201);
        QCOMPARE(call("GET", QStringLiteral("/api/integrations"), {}, token + QLatin1Char('x')).status, 401);

        const QString randomPart = token.mid(4);
        QVERIFY(randomPart.size() >= 40);
        const QString hash = ApiTokenRepository::hashOf(token);
        const QSqlDatabase db = m_database->connection();
        const QStringList tables = db.tables(QSql::Tables);
        QVERIFY(tables.contains(QStringLiteral("api_tokens")));
        bool hashFound = false;
        for (const QString &table : tables) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(QStringLiteral("SELECT * FROM %1").arg(table)), qPrintable(table));
            while (query.next()) {
                const QSqlRecord record = query.record();
                for (int column = 0; column < record.count(); ++column) {
                    const QVariant value = record.value(column);
                    const QString text = value.toString();
                    const QByteArray bytes = value.toByteArray();
                    QVERIFY2(!text.contains(randomPart) && !bytes.contains(randomPart.toUtf8()),
                             qPrintable(table + QLatin1Char('.') + record.fieldName(column)));
                    hashFound = hashFound || text == hash;
                }
            }
        }
        QVERIFY(hashFound);
        if (m_database->url().isSqlite()) {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
                QFile file(m_database->url().filePath() + suffix);
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                QVERIFY2(!file.readAll().contains(randomPart.toUtf8()), qPrintable(file.fileName()));
            }
        }
    }

    // Organization scoping on every route: for each authenticated route of the
    // router, a token of organization A tries to read or change organization B's
    // objects. The answer must be the one for an object that does not exist (404
    // for an id in the path, never 403), must not mention B, and B's data must be
    // unchanged. A route without a case here fails the test, so a new route must
    // come with its scoping check.
    void everyRouteKeepsOrganizationsApart()
    {
        ApiTokenRepository tokens(*m_database, m_clock);
        const QString tokenA = tokens.create(QStringLiteral("a"), QStringLiteral("org-a")).secret;
        const QString tokenB = tokens.create(QStringLiteral("b"), QStringLiteral("org-b")).secret;
        const auto asA = [&](const QByteArray &method, const QString &path, const QJsonObject &body = {}) {
            return call(method, path, body, tokenA);
        };

        // Organization B's objects, made through the API with B's token.
        const qint64 webhookB = createIntegration(webhookIntegration(QStringLiteral("Bravo webhooks")), tokenB);
        const qint64 erpB = createIntegration({{QStringLiteral("name"), QStringLiteral("Bravo ERP")},
                                               {QStringLiteral("type"), QStringLiteral("erp")},
                                               {QStringLiteral("provider"), QStringLiteral("dummy")}},
                                              tokenB);
        const Answer subscription = call("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"),
                                         {{QStringLiteral("integration_id"), webhookB},
                                          {QStringLiteral("name"), QStringLiteral("Bravo hook")},
                                          {QStringLiteral("url"), QStringLiteral("https://bravo.example/hook")},
                                          {QStringLiteral("event_types"), QJsonArray{QStringLiteral("gate.created")}}},
                                         tokenB);
        QCOMPARE(subscription.status, 201);
        const qint64 subscriptionB = subscription.json.value(QLatin1String("id")).toInteger();
        const Answer triggered = call("POST", QStringLiteral("/api/integrations/webhooks/trigger"),
                                      {{QStringLiteral("event_type"), QStringLiteral("gate.created")}}, tokenB);
        QCOMPARE(triggered.json.value(QLatin1String("deliveries")).toInt(), 1);
        const QString deliveryB = triggered.json.value(QLatin1String("request_ids")).toArray().first().toString();
        const Answer synced = call("POST", QStringLiteral("/api/integrations/erp/sync"),
                                   {{QStringLiteral("integration_id"), erpB}}, tokenB);
        QCOMPARE(synced.status, 202);
        const qint64 syncLogB = synced.json.value(QLatin1String("sync_log_id")).toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(!ErpSyncRepository(*m_database, m_clock).runningLog(erpB), 30000);
        // B itself sees them (so A's 404s below are about A, not about wrong ids).
        QCOMPARE(call("GET", QStringLiteral("/api/integrations/%1").arg(webhookB), {}, tokenB).status, 200);
        QCOMPARE(call("GET", QStringLiteral("/api/integrations/webhooks/deliveries/") + deliveryB, {}, tokenB).status,
                 200);
        // A has objects of its own.
        createIntegration(webhookIntegration(QStringLiteral("Alfa webhooks")), tokenA);

        // B's data as stored, read past the API.
        const auto stateOfB = [&] {
            QStringList state;
            for (const Integration &integration : IntegrationRepository(*m_database, m_clock).list()) {
                if (integration.organizationId == QLatin1String("org-b"))
                    state << QStringLiteral("integration %1 %2 %3 %4")
                                 .arg(integration.id)
                                 .arg(integration.name)
                                 .arg(integration.active)
                                 .arg(integration.updatedAt.toMSecsSinceEpoch());
            }
            for (const WebhookSubscription &stored : WebhookSubscriptionRepository(*m_database, m_clock).list()) {
                if (stored.organizationId == QLatin1String("org-b") || stored.integrationId == webhookB)
                    state << QStringLiteral("subscription %1 %2 %3").arg(stored.id).arg(stored.name).arg(stored.active);
            }
            DeliveryFilter toB;
            toB.subscriptionId = subscriptionB;
            state << QStringLiteral("deliveries to B %1").arg(DeliveryRepository(*m_database, m_clock).count(toB));
            DeliveryFilter ofB;
            ofB.organizationId = QStringLiteral("org-b");
            state << QStringLiteral("deliveries of B %1").arg(DeliveryRepository(*m_database, m_clock).count(ofB));
            state << QStringLiteral("sync logs %1").arg(ErpSyncRepository(*m_database, m_clock).logs(erpB, 100).size());
            return state;
        };
        const QStringList before = stateOfB();

        // A's answer about B's object equals its answer about one that does not exist.
        const auto sameAsMissing = [](const Answer &probe, const Answer &missing, const QString &realId,
                                      const QString &missingId) {
            QVERIFY2(probe.status != 403, probe.raw.constData());
            QCOMPARE(probe.status, missing.status);
            QCOMPARE(probe.errorCode(), missing.errorCode());
            QCOMPARE(probe.errorField(), missing.errorField());
            const auto message = [](const Answer &answer) {
                return answer.json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
            };
            QCOMPARE(message(probe).replace(realId, missingId), message(missing));
        };
        const auto ids = [](const Answer &answer, const char *key = "id") {
            QSet<QString> found;
            for (const QJsonValue &item : answer.items())
                found.insert(item.toObject().value(QLatin1String(key)).toVariant().toString());
            return found;
        };
        const QString missing = QStringLiteral("987654321");
        const QString w = QString::number(webhookB);
        const QString e = QString::number(erpB);
        const auto subscriptionTo = [](const QJsonValue &integration) {
            return QJsonObject{{QStringLiteral("integration_id"), integration},
                               {QStringLiteral("name"), QStringLiteral("intruder")},
                               {QStringLiteral("url"), QStringLiteral("https://alfa.example/hook")},
                               {QStringLiteral("event_types"), QJsonArray{QStringLiteral("gate.created")}}};
        };
        LoopbackReceiver receiver;

        QHash<QString, std::function<void(QList<Answer> &)>> cases;
        cases.insert(QStringLiteral("POST /api/integrations"), [&](QList<Answer> &answers) {
            // Naming another organization is refused alike whether it exists or not.
            const auto create = [&](const QString &organization) {
                return asA("POST", QStringLiteral("/api/integrations"),
                           {{QStringLiteral("name"), QStringLiteral("intruder")},
                            {QStringLiteral("type"), QStringLiteral("webhook")},
                            {QStringLiteral("organization_id"), organization}});
            };
            answers << create(QStringLiteral("org-b")) << create(QStringLiteral("org-nowhere"));
            QCOMPARE(answers.at(0).status, 403);
            QCOMPARE(answers.at(0).raw, answers.at(1).raw);
        });
        cases.insert(QStringLiteral("GET /api/integrations"), [&](QList<Answer> &answers) {
            answers << asA("GET", QStringLiteral("/api/integrations"))
                    << asA("GET", QStringLiteral("/api/integrations?type=erp"))
                    << asA("GET", QStringLiteral("/api/integrations?provider=dummy"));
            QCOMPARE(answers.at(0).status, 200);
            QCOMPARE(answers.at(0).items().size(), 1); // A's own
            for (const Answer &answer : std::as_const(answers))
                QVERIFY(!ids(answer).contains(w) && !ids(answer).contains(e));
        });
        cases.insert(QStringLiteral("GET /api/integrations/{id}"), [&](QList<Answer> &answers) {
            answers << asA("GET", QStringLiteral("/api/integrations/") + w)
                    << asA("GET", QStringLiteral("/api/integrations/") + e)
                    << asA("GET", QStringLiteral("/api/integrations/") + missing);
            QCOMPARE(answers.at(0).status, 404);
            sameAsMissing(answers.at(0), answers.at(2), w, missing);
            sameAsMissing(answers.at(1), answers.at(2), e, missing);
        });
        cases.insert(QStringLiteral("PUT /api/integrations/{id}/status"), [&](QList<Answer> &answers) {
            const QJsonObject inactive{{QStringLiteral("active"), false}};
            answers << asA("PUT", QStringLiteral("/api/integrations/%1/status").arg(w), inactive)
                    << asA("PUT", QStringLiteral("/api/integrations/%1/status").arg(missing), inactive);
            QCOMPARE(answers.at(0).status, 404);
            sameAsMissing(answers.at(0), answers.at(1), w, missing);
        });
        cases.insert(QStringLiteral("POST /api/integrations/webhooks/subscriptions"), [&](QList<Answer> &answers) {
            answers << asA("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"), subscriptionTo(webhookB))
                    << asA("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"),
                           subscriptionTo(missing.toLongLong()));
            QCOMPARE(answers.at(0).errorField(), QStringLiteral("integration_id"));
            sameAsMissing(answers.at(0), answers.at(1), w, missing);
            // Nor may A name B's organization for a subscription.
            QJsonObject named = subscriptionTo(QJsonValue());
            named.insert(QStringLiteral("organization_id"), QStringLiteral("org-b"));
            answers << asA("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"), named);
            QCOMPARE(answers.last().status, 403);
        });
        cases.insert(QStringLiteral("GET /api/integrations/webhooks/subscriptions"), [&](QList<Answer> &answers) {
            answers << asA("GET", QStringLiteral("/api/integrations/webhooks/subscriptions"));
            QCOMPARE(answers.at(0).status, 200);
            QVERIFY(!ids(answers.at(0)).contains(QString::number(subscriptionB)));
        });
        cases.insert(QStringLiteral("POST /api/integrations/webhooks/test-endpoint"), [&](QList<Answer> &answers) {
            // Names no stored object: it pings the URL given, signed with the secret given -
            // never a private address for an organization's token (issue 9), so nothing is sent here.
            answers << asA("POST", QStringLiteral("/api/integrations/webhooks/test-endpoint"),
                           {{QStringLiteral("url"), receiver.url().toString()}});
            QCOMPARE(answers.at(0).status, 400);
            QCOMPARE(answers.at(0).errorCode(), QStringLiteral("policy"));
            QCOMPARE(receiver.requestCount(), 0);
        });
        cases.insert(QStringLiteral("POST /api/integrations/webhooks/trigger"), [&](QList<Answer> &answers) {
            const auto trigger = [&](const QString &organization) {
                QJsonObject body{{QStringLiteral("event_type"), QStringLiteral("gate.created")}};
                if (!organization.isEmpty())
                    body.insert(QStringLiteral("organization_id"), organization);
                return asA("POST", QStringLiteral("/api/integrations/webhooks/trigger"), body);
            };
            answers << trigger(QStringLiteral("org-b")) << trigger(QStringLiteral("org-nowhere"));
            QCOMPARE(answers.at(0).status, 403);
            QCOMPARE(answers.at(0).raw, answers.at(1).raw);
            // A's own event reaches none of B's subscriptions.
            answers << trigger({});
            QCOMPARE(answers.last().status, 202);
            QCOMPARE(answers.last().json.value(QLatin1String("deliveries")).toInt(), 0);
        });
        cases.insert(QStringLiteral("GET /api/integrations/webhooks/deliveries"), [&](QList<Answer> &answers) {
            answers << asA("GET", QStringLiteral("/api/integrations/webhooks/deliveries"))
                    << asA("GET", QStringLiteral("/api/integrations/webhooks/deliveries?request_id=") + deliveryB)
                    << asA("GET",
                           QStringLiteral("/api/integrations/webhooks/deliveries?subscription_id=%1").arg(subscriptionB))
                    << asA("GET", QStringLiteral("/api/integrations/webhooks/deliveries?request_id=no-such-request"));
            for (const Answer &answer : std::as_const(answers)) {
                QCOMPARE(answer.status, 200);
                QCOMPARE(answer.json.value(QLatin1String("total")).toInt(), 0);
            }
            QCOMPARE(answers.at(1).raw, answers.at(3).raw);
        });
        cases.insert(QStringLiteral("GET /api/integrations/webhooks/deliveries/{request_id}"),
                     [&](QList<Answer> &answers) {
                         answers << asA("GET", QStringLiteral("/api/integrations/webhooks/deliveries/") + deliveryB)
                                 << asA("GET", QStringLiteral("/api/integrations/webhooks/deliveries/no-such-request"));
                         QCOMPARE(answers.at(0).status, 404);
                         sameAsMissing(answers.at(0), answers.at(1), deliveryB, QStringLiteral("no-such-request"));
                     });
        cases.insert(QStringLiteral("POST /api/integrations/erp/sync"), [&](QList<Answer> &answers) {
            answers << asA("POST", QStringLiteral("/api/integrations/erp/sync"),
                           {{QStringLiteral("integration_id"), erpB}})
                    << asA("POST", QStringLiteral("/api/integrations/erp/sync"),
                           {{QStringLiteral("integration_id"), missing.toLongLong()}});
            QCOMPARE(answers.at(0).errorField(), QStringLiteral("integration_id"));
            sameAsMissing(answers.at(0), answers.at(1), e, missing);
        });
        cases.insert(QStringLiteral("GET /api/integrations/erp/sync/logs"), [&](QList<Answer> &answers) {
            answers << asA("GET", QStringLiteral("/api/integrations/erp/sync/logs"))
                    << asA("GET", QStringLiteral("/api/integrations/erp/sync/logs?integration_id=") + e)
                    << asA("GET", QStringLiteral("/api/integrations/erp/sync/logs?integration_id=") + missing);
            QCOMPARE(answers.at(0).status, 200);
            QVERIFY(!ids(answers.at(0)).contains(QString::number(syncLogB)));
            sameAsMissing(answers.at(1), answers.at(2), e, missing);
        });
        cases.insert(QStringLiteral("POST /api/integrations/erp/test-connection/{id}"), [&](QList<Answer> &answers) {
            answers << asA("POST", QStringLiteral("/api/integrations/erp/test-connection/") + e)
                    << asA("POST", QStringLiteral("/api/integrations/erp/test-connection/") + missing);
            QCOMPARE(answers.at(0).status, 404);
            sameAsMissing(answers.at(0), answers.at(1), e, missing);
        });

        QSet<QString> served;
        for (const RestApi::RouteInfo &route : m_api->routes()) {
            if (!route.authenticated)
                continue;
            const QString key = QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern;
            served.insert(key);
            QVERIFY2(cases.contains(key), qPrintable(QStringLiteral("no organization scoping case for ") + key));
            QList<Answer> answers;
            cases.value(key)(answers);
            if (QTest::currentTestFailed())
                qFatal("organization scoping failed on %s", qPrintable(key));
            QVERIFY2(!answers.isEmpty(), qPrintable(key));
            for (const Answer &answer : std::as_const(answers)) {
                QVERIFY2(answer.status != 500, qPrintable(key));
                // (B's ids appear only where A sent them itself, as in "no delivery with request id ...".)
                for (const QByteArray &secretOfB : {QByteArray("org-b"), QByteArray("Bravo")})
                    QVERIFY2(!answer.raw.contains(secretOfB),
                             qPrintable(key + QStringLiteral(": ") + QString::fromUtf8(answer.raw)));
            }
            QCOMPARE(stateOfB(), before);
        }
        QCOMPARE(QSet<QString>(cases.keyBegin(), cases.keyEnd()), served);
    }

    // Anything the client cannot fix (here the database failing under a request)
    // is a generic 500: a request id in the body and in X-Request-ID, the reason in
    // the server's log under that id, and no SQL, database path or name in the answer.
    void anInternalErrorIsAGeneric500WithALoggedRequestId()
    {
        const qint64 integration = createIntegration(webhookIntegration(QStringLiteral("Belső")));
        LogCapture log;

        // Failing inside a continuation: the keychain refuses the new subscription's secret.
        m_secrets.setUnavailable(true);
        const Answer keychain = call("POST", QStringLiteral("/api/integrations/webhooks/subscriptions"),
                                     {{QStringLiteral("integration_id"), integration},
                                      {QStringLiteral("url"), QStringLiteral("https://belso.example/hook")},
                                      {QStringLiteral("event_types"), QJsonArray{QStringLiteral("gate.created")}}});
        m_secrets.setUnavailable(false);
        QCOMPARE(keychain.status, 500);
        QCOMPARE(keychain.errorCode(), QStringLiteral("internal"));

        // Failing at once: the table the route reads is gone.
        execSql(m_database->connection(), QStringLiteral("ALTER TABLE integrations RENAME TO integrations_moved"));
        const Answer database = call("GET", QStringLiteral("/api/integrations"));
        QCOMPARE(database.status, 500);
        QCOMPARE(database.errorCode(), QStringLiteral("internal"));

        for (const Answer &answer : {keychain, database}) {
            const QString requestId =
                answer.json.value(QLatin1String("error")).toObject().value(QLatin1String("request_id")).toString();
            QVERIFY2(!QUuid::fromString(requestId).isNull(), answer.raw.constData());
            QCOMPARE(answer.header("X-Request-ID"), requestId.toLatin1());
            QVERIFY(answer.json.value(QLatin1String("error"))
                        .toObject()
                        .value(QLatin1String("message"))
                        .toString()
                        .contains(requestId));
            QStringList leaks{QStringLiteral("SELECT"),        QStringLiteral("INSERT"),
                              QStringLiteral("Database"),      QStringLiteral("integrations_moved"),
                              QStringLiteral("no such table"), QStringLiteral("does not exist"),
                              QStringLiteral("keychain"),      QStringLiteral("secret"),
                              m_database->url().toString(),    m_token};
            if (!m_database->url().filePath().isEmpty())
                leaks << m_database->url().filePath();
            if (!m_database->url().databaseName().isEmpty())
                leaks << m_database->url().databaseName();
            for (const QString &leak : std::as_const(leaks))
                QVERIFY2(!answer.raw.contains(leak.toUtf8()),
                         qPrintable(leak + QStringLiteral(" in ") + QString::fromUtf8(answer.raw)));
            // The server's log has the reason under the id.
            bool logged = false;
            for (const QString &message : log.messages())
                logged = logged || message.contains(requestId);
            QVERIFY2(logged, qPrintable(log.messages().join(QLatin1Char('\n'))));
        }
        const QString databaseLog =
            log.messages()
                .filter(
                    database.json.value(QLatin1String("error")).toObject().value(QLatin1String("request_id")).toString())
                .join(QLatin1Char('\n'));
        QVERIFY2(databaseLog.contains(QLatin1String("GET /api/integrations"))
                     && databaseLog.contains(QLatin1String("Database error")),
                 qPrintable(databaseLog));
        // What the client put in the path cannot forge lines in the log.
        execSql(m_database->connection(),
                QStringLiteral("ALTER TABLE webhook_deliveries RENAME TO webhook_deliveries_moved"));
        const Answer forged = call("GET", QStringLiteral("/api/integrations/webhooks/deliveries/x%0Aforged"));
        execSql(m_database->connection(),
                QStringLiteral("ALTER TABLE webhook_deliveries_moved RENAME TO webhook_deliveries"));
        QCOMPARE(forged.status, 500);
        const QString forgedLog = log.messages().last();
        QVERIFY2(forgedLog.contains(QLatin1String("/deliveries/x?forged"))
                     && !forgedLog.contains(QLatin1Char('\n') + QLatin1String("forged")),
                 qPrintable(forgedLog));
        // A successful answer carries its request id too.
        execSql(m_database->connection(), QStringLiteral("ALTER TABLE integrations_moved RENAME TO integrations"));
        const Answer fine = call("GET", QStringLiteral("/api/integrations"));
        QCOMPARE(fine.status, 200);
        QVERIFY(!QUuid::fromString(QString::fromLatin1(fine.header("X-Request-ID"))).isNull());
    }

    // Each token has its own bucket of `burst` requests refilled at `requestsPerSecond`
    // (FakeClock time); beyond it: 429 with Retry-After and a JSON error.
    void eachTokenIsRateLimited()
    {
        FakeClock clock;
        RestApi limited(RestApiServices{*m_database, m_secrets, clock, *m_network, *m_events, *m_sync},
                        ApiRateLimit{2, 3});
        ApiHttpServer server([&limited](const HttpRequest &request) { return limited.handle(request); });
        QString error;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        const QString first = ApiTokenRepository(*m_database, clock).create(QStringLiteral("first")).secret;
        const QString second = ApiTokenRepository(*m_database, clock).create(QStringLiteral("second")).secret;
        const auto get = [&](const QString &token, const QString &path = QStringLiteral("/api/integrations")) {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.port()).arg(path)));
            if (!token.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            return answerOf(m_network->get(request));
        };

        for (int i = 0; i < 3; ++i)
            QCOMPARE(get(first).status, 200); // the burst
        Answer refused = get(first);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.header("Retry-After"), QByteArray("1")); // half a second, rounded up
        QCOMPARE(refused.errorCode(), QStringLiteral("rate_limited"));
        QCOMPARE(refused.json.value(QLatin1String("error")).toObject().value(QLatin1String("retry_after_seconds")).toInt(),
                 1);
        QVERIFY(
            !refused.json.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(get(second).status, 200);                                   // another token has its own bucket
        QCOMPARE(get(QString(), QStringLiteral("/api/health")).status, 200); // health is not limited
        QCOMPARE(get(first).status, 429);                                    // a refused request took nothing

        clock.advanceMs(499);
        QCOMPARE(get(first).status, 429);
        clock.advanceMs(1); // 2 a second: one request every 500 ms
        QCOMPARE(get(first).status, 200);
        QCOMPARE(get(first).status, 429);

        // A long pause refills up to the burst, no further.
        clock.advanceMs(3600 * 1000);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(get(first).status, 200);
        QCOMPARE(get(first).status, 429);

        // A clock that steps back refills nothing and breaks nothing.
        clock.advanceMs(-3600 * 1000);
        QCOMPARE(get(first).status, 429);
        clock.advanceMs(500);
        QCOMPARE(get(first).status, 200);

        // A slower rate says so in Retry-After.
        RestApi slow(RestApiServices{*m_database, m_secrets, clock, *m_network, *m_events, *m_sync},
                     ApiRateLimit{0.25, 1});
        HttpRequest request;
        request.method = "GET";
        request.path = QStringLiteral("/api/integrations");
        request.headers.append({QByteArrayLiteral("authorization"), "Bearer " + second.toUtf8()});
        QCOMPARE(slow.handle(request).result().status, 200);
        const HttpResponse slowed = slow.handle(request).result();
        QCOMPARE(slowed.status, 429);
        QVERIFY(slowed.headers.contains(std::pair(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("4"))));
        // 0 requests a second: no limit.
        RestApi unlimited(RestApiServices{*m_database, m_secrets, clock, *m_network, *m_events, *m_sync},
                          ApiRateLimit{0, 1});
        for (int i = 0; i < 20; ++i)
            QCOMPARE(unlimited.handle(request).result().status, 200);
    }
};

QTEST_GUILESS_MAIN(TestRestApi)
#include "tst_rest_api.moc"
