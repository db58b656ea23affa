#include "models/items/DeliveryLogModel.h"

#include "models/common/Error.h"

#include <QLocale>

namespace garagereg {

namespace {

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

} // namespace

DeliveryLogModel::DeliveryLogModel(const Database &database, const Clock &clock, int pageSize, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_clock(clock)
    , m_pageSize(qMax(1, pageSize))
{
}

int DeliveryLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DeliveryLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveryLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Delivery &delivery = m_rows.at(index.row());
    if (role == StatusRole)
        return deliveryStatusName(delivery.status);
    if (role == RequestIdRole)
        return delivery.requestId;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Attempts || index.column() == LastHttpStatus || index.column() == Subscription)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == LastError)
        return delivery.lastError;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CreatedAt: return shortTime(delivery.createdAt);
    case RequestId: return delivery.requestId;
    case EventType: return delivery.eventType;
    case Subscription: return delivery.subscriptionId ? QVariant(*delivery.subscriptionId) : QVariant();
    case Status: return deliveryStatusTitle(delivery.status);
    case Attempts: return delivery.attemptCount;
    case LastHttpStatus: return delivery.lastHttpStatus ? QVariant(*delivery.lastHttpStatus) : QVariant();
    case NextRetry:
        return delivery.status == DeliveryStatus::Pending || delivery.status == DeliveryStatus::Retrying
                   ? shortTime(delivery.nextAttemptAt)
                   : QString();
    case LastError: return delivery.lastError;
    default: return {};
    }
}

QVariant DeliveryLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CreatedAt: return tr("Created");
    case RequestId: return tr("Request ID");
    case EventType: return tr("Event type");
    case Subscription: return tr("Subscription");
    case Status: return tr("Status");
    case Attempts: return tr("Attempts");
    case LastHttpStatus: return tr("Last HTTP status");
    case NextRetry: return tr("Next retry");
    case LastError: return tr("Last error");
    default: return {};
    }
}

bool DeliveryLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void DeliveryLogModel::fetchMore(const QModelIndex &parent)
{
    // Not from inside our own change signals (views and QAbstractItemModelTester react to them).
    if (m_changing || !canFetchMore(parent))
        return;
    QList<Delivery> page;
    try {
        page =
            DeliveryRepository(m_database, m_clock).list(m_filter, m_sort, m_pageSize, static_cast<int>(m_rows.size()));
    } catch (const Error &error) {
        emit errorOccurred(error.message());
        return;
    }
    if (page.isEmpty()) {
        // Rows vanished since the count (purged): stop asking.
        m_total = m_rows.size();
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
    m_changing = false;
}

void DeliveryLogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

bool DeliveryLogModel::isSortable(int column)
{
    return column == CreatedAt || column == Status || column == EventType || column == Attempts
           || column == LastHttpStatus;
}

void DeliveryLogModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    DeliverySort sort;
    switch (column) {
    case Status: sort.key = DeliverySortKey::Status; break;
    case EventType: sort.key = DeliverySortKey::EventType; break;
    case Attempts: sort.key = DeliverySortKey::AttemptCount; break;
    case LastHttpStatus: sort.key = DeliverySortKey::LastHttpStatus; break;
    default: sort.key = DeliverySortKey::CreatedAt; break;
    }
    sort.descending = order == Qt::DescendingOrder;
    m_sort = sort;
    refresh();
}

void DeliveryLogModel::setFilter(const DeliveryFilter &filter)
{
    m_filter = filter;
    refresh();
}

void DeliveryLogModel::refresh()
{
    QList<Delivery> page;
    qint64 total = 0;
    try {
        DeliveryRepository repository(m_database, m_clock);
        total = repository.count(m_filter);
        page = repository.list(m_filter, m_sort, m_pageSize, 0);
    } catch (const Error &error) {
        emit errorOccurred(error.message());
        return;
    }
    m_changing = true;
    beginResetModel();
    m_rows = page;
    m_total = qMax<qint64>(total, m_rows.size());
    endResetModel();
    m_changing = false;
}

} // namespace garagereg
