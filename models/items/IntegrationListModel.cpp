#include "models/items/IntegrationListModel.h"

#include "models/storage/IntegrationRepository.h"
#include "models/storage/WebhookStatistics.h"

#include <QHash>

namespace garagereg {

IntegrationListModel::IntegrationListModel(const Database &database, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_clock(clock)
{
}

int IntegrationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_integrations.size());
}

int IntegrationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntegrationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Integration &integration = m_integrations.at(index.row());
    if (role == Qt::UserRole)
        return integration.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return integration.name;
    case Type: return integrationTypeName(integration.type);
    case Provider: return integration.provider;
    case Status: return integration.active ? tr("active") : tr("inactive");
    case Health: return healthStatusTitle(integration.health);
    default: return {};
    }
}

QVariant IntegrationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Type: return tr("Type");
    case Provider: return tr("Provider");
    case Status: return tr("Status");
    case Health: return tr("Health");
    default: return {};
    }
}

void IntegrationListModel::refresh()
{
    QList<Integration> integrations = IntegrationRepository(m_database, m_clock).list();
    QHash<qint64, HealthStatus> health;
    for (const IntegrationHealth &entry : WebhookStatistics(m_database, m_clock).health())
        health.insert(entry.integrationId, entry.status);
    for (Integration &integration : integrations)
        integration.health = health.value(integration.id, HealthStatus::Unknown);
    beginResetModel();
    m_integrations = std::move(integrations);
    endResetModel();
}

} // namespace garagereg
