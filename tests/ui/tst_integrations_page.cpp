#include "adapters/erp/ErpAdapterRegistry.h"
#include "app/services/ErpSyncEngine.h"
#include "app/services/WebhookEventService.h"
#include "models/common/Clock.h"
#include "models/items/IntegrationListModel.h"
#include "models/storage/IntegrationRepository.h"
#include "tests/support/InMemorySecretStore.h"
#include "tests/support/TestDatabase.h"
#include "ui/GuiServices.h"
#include "ui/IntegrationForm.h"
#include "ui/IntegrationsPage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QtTest>

using namespace garagereg;
using namespace garagereg::test;

class TestIntegrationsPage : public QObject
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

    static void type(IntegrationForm &form, const char *field, const QString &text)
    {
        form.findChild<QLineEdit *>(QLatin1String(field))->setText(text);
    }

private slots:
    void init()
    {
        m_testDatabase = std::make_unique<TestDatabase>();
        m_database = m_testDatabase->open();
        m_events = std::make_unique<WebhookEventService>(*m_database, m_clock);
        m_services.reset(new GuiServices{*m_database, m_secrets, m_clock, m_network, *m_events, nullptr, nullptr});
    }

    void cleanup()
    {
        m_services.reset();
        m_events.reset();
        m_database.reset();
        m_testDatabase.reset();
    }

    void creatingThroughTheFormStoresIt()
    {
        IntegrationsPage page(*m_services);
        page.setEditor([](const Integration &blank) -> std::optional<IntegrationsPage::Entry> {
            IntegrationForm form(blank);
            type(form, "integrationName", QStringLiteral("Raktár ERP – Győr"));
            auto *kind = form.findChild<QComboBox *>(QStringLiteral("integrationType"));
            kind->setCurrentIndex(kind->findData(int(IntegrationType::Erp)));
            form.findChild<QComboBox *>(QStringLiteral("integrationProvider"))->setCurrentText(QStringLiteral("dummy"));
            form.findChild<QPlainTextEdit *>(QStringLiteral("integrationSettings"))
                ->setPlainText(QStringLiteral(R"({"seed": 7})"));
            if (!form.canSave())
                qFatal("the form refused valid input: %s", qPrintable(form.problemText()));
            return IntegrationsPage::Entry{form.integration(), {}};
        });
        page.createIntegration();
        const QList<Integration> stored = IntegrationRepository(*m_database, m_clock).list();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().name, QStringLiteral("Raktár ERP – Győr"));
        QCOMPARE(stored.first().type, IntegrationType::Erp);
        QCOMPARE(stored.first().provider, QStringLiteral("dummy"));
        QCOMPARE(stored.first().settings.value(QLatin1String("seed")).toInt(), 7);
        QCOMPARE(stored.first().settings.value(QLatin1String("conflict_policy")).toString(),
                 QStringLiteral("erp_wins"));
        QCOMPARE(page.model()->rowCount(), 1);
    }

    void invalidInputKeepsSaveDisabledWithTheReason()
    {
        IntegrationForm form(Integration{});
        QVERIFY(!form.canSave());
        QVERIFY2(form.problemText().contains(QLatin1String("name is empty")), qPrintable(form.problemText()));

        type(form, "integrationName", QStringLiteral("Partner"));
        type(form, "integrationEndpoint", QStringLiteral("ftp://partner.hu/hook"));
        QVERIFY(!form.canSave());
        QVERIFY2(form.problemText().contains(QLatin1String("ftp://partner.hu/hook")), qPrintable(form.problemText()));

        type(form, "integrationEndpoint", QStringLiteral("https://partner.hu/hook"));
        form.findChild<QPlainTextEdit *>(QStringLiteral("integrationSettings"))
            ->setPlainText(QStringLiteral("{not json"));
        QVERIFY(!form.canSave());
        QVERIFY2(form.problemText().contains(QLatin1String("JSON")), qPrintable(form.problemText()));

        form.findChild<QPlainTextEdit *>(QStringLiteral("integrationSettings"))->setPlainText(QStringLiteral("{}"));
        QVERIFY2(form.canSave(), qPrintable(form.problemText()));
        QVERIFY(form.problemText().isEmpty());
    }

    void activateDeactivateAndDeleteWithConfirmation()
    {
        Integration integration;
        integration.name = QStringLiteral("Régi partner");
        integration.provider = QStringLiteral("custom");
        IntegrationRepository(*m_database, m_clock).create(integration);
        IntegrationsPage page(*m_services);
        page.selectRow(0);
        page.toggleSelectedActive();
        QVERIFY(!IntegrationRepository(*m_database, m_clock).list().first().active);

        QString asked;
        page.setConfirmer([&asked](const QString &question) {
            asked = question;
            return false;
        });
        page.selectRow(0);
        page.deleteSelected();
        QVERIFY2(asked.contains(QStringLiteral("Régi partner")), qPrintable(asked));
        QCOMPARE(IntegrationRepository(*m_database, m_clock).list().size(), 1);

        page.setConfirmer([](const QString &) { return true; });
        page.selectRow(0);
        page.deleteSelected();
        QVERIFY(IntegrationRepository(*m_database, m_clock).list().isEmpty());
        QCOMPARE(page.model()->rowCount(), 0);
    }

    void aCredentialGoesToTheKeychainAndTestConnectionShowsTheAnswer()
    {
        const ErpAdapterRegistry registry = ErpAdapterRegistry::withBuiltInProviders();
        ErpSyncEngine engine(*m_database, m_secrets, m_network, m_clock, registry);
        GuiServices services{*m_database, m_secrets, m_clock, m_network, *m_events, nullptr, &engine};
        IntegrationsPage page(services);
        QString provider = QStringLiteral("dummy");
        page.setEditor([&provider](const Integration &blank) -> std::optional<IntegrationsPage::Entry> {
            IntegrationForm form(blank);
            type(form, "integrationName", QStringLiteral("ERP ") + provider);
            auto *kind = form.findChild<QComboBox *>(QStringLiteral("integrationType"));
            kind->setCurrentIndex(kind->findData(int(IntegrationType::Erp)));
            form.findChild<QComboBox *>(QStringLiteral("integrationProvider"))->setCurrentText(provider);
            type(form, "integrationCredential", QStringLiteral("api-key-123456"));
            if (!form.canSave())
                qFatal("the form refused valid input: %s", qPrintable(form.problemText()));
            return IntegrationsPage::Entry{form.integration(), form.credential()};
        });
        QSignalSpy stored(&page, &IntegrationsPage::credentialStored);
        page.createIntegration();
        QTRY_COMPARE(stored.size(), 1);
        QVERIFY(stored.first().first().toBool());
        const Integration created = IntegrationRepository(*m_database, m_clock).list().first();
        QVERIFY(!created.secretRef.isEmpty());
        QCOMPARE(m_secrets.entries().value(created.secretRef), QByteArrayLiteral("api-key-123456"));

        QSignalSpy tested(&page, &IntegrationsPage::connectionTested);
        page.selectRow(0);
        page.testSelectedConnection();
        QTRY_COMPARE(tested.size(), 1);
        QVERIFY2(tested.first().first().toBool(), qPrintable(page.statusText()));
        QVERIFY2(page.statusText().contains(QLatin1String("works")), qPrintable(page.statusText()));

        provider = QStringLiteral("sap");
        page.createIntegration();
        QTRY_COMPARE(stored.size(), 2);
        page.selectRow(page.model()->rowCount() - 1);
        if (page.model()->integrationAt(page.model()->rowCount() - 1).provider != QLatin1String("sap"))
            page.selectRow(0);
        page.testSelectedConnection();
        QTRY_COMPARE(tested.size(), 2);
        QVERIFY(!tested.at(1).first().toBool());
        QVERIFY2(page.statusText().contains(QLatin1String("failed")), qPrintable(page.statusText()));
    }
};

QTEST_MAIN(TestIntegrationsPage)
#include "tst_integrations_page.moc"
