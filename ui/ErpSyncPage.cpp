#include "ui/ErpSyncPage.h"

#include "app/services/ErpSyncEngine.h"
#include "models/common/Error.h"
#include "models/domain/Integration.h"
#include "models/items/SyncLogTableModel.h"
#include "models/storage/ErpSyncRepository.h"
#include "models/storage/IntegrationRepository.h"
#include "ui/GuiServices.h"
#include "ui/LiveUpdates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace garagereg {

ErpSyncPage::ErpSyncPage(GuiServices &services, QWidget *parent)
    : Page(Section::ErpSync, parent)
    , m_services(services)
    , m_model(new SyncLogTableModel(services.database, services.clock, this))
    , m_integration(new QComboBox)
    , m_direction(new QComboBox)
    , m_partNumbers(new QLineEdit)
    , m_force(new QCheckBox)
    , m_entriesTitle(new QLabel)
    , m_entries(new QTableWidget)
    , m_run(new QPushButton)
    , m_cancel(new QPushButton)
    , m_progress(new QProgressBar)
    , m_result(new QLabel)
    , m_runs(new QTableView)
    , m_conflictsTitle(new QLabel)
    , m_conflicts(new QListWidget)
    , m_takeErp(new QPushButton)
    , m_takeLocal(new QPushButton)
{
    // Runs started by a worker or the CLI appear while the page is open.
    if (services.liveUpdates) {
        connect(services.liveUpdates, &LiveUpdates::changed, this, [this] {
            if (isVisible())
                setRowCounts({});
        });
    }

    m_integration->setObjectName(QStringLiteral("syncIntegration"));
    m_direction->setObjectName(QStringLiteral("syncDirection"));
    for (SyncDirection direction :
         {SyncDirection::Bidirectional, SyncDirection::PartsFromErp, SyncDirection::PartsToErp})
        m_direction->addItem(QString(), int(direction));
    m_run->setObjectName(QStringLiteral("runSync"));
    m_cancel->setObjectName(QStringLiteral("cancelSync"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_result->setObjectName(QStringLiteral("syncResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runs->setObjectName(QStringLiteral("syncRuns"));
    m_runs->setModel(m_model);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->verticalHeader()->hide();
    m_runs->horizontalHeader()->setStretchLastSection(true);
    m_conflicts->setObjectName(QStringLiteral("syncConflicts"));
    m_conflicts->setWordWrap(true);
    m_partNumbers->setObjectName(QStringLiteral("syncPartNumbers"));
    m_force->setObjectName(QStringLiteral("syncForce"));
    m_entries->setObjectName(QStringLiteral("syncEntries"));
    m_entries->setColumnCount(6);
    m_entries->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_entries->verticalHeader()->hide();
    m_entries->horizontalHeader()->setStretchLastSection(true);
    connect(m_runs->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRunDetail(current.row()); });

    connect(m_run, &QPushButton::clicked, this, &ErpSyncPage::startSync);
    connect(m_cancel, &QPushButton::clicked, this, &ErpSyncPage::cancelSync);
    connect(m_takeErp, &QPushButton::clicked, this, [this] { resolveSelectedConflict(QStringLiteral("erp")); });
    connect(m_takeLocal, &QPushButton::clicked, this, [this] { resolveSelectedConflict(QStringLiteral("local")); });
    if (m_services.syncEngine) {
        connect(m_services.syncEngine, &ErpSyncEngine::progress, this, [this](qint64 logId, int processed) {
            if (!m_running)
                return;
            m_runningLog = logId;
            m_result->setText(tr("Sync %1 running: %n record(s) processed…", nullptr, processed).arg(logId));
        });
    }

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_integration, 1);
    controls->addWidget(m_direction);
    controls->addWidget(m_partNumbers, 1);
    controls->addWidget(m_force);
    controls->addWidget(m_run);
    controls->addWidget(m_cancel);
    contentLayout()->addLayout(controls);
    contentLayout()->addWidget(m_progress);
    contentLayout()->addWidget(m_result);
    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_entriesTitle);
    detailLayout->addWidget(m_entries);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("syncSplitter"));
    splitter->addWidget(m_runs);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    contentLayout()->addWidget(splitter, 2);
    contentLayout()->addWidget(m_conflictsTitle);
    contentLayout()->addWidget(m_conflicts, 1);
    auto *resolve = new QHBoxLayout;
    resolve->addStretch();
    resolve->addWidget(m_takeErp);
    resolve->addWidget(m_takeLocal);
    contentLayout()->addLayout(resolve);

    setContentFillsHeight(true);
    retranslateUi();
    reload();
    setRunning(false);
}

