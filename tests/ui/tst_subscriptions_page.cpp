#include "app/services/WebhookEventService.h"
#include "models/common/Clock.h"
#include "models/items/SubscriptionListModel.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/WebhookSubscriptionRepository.h"
#include "models/webhooks/WebhookSignature.h"
#include "tests/support/InMemorySecretStore.h"
#include "tests/support/LoopbackReceiver.h"
#include "tests/support/TestDatabase.h"
#include "ui/GuiServices.h"
#include "ui/SubscriptionForm.h"
#include "ui/SubscriptionsPage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QtTest>

using namespace garagereg;
using namespace garagereg::test;

class TestSubscriptionsPage : public QObject
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
    QList<Integration> m_integrations;

    static void type(SubscriptionForm &form, const char *field, const QString &text)
    {
        form.findChild<QLineEdit *>(QLatin1String(field))->setText(text);
    }

    static void check(SubscriptionForm &form, const QString &eventType)
    {
        auto *events = form.findChild<QListWidget *>(QStringLiteral("subscriptionEvents"));
        const QList<QListWidgetItem *> items = events->findItems(eventType, Qt::MatchExactly);
        QVERIFY(items.size() == 1);
        items.first()->setCheckState(Qt::Checked);
    }

    static void setFilter(SubscriptionForm &form, const QString &text)
    {
        form.findChild<QPlainTextEdit *>(QStringLiteral("subscriptionFilters"))->setPlainText(text);
    }

    // A page whose form fills in a valid subscription to `url`, and which
    // records the secrets it was asked to show.
    std::unique_ptr<SubscriptionsPage> pageCreating(const QUrl &url, QList<QByteArray> *shownSecrets)
    {
        auto page = std::make_unique<SubscriptionsPage>(*m_services);
        const QList<Integration> integrations = m_integrations;
        page->setEditor(
            [integrations, url](const WebhookSubscription &blank) -> std::optional<SubscriptionsPage::Entry> {
                SubscriptionForm form(blank, integrations);
                type(form, "subscriptionName", QStringLiteral("Szerviz partner – Debrecen"));
                type(form, "subscriptionUrl", url.toString());
                check(form, QStringLiteral("work_order.completed"));
                setFilter(form, QStringLiteral(R"({"priority": ["high"]})"));
                form.findChild<QSpinBox *>(QStringLiteral("subscriptionTimeout"))->setValue(12);
                if (!form.canSave())
                    qFatal("the form refused valid input: %s", qPrintable(form.problemText()));
                return SubscriptionsPage::Entry{form.subscription(), form.secret()};
            });
        page->setSecretPresenter([shownSecrets](const QString &, const QByteArray &secret) { *shownSecrets << secret; });
        page->setConfirmer([](const QString &) { return true; });
        return page;
    }

    WebhookSubscription onlySubscription() const
    {
        const QList<WebhookSubscription> stored = WebhookSubscriptionRepository(*m_database, m_clock).list();
        if (stored.size() != 1)
            qFatal("expected one subscription, found %d", int(stored.size()));
        return stored.first();
    }

