#include "models/items/IntegrationListModel.h"
#include "models/items/SubscriptionListModel.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/SqlQuery.h"
#include "models/storage/WebhookSubscriptionRepository.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace garagereg;
using namespace garagereg::test;

// The integration and subscription list models on a real database of each
// backend, checked by QAbstractItemModelTester.
class TestListModels : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    Integration m_active;
    Integration m_inactive;

private slots:
    void init()
    {
        m_testDatabase = std::make_unique<TestDatabase>();
        m_database = m_testDatabase->open();
        IntegrationRepository integrations(*m_database, m_clock);
        Integration integration;
        integration.name = QStringLiteral("Alfa");
        integration.provider = QStringLiteral("custom");
        m_active = integrations.create(integration);
        integration.name = QStringLiteral("Béta");
        integration.provider = QStringLiteral("slack");
        m_inactive = integrations.create(integration);
        integrations.setActive(m_inactive.id, false);
    }

    void cleanup()
    {
        m_database.reset();
        m_testDatabase.reset();
    }

    void listsIntegrations()
    {
        IntegrationListModel model(*m_database, m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.refresh();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(IntegrationListModel::ColumnCount));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString name = model.data(model.index(row, IntegrationListModel::Name)).toString();
            const QString status = model.data(model.index(row, IntegrationListModel::Status)).toString();
            QCOMPARE(status, name == QStringLiteral("Alfa") ? QStringLiteral("active") : QStringLiteral("inactive"));
            QCOMPARE(model.data(model.index(row, IntegrationListModel::Health)).toString(), QStringLiteral("Unknown"));
            QCOMPARE(model.data(model.index(row, IntegrationListModel::Name), Qt::UserRole).toLongLong(),
                     model.integrationAt(row).id);
        }
        QCOMPARE(model.headerData(IntegrationListModel::Provider, Qt::Horizontal).toString(),
                 QStringLiteral("Provider"));

        IntegrationRepository(*m_database, m_clock).remove(m_inactive.id);
        model.refresh();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.integrationAt(0).id, m_active.id);
        QCOMPARE(model.data(model.index(0, IntegrationListModel::Provider)).toString(), QStringLiteral("custom"));
    }

    void listsSubscriptions()
    {
        WebhookSubscriptionRepository repository(*m_database, m_clock);
        WebhookSubscription subscription;
        subscription.integrationId = m_active.id;
        subscription.name = QStringLiteral("Kapu");
        subscription.endpointUrl = QStringLiteral("https://hooks.example.test/in");
        subscription.eventTypes = {QStringLiteral("gate.created"), QStringLiteral("inventory.low_stock")};
        const WebhookSubscription stored = repository.create(subscription);
        // A row from before user names and passwords in endpoint URLs were refused: still not shown.
        SqlQuery(m_database->connection(), QStringLiteral("UPDATE webhook_subscriptions SET endpoint_url = :url"))
            .bind(QStringLiteral(":url"), QStringLiteral("https://user:pw@hooks.example.test/in"))
            .exec();
        repository.setActive(stored.id, false, QStringLiteral("too many failures"));
        BreakerState breaker;
        breaker.consecutiveFailures = 5;
        breaker.openUntil = m_clock.now().addSecs(60);
        breaker.cooldownSeconds = 60;
        repository.saveBreakerState(stored.id, breaker);

        SubscriptionListModel model(*m_database, m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(SubscriptionListModel::ColumnCount));
        QCOMPARE(model.data(model.index(0, SubscriptionListModel::Name)).toString(), QStringLiteral("Kapu"));
        QCOMPARE(model.data(model.index(0, SubscriptionListModel::Integration)).toString(), QStringLiteral("Alfa"));
        const QString url = model.data(model.index(0, SubscriptionListModel::Url)).toString();
        QVERIFY2(!url.contains(QStringLiteral("pw")), qPrintable(url));
        QVERIFY(url.contains(QStringLiteral("hooks.example.test")));
        QCOMPARE(model.data(model.index(0, SubscriptionListModel::Events)).toString(),
                 QStringLiteral("gate.created, inventory.low_stock"));
        QCOMPARE(model.data(model.index(0, SubscriptionListModel::Status)).toString(),
                 QStringLiteral("disabled: too many failures"));
        QCOMPARE(model.data(model.index(0, SubscriptionListModel::Breaker)).toString(), QStringLiteral("open"));

        m_clock.advanceMs(61 * 1000);
        repository.setActive(stored.id, true);
        model.refresh();
        QCOMPARE(model.data(model.index(0, SubscriptionListModel::Status)).toString(), QStringLiteral("active"));
        QCOMPARE(model.data(model.index(0, SubscriptionListModel::Breaker)).toString(), QStringLiteral("half-open"));

        repository.remove(stored.id);
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestListModels)
#include "tst_list_models.moc"
