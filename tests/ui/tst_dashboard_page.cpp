#include "app/services/WebhookEventService.h"
#include "models/storage/DatabaseInspector.h"
#include "models/storage/DeliveryRepository.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/SqlQuery.h"
#include "models/storage/WebhookSubscriptionRepository.h"
#include "tests/support/FakeClock.h"
#include "tests/support/InMemorySecretStore.h"
#include "tests/support/TestDatabase.h"
#include "tests/ui/GuiTestMain.h"
#include "ui/BackgroundReads.h"
#include "ui/BarChart.h"
#include "ui/DailyRateChart.h"
#include "ui/DashboardPage.h"
#include "ui/GuiServices.h"
#include "ui/IntegrationHealthModel.h"
#include "ui/LiveUpdates.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QToolTip>

using namespace garagereg;
using namespace garagereg::test;

namespace {
// LiveUpdates coalesces for 400 ms and polls every 5 s; leave room for a slow machine.
constexpr int liveWaitMs = 15000;
} // namespace

// The dashboard on a real database of each backend: deliveries and attempts in
// known states, written through the core, show up as counts, health, failures
// and daily success rates; a real LiveUpdates keeps a visible page current.
class TestDashboardPage : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    InMemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<WebhookEventService> m_events;
    std::unique_ptr<LiveUpdates> m_liveUpdates;
    std::unique_ptr<GuiServices> m_services;
    int m_eventNumber = 0;

    qint64 createIntegration(const QString &name)
    {
        Integration integration;
        integration.name = name;
        integration.provider = QStringLiteral("custom");
        return IntegrationRepository(*m_database, m_clock).create(integration).id;
    }

    WebhookSubscription subscribe(qint64 integrationId, const QString &name)
    {
        WebhookSubscription subscription;
        subscription.integrationId = integrationId;
        subscription.name = name;
        subscription.endpointUrl = QStringLiteral("https://receiver.example.hu/") + name;
        subscription.eventTypes = {QStringLiteral("gate.created")};
        return WebhookSubscriptionRepository(*m_database, m_clock).create(subscription);
    }

    // A delivery with one attempt per status (200 succeeds, 0 is a timeout,
    // anything else an HTTP error), each lasting `durationMs`; it ends as `last`.
    QString deliver(const WebhookSubscription &subscription, const QList<int> &statuses, DeliveryStatus last,
                    qint64 durationMs = 100)
    {
        WebhookEvent event;
        event.eventUuid = QStringLiteral("dashboard-event-%1").arg(++m_eventNumber);
        event.eventType = QStringLiteral("gate.created");
        event.body = "{}";
        event.occurredAt = m_clock.now();
        DeliveryRepository repository(*m_database, m_clock);
        const QString requestId = repository.insertEvent(event, {subscription}).first();
        for (qsizetype i = 0; i < statuses.size(); ++i)
            attempt(requestId, statuses.at(i), i + 1 == statuses.size() ? last : DeliveryStatus::Retrying, durationMs);
        return requestId;
    }

    void attempt(const QString &requestId, int status, DeliveryStatus newStatus, qint64 durationMs = 100)
    {
        DeliveryRepository repository(*m_database, m_clock);
        const Delivery delivery = *repository.findByRequestId(requestId);
        AttemptRecord record;
        record.attempt.startedAt = m_clock.now();
        record.attempt.durationMs = durationMs;
        record.attempt.url = delivery.endpointUrl;
        record.succeeded = status == 200;
        if (status != 0)
            record.attempt.responseStatus = status;
        if (!record.succeeded)
            record.attempt.errorClass = status == 0 ? QStringLiteral("timeout") : QStringLiteral("http");
        record.newStatus = newStatus;
        record.nextAttemptAt = m_clock.now().addSecs(60);
        repository.recordAttempt(delivery, record);
        m_clock.advanceMs(1000);
    }

    static QHash<QString, qint64> barValues(const BarChart *chart)
    {
        QHash<QString, qint64> values;
        for (const BarChart::Bar &bar : chart->bars())
            values.insert(bar.label, bar.value);
        return values;
    }

    static QString cardValue(const DashboardPage &page, const char *section)
    {
        const auto *card = page.findChild<QWidget *>(QStringLiteral("card-") + QLatin1String(section));
        return card ? card->findChild<QLabel *>(QStringLiteral("cardValue"))->text() : QString();
    }

    static int rowOf(const IntegrationHealthModel *model, const QString &name)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, IntegrationHealthModel::Name).data().toString() == name)
                return row;
        }
        return -1;
    }

    static QString cell(const IntegrationHealthModel *model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }

    static qint64 pending(const DashboardPage &page)
    {
        return barValues(page.statusChart()).value(QStringLiteral("Pending"));
    }

    std::unique_ptr<DashboardPage> shownPage()
    {
        auto page = std::make_unique<DashboardPage>(*m_services);
        // What MainWindow does once at start: every table counted, handed to each page.
        RowCounts counts;
        for (const TableRowCount &count : DatabaseInspector(m_services->database).tableRowCounts())
            counts.insert(count.table, count.rows);
        page->setRowCounts(counts);
        page->resize(1000, 800);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            qWarning("the dashboard was not exposed");
        return page;
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 1, 15), QTime(8, 30), Qt::UTC));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_testDatabase = std::make_unique<TestDatabase>();
        m_database = m_testDatabase->open();
        m_events = std::make_unique<WebhookEventService>(*m_database, m_clock);
        m_services = std::make_unique<GuiServices>(
            GuiServices{*m_database, m_secrets, m_clock, m_network, *m_events, nullptr, nullptr, nullptr});
    }

    void cleanup()
    {
        m_services.reset();
        m_liveUpdates.reset();
        m_events.reset();
        m_database.reset();
        m_testDatabase.reset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void statisticsReadInTheBackgroundArriveAfterThePage()
    {
        const qint64 integration = createIntegration(QStringLiteral("Kapunapló"));
        const WebhookSubscription subscription = subscribe(integration, QStringLiteral("first"));
        deliver(subscription, {200}, DeliveryStatus::Delivered);
        deliver(subscription, {503}, DeliveryStatus::Retrying);
        BackgroundReads reads;
        m_services->backgroundReads = &reads;
        const auto page = shownPage();
        // The page is up before the numbers: they come from the reading thread.
        QTRY_COMPARE_WITH_TIMEOUT(page->statisticsReads(), 1, 20000);
        const QHash<QString, qint64> statuses = barValues(page->statusChart());
        QCOMPARE(statuses.value(QStringLiteral("Delivered")), 1);
        QCOMPARE(statuses.value(QStringLiteral("Retrying")), 1);
        QCOMPARE(page->healthModel()->rowCount(), 1);
        QVERIFY(!page->isStale());

        // A change while shown is read again, also in the background.
        deliver(subscription, {200}, DeliveryStatus::Delivered);
        page->deliveriesChanged();
        QTRY_COMPARE_WITH_TIMEOUT(barValues(page->statusChart()).value(QStringLiteral("Delivered")), 2, 20000);
        m_services->backgroundReads = nullptr;
    }

    void emptyDatabaseShowsTheEmptyStates()
    {
        const auto page = shownPage();
        QCOMPARE(page->statisticsReads(), 1);
        QVERIFY(!page->isStale());
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("dashboardError"))->isHidden());

        QCOMPARE(page->healthModel()->rowCount(), 0);
        QVERIFY(page->healthView()->isHidden());
        const auto *healthEmpty = page->findChild<QLabel *>(QStringLiteral("healthEmpty"));
        QVERIFY(healthEmpty->isVisible());
        QVERIFY(healthEmpty->text().startsWith(QStringLiteral("No integrations yet")));

        QVERIFY(page->statusChart()->isEmpty());
        QCOMPARE(page->statusChart()->emptyText(), QStringLiteral("No deliveries yet"));
        QVERIFY(page->failureChart()->isEmpty());
        QCOMPARE(page->failureChart()->emptyText(), QStringLiteral("No deliveries yet"));
        QVERIFY(page->successChart()->isEmpty());
        QCOMPARE(page->successChart()->emptyText(), QStringLiteral("No deliveries yet"));
        QCOMPARE(page->successChart()->days().size(), DashboardPage::chartDays);
        // Screen readers hear the empty state too.
        QCOMPARE(page->statusChart()->accessibleDescription(), QStringLiteral("No deliveries yet"));
        QVERIFY(!page->statusChart()->accessibleName().isEmpty());
        QVERIFY(!page->successChart()->accessibleName().isEmpty());
        QVERIFY(page->statusChart()->toolTipAt(page->statusChart()->rect().center()).isEmpty());

        QCOMPARE(cardValue(*page, "deliveries"), QStringLiteral("0"));
        QCOMPARE(cardValue(*page, "integrations"), QStringLiteral("0"));
        // Sections without a table of their own get no card.
        QVERIFY(!page->findChild<QWidget *>(QStringLiteral("card-settings")));
    }

    void showsDeliveriesInKnownStates()
    {
        const qint64 gateLog = createIntegration(QStringLiteral("Kapunapló"));
        const qint64 quiet = createIntegration(QStringLiteral("Csendes ERP"));
        const WebhookSubscription first = subscribe(gateLog, QStringLiteral("first"));
        const WebhookSubscription second = subscribe(gateLog, QStringLiteral("second"));
        subscribe(quiet, QStringLiteral("quiet"));

        // Yesterday: two deliveries that succeeded at once.
        m_clock.advanceMs(-24 * 3600 * 1000);
        deliver(first, {200}, DeliveryStatus::Delivered, 300);
        deliver(second, {200}, DeliveryStatus::Delivered, 300);
        m_clock.advanceMs(24 * 3600 * 1000);
        // Today: delivered on the second try, still retrying, failed for good, not attempted yet.
        deliver(first, {500, 200}, DeliveryStatus::Delivered);
        deliver(second, {503}, DeliveryStatus::Retrying);
        deliver(first, {0, 500, 500}, DeliveryStatus::Failed);
        deliver(second, {}, DeliveryStatus::Pending);

        const auto page = shownPage();
        const QHash<QString, qint64> statuses = barValues(page->statusChart());
        QCOMPARE(statuses.value(QStringLiteral("Pending")), 1);
        QCOMPARE(statuses.value(QStringLiteral("Retrying")), 1);
        QCOMPARE(statuses.value(QStringLiteral("Delivered")), 3);
        QCOMPARE(statuses.value(QStringLiteral("Failed")), 1);
        QCOMPARE(statuses.value(QStringLiteral("Expired")), 0);
        QCOMPARE(page->statusChart()->bars().size(), 5);
        QCOMPARE(cardValue(*page, "deliveries"), QStringLiteral("6"));

        // Failures, the most frequent first.
        const QList<BarChart::Bar> failures = page->failureChart()->bars();
        QCOMPARE(failures.size(), 3);
        QCOMPARE(failures.at(0).label, QStringLiteral("HTTP 500"));
        QCOMPARE(failures.at(0).value, 3);
        QCOMPARE(failures.at(1).label, QStringLiteral("Timeout"));
        QCOMPARE(failures.at(1).value, 1);
        QCOMPARE(failures.at(2).label, QStringLiteral("HTTP 503"));
        QCOMPARE(failures.at(2).value, 1);

        // Success per day: yesterday 2 of 2, today 1 of 6, nothing before.
        const QList<DeliveryMetrics::DailyRate> days = page->successChart()->days();
        QCOMPARE(days.size(), DashboardPage::chartDays);
        QCOMPARE(days.last().day, m_clock.now().date());
        QCOMPARE(days.last().attempts, 6);
        QCOMPARE(days.last().succeeded, 1);
        QCOMPARE(days.at(days.size() - 2).attempts, 2);
        QCOMPARE(days.at(days.size() - 2).succeeded, 2);
        QCOMPARE(days.first().attempts, 0);
        QVERIFY(!page->successChart()->isEmpty());

        // Health: 3 of 8 attempts (37.5 %) is an error; the quiet integration is unknown.
        IntegrationHealthModel *model = page->healthModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(page->healthView()->isVisible());
        const int busy = rowOf(model, QStringLiteral("Kapunapló"));
        QVERIFY(busy >= 0);
        QCOMPARE(cell(model, busy, IntegrationHealthModel::Status), QStringLiteral("Error"));
        QCOMPARE(model->index(busy, IntegrationHealthModel::Status)
                     .data(IntegrationHealthModel::HealthStatusRole)
                     .toInt(),
                 int(HealthStatus::Error));
        QVERIFY(model->index(busy, IntegrationHealthModel::Status).data(Qt::DecorationRole).canConvert<QColor>());
        QCOMPARE(cell(model, busy, IntegrationHealthModel::SuccessRate), QStringLiteral("37.5 %"));
        QCOMPARE(cell(model, busy, IntegrationHealthModel::AverageResponse),
                 QStringLiteral("150 ms")); // (2 * 300 + 6 * 100) / 8
        QCOMPARE(cell(model, busy, IntegrationHealthModel::OpenBreakers), QStringLiteral("0"));
        QVERIFY(model->index(busy, IntegrationHealthModel::SuccessRate)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("3 of the last 8")));
        const int idle = rowOf(model, QStringLiteral("Csendes ERP"));
        QCOMPARE(cell(model, idle, IntegrationHealthModel::Status), QStringLiteral("Unknown"));
        QCOMPARE(cell(model, idle, IntegrationHealthModel::SuccessRate), QStringLiteral("\u2014"));
        QCOMPARE(cell(model, idle, IntegrationHealthModel::AverageResponse), QStringLiteral("\u2014"));

        // Hovering shows the numbers.
        BarChart *statusChart = page->statusChart();
        const QString delivered = statusChart->toolTipAt(statusChart->rowRect(2).center());
        QCOMPARE(delivered, QStringLiteral("Delivered: 3 (50.0 %)"));
        const QPoint inRow = statusChart->rowRect(2).center();
        QHelpEvent help(QEvent::ToolTip, inRow, statusChart->mapToGlobal(inRow));
        QCoreApplication::sendEvent(statusChart, &help);
        QTRY_COMPARE(QToolTip::text(), delivered);
        DailyRateChart *successChart = page->successChart();
        const QString today = successChart->toolTipAt(successChart->dayRect(DashboardPage::chartDays - 1).center());
        QVERIFY2(today.contains(QStringLiteral("1 of 6 attempts")), qPrintable(today));
        QVERIFY2(today.contains(QLocale().toString(m_clock.now().date(), QLocale::LongFormat)), qPrintable(today));
        QVERIFY(successChart->toolTipAt(successChart->dayRect(0).center()).contains(QStringLiteral("no delivery")));
        QVERIFY(statusChart->accessibleDescription().contains(QStringLiteral("Delivered: 3")));
    }

    void hungarianNumbersAfterALanguageChange()
    {
        const WebhookSubscription subscription = subscribe(createIntegration(QStringLiteral("Kapu")),
                                                           QStringLiteral("s"));
        // Eleven delivered, one failed, each attempt taking 1.5 s.
        for (int i = 0; i < 12; ++i)
            deliver(subscription, {i < 11 ? 200 : 500}, i < 11 ? DeliveryStatus::Delivered : DeliveryStatus::Failed,
                    1500);
        const auto page = shownPage();
        QCOMPARE(cell(page->healthModel(), 0, IntegrationHealthModel::SuccessRate), QStringLiteral("91.7 %"));
        QCOMPARE(cell(page->healthModel(), 0, IntegrationHealthModel::AverageResponse), QStringLiteral("1,500 ms"));

        QLocale::setDefault(QLocale(QLocale::Hungarian, QLocale::Hungary));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(page.get(), &change);
        QCoreApplication::sendEvent(page->statusChart(), &change);
        QCOMPARE(cell(page->healthModel(), 0, IntegrationHealthModel::SuccessRate), QStringLiteral("91,7 %"));
        QCOMPARE(cell(page->healthModel(), 0, IntegrationHealthModel::AverageResponse),
                 QStringLiteral("1\u00a0500 ms"));
        const QString delivered = page->statusChart()->toolTipAt(page->statusChart()->rowRect(2).center());
        QVERIFY2(delivered.endsWith(QStringLiteral("(91,7 %)")), qPrintable(delivered));
    }

    void liveUpdatesKeepAVisiblePageCurrent()
    {
        m_liveUpdates = std::make_unique<LiveUpdates>(*m_database, *m_events, nullptr);
        m_services->liveUpdates = m_liveUpdates.get();
        subscribe(createIntegration(QStringLiteral("Kapunapló")), QStringLiteral("live"));
        const auto page = shownPage();
        QAbstractItemModelTester tester(page->healthModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int reads = page->statisticsReads();
        QCOMPARE(pending(*page), 0);
        QVERIFY(page->successChart()->isEmpty());

        // An event queues a delivery: the page follows without a refresh.
        const TriggeredEvent event = m_events->trigger(QStringLiteral("gate.created"), QJsonObject{});
        QCOMPARE(event.requestIds.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(pending(*page), 1, liveWaitMs);
        QVERIFY(page->statisticsReads() > reads);
        QCOMPARE(cardValue(*page, "deliveries"), QStringLiteral("1"));

        // Its attempt, written by whoever delivers, reaches the charts and the health.
        attempt(event.requestIds.first(), 200, DeliveryStatus::Delivered);
        QTRY_COMPARE_WITH_TIMEOUT(page->successChart()->days().last().attempts, 1, liveWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(cell(page->healthModel(), 0, IntegrationHealthModel::Status),
                                  QStringLiteral("Healthy"), liveWaitMs);
        QCOMPARE(pending(*page), 0);
        QCOMPARE(barValues(page->statusChart()).value(QStringLiteral("Delivered")), 1);
    }

    void aHiddenPageReadsWhenShown()
    {
        m_liveUpdates = std::make_unique<LiveUpdates>(*m_database, *m_events, nullptr);
        m_services->liveUpdates = m_liveUpdates.get();
        subscribe(createIntegration(QStringLiteral("Kapunapló")), QStringLiteral("hidden"));
        const auto page = shownPage();
        page->hide();
        const int reads = page->statisticsReads();

        QSignalSpy changed(m_liveUpdates.get(), &LiveUpdates::changed);
        m_events->trigger(QStringLiteral("gate.created"), QJsonObject{});
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, liveWaitMs);
        // The page is connected before the spy: it has seen the signal.
        QVERIFY(page->isStale());
        QCOMPARE(page->statisticsReads(), reads);
        QCOMPARE(pending(*page), 0);

        page->show();
        QCOMPARE(page->statisticsReads(), reads + 1);
        QVERIFY(!page->isStale());
        QCOMPARE(pending(*page), 1);
    }

    void refreshReadsAgainInFull()
    {
        const WebhookSubscription subscription = subscribe(createIntegration(QStringLiteral("Kapu")),
                                                           QStringLiteral("f5"));
        const auto page = shownPage();
        QVERIFY(page->statusChart()->isEmpty());
        // Written without any notification (no LiveUpdates here): F5 shows it.
        deliver(subscription, {500}, DeliveryStatus::Retrying);
        page->setRowCounts({{QStringLiteral("integrations"), 1}, {QStringLiteral("webhook_deliveries"), 1}});
        QCOMPARE(page->statisticsReads(), 2);
        QCOMPARE(barValues(page->statusChart()).value(QStringLiteral("Retrying")), 1);
        QCOMPARE(page->failureChart()->bars().size(), 1);
        QVERIFY(
            page->successChart()->emptyText().startsWith(QStringLiteral("No delivery attempts in the last 30 day")));
        QVERIFY(!page->successChart()->isEmpty());
        QCOMPARE(cardValue(*page, "integrations"), QStringLiteral("1"));
        // While hidden, F5 only marks the statistics stale.
        page->hide();
        page->setRowCounts({});
        QCOMPARE(page->statisticsReads(), 2);
        QVERIFY(page->isStale());
    }

    void databaseErrorsAreShownOnThePage()
    {
        const auto page = shownPage();
        execSql(m_database->connection(), QStringLiteral("DROP TABLE delivery_attempts"));
        page->setRowCounts({}); // must not throw
        const auto *error = page->findChild<QLabel *>(QStringLiteral("dashboardError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("The delivery statistics could not be read: ")),
                 qPrintable(error->text()));
        QVERIFY(page->isStale());
    }

    void defaultPageListsEveryTable()
    {
        // MainWindow's own dashboard, without services: no statistics, the table of row counts.
        DashboardPage page;
        QVERIFY(!page.healthModel());
        QVERIFY(!page.statusChart());
        page.setRowCounts({{QStringLiteral("webhook_deliveries"), 12345}});
        QCOMPARE(cardValue(page, "deliveries"), QStringLiteral("12,345"));
        page.deliveriesChanged(); // harmless without services
    }
};

GARAGEREG_GUI_TEST_MAIN(TestDashboardPage)
#include "tst_dashboard_page.moc"
