#include "models/items/SubscriptionListModel.h"

#include "models/common/Clock.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/WebhookSubscriptionRepository.h"

namespace garagereg {

SubscriptionListModel::SubscriptionListModel(const Database &database, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_clock(clock)
{
}

int SubscriptionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_subscriptions.size());
}

int SubscriptionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubscriptionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WebhookSubscription &subscription = m_subscriptions.at(index.row());
    if (role == Qt::UserRole)
        return subscription.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return subscription.name;
    case Integration: return m_integrationNames.value(subscription.integrationId);
    case Url: return redactedUrl(subscription.endpointUrl);
    case Events: return subscription.eventTypes.join(QStringLiteral(", "));
    case Status:
        if (subscription.active)
            return tr("active");
        if (subscription.disabledReason.isEmpty())
            return tr("inactive");
        return tr("disabled: %1").arg(subscription.disabledReason);
    case Breaker:
        if (subscription.breaker.isOpenAt(m_readAt))
            return tr("open");
        if (subscription.breaker.needsProbeAt(m_readAt))
            return tr("half-open");
        return tr("closed");
    default: return {};
    }
}

QVariant SubscriptionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Integration: return tr("Integration");
    case Url: return tr("URL");
    case Events: return tr("Events");
    case Status: return tr("Status");
    case Breaker: return tr("Circuit breaker");
    default: return {};
    }
}

void SubscriptionListModel::refresh()
{
    QList<WebhookSubscription> subscriptions = WebhookSubscriptionRepository(m_database, m_clock).list();
    QHash<qint64, QString> names;
    for (const garagereg::Integration &integration : IntegrationRepository(m_database, m_clock).list())
        names.insert(integration.id, integration.name);
    beginResetModel();
    m_subscriptions = std::move(subscriptions);
    m_integrationNames = std::move(names);
    m_readAt = m_clock.now();
    endResetModel();
}

} // namespace garagereg
