#include "app/services/WebhookEventService.h"
#include "models/common/Clock.h"
#include "models/storage/DeliveryRepository.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/WebhookSubscriptionRepository.h"
#include "tests/support/InMemorySecretStore.h"
#include "tests/support/TestDatabase.h"
#include "ui/GuiServices.h"
#include "ui/LiveUpdates.h"
#include "ui/TriggerEventPage.h"
#include "ui/WorkStatusLabel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QtTest>

using namespace garagereg;
using namespace garagereg::test;

class TestTriggerEventPage : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    InMemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<WebhookEventService> m_events;
    std::unique_ptr<GuiServices> m_services;

    void subscribe(const QString &name, const QStringList &events, const QJsonObject &filters = {},
                   const QString &organization = {})
    {
        Integration integration;
        integration.name = name;
        integration.provider = QStringLiteral("custom");
        WebhookSubscription subscription;
        subscription.integrationId = IntegrationRepository(*m_database, m_clock).create(integration).id;
        subscription.name = name;
        subscription.endpointUrl = QStringLiteral("https://receiver.example.hu/") + name;
        subscription.eventTypes = events;
        subscription.eventFilters = filters;
        subscription.organizationId = organization;
        WebhookSubscriptionRepository(*m_database, m_clock).create(subscription);
    }

    static void choose(TriggerEventPage &page, const QString &type, const QString &payload,
                       const QString &organization = {})
    {
        auto *types = page.findChild<QComboBox *>(QStringLiteral("triggerEventType"));
        types->setCurrentIndex(types->findData(type));
        page.findChild<QPlainTextEdit *>(QStringLiteral("triggerPayload"))->setPlainText(payload);
        page.findChild<QLineEdit *>(QStringLiteral("triggerOrganization"))->setText(organization);
    }

    qint64 queuedDeliveries() const
    {
        return DeliveryRepository(*m_database, m_clock).list(DeliveryFilter{}, 1000).size();
    }

private slots:
    void init()
    {
        m_testDatabase = std::make_unique<TestDatabase>();
        m_database = m_testDatabase->open();
        m_events = std::make_unique<WebhookEventService>(*m_database, m_clock);
        m_services.reset(new GuiServices{*m_database, m_secrets, m_clock, m_network, *m_events, nullptr, nullptr});
        subscribe(QStringLiteral("mindenes"), {QStringLiteral("work_order.completed")});
        subscribe(QStringLiteral("csak-surgos"), {QStringLiteral("work_order.completed")},
                  QJsonObject{{QStringLiteral("priority"), QJsonArray{QStringLiteral("high")}}});
        subscribe(QStringLiteral("gyori-iroda"), {QStringLiteral("work_order.completed")}, {},
                  QStringLiteral("org-gyor"));
        subscribe(QStringLiteral("kapuk"), {QStringLiteral("gate.inspection_due")});
    }

    void cleanup()
    {
        m_services.reset();
        m_events.reset();
        m_database.reset();
        m_testDatabase.reset();
    }

    void recipientsFollowTypeFilterAndOrganization()
    {
        TriggerEventPage page(*m_services);
        choose(page, QStringLiteral("work_order.completed"), QStringLiteral(R"({"priority": "low"})"));
        page.updateRecipients();
        QCOMPARE(page.recipientNames(), QStringList{QStringLiteral("mindenes")});

        choose(page, QStringLiteral("work_order.completed"), QStringLiteral(R"({"priority": "high"})"),
               QStringLiteral("org-gyor"));
        page.updateRecipients();
        QStringList names = page.recipientNames();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("csak-surgos"), QStringLiteral("gyori-iroda"),
                                     QStringLiteral("mindenes")}));

        // The preview follows typing by itself, shortly after it pauses.
        choose(page, QStringLiteral("gate.inspection_due"), QStringLiteral("{}"));
        QTRY_COMPARE(page.recipientNames(), QStringList{QStringLiteral("kapuk")});
        QCOMPARE(queuedDeliveries(), 0); // previewing stores nothing
    }

    void invalidPayloadDisablesSendWithTheReason()
    {
        TriggerEventPage page(*m_services);
        choose(page, QStringLiteral("work_order.completed"), QStringLiteral(R"({"priority": )"));
        QVERIFY(!page.canSend());
        QVERIFY(!page.problemText().isEmpty());
        choose(page, QStringLiteral("work_order.completed"), QStringLiteral("[1, 2]"));
        QVERIFY(!page.canSend());
        QVERIFY2(page.problemText().contains(QLatin1String("object")), qPrintable(page.problemText()));
        page.send();
        QCOMPARE(queuedDeliveries(), 0);

        choose(page, QStringLiteral("work_order.completed"), QStringLiteral(R"({"priority": "high"})"));
        QVERIFY2(page.canSend(), qPrintable(page.problemText()));
        QVERIFY(page.problemText().isEmpty());
    }

    void sendingQueuesOneDeliveryPerRecipient()
    {
        TriggerEventPage page(*m_services);
        QSignalSpy queued(m_events.get(), &WebhookEventService::deliveriesQueued);
        choose(page, QStringLiteral("work_order.completed"), QStringLiteral(R"({"priority": "high", "id": 42})"));
        page.findChild<QLineEdit *>(QStringLiteral("triggerEntity"))->setText(QStringLiteral("WO-42"));
        page.send();
        QCOMPARE(queuedDeliveries(), 2); // mindenes and csak-surgos; gyori-iroda needs its organization
        QCOMPARE(queued.size(), 1);
        QVERIFY2(page.resultText().contains(QLatin1String("deliveries queued: 2")), qPrintable(page.resultText()));
    }

    // The status bar counts what waits to go out, as events are raised here or elsewhere.
    void workStatusFollowsTheQueue()
    {
        LiveUpdates live(*m_database, *m_events, nullptr);
        GuiServices services{*m_database, m_secrets, m_clock, m_network, *m_events, nullptr, nullptr, &live};
        WorkStatusLabel status(services);
        QVERIFY2(status.text().contains(QLatin1String("Deliveries waiting: 0")), qPrintable(status.text()));
        QVERIFY2(status.text().contains(QLatin1String("another worker")), qPrintable(status.text()));

        TriggerEventPage page(services);
        choose(page, QStringLiteral("work_order.completed"), QStringLiteral(R"({"priority": "high"})"));
        page.send();
        QTRY_VERIFY2(status.text().contains(QLatin1String("Deliveries waiting: 2")), qPrintable(status.text()));
    }
};

QTEST_MAIN(TestTriggerEventPage)
#include "tst_trigger_event_page.moc"
