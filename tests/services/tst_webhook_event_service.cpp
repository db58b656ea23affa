#include "app/services/WebhookEventService.h"
#include "models/common/Error.h"
#include "models/storage/DatabaseInspector.h"
#include "models/storage/DeliveryRepository.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/WebhookSubscriptionRepository.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace garagereg;
using namespace garagereg::test;

class TestWebhookEventService : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    qint64 m_integrationId = 0;

    qint64 addSubscription(const QString &name, const QStringList &types, const QJsonObject &filters = {},
                           const QString &organization = {}, bool active = true)
    {
        WebhookSubscription subscription;
        subscription.integrationId = m_integrationId;
        subscription.name = name;
        subscription.endpointUrl = QStringLiteral("https://hooks.example.hu/") + name;
        subscription.eventTypes = types;
        subscription.eventFilters = filters;
        subscription.organizationId = organization;
        subscription.active = active;
        subscription.secretRef = QStringLiteral("unused");
        return WebhookSubscriptionRepository(*m_database, m_clock).create(subscription).id;
    }

    QStringList receiverNames(const TriggeredEvent &event)
    {
        QStringList names;
        DeliveryRepository deliveries(*m_database, m_clock);
        const WebhookSubscriptionRepository subscriptions(*m_database, m_clock);
        for (const QString &requestId : event.requestIds)
            names << subscriptions.find(*deliveries.findByRequestId(requestId)->subscriptionId)->name;
        names.sort();
        return names;
    }

    static QJsonObject json(const char *text) { return QJsonDocument::fromJson(text).object(); }

