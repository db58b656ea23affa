#include "ui/DashboardPage.h"

#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "ui/BackgroundReads.h"
#include "ui/BarChart.h"
#include "ui/DailyRateChart.h"
#include "ui/GuiServices.h"
#include "ui/IntegrationHealthModel.h"
#include "ui/LiveUpdates.h"
#include "ui/RowCountTable.h"
#include "ui/StatusColors.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace garagereg {

namespace {

// A live update waits this many times as long as the last read took (at most
// maxReadGapMs), so reading a large log keeps the window busy only a fraction
// of the time.
constexpr qint64 readGapFactor = 4;
constexpr qint64 maxReadGapMs = 10000;
// The health table grows with its rows up to this many, then scrolls.
constexpr int healthRowsShown = 5;

QLabel *heading(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

QLabel *placeholder(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    return label;
}

} // namespace

SummaryCard::SummaryCard(Section section, QWidget *parent)
    : QFrame(parent)
    , m_section(section)
{
    setObjectName(QStringLiteral("card-") + SectionInfo::key(section));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("cardValue"));
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.2);
    valueFont.setWeight(QFont::DemiBold);
    m_value->setFont(valueFont);
    m_value->setForegroundRole(QPalette::Highlight);

    // The table the number counts, by its name in the schema.
    m_caption = new QLabel(SectionInfo::primaryTable(section), this);
    m_caption->setObjectName(QStringLiteral("cardCaption"));
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    QFont captionFont = m_caption->font();
    captionFont.setFamily(QStringLiteral("monospace"));
    captionFont.setStyleHint(QFont::TypeWriter);
    m_caption->setFont(captionFont);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    retranslateUi();
}

void SummaryCard::setCount(std::optional<qint64> count)
{
    m_count = count;
    m_value->setText(m_count ? QLocale().toString(*m_count) : QStringLiteral("\u2014"));
}

void SummaryCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void SummaryCard::retranslateUi()
{
    m_title->setText(SectionInfo::title(m_section));
    m_caption->setToolTip(SectionInfo::tableDescription(SectionInfo::primaryTable(m_section)));
    setCount(m_count); // the number format follows the language
}

DashboardPage::DashboardPage(QWidget *parent)
    : DashboardPage(nullptr, parent)
{
}

DashboardPage::DashboardPage(GuiServices &services, QWidget *parent)
    : DashboardPage(&services, parent)
{
}

DashboardPage::DashboardPage(GuiServices *services, QWidget *parent)
    : Page(Section::Dashboard, parent)
    , m_services(services)
{
    // A card for each section that has a table of its own.
    auto *cards = new QGridLayout;
    cards->setHorizontalSpacing(12);
    cards->setVerticalSpacing(12);
    constexpr int columns = 5;
    for (const Section section : SectionInfo::all()) {
        if (section == Section::Dashboard || SectionInfo::primaryTable(section).isEmpty())
            continue;
        auto *card = new SummaryCard(section, this);
        cards->addWidget(card, int(m_cards.size()) / columns, int(m_cards.size()) % columns);
        m_cards.append(card);
    }
    for (int column = 0; column < columns; ++column)
        cards->setColumnStretch(column, 1);
    contentLayout()->addLayout(cards);
    contentLayout()->addSpacing(12);

    if (m_services) {
        createStatistics();
    } else {
        QStringList tables;
        for (const Section section : SectionInfo::all())
            tables += SectionInfo::tables(section);
        m_tablesHeading = heading(this, "tablesHeading");
        m_table = new RowCountTable(this);
        m_table->setTables(tables);
        contentLayout()->addWidget(m_tablesHeading);
        contentLayout()->addWidget(m_table);
    }
    DashboardPage::retranslateUi();
}

