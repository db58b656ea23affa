#include "ui/IntegrationHealthModel.h"

#include "ui/StatusColors.h"

#include <QGuiApplication>
#include <QLocale>

namespace garagereg {

IntegrationHealthModel::IntegrationHealthModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int IntegrationHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_health.size());
}

int IntegrationHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IntegrationHealthModel::statusText(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Healthy: return tr("Healthy");
    case HealthStatus::Warning: return tr("Warning");
    case HealthStatus::Error: return tr("Error");
    case HealthStatus::Unknown: break;
    }
    return tr("Unknown");
}

QVariant IntegrationHealthModel::display(const IntegrationHealth &health, int column) const
{
    const QLocale locale;
    const QString none = QStringLiteral("\u2014");
    switch (column) {
    case Name: return health.name;
    case Status: return statusText(health.status);
    case SuccessRate:
        if (health.recentAttempts == 0)
            return none;
        //: A percentage; %1 is the number in the current locale
        return tr("%1 %").arg(
            locale.toString(100.0 * double(health.recentSucceeded) / double(health.recentAttempts), 'f', 1));
    case AverageResponse:
        if (!health.recentAverageResponseMs)
            return none;
        //: Milliseconds; %1 is the number in the current locale
        return tr("%1 ms").arg(locale.toString(*health.recentAverageResponseMs, 'f', 0));
    case OpenBreakers: return locale.toString(health.openBreakers);
    default: return {};
    }
}

QVariant IntegrationHealthModel::toolTip(const IntegrationHealth &health, int column) const
{
    const QLocale locale;
    switch (column) {
    case Status:
        switch (health.status) {
        case HealthStatus::Healthy: return tr("At least 95 % of the last 100 attempts succeeded.");
        case HealthStatus::Warning: return tr("Between 80 % and 95 % of the last 100 attempts succeeded.");
        case HealthStatus::Error:
            return health.openBreakers > 0 ? tr("A circuit breaker is open: deliveries to an endpoint are paused.")
                                           : tr("Less than 80 % of the last 100 attempts succeeded.");
        case HealthStatus::Unknown:
            return tr("No delivery attempts in the last %n day(s).", nullptr, WebhookStatistics::recentDays);
        }
        return {};
    case SuccessRate:
        if (health.recentAttempts == 0)
            return tr("No delivery attempts in the last %n day(s).", nullptr, WebhookStatistics::recentDays);
        return tr("%1 of the last %2 attempts succeeded.")
            .arg(locale.toString(health.recentSucceeded), locale.toString(health.recentAttempts));
    case AverageResponse:
        if (!health.averageResponseMs)
            return {};
        return tr("Over all %1 attempts: %2 ms")
            .arg(locale.toString(health.requestCount), locale.toString(*health.averageResponseMs, 'f', 0));
    case OpenBreakers: return tr("Subscriptions whose endpoint is paused after repeated failures.");
    default: return {};
    }
}

QVariant IntegrationHealthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IntegrationHealth &health = m_health.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return display(health, index.column());
    case Qt::ToolTipRole: return toolTip(health, index.column());
    case Qt::DecorationRole:
        if (index.column() == Status)
            return StatusColors::health(health.status, QGuiApplication::palette());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Name || index.column() == Status)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case IntegrationIdRole: return health.integrationId;
    case HealthStatusRole: return int(health.status);
    default: return {};
    }
}

QVariant IntegrationHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Status: return tr("Healthy, warning or error, from the success of the last 100 attempts.");
        case SuccessRate: return tr("The share of the last 100 delivery attempts that succeeded.");
        case AverageResponse: return tr("The average response time of the last 100 delivery attempts.");
        case OpenBreakers: return tr("Subscriptions whose endpoint is paused after repeated failures.");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Integration");
    case Status: return tr("Status");
    case SuccessRate: return tr("Success");
    case AverageResponse: return tr("Avg. time");
    case OpenBreakers: return tr("Breakers");
    default: return {};
    }
}

void IntegrationHealthModel::setHealth(const QList<IntegrationHealth> &health)
{
    // Same integrations in the same order (the usual live update): change the
    // cells in place so the view keeps its selection and scroll position.
    bool sameRows = health.size() == m_health.size();
    for (qsizetype row = 0; sameRows && row < health.size(); ++row)
        sameRows = health.at(row).integrationId == m_health.at(row).integrationId;
    if (sameRows) {
        m_health = health;
        if (!m_health.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_health = health;
    endResetModel();
}

void IntegrationHealthModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_health.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace garagereg
