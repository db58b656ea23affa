#pragma once

#include "models/storage/DeliveryRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace garagereg {

class Clock;
class Database;

// The delivery log as a table that stays fast on a million rows: the database
// filters and sorts, and rows arrive one page at a time (canFetchMore/fetchMore);
// the total comes from count(). StatusRole gives the status name of a row (for
// the view to colour), RequestIdRole its request id.
class DeliveryLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CreatedAt,
        RequestId,
        EventType,
        Subscription,
        Status,
        Attempts,
        LastHttpStatus,
        NextRetry,
        LastError,
        ColumnCount
    };
    static constexpr int StatusRole = Qt::UserRole + 1;
    static constexpr int RequestIdRole = Qt::UserRole + 2;

    DeliveryLogModel(const Database &database, const Clock &clock, int pageSize = 200, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Created, status, event type, attempts and last HTTP status sort (in SQL); other columns are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const DeliveryFilter &filter() const { return m_filter; }
    void setFilter(const DeliveryFilter &filter);
    // Re-reads the first page and the total, keeping filter and order.
    void refresh();

    // How many deliveries the filter selects (not only the rows fetched so far).
    qint64 totalCount() const { return m_total; }
    const Delivery &deliveryAt(int row) const { return m_rows.at(row); }
    static bool isSortable(int column);
    // After a language change: the headers are read again.
    void retranslate();

signals:
    // A query failed; the model keeps what it had. The message is for people.
    void errorOccurred(const QString &message);

private:
    const Database &m_database;
    const Clock &m_clock;
    const int m_pageSize;
    DeliveryFilter m_filter;
    DeliverySort m_sort;
    QList<Delivery> m_rows;
    qint64 m_total = 0;
    bool m_changing = false; // between begin*() and end*()
};

} // namespace garagereg
