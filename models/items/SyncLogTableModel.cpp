#include "models/items/SyncLogTableModel.h"

#include "models/storage/ErpSyncRepository.h"
#include "models/storage/IntegrationRepository.h"

#include <QLocale>

namespace garagereg {

SyncLogTableModel::SyncLogTableModel(const Database &database, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_clock(clock)
{
}

int SyncLogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_logs.size());
}

int SyncLogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncLogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncLog &log = m_logs.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Processed ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Started: return QLocale().toString(log.startedAt.toLocalTime(), QLocale::ShortFormat);
    case Integration:
        // A deleted integration keeps its runs: show its id then.
        if (!log.integrationId)
            return {};
        return m_integrationNames.value(*log.integrationId, QStringLiteral("#%1").arg(*log.integrationId));
    case Type: return syncDirectionTitle(log.direction);
    case Status: return syncStatusTitle(log.status);
    case Processed: return log.processed;
    case Succeeded: return log.succeeded;
    case Failed: return log.failed;
    case Skipped: return log.skipped;
    case Conflicts: return log.conflicts;
    case Duration: return tr("%1 ms").arg(log.durationMs);
    default: return {};
    }
}

QVariant SyncLogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started: return tr("Started");
    case Integration: return tr("Integration");
    case Type: return tr("Direction");
    case Status: return tr("Status");
    case Processed: return tr("Processed");
    case Succeeded: return tr("Succeeded");
    case Failed: return tr("Failed");
    case Skipped: return tr("Skipped");
    case Conflicts: return tr("Conflicts");
    case Duration: return tr("Duration");
    default: return {};
    }
}

void SyncLogTableModel::setIntegration(std::optional<qint64> integrationId)
{
    m_integrationId = integrationId;
    refresh();
}

void SyncLogTableModel::refresh(int limit)
{
    QList<SyncLog> logs = ErpSyncRepository(m_database, m_clock).logs(m_integrationId, limit);
    QHash<qint64, QString> names;
    for (const garagereg::Integration &integration : IntegrationRepository(m_database, m_clock).list())
        names.insert(integration.id, integration.name);
    beginResetModel();
    m_logs = std::move(logs);
    m_integrationNames = std::move(names);
    endResetModel();
}

} // namespace garagereg