void DashboardPage::createStatistics()
{
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    m_healthHeading = heading(this, "healthHeading");
    m_healthModel = new IntegrationHealthModel(this);
    m_healthView = new QTableView(this);
    m_healthView->setObjectName(QStringLiteral("healthTable"));
    m_healthView->setModel(m_healthModel);
    m_healthView->setSelectionMode(QAbstractItemView::NoSelection);
    m_healthView->setFocusPolicy(Qt::TabFocus);
    m_healthView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_healthView->setAlternatingRowColors(true);
    m_healthView->setShowGrid(false);
    m_healthView->verticalHeader()->hide();
    m_healthView->horizontalHeader()->setSectionResizeMode(IntegrationHealthModel::Name, QHeaderView::Stretch);
    for (int column = IntegrationHealthModel::Status; column < IntegrationHealthModel::ColumnCount; ++column)
        m_healthView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_healthView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_healthEmpty = placeholder(this, "healthEmpty");

    m_statusHeading = heading(this, "statusHeading");
    m_statusChart = new BarChart(this);
    m_statusChart->setObjectName(QStringLiteral("statusChart"));
    m_failureHeading = heading(this, "failureHeading");
    m_failureChart = new BarChart(this);
    m_failureChart->setObjectName(QStringLiteral("failureChart"));
    m_successHeading = heading(this, "successHeading");
    m_successChart = new DailyRateChart(this);
    m_successChart->setObjectName(QStringLiteral("successChart"));

    // Two columns: health and the daily success rate side by side, the status
    // distribution and the failures under them.
    auto *health = new QVBoxLayout;
    health->setContentsMargins(0, 0, 0, 0);
    health->addWidget(m_healthView);
    health->addWidget(m_healthEmpty);
    health->addStretch(1);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(6);
    grid->addWidget(m_healthHeading, 0, 0);
    grid->addWidget(m_successHeading, 0, 1);
    grid->addLayout(health, 1, 0);
    grid->addWidget(m_successChart, 1, 1);
    grid->setRowMinimumHeight(2, 12);
    grid->addWidget(m_statusHeading, 3, 0);
    grid->addWidget(m_failureHeading, 3, 1);
    grid->addWidget(m_statusChart, 4, 0, Qt::AlignTop);
    grid->addWidget(m_failureChart, 4, 1, Qt::AlignTop);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    contentLayout()->addWidget(m_error);
    contentLayout()->addLayout(grid);

    m_throttle = new QTimer(this);
    m_throttle->setSingleShot(true);
    connect(m_throttle, &QTimer::timeout, this, &DashboardPage::deliveriesChanged);
    if (m_services->liveUpdates)
        connect(m_services->liveUpdates, &LiveUpdates::changed, this, &DashboardPage::deliveriesChanged);

    // The cards' counts come with setRowCounts(): MainWindow reads every table
    // once at start and hands the counts to all pages (counting twice cost half
    // a second of the first paint on a large PostgreSQL log).
    showStatistics(); // the empty states until the first read
}

void DashboardPage::showCounts(const RowCounts &counts)
{
    for (SummaryCard *card : std::as_const(m_cards)) {
        const auto count = counts.constFind(SectionInfo::primaryTable(card->section()));
        card->setCount(count == counts.constEnd() ? std::nullopt : std::optional<qint64>(*count));
    }
}

void DashboardPage::setRowCounts(const RowCounts &counts)
{
    showCounts(counts);
    if (m_services) {
        m_fullReadDue = true;
        m_stale = true;
        if (isVisible())
            readStatistics();
        return;
    }

    // The tables of the sections first, in section order, then the rest of the
    // schema (history, metadata, cursors) by name.
    QStringList tables;
    for (const Section section : SectionInfo::all())
        tables += SectionInfo::tables(section);
    QStringList others;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (!tables.contains(it.key()))
            others.append(it.key());
    }
    std::sort(others.begin(), others.end());
    m_table->setTables(tables + others);
    m_table->setCounts(counts);
}

void DashboardPage::deliveriesChanged()
{
    if (!m_services)
        return;
    m_stale = true;
    if (!isVisible())
        return; // read when shown
    if (m_sinceRead.isValid() && m_sinceRead.elapsed() < m_readGapMs) {
        if (!m_throttle->isActive())
            m_throttle->start(int(m_readGapMs - m_sinceRead.elapsed()));
        return;
    }
    readStatistics();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_services && m_stale)
        readStatistics();
}

QDate DashboardPage::today() const
{
    return m_services->clock.now().toUTC().date();
}

struct DashboardPage::Statistics
{
    QList<IntegrationHealth> health;
    QList<DeliveryMetrics::StatusCount> statuses;
    QList<AttemptOutcomeCount> outcomes;
};