private slots:
    void init()
    {
        m_testDatabase = std::make_unique<TestDatabase>();
        m_database = m_testDatabase->open();
        Integration integration;
        integration.name = QStringLiteral("Webhookok");
        integration.provider = QStringLiteral("custom");
        m_integrationId = IntegrationRepository(*m_database, m_clock).create(integration).id;
    }

    void cleanup()
    {
        m_database.reset();
        m_testDatabase.reset();
    }

    void routesByTypeFilterAndOrganization()
    {
        addSubscription(QStringLiteral("all-gates"), {QStringLiteral("gate.inspection_due")});
        addSubscription(QStringLiteral("urgent"), {QStringLiteral("gate.inspection_due")},
                        json(R"({"priority": ["high", "critical"]})"));
        addSubscription(QStringLiteral("gyor-site"), {QStringLiteral("gate.inspection_due")},
                        json(R"({"gate.site": "Győr"})"));
        addSubscription(QStringLiteral("org-a"), {QStringLiteral("gate.inspection_due")}, {}, QStringLiteral("org-a"));
        addSubscription(QStringLiteral("org-b"), {QStringLiteral("gate.inspection_due")}, {}, QStringLiteral("org-b"));
        addSubscription(QStringLiteral("other-type"), {QStringLiteral("work_order.completed")});
        addSubscription(QStringLiteral("inactive"), {QStringLiteral("gate.inspection_due")}, {}, {}, false);

        WebhookEventService service(*m_database, m_clock);
        QSignalSpy queued(&service, &WebhookEventService::deliveriesQueued);
        const TriggeredEvent high = service.trigger(QStringLiteral("gate.inspection_due"),
                                                    json(R"({"priority": "high", "gate": {"site": "Győr"}})"),
                                                    QStringLiteral("org-a"), QStringLiteral("K-12"));
        QCOMPARE(receiverNames(high), (QStringList{QStringLiteral("all-gates"), QStringLiteral("gyor-site"),
                                                   QStringLiteral("org-a"), QStringLiteral("urgent")}));
        QCOMPARE(queued.count(), 1);

        const TriggeredEvent low = service.trigger(QStringLiteral("gate.inspection_due"),
                                                   json(R"({"priority": "low", "gate": {"site": "Pécs"}})"));
        QCOMPARE(receiverNames(low), QStringList{QStringLiteral("all-gates")});
    }

    void storesTheEnvelopeOnce()
    {
        addSubscription(QStringLiteral("a"), {QStringLiteral("work_order.completed")});
        addSubscription(QStringLiteral("b"), {QStringLiteral("work_order.completed")});
        WebhookEventService service(*m_database, m_clock);
        const TriggeredEvent event =
            service.trigger(QStringLiteral("work_order.completed"),
                            json(R"({"work_order": "MU-2026/118", "technician": "Kovács Péter"})"), {},
                            QStringLiteral("MU-2026/118"));
        QCOMPARE(event.requestIds.size(), 2);
        QVERIFY(event.requestIds.at(0) != event.requestIds.at(1));
        const QByteArray body = DeliveryRepository(*m_database, m_clock).eventBody(event.id);
        const QByteArray expected =
            QByteArrayLiteral("{\"event_id\":\"") + event.eventUuid.toUtf8()
            + QByteArrayLiteral("\",\"event_type\":\"work_order.completed\",\"occurred_at\":\"2026-01-15T08:30:00Z\","
                                "\"organization_id\":null,\"entity_id\":\"MU-2026/118\",\"data\":")
            + QStringLiteral(R"({"technician":"Kovács Péter","work_order":"MU-2026/118"})").toUtf8() + '}';
        QCOMPARE(body, expected);
        const DatabaseInspector inspector(*m_database);
        QCOMPARE(inspector.rowCount(QStringLiteral("webhook_events")), 1);
        QCOMPARE(inspector.rowCount(QStringLiteral("webhook_deliveries")), 2);
    }

    void badInputIsRefusedAndNothingStored_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown type") << QStringLiteral("gate.exploded") << QByteArray("{}")
                                      << QStringLiteral("gate.exploded");
        QTest::newRow("not json") << QStringLiteral("gate.created") << QByteArray("{oops")
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QStringLiteral("gate.created") << QByteArray("[1, 2]")
                               << QStringLiteral("JSON object");
        QTest::newRow("too large") << QStringLiteral("gate.created")
                                   << (QByteArray("{\"x\":\"") + QByteArray(1024 * 1024, 'a') + QByteArray("\"}"))
                                   << QStringLiteral("1 MiB");
    }

    void badInputIsRefusedAndNothingStored()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, payload);
        QFETCH(QString, expected);
        addSubscription(QStringLiteral("a"), {QStringLiteral("gate.created")});
        WebhookEventService service(*m_database, m_clock);
        try {
            service.trigger(type, WebhookEventService::parsePayload(payload));
            QFAIL("bad input was accepted");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        }
        QCOMPARE(DatabaseInspector(*m_database).rowCount(QStringLiteral("webhook_events")), 0);
        QCOMPARE(DatabaseInspector(*m_database).rowCount(QStringLiteral("webhook_deliveries")), 0);
    }

    void invalidSubscriptionsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("url scheme") << QStringLiteral("url") << QStringLiteral("ftp://x.hu");
        QTest::newRow("malformed url") << QStringLiteral("malformed") << QStringLiteral("http//nope");
        QTest::newRow("unknown type") << QStringLiteral("type") << QStringLiteral("gate.exploded");
        QTest::newRow("no types") << QStringLiteral("notypes") << QStringLiteral("at least one event type");
        QTest::newRow("bad filter") << QStringLiteral("filter") << QStringLiteral("\"count\"");
        QTest::newRow("negative retries") << QStringLiteral("retries") << QStringLiteral("retries");
        QTest::newRow("absurd delay") << QStringLiteral("delay") << QStringLiteral("retry delay");
        QTest::newRow("zero timeout") << QStringLiteral("timeout") << QStringLiteral("timeout");
    }

    void invalidSubscriptionsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        WebhookSubscription subscription;
        subscription.integrationId = m_integrationId;
        subscription.name = QStringLiteral("x");
        subscription.endpointUrl = QStringLiteral("https://example.hu/hook");
        subscription.eventTypes = {QStringLiteral("gate.created")};
        if (field == QLatin1String("url"))
            subscription.endpointUrl = QStringLiteral("ftp://x.hu");
        else if (field == QLatin1String("malformed"))
            subscription.endpointUrl = QStringLiteral("http//nope");
        else if (field == QLatin1String("type"))
            subscription.eventTypes = {QStringLiteral("gate.exploded")};
        else if (field == QLatin1String("notypes"))
            subscription.eventTypes.clear();
        else if (field == QLatin1String("filter"))
            subscription.eventFilters = json(R"({"count": {"$regex": "x"}})");
        else if (field == QLatin1String("retries"))
            subscription.maxRetries = -1;
        else if (field == QLatin1String("delay"))
            subscription.retryDelaysSeconds = {60, 99999999};
        else if (field == QLatin1String("timeout"))
            subscription.timeoutSeconds = 0;
        try {
            WebhookSubscriptionRepository(*m_database, m_clock).create(subscription);
            QFAIL("an invalid subscription was stored");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        }
        QVERIFY(WebhookSubscriptionRepository(*m_database, m_clock).list().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWebhookEventService)
#include "tst_webhook_event_service.moc"
