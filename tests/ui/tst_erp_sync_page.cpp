#include "adapters/erp/DummyErp.h"
#include "adapters/erp/DummyErpAdapter.h"
#include "adapters/erp/ErpAdapterRegistry.h"
#include "app/services/ErpSyncEngine.h"
#include "app/services/WebhookEventService.h"
#include "models/common/Clock.h"
#include "models/items/SyncLogTableModel.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/PartRepository.h"
#include "tests/support/InMemorySecretStore.h"
#include "tests/support/TestDatabase.h"
#include "ui/ErpSyncPage.h"
#include "ui/GuiServices.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace garagereg;
using namespace garagereg::test;

class TestErpSyncPage : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    InMemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    std::shared_ptr<DummyErp> m_erp;
    ErpAdapterRegistry m_registry;
    std::unique_ptr<WebhookEventService> m_events;
    std::unique_ptr<ErpSyncEngine> m_engine;
    std::unique_ptr<GuiServices> m_services;

private slots:
    void init()
    {
        m_testDatabase = std::make_unique<TestDatabase>();
        m_database = m_testDatabase->open();
        m_erp = std::make_shared<DummyErp>(m_clock);
        m_erp->addSeedParts();
        DummyErpOptions options = m_erp->options();
        options.latencyMs = 25; // every request takes a while: the sync is long
        m_erp->setOptions(options);
        m_registry.registerProvider(QStringLiteral("dummy"), [erp = m_erp](const ErpAdapterContext &) {
            return std::make_unique<DummyErpAdapter>(erp);
        });
        m_events = std::make_unique<WebhookEventService>(*m_database, m_clock);
        m_engine = std::make_unique<ErpSyncEngine>(*m_database, m_secrets, m_network, m_clock, m_registry);
        m_engine->setPageSize(2);
        m_services.reset(
            new GuiServices{*m_database, m_secrets, m_clock, m_network, *m_events, nullptr, m_engine.get()});
        Integration integration;
        integration.name = QStringLiteral("Dummy ERP");
        integration.type = IntegrationType::Erp;
        integration.provider = QStringLiteral("dummy");
        IntegrationRepository(*m_database, m_clock).create(integration);
    }

    void cleanup()
    {
        m_services.reset();
        m_engine.reset();
        m_events.reset();
        m_database.reset();
        m_testDatabase.reset();
    }

    void aLongSyncKeepsTheEventLoopTurning()
    {
        ErpSyncPage page(*m_services);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&page, &ErpSyncPage::syncFinished);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);

        page.findChild<QPushButton *>(QStringLiteral("runSync"))->click();
        QVERIFY(page.isSyncing());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("runSync"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
        QVERIFY2(ticks > 5, qPrintable(QString::number(ticks))); // timers fired while the sync ran
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->logAt(0).status, SyncStatus::Success);
        QCOMPARE(PartRepository(*m_database, m_clock).list().size(), m_erp->liveCount());
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("syncResult"))->text().contains(QLatin1String("success")));
    }

    void chosenPartsOnlyAndTheRunsRecordsAreShown()
    {
        ErpSyncPage page(*m_services);
        QSignalSpy finished(&page, &ErpSyncPage::syncFinished);
        const QString wanted = m_erp->parts().first().partNumber;
        page.findChild<QComboBox *>(QStringLiteral("syncDirection"))->setCurrentIndex(1); // from the ERP
        page.findChild<QLineEdit *>(QStringLiteral("syncPartNumbers"))
            ->setText(QStringLiteral(" ") + wanted + QStringLiteral(", "));
        page.findChild<QCheckBox *>(QStringLiteral("syncForce"))->setChecked(true);
        page.startSync();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
        QCOMPARE(PartRepository(*m_database, m_clock).list().size(), 1);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->data(page.model()->index(0, SyncLogTableModel::Integration)).toString(),
                 QStringLiteral("Dummy ERP")); // the name, not the id

        page.showRunDetail(0);
        auto *entries = page.findChild<QTableWidget *>(QStringLiteral("syncEntries"));
        QVERIFY(entries->rowCount() >= 1);
        QCOMPARE(entries->item(0, 0)->text(), wanted);
        QCOMPARE(entries->item(0, 3)->text(), QStringLiteral("success"));
    }

    void aConflictNamesTheFieldsThatDiffer()
    {
        SyncConflict conflict;
        conflict.partNumber = QStringLiteral("KM-800");
        conflict.localRecord = {{QStringLiteral("name"), QStringLiteral("Kapunyitó motor")},
                                {QStringLiteral("unit_price_minor"), 1299900},
                                {QStringLiteral("updated_at"), QStringLiteral("2026-12-01T10:00:00Z")}};
        conflict.remoteRecord = {{QStringLiteral("name"), QStringLiteral("Kapunyitó motor")},
                                 {QStringLiteral("unit_price_minor"), 1349900},
                                 {QStringLiteral("updated_at"), QStringLiteral("2026-12-01T11:00:00Z")}};
        const QString text = ErpSyncPage::conflictText(conflict);
        QVERIFY2(text.contains(QLatin1String("unit_price_minor: here 1299900, in the ERP 1349900")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("name")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("updated_at")), qPrintable(text));
    }

    void cancelStopsTheRun()
    {
        ErpSyncPage page(*m_services);
        QSignalSpy finished(&page, &ErpSyncPage::syncFinished);
        QSignalSpy progress(m_engine.get(), &ErpSyncEngine::progress);
        page.startSync();
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 1, 30000);
        page.findChild<QPushButton *>(QStringLiteral("cancelSync"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
        QCOMPARE(page.model()->logAt(0).status, SyncStatus::Cancelled);
        QVERIFY(PartRepository(*m_database, m_clock).list().size() < m_erp->liveCount());
    }
};

QTEST_MAIN(TestErpSyncPage)
#include "tst_erp_sync_page.moc"