private slots:
    void init()
    {
        m_testDatabase = std::make_unique<TestDatabase>();
        m_database = m_testDatabase->open();
        m_events = std::make_unique<WebhookEventService>(*m_database, m_clock);
        m_services.reset(new GuiServices{*m_database, m_secrets, m_clock, m_network, *m_events, nullptr, nullptr});
        Integration integration;
        integration.name = QStringLiteral("Szervizpartnerek");
        integration.provider = QStringLiteral("custom");
        m_integrations = {IntegrationRepository(*m_database, m_clock).create(integration)};
    }

    void cleanup()
    {
        m_services.reset();
        m_events.reset();
        m_database.reset();
        m_testDatabase.reset();
    }

    void creatingThroughTheFormStoresItAndShowsTheSecretOnce()
    {
        QList<QByteArray> shown;
        auto page = pageCreating(QUrl(QStringLiteral("https://partner.example.hu/hooks")), &shown);
        page->createSubscription();
        QTRY_COMPARE(page->model()->rowCount(), 1);

        const WebhookSubscription stored = onlySubscription();
        QCOMPARE(stored.name, QStringLiteral("Szerviz partner – Debrecen"));
        QCOMPARE(stored.integrationId, m_integrations.first().id);
        QCOMPARE(stored.eventTypes, QStringList{QStringLiteral("work_order.completed")});
        QCOMPARE(stored.eventFilters.value(QLatin1String("priority")).toArray().first().toString(),
                 QStringLiteral("high"));
        QCOMPARE(stored.timeoutSeconds, 12);
        // The generated secret was shown once and lives in the keychain, not in the row.
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().size() >= 16);
        QCOMPARE(m_secrets.entries().value(stored.secretRef), shown.first());
        QVERIFY(!stored.secretRef.contains(QString::fromUtf8(shown.first())));
        QVERIFY2(page->statusText().contains(QLatin1String("created")), qPrintable(page->statusText()));
    }

    void aTypedSecretIsStoredAndNotShown()
    {
        SubscriptionForm form(WebhookSubscription{}, m_integrations);
        type(form, "subscriptionName", QStringLiteral("Saját kulcs"));
        type(form, "subscriptionUrl", QStringLiteral("https://partner.example.hu/hooks"));
        check(form, QStringLiteral("gate.inspection_due"));
        type(form, "subscriptionSecret", QStringLiteral("short"));
        QVERIFY(!form.canSave());
        QVERIFY2(form.problemText().contains(QLatin1String("16 characters")), qPrintable(form.problemText()));
        type(form, "subscriptionSecret", QStringLiteral("a-long-enough-shared-secret"));
        QVERIFY2(form.canSave(), qPrintable(form.problemText()));
        QCOMPARE(form.secret(), QByteArrayLiteral("a-long-enough-shared-secret"));
    }

    void invalidInputKeepsSaveDisabledWithTheReason()
    {
        SubscriptionForm form(WebhookSubscription{}, m_integrations);
        QVERIFY(!form.canSave());
        QVERIFY2(form.problemText().contains(QLatin1String("name is empty")), qPrintable(form.problemText()));
        QVERIFY2(form.problemText().contains(QLatin1String("at least one event type")), qPrintable(form.problemText()));

        type(form, "subscriptionName", QStringLiteral("Partner"));
        type(form, "subscriptionUrl", QStringLiteral("ftp://partner.hu/hook"));
        check(form, QStringLiteral("work_order.completed"));
        QVERIFY(!form.canSave());
        QVERIFY2(form.problemText().contains(QLatin1String("ftp://partner.hu/hook")), qPrintable(form.problemText()));
        type(form, "subscriptionUrl", QStringLiteral("https://partner.hu/hook"));
        QVERIFY2(form.canSave(), qPrintable(form.problemText()));

        // The filter is checked as it is typed.
        setFilter(form, QStringLiteral(R"({"priority": )"));
        QVERIFY(!form.canSave());
        QVERIFY2(form.problemText().contains(QLatin1String("not valid JSON")), qPrintable(form.problemText()));
        setFilter(form, QStringLiteral(R"({"count": {"$between": [1, 2]}})"));
        QVERIFY(!form.canSave());
        QVERIFY2(form.problemText().contains(QLatin1String("$between")), qPrintable(form.problemText()));
        setFilter(form, QStringLiteral(R"({"count": {"$gte": 2}})"));
        QVERIFY2(form.canSave(), qPrintable(form.problemText()));

        type(form, "subscriptionRetryDelays", QStringLiteral("60, soon"));
        QVERIFY(!form.canSave());
        QVERIFY2(form.problemText().contains(QLatin1String("whole seconds")), qPrintable(form.problemText()));
        type(form, "subscriptionHeader", QStringLiteral("X Bad Header"));
        QVERIFY2(form.problemText().contains(QLatin1String("X Bad Header")), qPrintable(form.problemText()));
    }

    void withoutIntegrationsTheFormSaysWhatToDoFirst()
    {
        SubscriptionForm form(WebhookSubscription{}, {});
        QVERIFY(!form.canSave());
        QVERIFY2(form.problemText().contains(QLatin1String("Create an integration first")),
                 qPrintable(form.problemText()));
    }

    void retryPreviewFollowsTheSettings()
    {
        SubscriptionForm form(WebhookSubscription{}, m_integrations);
        form.findChild<QSpinBox *>(QStringLiteral("subscriptionMaxRetries"))->setValue(3);
        type(form, "subscriptionRetryDelays", QStringLiteral("60, 300"));
        // The last delay repeats: 1 min, then 5 min, 5 min; 11 min in all.
        const QString preview = form.retryPreviewText();
        QVERIFY2(preview.contains(QLatin1String("retry 1 after 1 min (1 min in all)")), qPrintable(preview));
        QVERIFY2(preview.contains(QLatin1String("retry 3 after 5 min (11 min in all)")), qPrintable(preview));
        QVERIFY2(!preview.contains(QLatin1String("retry 4")), qPrintable(preview));

        form.findChild<QSpinBox *>(QStringLiteral("subscriptionMaxRetries"))->setValue(0);
        QVERIFY2(form.retryPreviewText().contains(QLatin1String("One attempt")), qPrintable(form.retryPreviewText()));
        QCOMPARE(SubscriptionForm::durationText(5400), QStringLiteral("1 h 30 min"));
        QCOMPARE(SubscriptionForm::durationText(2 * 24 * 3600), QStringLiteral("2 d"));
    }

    void testPingIsSignedWithTheStoredSecretAndShowsTheAnswer()
    {
        LoopbackReceiver receiver;
        receiver.setDefaultResponse({202, {{"Content-Type", "text/plain"}}, "pong from partner"});
        QList<QByteArray> shown;
        auto page = pageCreating(receiver.url(), &shown);
        page->createSubscription();
        QTRY_COMPARE(page->model()->rowCount(), 1);

        page->selectRow(0);
        QSignalSpy finished(page.get(), &SubscriptionsPage::actionFinished);
        page->pingSelected();
        QVERIFY(finished.wait(15000));
        QVERIFY2(page->pingText().contains(QLatin1String("HTTP 202")), qPrintable(page->pingText()));
        QVERIFY2(page->pingText().contains(QLatin1String("pong from partner")), qPrintable(page->pingText()));

        QCOMPARE(receiver.requestCount(), 1);
        const ReceivedRequest request = receiver.requests().first();
        QCOMPARE(request.header("X-GarageReg-Event"), QByteArrayLiteral("ping"));
        const WebhookSignature::Verification verification =
            WebhookSignature::verify(SignatureScheme::GarageReg, shown.first(), request.body,
                                     request.header("X-GarageReg-Signature"), {},
                                     request.header("X-GarageReg-Timestamp").toLongLong(), 300, m_clock.now());
        QVERIFY2(verification.valid, qPrintable(verification.reason));
    }

    void aFailedPingSaysWhy()
    {
        LoopbackReceiver receiver;
        receiver.setDefaultResponse({500, {}, "database down"});
        QList<QByteArray> shown;
        auto page = pageCreating(receiver.url(), &shown);
        page->createSubscription();
        QTRY_COMPARE(page->model()->rowCount(), 1);
        page->selectRow(0);
        QSignalSpy finished(page.get(), &SubscriptionsPage::actionFinished);
        page->pingSelected();
        QVERIFY(finished.wait(15000));
        QVERIFY2(page->pingText().contains(QLatin1String("failed")), qPrintable(page->pingText()));
        QVERIFY2(page->pingText().contains(QLatin1String("HTTP 500")), qPrintable(page->pingText()));
        QVERIFY2(page->pingText().contains(QLatin1String("database down")), qPrintable(page->pingText()));
    }

    void rotatingShowsTheNewSecretOnceAndDeletingRemovesIt()
    {
        QList<QByteArray> shown;
        auto page = pageCreating(QUrl(QStringLiteral("https://partner.example.hu/hooks")), &shown);
        page->createSubscription();
        QTRY_COMPARE(page->model()->rowCount(), 1);
        const QString ref = onlySubscription().secretRef;

        QString asked;
        page->setConfirmer([&asked](const QString &question) {
            asked = question;
            return true;
        });
        page->selectRow(0);
        page->rotateSelectedSecret();
        QTRY_COMPARE(shown.size(), 2);
        QVERIFY(shown.at(1) != shown.at(0));
        QCOMPARE(m_secrets.entries().value(ref), shown.at(1));
        QVERIFY2(asked.contains(QLatin1String("Szerviz partner")), qPrintable(asked));

        // Declining the confirmation keeps everything.
        page->setConfirmer([](const QString &) { return false; });
        page->selectRow(0);
        page->deleteSelected();
        QCOMPARE(page->model()->rowCount(), 1);

        page->setConfirmer([](const QString &) { return true; });
        page->selectRow(0);
        page->deleteSelected();
        QTRY_COMPARE(page->model()->rowCount(), 0);
        QVERIFY(WebhookSubscriptionRepository(*m_database, m_clock).list().isEmpty());
        QVERIFY(!m_secrets.entries().contains(ref));
    }

    void deactivatingKeepsTheSubscription()
    {
        QList<QByteArray> shown;
        auto page = pageCreating(QUrl(QStringLiteral("https://partner.example.hu/hooks")), &shown);
        page->createSubscription();
        QTRY_COMPARE(page->model()->rowCount(), 1);
        page->selectRow(0);
        page->toggleSelectedActive();
        QVERIFY(!onlySubscription().active);
        page->selectRow(0);
        page->toggleSelectedActive();
        QVERIFY(onlySubscription().active);
    }
};

QTEST_MAIN(TestSubscriptionsPage)
#include "tst_subscriptions_page.moc"