void ErpSyncPage::reload()
{
    try {
        const QVariant current = m_integration->currentData();
        m_integration->clear();
        for (const Integration &integration : IntegrationRepository(m_services.database, m_services.clock).list()) {
            if (integration.type == IntegrationType::Erp)
                m_integration->addItem(QStringLiteral("%1 (%2)").arg(integration.name, integration.provider),
                                       integration.id);
        }
        const int index = m_integration->findData(current);
        m_integration->setCurrentIndex(index >= 0 ? index : 0);
        // Keep the run whose records are shown; else show the newest.
        const qint64 shown = m_shownRun;
        m_model->refresh();
        int row = 0;
        for (int i = 0; i < m_model->rowCount(); ++i) {
            if (m_model->logAt(i).id == shown)
                row = i;
        }
        if (m_model->rowCount() > 0)
            m_runs->selectRow(row);
        else
            showRunDetail(-1);
        reloadConflicts();
    } catch (const Error &error) {
        m_result->setText(tr("The sync history could not be read: %1").arg(error.message()));
    }
    setRunning(m_running);
}

QString ErpSyncPage::conflictText(const SyncConflict &conflict)
{
    // Name the fields that differ, so the choice can be made without opening anything.
    QStringList differences;
    // Only fields both sides have: the ERP's record lacks local-only fields (minimum stock) and ours its etag.
    for (const QString &key : conflict.localRecord.keys()) {
        if (!conflict.remoteRecord.contains(key) || conflict.localRecord.value(key).isNull()
            || conflict.remoteRecord.value(key).isNull())
            continue;
        const QJsonValue here = conflict.localRecord.value(key);
        const QJsonValue there = conflict.remoteRecord.value(key);
        if (here == there || key.endsWith(QLatin1String("_at")) || key == QLatin1String("id"))
            continue;
        const auto text = [](const QJsonValue &value) { return value.toVariant().toString(); };
        differences << tr("%1: here %2, in the ERP %3").arg(key, text(here), text(there));
    }
    if (differences.isEmpty())
        return tr("%1 — changed on both sides").arg(conflict.partNumber);
    return tr("%1 — %2").arg(conflict.partNumber, differences.join(QStringLiteral("; ")));
}

void ErpSyncPage::reloadConflicts()
{
    m_conflicts->clear();
    for (const SyncConflict &conflict :
         ErpSyncRepository(m_services.database, m_services.clock).conflicts(std::nullopt, true)) {
        auto *item = new QListWidgetItem(conflictText(conflict), m_conflicts);
        item->setData(Qt::UserRole, conflict.id);
    }
    m_conflictsTitle->setText(tr("Conflicts waiting for a decision: %1").arg(m_conflicts->count()));
}

void ErpSyncPage::setRunning(bool running)
{
    m_running = running;
    const bool canRun = m_services.syncEngine && m_integration->count() > 0;
    m_run->setEnabled(canRun && !running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    m_integration->setEnabled(!running);
    m_direction->setEnabled(!running);
    m_partNumbers->setEnabled(!running);
    m_force->setEnabled(!running);
    m_takeErp->setEnabled(!running);
    m_takeLocal->setEnabled(!running);
}

void ErpSyncPage::startSync()
{
    if (!m_services.syncEngine || m_running || m_integration->count() == 0)
        return;
    SyncRequest request;
    request.integrationId = m_integration->currentData().toLongLong();
    request.direction = static_cast<SyncDirection>(m_direction->currentData().toInt());
    request.partNumbers = enteredPartNumbers();
    request.forceUpdate = m_force->isChecked();
    m_runningLog = 0;
    setRunning(true);
    m_result->setText(tr("Sync started…"));
    m_services.syncEngine->run(request).then(this, [this](const SyncOutcome &outcome) {
        setRunning(false);
        const SyncLog &log = outcome.log;
        if (log.id == 0)
            m_result->setText(tr("The sync did not start: %1").arg(outcome.error));
        else
            m_result->setText(tr("Sync %1: %2 — %3 processed, %4 succeeded, %5 failed, %6 skipped, %7 conflicts. %8")
                                  .arg(log.id)
                                  .arg(syncStatusName(log.status))
                                  .arg(log.processed)
                                  .arg(log.succeeded)
                                  .arg(log.failed)
                                  .arg(log.skipped)
                                  .arg(log.conflicts)
                                  .arg(log.errorMessage));
        reload();
        emit syncFinished(log.id);
    });
}

void ErpSyncPage::cancelSync()
{
    if (m_running && m_runningLog != 0 && m_services.syncEngine) {
        m_services.syncEngine->cancel(m_runningLog);
        m_result->setText(tr("Cancelling after the current record…"));
    }
}

void ErpSyncPage::resolveSelectedConflict(const QString &take)
{
    QListWidgetItem *item = m_conflicts->currentItem();
    if (!item || !m_services.syncEngine)
        return;
    try {
        m_services.syncEngine->resolveConflict(item->data(Qt::UserRole).toLongLong(), take);
        m_result->setText(take == QLatin1String("erp")
                              ? tr("Resolved: the ERP's version is in the catalogue.")
                              : tr("Resolved: the local version goes to the ERP with the next sync."));
    } catch (const Error &error) {
        m_result->setText(tr("Could not resolve the conflict: %1").arg(error.message()));
    }
    reloadConflicts();
}

QStringList ErpSyncPage::enteredPartNumbers() const
{
    QStringList numbers;
    for (const QString &number : m_partNumbers->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!number.trimmed().isEmpty())
            numbers << number.trimmed();
    }
    return numbers;
}

