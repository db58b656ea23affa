#pragma once

#include "models/domain/Part.h"

#include <QAbstractTableModel>
#include <QList>

namespace garagereg {

class Clock;
class Database;

// The local spare-part catalogue as a table: number, name, category, price,
// stock, minimum. A search text and a low-stock switch narrow it down in SQL.
// Low-stock rows answer LowStockRole with true, for the view to highlight.
class PartTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PartNumber, Name, Category, Price, Stock, MinimumStock, ColumnCount };
    static constexpr int LowStockRole = Qt::UserRole + 1;

    PartTableModel(const Database &database, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSearchText(const QString &text);
    void setLowStockOnly(bool lowStockOnly);
    // Re-reads the catalogue; throws garagereg::Error when the database fails.
    void refresh();
    const Part &partAt(int row) const { return m_parts.at(row); }

private:
    const Database &m_database;
    const Clock &m_clock;
    QString m_searchText;
    bool m_lowStockOnly = false;
    QList<Part> m_parts;
};

} // namespace garagereg
