#include "app/services/WebhookEventService.h"
#include "models/common/Clock.h"
#include "models/items/PartTableModel.h"
#include "models/storage/PartRepository.h"
#include "tests/support/InMemorySecretStore.h"
#include "tests/support/TestDatabase.h"
#include "ui/GuiServices.h"
#include "ui/PartsPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QtTest>

using namespace garagereg;
using namespace garagereg::test;

class TestPartsPage : public QObject
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

    void addPart(const QString &number, const QString &name, qint64 stock, qint64 minimum)
    {
        Part part;
        part.partNumber = number;
        part.name = name;
        part.category = QStringLiteral("Motorok");
        part.stockQuantity = stock;
        part.minimumStock = minimum;
        part.unitPriceMinor = 12999;
        PartRepository(*m_database, m_clock).create(part);
    }

private slots:
    void init()
    {
        m_testDatabase = std::make_unique<TestDatabase>();
        m_database = m_testDatabase->open();
        m_events = std::make_unique<WebhookEventService>(*m_database, m_clock);
        m_services.reset(new GuiServices{*m_database, m_secrets, m_clock, m_network, *m_events, nullptr, nullptr});
        addPart(QStringLiteral("MOT-800"), QStringLiteral("Kapunyitó motor 800 N"), 1, 3);
        addPart(QStringLiteral("FOT-01"), QStringLiteral("Fotocella pár"), 10, 2);
        addPart(QStringLiteral("TAV-4"), QStringLiteral("Távirányító 4 csatornás"), 0, 0);
    }

    void cleanup()
    {
        m_services.reset();
        m_events.reset();
        m_database.reset();
        m_testDatabase.reset();
    }

    void showsTheCatalogueAndHighlightsLowStock()
    {
        PartsPage page(*m_services);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.model()->rowCount(), 3);
        int low = 0;
        for (int row = 0; row < 3; ++row) {
            const QModelIndex index = page.model()->index(row, PartTableModel::Name);
            if (index.data(PartTableModel::LowStockRole).toBool()) {
                ++low;
                QCOMPARE(index.data().toString(), QStringLiteral("Kapunyitó motor 800 N"));
            }
        }
        QCOMPARE(low, 1);
        QCOMPARE(page.model()->index(0, PartTableModel::Price).data().toString(), QStringLiteral("12999 HUF"));
        QVERIFY2(page.findChild<QLabel *>(QStringLiteral("partsStatus"))->text().contains(QLatin1String("1 below")),
                 qPrintable(page.findChild<QLabel *>(QStringLiteral("partsStatus"))->text()));
    }

    void searchAndLowStockFilter()
    {
        PartsPage page(*m_services);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.findChild<QLineEdit *>(QStringLiteral("partSearch"))->setText(QStringLiteral("foto"));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->partAt(0).partNumber, QStringLiteral("FOT-01"));
        page.findChild<QLineEdit *>(QStringLiteral("partSearch"))->clear();
        QTRY_COMPARE(page.model()->rowCount(), 3);
        page.findChild<QCheckBox *>(QStringLiteral("lowStockOnly"))->setChecked(true);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->partAt(0).partNumber, QStringLiteral("MOT-800"));
    }

    void refreshSeesNewParts()
    {
        PartsPage page(*m_services);
        addPart(QStringLiteral("NEW-1"), QStringLiteral("Új alkatrész"), 5, 1);
        page.setRowCounts({});
        QCOMPARE(page.model()->rowCount(), 4);
    }
};

QTEST_MAIN(TestPartsPage)
#include "tst_parts_page.moc"