void ErpSyncPage::showRunDetail(int row)
{
    m_entries->setRowCount(0);
    if (row < 0 || row >= m_model->rowCount()) {
        m_shownRun = 0;
        m_entriesTitle->setText(tr("Select a run to see what happened to each record."));
        return;
    }
    const SyncLog &log = m_model->logAt(row);
    m_shownRun = log.id;
    QList<SyncLogEntry> entries;
    try {
        entries = ErpSyncRepository(m_services.database, m_services.clock).entries(log.id);
    } catch (const Error &error) {
        m_entriesTitle->setText(tr("The records of sync %1 could not be read: %2").arg(log.id).arg(error.message()));
        return;
    }
    if (entries.isEmpty() && !log.errorMessage.isEmpty())
        m_entriesTitle->setText(tr("Sync %1 processed no records: %2").arg(log.id).arg(log.errorMessage));
    else
        m_entriesTitle->setText(tr("Records of sync %1: %n", nullptr, int(entries.size())).arg(log.id));
    m_entries->setRowCount(int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const SyncLogEntry &entry = entries.at(i);
        const QStringList cells{entry.partNumber,
                                entry.direction == QLatin1String("from_erp") ? tr("from the ERP") : tr("to the ERP"),
                                entry.operation,
                                entry.outcome,
                                entry.httpStatus ? QString::number(*entry.httpStatus) : QString(),
                                entry.message.isEmpty() ? entry.errorCategory : entry.message};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == cells.size() - 1)
                item->setToolTip(cells.at(column));
            m_entries->setItem(i, column, item);
        }
        if (entry.outcome == QLatin1String("failed") || entry.outcome == QLatin1String("conflict"))
            m_entries->item(i, 3)->setForeground(QColor(entry.outcome == QLatin1String("failed") ? 0xb00020 : 0x9a6700));
    }
}

void ErpSyncPage::setRowCounts(const RowCounts &)
{
    if (!m_running)
        reload();
}

void ErpSyncPage::retranslateUi()
{
    Page::retranslateUi();
    m_direction->setItemText(0, tr("Both ways"));
    m_direction->setItemText(1, tr("From the ERP"));
    m_direction->setItemText(2, tr("To the ERP"));
    m_partNumbers->setPlaceholderText(tr("All parts, or part numbers separated by commas"));
    m_force->setText(tr("&Force"));
    m_force->setToolTip(tr("Write every record, even those that did not change since the last sync"));
    m_entries->setHorizontalHeaderLabels(
        {tr("Part number"), tr("Direction"), tr("Operation"), tr("Outcome"), tr("HTTP"), tr("Message")});
    if (m_shownRun == 0)
        m_entriesTitle->setText(tr("Select a run to see what happened to each record."));
    m_run->setText(tr("&Run sync"));
    m_cancel->setText(tr("Cancel"));
    m_takeErp->setText(tr("Take the ERP's version"));
    m_takeLocal->setText(tr("Keep the local version"));
    if (!m_services.syncEngine)
        m_result->setText(tr("Syncs are run by another process."));
    reloadConflicts();
}

} // namespace garagereg