void DashboardPage::readStatistics()
{
    if (m_reading) {
        m_readAgain = true; // one read at a time; the next one follows it
        return;
    }
    m_throttle->stop();
    QElapsedTimer duration;
    duration.start();
    const QDateTime now = m_services->clock.now();
    const QDate first = today().addDays(-(chartDays - 1));
    // Days before the one preceding the last read cannot gain attempts any more
    // (an attempt is written when it ends), so a live update reads only the rest.
    QDate from = first;
    if (!m_fullReadDue && m_lastRead.isValid())
        from = std::max(first, m_lastRead.toUTC().date().addDays(-1));

    const std::function<Statistics()> read = [&database = m_services->database, &clock = m_services->clock, from] {
        const WebhookStatistics statistics(database, clock);
        return Statistics{statistics.health(), statistics.statusDistribution(),
                          statistics.attemptOutcomes(QDateTime(from, QTime(0, 0), Qt::UTC))};
    };
    if (BackgroundReads *reads = m_services->backgroundReads) {
        m_reading = true;
        reads->run<Statistics>(
            this, read,
            [this, now, first, from, duration](const Statistics &statistics) {
                m_reading = false;
                applyStatistics(statistics, now, first, from, duration.elapsed());
            },
            [this](const QString &message) {
                m_reading = false;
                showReadError(message);
            });
        return;
    }
    try {
        applyStatistics(read(), now, first, from, duration.elapsed());
    } catch (const Error &error) {
        showReadError(error.message());
    }
}

void DashboardPage::showReadError(const QString &message)
{
    // The last numbers stay; the next change or F5 tries again.
    m_error->setText(tr("The delivery statistics could not be read: %1").arg(message));
    m_error->show();
    m_sinceRead.start();
    m_readGapMs = maxReadGapMs;
    m_readAgain = false;
}

void DashboardPage::applyStatistics(const Statistics &read, const QDateTime &now, QDate first, QDate from,
                                    qint64 durationMs)
{
    m_error->clear();
    m_error->hide();

    m_outcomes.removeIf([&](const AttemptOutcomeCount &outcome) { return outcome.day < first || outcome.day >= from; });
    m_outcomes += read.outcomes;
    m_statuses = read.statuses;
    m_healthModel->setHealth(read.health);
    m_lastRead = now;
    m_stale = false;
    if (from == first)
        m_fullReadDue = false; // a full read asked for meanwhile still follows
    ++m_reads;
    showStatistics();
    m_readGapMs = std::min(maxReadGapMs, readGapFactor * durationMs);
    m_sinceRead.start();
    if (std::exchange(m_readAgain, false))
        deliveriesChanged(); // what changed during the read, at the throttled pace
}

QString DashboardPage::deliveryStatusLabel(DeliveryStatus status) const
{
    switch (status) {
    case DeliveryStatus::Pending: return tr("Pending");
    case DeliveryStatus::Retrying: return tr("Retrying");
    case DeliveryStatus::Delivered: return tr("Delivered");
    case DeliveryStatus::Failed: return tr("Failed");
    case DeliveryStatus::Expired: break;
    }
    return tr("Expired");
}

QString DashboardPage::failureLabel(const DeliveryMetrics::FailureGroup &group) const
{
    QString errorText;
    if (group.errorClass == QLatin1String("timeout"))
        errorText = tr("Timeout");
    else if (group.errorClass == QLatin1String("connection"))
        errorText = tr("Connection failed");
    else if (group.errorClass == QLatin1String("dns"))
        errorText = tr("Host not found (DNS)");
    else if (group.errorClass == QLatin1String("tls"))
        errorText = tr("TLS error");
    else if (group.errorClass == QLatin1String("policy"))
        errorText = tr("Refused by the outbound policy");
    else if (group.errorClass != QLatin1String("http"))
        errorText = group.errorClass;
    if (!group.httpStatus)
        return errorText;
    //: An HTTP status code in a chart label, e.g. "HTTP 503"
    const QString status = tr("HTTP %1").arg(*group.httpStatus);
    return errorText.isEmpty() ? status : tr("%1 (%2)").arg(status, errorText);
}

