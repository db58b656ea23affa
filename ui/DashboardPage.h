#pragma once

#include "models/storage/WebhookStatistics.h"
#include "models/webhooks/Delivery.h"
#include "ui/Page.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFrame>
#include <QList>

#include <optional>

class QLabel;
class QTableView;
class QTimer;

namespace garagereg {

class BarChart;
class DailyRateChart;
class IntegrationHealthModel;
class RowCountTable;
struct GuiServices;

// A card on the dashboard: a section's name and the row count of its main table.
class SummaryCard : public QFrame
{
    Q_OBJECT

public:
    explicit SummaryCard(Section section, QWidget *parent = nullptr);

    Section section() const { return m_section; }
    void setCount(std::optional<qint64> count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Section m_section;
    std::optional<qint64> m_count;
    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_caption = nullptr;
};

// The dashboard: one card per section with the row count of its main table, and
//  - without services (MainWindow's own default page): the row count of every
//    table of the schema;
//  - with services (installed by main()): the health of every integration, the
//    deliveries by status, the failed attempts by HTTP status or error class and
//    the success rate per day of the last chartDays days, all read through
//    WebhookStatistics. They are read again when services.liveUpdates says that
//    deliveries changed and on setRowCounts() (F5), but only while the page is
//    visible: a hidden page remembers that it is stale and reads when shown.
//    A live update re-reads only the days that can still change, and waits a
//    few times as long as the last read took, so a large log does not keep the
//    window busy. A database error is shown on the page.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    static constexpr int chartDays = 30;

    explicit DashboardPage(QWidget *parent = nullptr);
    explicit DashboardPage(GuiServices &services, QWidget *parent = nullptr);

    // Updates the cards; with services, also reads the statistics again in full.
    void setRowCounts(const RowCounts &counts) override;

    // With services only (null otherwise).
    IntegrationHealthModel *healthModel() const { return m_healthModel; }
    QTableView *healthView() const { return m_healthView; }
    BarChart *statusChart() const { return m_statusChart; }
    BarChart *failureChart() const { return m_failureChart; }
    DailyRateChart *successChart() const { return m_successChart; }
    // How often the statistics were read; whether they wait for the page to be shown.
    int statisticsReads() const { return m_reads; }
    bool isStale() const { return m_stale; }

public Q_SLOTS:
    // Deliveries may have changed: reads the statistics again when the page is
    // visible (at most as often as the last read's duration allows), or
    // remembers to read them when it is shown.
    void deliveriesChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void retranslateUi() override;

private:
    DashboardPage(GuiServices *services, QWidget *parent);
    void createStatistics();
    struct Statistics;
    void readStatistics();
    void applyStatistics(const Statistics &read, const QDateTime &now, QDate first, QDate from, qint64 durationMs);
    void showReadError(const QString &message);
    void showStatistics();
    void showCounts(const RowCounts &counts);
    QString failureLabel(const DeliveryMetrics::FailureGroup &group) const;
    QString deliveryStatusLabel(DeliveryStatus status) const;
    QDate today() const;

    GuiServices *m_services = nullptr; // null: cards and row counts only
    QList<SummaryCard *> m_cards;

    // Without services.
    QLabel *m_tablesHeading = nullptr;
    RowCountTable *m_table = nullptr;

    // With services.
    QLabel *m_error = nullptr;
    QLabel *m_healthHeading = nullptr;
    QTableView *m_healthView = nullptr;
    IntegrationHealthModel *m_healthModel = nullptr;
    QLabel *m_healthEmpty = nullptr;
    QLabel *m_statusHeading = nullptr;
    BarChart *m_statusChart = nullptr;
    QLabel *m_failureHeading = nullptr;
    BarChart *m_failureChart = nullptr;
    QLabel *m_successHeading = nullptr;
    DailyRateChart *m_successChart = nullptr;
    QTimer *m_throttle = nullptr;
    bool m_reading = false;   // a background read is under way
    bool m_readAgain = false; // and something changed meanwhile

    QList<DeliveryMetrics::StatusCount> m_statuses;
    QList<AttemptOutcomeCount> m_outcomes; // per day of the chart, kept between reads
    QDateTime m_lastRead;                  // by the services' clock; invalid before the first read
    QElapsedTimer m_sinceRead;
    qint64 m_readGapMs = 0; // how long a live update waits after the last read
    bool m_stale = true;
    bool m_fullReadDue = true;
    int m_reads = 0;
};

} // namespace garagereg
