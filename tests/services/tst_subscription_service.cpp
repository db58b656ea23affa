#include "app/services/SubscriptionService.h"
#include "models/common/AwaitFuture.h"
#include "models/storage/Database.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/WebhookSubscriptionRepository.h"
#include "models/webhooks/WebhookSignature.h"
#include "tests/support/FakeClock.h"
#include "tests/support/InMemorySecretStore.h"
#include "tests/support/TestDatabase.h"

#include <QtTest>

using namespace garagereg;
using namespace garagereg::test;

class TestSubscriptionService : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    InMemorySecretStore m_secrets;
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    WebhookSubscription m_template;

private slots:
    void init()
    {
        m_secrets = InMemorySecretStore();
        m_testDatabase = std::make_unique<TestDatabase>();
        m_database = m_testDatabase->open();
        Integration integration;
        integration.name = QStringLiteral("Partner");
        integration.provider = QStringLiteral("custom");
        m_template = {};
        m_template.integrationId = IntegrationRepository(*m_database, m_clock).create(integration).id;
        m_template.name = QStringLiteral("Értesítés");
        m_template.endpointUrl = QStringLiteral("https://example.hu/hook");
        m_template.eventTypes = {QStringLiteral("gate.created")};
    }

    void cleanup()
    {
        m_database.reset();
        m_testDatabase.reset();
    }

    void generatesAndStoresTheSecretInTheKeychainOnly()
    {
        const SubscriptionOutcome outcome = awaitFuture(
            SubscriptionService(*m_database, m_secrets, m_clock).create(m_template));
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(outcome.subscription->active);
        QCOMPARE(outcome.secret.size(), 64);
        const QString expectedRef = m_database->databaseId() + QStringLiteral("/subscription/")
                                    + QString::number(outcome.subscription->id);
        QCOMPARE(outcome.subscription->secretRef, expectedRef);
        QCOMPARE(m_secrets.entries().value(expectedRef), outcome.secret);
    }

    void givenSecretIsNotEchoed()
    {
        const QByteArray secret = "a-secret-the-receiver-already-has";
        const SubscriptionOutcome outcome = awaitFuture(
            SubscriptionService(*m_database, m_secrets, m_clock).create(m_template, secret));
        QVERIFY(outcome.secret.isEmpty());
        QCOMPARE(m_secrets.entries().value(outcome.subscription->secretRef), secret);
    }

    void keychainFailureStoresNothing()
    {
        m_secrets.setUnavailable(true);
        const SubscriptionOutcome outcome = awaitFuture(
            SubscriptionService(*m_database, m_secrets, m_clock).create(m_template));
        QVERIFY(!outcome.subscription);
        QVERIFY2(outcome.error.contains(QLatin1String("not saved")), qPrintable(outcome.error));
        QVERIFY(WebhookSubscriptionRepository(*m_database, m_clock).list().isEmpty());
    }

    void badSecretsAreRefused()
    {
        SubscriptionService service(*m_database, m_secrets, m_clock);
        QVERIFY(!awaitFuture(service.create(m_template, "short")).error.isEmpty());
        WebhookSubscription standard = m_template;
        standard.signatureScheme = SignatureScheme::StandardWebhooks;
        QVERIFY(!awaitFuture(service.create(standard, "not-a-whsec-secret")).error.isEmpty());
        QVERIFY(WebhookSubscriptionRepository(*m_database, m_clock).list().isEmpty());
        QVERIFY(m_secrets.entries().isEmpty());
    }

    void rotationKeepsThePreviousSecretForTheOverlap()
    {
        WebhookSubscription standard = m_template;
        standard.signatureScheme = SignatureScheme::StandardWebhooks;
        SubscriptionService service(*m_database, m_secrets, m_clock);
        const SubscriptionOutcome created = awaitFuture(service.create(standard));
        const QByteArray oldSecret = created.secret;
        QVERIFY(oldSecret.startsWith("whsec_"));

        const SubscriptionOutcome rotated = awaitFuture(
            service.rotateSecret(created.subscription->id, {}, std::chrono::hours(24)));
        QVERIFY2(rotated.error.isEmpty(), qPrintable(rotated.error));
        QVERIFY(rotated.secret.startsWith("whsec_") && rotated.secret != oldSecret);
        const WebhookSubscription after = *rotated.subscription;
        QCOMPARE(m_secrets.entries().value(after.secretRef), rotated.secret);
        QCOMPARE(m_secrets.entries().value(after.previousSecretRef), oldSecret);
        QCOMPARE(after.previousSecretExpiresAt, m_clock.now().addSecs(24 * 3600));
    }
};

QTEST_GUILESS_MAIN(TestSubscriptionService)
#include "tst_subscription_service.moc"