void DashboardPage::showStatistics()
{
    const QPalette &colors = palette();
    qint64 deliveries = 0;
    for (const DeliveryMetrics::StatusCount &count : std::as_const(m_statuses))
        deliveries += count.count;
    const bool anyDeliveries = deliveries > 0;

    // The deliveries card counts what the distribution counts, so the two agree between refreshes.
    if (m_reads > 0) {
        for (SummaryCard *card : std::as_const(m_cards)) {
            if (card->section() == Section::Deliveries)
                card->setCount(deliveries);
        }
    }

    const int rows = m_healthModel->rowCount();
    m_healthView->setVisible(rows > 0);
    m_healthEmpty->setVisible(rows == 0);
    if (rows > 0) {
        const int rowHeight = m_healthView->verticalHeader()->defaultSectionSize();
        m_healthView->setFixedHeight(m_healthView->horizontalHeader()->sizeHint().height()
                                     + std::min(rows, healthRowsShown) * rowHeight + 2 * m_healthView->frameWidth());
    }

    // Every status, in the order a delivery goes through them.
    QList<BarChart::Bar> statusBars;
    for (const DeliveryStatus status : {DeliveryStatus::Pending, DeliveryStatus::Retrying, DeliveryStatus::Delivered,
                                        DeliveryStatus::Failed, DeliveryStatus::Expired}) {
        qint64 count = 0;
        for (const DeliveryMetrics::StatusCount &entry : std::as_const(m_statuses)) {
            if (entry.status == deliveryStatusName(status))
                count = entry.count;
        }
        statusBars.append({deliveryStatusLabel(status), count, StatusColors::deliveryStatus(status, colors), {}});
    }
    m_statusChart->setBars(statusBars);

    QList<BarChart::Bar> failureBars;
    for (const DeliveryMetrics::FailureGroup &group : WebhookStatistics::failureGroups(m_outcomes)) {
        const bool serverSide = group.httpStatus && *group.httpStatus >= 500;
        failureBars.append({failureLabel(group),
                            group.count,
                            serverSide || !group.httpStatus ? StatusColors::bad(colors) : StatusColors::warning(colors),
                            {}});
    }
    m_failureChart->setBars(failureBars);

    const QDate last = today();
    m_successChart->setDays(WebhookStatistics::dailyRates(m_outcomes, last.addDays(-(chartDays - 1)), last));

    const QString noDeliveries = tr("No deliveries yet");
    m_statusChart->setEmptyText(noDeliveries);
    m_failureChart->setEmptyText(anyDeliveries ? tr("No failed attempts in the last %n day(s).", nullptr, chartDays)
                                               : noDeliveries);
    m_successChart->setEmptyText(anyDeliveries ? tr("No delivery attempts in the last %n day(s).", nullptr, chartDays)
                                               : noDeliveries);
}

void DashboardPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    // The status colours follow the palette (a dark theme gets lighter tones).
    if (event->type() == QEvent::PaletteChange && m_services)
        showStatistics();
}

void DashboardPage::retranslateUi()
{
    Page::retranslateUi();
    if (!m_services) {
        m_tablesHeading->setText(tr("Every table of the database"));
        return;
    }
    m_healthHeading->setText(tr("Integration health"));
    m_healthEmpty->setText(tr("No integrations yet. Add one on the Integrations page."));
    m_healthView->setAccessibleName(m_healthHeading->text());
    m_statusHeading->setText(tr("Deliveries by status"));
    m_statusChart->setAccessibleName(m_statusHeading->text());
    m_failureHeading->setText(tr("Failures by HTTP status or error, last %n day(s)", nullptr, chartDays));
    m_failureChart->setAccessibleName(m_failureHeading->text());
    m_successHeading->setText(tr("Successful attempts per day, last %n day(s)", nullptr, chartDays));
    m_successHeading->setToolTip(
        tr("The share of delivery attempts that succeeded, per day in UTC; the faint bars show "
           "how many attempts there were."));
    m_successChart->setAccessibleName(m_successHeading->text());
    m_healthModel->retranslate();
    showStatistics(); // the labels and empty texts of the charts
}

} // namespace garagereg
