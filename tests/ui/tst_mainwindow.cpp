#include "models/storage/Database.h"
#include "models/storage/DatabaseInspector.h"
#include "models/storage/Migrator.h"
#include "models/storage/SqlQuery.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/GuiTestMain.h"
#include "ui/AboutDialog.h"
#include "ui/BackgroundReads.h"
#include "ui/DashboardPage.h"
#include "ui/MainWindow.h"
#include "ui/Page.h"
#include "ui/RowCountTable.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>

using namespace garagereg;
using garagereg::test::TestDatabase;

// The GUI shell on a real database: every page shows the database's real row
// counts, Refresh re-reads them, the status bar names the database, and every
// navigation entry switches the page.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    // Rows inserted by insertRows(), one distinct number per table so that a page
    // showing another table's count is caught.
    static QHash<QString, qint64> insertedRows()
    {
        return {
            {QStringLiteral("integrations"), 2},      {QStringLiteral("webhook_subscriptions"), 3},
            {QStringLiteral("webhook_events"), 4},    {QStringLiteral("webhook_deliveries"), 5},
            {QStringLiteral("delivery_attempts"), 6}, {QStringLiteral("parts"), 7},
            {QStringLiteral("erp_sync_logs"), 8},     {QStringLiteral("erp_sync_log_entries"), 9},
            {QStringLiteral("part_bindings"), 10},
        };
    }

    // Test data through plain SQL (only the test writes SQL; ui/ has none).
    void insertRows() const
    {
        const QSqlDatabase db = m_database->connection();
        const auto rows = insertedRows();
        const auto repeat = [&db](qint64 count, const QString &sql) {
            for (qint64 i = 1; i <= count; ++i)
                execSql(db, QString(sql).replace(QStringLiteral("#"), QString::number(i)));
        };
        repeat(rows[QStringLiteral("integrations")],
               QStringLiteral("INSERT INTO integrations (name, type, provider, created_at, updated_at) "
                              "VALUES ('Integration #', 'webhook', 'test', 0, 0)"));
        repeat(rows[QStringLiteral("webhook_subscriptions")],
               QStringLiteral("INSERT INTO webhook_subscriptions (integration_id, name, endpoint_url, created_at, "
                              "updated_at) SELECT min(id), 'Subscription #', 'https://example.test/hook', 0, 0 "
                              "FROM integrations"));
        repeat(rows[QStringLiteral("webhook_events")],
               QStringLiteral("INSERT INTO webhook_events (event_uuid, event_type, payload, body, occurred_at, "
                              "created_at) VALUES ('event-#', 'gate.created', '{}', '{}', 0, 0)"));
        repeat(rows[QStringLiteral("webhook_deliveries")],
               QStringLiteral("INSERT INTO webhook_deliveries (request_id, event_id, endpoint_url, endpoint_host, "
                              "created_at, updated_at) SELECT 'request-#', min(id), 'https://example.test/hook', "
                              "'example.test', 0, 0 FROM webhook_events"));
        repeat(rows[QStringLiteral("delivery_attempts")],
               QStringLiteral("INSERT INTO delivery_attempts (delivery_id, attempt_number, started_at, request_url) "
                              "SELECT min(id), #, 0, 'https://example.test/hook' FROM webhook_deliveries"));
        repeat(rows[QStringLiteral("parts")],
               QStringLiteral("INSERT INTO parts (part_number, name, created_at, updated_at) "
                              "VALUES ('P-#', 'Part #', 0, 0)"));
        repeat(rows[QStringLiteral("erp_sync_logs")],
               QStringLiteral("INSERT INTO erp_sync_logs (sync_type, started_at) VALUES ('parts_from_erp', 0)"));
        repeat(rows[QStringLiteral("erp_sync_log_entries")],
               QStringLiteral("INSERT INTO erp_sync_log_entries (sync_log_id, operation, direction, outcome, "
                              "created_at) SELECT min(id), 'update', 'from_erp', 'success', 0 FROM erp_sync_logs"));
        // Ten bindings: parts P-1..P-5 to each of the two integrations.
        for (int i = 1; i <= rows[QStringLiteral("part_bindings")]; ++i) {
            execSql(db, QStringLiteral("INSERT INTO part_bindings (integration_id, part_id, external_id) "
                                       "SELECT (SELECT %1(id) FROM integrations), id, 'external-%2' FROM parts "
                                       "WHERE part_number = 'P-%3'")
                            .arg(i <= 5 ? QStringLiteral("min") : QStringLiteral("max"))
                            .arg(i)
                            .arg((i - 1) % 5 + 1));
        }
    }

    Page *page(Section section) const
    {
        auto *page = m_window->findChild<Page *>(QStringLiteral("page-") + SectionInfo::key(section));
        if (!page)
            qFatal("no page for section %s", qPrintable(SectionInfo::key(section)));
        return page;
    }

    // The tables a page lists, with the row count text it shows for each.
    static QHash<QString, QString> shownCounts(const Page *page)
    {
        const auto *table = page->findChild<RowCountTable *>();
        QHash<QString, QString> shown;
        if (!table)
            return shown;
        for (int row = 0; row < table->rowCount(); ++row)
            shown.insert(table->item(row, RowCountTable::TableColumn)->text(),
                         table->item(row, RowCountTable::RowsColumn)->text());
        return shown;
    }

    // The tables each section page lists (the dashboard lists every table).
    static QStringList expectedTables(Section section)
    {
        switch (section) {
        case Section::Dashboard: return {};
        case Section::Integrations: return {QStringLiteral("integrations")};
        case Section::Subscriptions: return {QStringLiteral("webhook_subscriptions")};
        case Section::Deliveries:
            return {QStringLiteral("webhook_deliveries"), QStringLiteral("delivery_attempts"),
                    QStringLiteral("webhook_events")};
        case Section::ErpSync:
            return {QStringLiteral("erp_sync_logs"), QStringLiteral("erp_sync_log_entries"),
                    QStringLiteral("part_bindings")};
        case Section::Parts: return {QStringLiteral("parts")};
        case Section::TriggerEvent:
        case Section::Settings: return {};
        }
        return {};
    }

    // What every page is expected to show for its tables.
    static QHash<QString, QString> expectedTexts(Section section, const QHash<QString, qint64> &counts)
    {
        QHash<QString, QString> expected;
        QStringList tables = expectedTables(section);
        if (section == Section::Dashboard)
            tables = counts.keys();
        for (const QString &table : std::as_const(tables))
            expected.insert(table, QLocale().toString(counts.value(table)));
        return expected;
    }

    // Every table of the schema with its count: the inserted rows, 0 for the other
    // section tables, and what the database says for its own bookkeeping tables.
    QHash<QString, qint64> allCounts(const QHash<QString, qint64> &sectionCounts) const
    {
        QHash<QString, qint64> counts;
        for (const TableRowCount &count : DatabaseInspector(*m_database).tableRowCounts())
            counts.insert(count.table, count.rows);
        for (const Section section : SectionInfo::all()) {
            for (const QString &table : expectedTables(section))
                counts.insert(table, sectionCounts.value(table, 0));
        }
        return counts;
    }

    void verifyPagesShow(const QHash<QString, qint64> &counts)
    {
        for (const Section section : SectionInfo::all()) {
            const QHash<QString, QString> shown = shownCounts(page(section));
            const QHash<QString, QString> expected = expectedTexts(section, counts);
            if (shown != expected) {
                qWarning() << "page" << SectionInfo::key(section) << "shows" << shown << "expected" << expected;
                QFAIL("a page shows other row counts than the database has");
            }
        }
    }

    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void init()
    {
        m_testDatabase = std::make_unique<TestDatabase>();
        m_database = m_testDatabase->open();
        m_window = std::make_unique<MainWindow>(*m_database);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_database.reset();
        m_testDatabase.reset();
    }

    void opensWithASensibleSizeOnTheDashboard()
    {
        QVERIFY(m_window->width() >= 1000 && m_window->height() >= 650);
        QCOMPARE(m_window->currentSection(), Section::Dashboard);
        QVERIFY(!m_window->windowIcon().isNull());
    }

    void freshDatabaseShowsZeroRows() { verifyPagesShow(allCounts({})); }

    void countsReadInTheBackgroundReachThePages()
    {
        BackgroundReads reads;
        MainWindow window(*m_database, &reads);
        auto *dashboard = new DashboardPage;
        window.installPage(dashboard);
        const auto *schema = window.statusBar()->findChild<QLabel *>(QStringLiteral("schemaLabel"));
        QVERIFY(schema);
        const auto countShown = [](const DashboardPage *page) {
            const auto *card = page->findChild<QWidget *>(QStringLiteral("card-deliveries"));
            return card && card->findChild<QLabel *>(QStringLiteral("cardValue"))->text() != QStringLiteral("\u2014");
        };
        QTRY_VERIFY_WITH_TIMEOUT(schema->text().contains(QString::number(latestSchemaVersion())), 20000);
        QVERIFY(countShown(dashboard));
        // A page installed after the read gets the counts at once.
        auto *later = new DashboardPage;
        window.installPage(later);
        QVERIFY(countShown(later));
    }

    void refreshShowsTheRealCounts()
    {
        insertRows();
        // Nothing re-reads the database by itself yet ...
        verifyPagesShow(allCounts({}));

        QAction *refresh = m_window->findChild<QAction *>(QStringLiteral("refreshAction"));
        QVERIFY(refresh);
        QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));
        refresh->trigger();
        verifyPagesShow(allCounts(insertedRows()));

        // The dashboard cards show each section's main table.
        const auto *card = m_window->findChild<QWidget *>(QStringLiteral("card-deliveries"));
        QVERIFY(card);
        QCOMPARE(card->findChild<QLabel *>(QStringLiteral("cardValue"))->text(), QStringLiteral("5"));
        card = m_window->findChild<QWidget *>(QStringLiteral("card-erp-sync"));
        QVERIFY(card);
        QCOMPARE(card->findChild<QLabel *>(QStringLiteral("cardValue"))->text(), QStringLiteral("8"));
    }

    void f5KeyRefreshes()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        insertRows();
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        verifyPagesShow(allCounts(insertedRows()));
    }

    void missingTableShowsADash()
    {
        execSql(m_database->connection(), QStringLiteral("DROP TABLE erp_sync_log_entries"));
        m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        const QHash<QString, QString> shown = shownCounts(page(Section::ErpSync));
        QCOMPARE(shown.value(QStringLiteral("erp_sync_log_entries")), QStringLiteral("\u2014"));
        QCOMPARE(shown.value(QStringLiteral("erp_sync_logs")), QStringLiteral("0"));
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("refreshError"))->isHidden());
    }

    void statusBarNamesTheDatabaseAndSchemaVersion()
    {
        const auto *database = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("databaseLabel"));
        const auto *schema = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("schemaLabel"));
        QVERIFY(database && schema);
        QVERIFY2(database->text().contains(m_testDatabase->url().toString()), qPrintable(database->text()));
        QVERIFY(database->isVisible());
        if (!m_testDatabase->password().isEmpty())
            QVERIFY(!database->text().contains(m_testDatabase->password()));
        QVERIFY2(schema->text().contains(QString::number(latestSchemaVersion())), qPrintable(schema->text()));
        QVERIFY(schema->isVisible());
    }

    void everyNavigationEntrySwitchesThePage()
    {
        auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(navigation && stack);
        QCOMPARE(navigation->count(), SectionInfo::all().size());

        // Visit them from the last to the first, so every click changes the page.
        for (int row = navigation->count() - 1; row >= 0; --row) {
            QListWidgetItem *item = navigation->item(row);
            const Section section = SectionInfo::all().at(row);
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(item).center());
            QCOMPARE(m_window->currentSection(), section);
            QCOMPARE(stack->currentIndex(), row);
            for (const Section other : SectionInfo::all())
                QCOMPARE(page(other)->isVisible(), other == section);
            QCOMPARE(page(section)->findChild<QLabel *>(QStringLiteral("pageTitle"))->text(), item->text());
            QVERIFY(!page(section)->findChild<QLabel *>(QStringLiteral("pageDescription"))->text().isEmpty());
        }
        QStringList titles;
        for (int row = 0; row < navigation->count(); ++row)
            titles << navigation->item(row)->text();
        QCOMPARE(titles, (QStringList{QStringLiteral("Dashboard"), QStringLiteral("Integrations"),
                                      QStringLiteral("Subscriptions"), QStringLiteral("Trigger event"),
                                      QStringLiteral("Deliveries"), QStringLiteral("ERP Sync"), QStringLiteral("Parts"),
                                      QStringLiteral("Settings")}));
    }

    void viewMenuActionsSwitchThePage()
    {
        auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        for (const Section section : {Section::Parts, Section::Integrations, Section::Dashboard}) {
            auto *action = m_window->findChild<QAction *>(QStringLiteral("showAction-") + SectionInfo::key(section));
            QVERIFY(action);
            action->trigger();
            QCOMPARE(m_window->currentSection(), section);
            QCOMPARE(navigation->currentRow(), SectionInfo::all().indexOf(section));
            QVERIFY(action->isChecked());
        }
    }

    void aboutShowsTheVersion()
    {
        auto *about = m_window->findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        about->trigger();
        auto *dialog = m_window->findChild<AboutDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const auto *version = dialog->findChild<QLabel *>(QStringLiteral("aboutVersion"));
        QVERIFY(version);
        QVERIFY2(version->text().contains(QStringLiteral(GARAGEREG_VERSION)), qPrintable(version->text()));
        QCOMPARE(QCoreApplication::applicationVersion(), QStringLiteral(GARAGEREG_VERSION));
        dialog->close();
    }
};

GARAGEREG_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
