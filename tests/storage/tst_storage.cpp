#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/PartRepository.h"
#include "models/storage/WebhookSubscriptionRepository.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QtTest>

using namespace garagereg;
using garagereg::test::FakeClock;
using garagereg::test::TestDatabase;

namespace {

const QString hungarian = QStringLiteral("Árvíztűrő tükörfúrógép – kapunyitó motor „ŐŰ” ő ű");

// About 2 MB of nested JSON with accented text, numbers and nulls.
QJsonObject largeSettings()
{
    QJsonArray gates;
    for (int i = 0; i < 12000; ++i) {
        gates.append(QJsonObject{{QStringLiteral("serial"), QStringLiteral("KAPU-%1").arg(i, 6, 10, QLatin1Char('0'))},
                                 {QStringLiteral("site"), hungarian},
                                 {QStringLiteral("weight_kg"), 120.5 + i},
                                 {QStringLiteral("tags"), QJsonArray{QStringLiteral("szekcionált"), i % 7 == 0}},
                                 {QStringLiteral("retired"), QJsonValue::Null}});
    }
    return QJsonObject{{QStringLiteral("gates"), gates}, {QStringLiteral("név"), hungarian}};
}

Integration sampleIntegration()
{
    Integration integration;
    integration.name = hungarian;
    integration.type = IntegrationType::Erp;
    integration.provider = QStringLiteral("microsoft-dynamics");
    integration.endpointUrl = QStringLiteral("https://api.businesscentral.dynamics.com/v2.0/tenant/production");
    integration.settings = QJsonObject{{QStringLiteral("company"), QStringLiteral("Kapu Kft.")},
                                       {QStringLiteral("conflict_policy"), QStringLiteral("erp_wins")}};
    integration.secretRef = QStringLiteral("db-id/integration/1");
    integration.rateLimitPerMinute = 1200;
    integration.organizationId = QStringLiteral("org-szeged");
    integration.averageResponseMs = 12.25;
    integration.lastResponseMs = 9;
    integration.requestCount = 10'000'000'000LL; // beyond 32 bits
    integration.lastError = QStringLiteral("HTTP 503: Szolgáltatás nem érhető el");
    integration.lastErrorAt = QDateTime(QDate(2026, 3, 1), QTime(23, 59, 59, 999), Qt::UTC);
    return integration;
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;

private slots:
    void init()
    {
        m_testDatabase = std::make_unique<TestDatabase>();
        m_database = m_testDatabase->open();
    }

    void cleanup()
    {
        m_database.reset();
        m_testDatabase.reset();
    }

    void integrationRoundTrip()
    {
        IntegrationRepository repository(*m_database, m_clock);
        const Integration created = repository.create(sampleIntegration());
        QVERIFY(created.id > 0);
        QCOMPARE(created.createdAt, m_clock.now());

        const std::optional<Integration> loaded = repository.find(created.id);
        QVERIFY(loaded);
        QCOMPARE(*loaded, created);
        QCOMPARE(loaded->createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(loaded->lastErrorAt.time().msec(), 999);
        QVERIFY(!loaded->lastSuccessAt.isValid());
    }

    void eachThreadUsesItsOwnConnection()
    {
        const int connectionsBefore = QSqlDatabase::connectionNames().size();
        constexpr int workers = 3;
        QStringList names(workers);
        QStringList errors(workers);
        QList<QThread *> threads;
        for (int i = 0; i < workers; ++i) {
            threads << QThread::create([&, i] {
                try {
                    names[i] = m_database->connection().connectionName();
                    Integration integration = sampleIntegration();
                    integration.name = QStringLiteral("Szál %1").arg(i);
                    IntegrationRepository(*m_database, m_clock).create(integration);
                } catch (const Error &error) {
                    errors[i] = error.message();
                }
            });
        }
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        for (const QString &error : std::as_const(errors))
            QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), workers);
        QVERIFY(!names.contains(m_database->connection().connectionName()));
        QCOMPARE(IntegrationRepository(*m_database, m_clock).list().size(), workers);
        // Finished threads took their connections with them.
        QCOMPARE(QSqlDatabase::connectionNames().size(), connectionsBefore);
    }

    void largeJsonRoundTrip()
    {
        IntegrationRepository repository(*m_database, m_clock);
        Integration integration = sampleIntegration();
        integration.settings = largeSettings();
        const Integration created = repository.create(integration);
        QCOMPARE(repository.find(created.id)->settings, integration.settings);
    }

