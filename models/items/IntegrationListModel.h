#pragma once

#include "models/domain/Integration.h"

#include <QAbstractTableModel>
#include <QList>

namespace garagereg {

class Clock;
class Database;

// The integrations with their type, provider, status and delivery health.
class IntegrationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Provider, Status, Health, ColumnCount };

    IntegrationListModel(const Database &database, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads integrations and health; throws garagereg::Error when the database fails.
    void refresh();
    const Integration &integrationAt(int row) const { return m_integrations.at(row); }

private:
    const Database &m_database;
    const Clock &m_clock;
    QList<Integration> m_integrations;
};

} // namespace garagereg
