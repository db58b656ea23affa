#include "models/items/PartTableModel.h"

#include "models/domain/Money.h"
#include "models/storage/PartRepository.h"

namespace garagereg {

PartTableModel::PartTableModel(const Database &database, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_clock(clock)
{
}

int PartTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parts.size());
}

int PartTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Part &part = m_parts.at(index.row());
    if (role == LowStockRole)
        return part.isLowOnStock();
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Price ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PartNumber: return part.partNumber;
    case Name: return part.name;
    case Category: return part.category;
    case Price: return QString(Money::format(part.unitPriceMinor, part.currency) + QLatin1Char(' ') + part.currency);
    case Stock: return QString(QString::number(part.stockQuantity) + QLatin1Char(' ') + part.unit);
    case MinimumStock: return part.minimumStock;
    default: return {};
    }
}

QVariant PartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PartNumber: return tr("Part number");
    case Name: return tr("Name");
    case Category: return tr("Category");
    case Price: return tr("Unit price");
    case Stock: return tr("Stock");
    case MinimumStock: return tr("Minimum");
    default: return {};
    }
}

void PartTableModel::setSearchText(const QString &text)
{
    m_searchText = text.trimmed();
    refresh();
}

void PartTableModel::setLowStockOnly(bool lowStockOnly)
{
    m_lowStockOnly = lowStockOnly;
    refresh();
}

void PartTableModel::refresh()
{
    QList<Part> parts = PartRepository(m_database, m_clock).search(m_searchText, m_lowStockOnly);
    beginResetModel();
    m_parts = std::move(parts);
    endResetModel();
}

} // namespace garagereg