    void integrationUpdateAndActivation()
    {
        IntegrationRepository repository(*m_database, m_clock);
        Integration integration = repository.create(sampleIntegration());
        m_clock.advanceMs(1500);
        integration.name = QStringLiteral("Számlázó");
        integration.rateLimitPerMinute.reset();
        integration.health = HealthStatus::Warning;
        const Integration updated = repository.update(integration);
        QCOMPARE(updated.name, QStringLiteral("Számlázó"));
        QVERIFY(!updated.rateLimitPerMinute);
        QCOMPARE(updated.health, HealthStatus::Warning);
        QCOMPARE(updated.updatedAt, m_clock.now());
        QCOMPARE(updated.createdAt, integration.createdAt);

        repository.setActive(integration.id, false);
        QVERIFY(!repository.find(integration.id)->active);
        QCOMPARE(repository.list().size(), 1);
        repository.remove(integration.id);
        QVERIFY(!repository.find(integration.id));
        QVERIFY_THROWS_EXCEPTION(Error, repository.remove(integration.id));
    }

    void invalidIntegrationIsRefusedAndNothingStored()
    {
        IntegrationRepository repository(*m_database, m_clock);
        Integration integration = sampleIntegration();
        integration.name = QStringLiteral("  ");
        integration.provider = QStringLiteral("unknown-erp");
        integration.endpointUrl = QStringLiteral("ftp://example.hu");
        try {
            repository.create(integration);
            QFAIL("an invalid integration was stored");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QLatin1String("name is empty")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QLatin1String("unknown-erp")), qPrintable(error.message()));
            QVERIFY2(error.message().contains(QLatin1String("ftp://example.hu")), qPrintable(error.message()));
        }
        QVERIFY(repository.list().isEmpty());
    }

    void subscriptionRoundTrip()
    {
        const Integration integration = IntegrationRepository(*m_database, m_clock).create(sampleIntegration());
        WebhookSubscriptionRepository repository(*m_database, m_clock);
        WebhookSubscription subscription;
        subscription.integrationId = integration.id;
        subscription.name = QStringLiteral("Műszaki ellenőrzés értesítő");
        subscription.endpointUrl = QStringLiteral("https://hooks.example.hu/garagereg?token=ábc");
        subscription.eventTypes = {QStringLiteral("gate.inspection_due"), QStringLiteral("work_order.completed")};
        subscription.eventFilters = QJsonObject{{QStringLiteral("priority"),
                                                 QJsonArray{QStringLiteral("high"), QStringLiteral("critical")}},
                                                {QStringLiteral("gate.site"), QStringLiteral("Győr")}};
        subscription.signatureScheme = SignatureScheme::StandardWebhooks;
        subscription.signatureHeader = QStringLiteral("X-Custom-Signature");
        subscription.maxRetries = 5;
        subscription.retryDelaysSeconds = {5, 300, 1800};
        subscription.timeoutSeconds = 15;
        subscription.organizationId = QStringLiteral("org-győr");
        const WebhookSubscription created = repository.create(subscription);
        QVERIFY(created.id > 0);
        QCOMPARE(*repository.find(created.id), created);
        QCOMPARE(repository.listForIntegration(integration.id).size(), 1);

        WebhookSubscription changed = created;
        changed.active = false;
        changed.disabledReason = QStringLiteral("410 Gone: a végpont megszűnt");
        repository.update(changed);
        QCOMPARE(repository.find(created.id)->disabledReason, changed.disabledReason);

        // Deleting the integration removes its subscriptions.
        IntegrationRepository(*m_database, m_clock).remove(integration.id);
        QVERIFY(repository.list().isEmpty());
    }

    void subscriptionNeedsExistingIntegration()
    {
        WebhookSubscription subscription;
        subscription.integrationId = 4242;
        subscription.name = QStringLiteral("árva");
        subscription.endpointUrl = QStringLiteral("https://example.hu/hook");
        subscription.eventTypes = {QStringLiteral("gate.created")};
        try {
            WebhookSubscriptionRepository(*m_database, m_clock).create(subscription);
            QFAIL("a subscription without an integration was stored");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QLatin1String("4242")), qPrintable(error.message()));
        }
    }

    void partRoundTripAndTombstone()
    {
        PartRepository repository(*m_database, m_clock);
        Part part;
        part.partNumber = QStringLiteral("MOT-800/24V");
        part.name = QStringLiteral("Kapumozgató motor 800 N");
        part.description = hungarian;
        part.category = QStringLiteral("Motorok");
        part.unit = QStringLiteral("db");
        part.unitPriceMinor = 12'999'000; // HUF has no minor unit
        part.vatCode = QStringLiteral("27%");
        part.stockQuantity = 2;
        part.minimumStock = 5;
        part.supplier = QStringLiteral("Kapuelektronika Zrt.");
        const Part created = repository.create(part);
        QCOMPARE(*repository.findByNumber(part.partNumber), created);
        QVERIFY(created.isLowOnStock());
        QVERIFY_THROWS_EXCEPTION(Error, repository.create(part)); // duplicate part number

        repository.markDeleted(part.partNumber);
        QVERIFY(repository.list().isEmpty());
        QCOMPARE(repository.list(true).size(), 1);
        QVERIFY(repository.findByNumber(part.partNumber)->isDeleted());
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
