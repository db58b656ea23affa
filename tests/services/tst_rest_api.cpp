#include "adapters/erp/ErpAdapterRegistry.h"
#include "adapters/http/ApiHttpServer.h"
#include "adapters/http/WebhookSender.h"
#include "app/services/DeliveryEngine.h"
#include "app/services/ErpSyncEngine.h"
#include "app/services/RestApi.h"
#include "app/services/WebhookEventService.h"
#include "models/common/Clock.h"
#include "models/storage/ApiTokenRepository.h"
#include "models/storage/WebhookSubscriptionRepository.h"
#include "models/webhooks/WebhookSignature.h"
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
#include <QtTest>

using namespace garagereg;
using namespace garagereg::test;

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
        QNetworkReply *reply = m_network->sendCustomRequest(request, method, payload);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(30000))
            qFatal("no answer to %s %s", method.constData(), qPrintable(path));
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
        // Only the hash is stored.
        QVERIFY(!m_database->url().isSqlite() || !QFile(m_database->url().filePath()).open(QIODevice::ReadOnly)
                || !QFile(m_database->url().filePath()).readAll().contains(second.secret.toUtf8()));
        QCOMPARE(tokens.list().last().prefix, second.secret.left(12));
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
                if (operation.key() != QLatin1String("parameters"))
                    documented.insert(operation.key().toUpper() + QLatin1Char(' ') + path.key());
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
};

QTEST_GUILESS_MAIN(TestRestApi)
#include "tst_rest_api.moc"
