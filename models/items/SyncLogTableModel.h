#pragma once

#include "models/erp/Sync.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace garagereg {

class Clock;
class Database;

// The history of ERP sync runs, newest first: start, integration, type, status,
// counts and duration.
class SyncLogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Started,
        Integration,
        Type,
        Status,
        Processed,
        Succeeded,
        Failed,
        Skipped,
        Conflicts,
        Duration,
        ColumnCount
    };

    SyncLogTableModel(const Database &database, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setIntegration(std::optional<qint64> integrationId);
    // Re-reads the latest runs; throws garagereg::Error when the database fails.
    void refresh(int limit = 500);
    const SyncLog &logAt(int row) const { return m_logs.at(row); }

private:
    const Database &m_database;
    const Clock &m_clock;
    std::optional<qint64> m_integrationId;
    QList<SyncLog> m_logs;
    QHash<qint64, QString> m_integrationNames;
};

} // namespace garagereg
