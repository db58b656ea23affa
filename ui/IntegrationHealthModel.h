#pragma once

#include "models/storage/WebhookStatistics.h"

#include <QAbstractTableModel>
#include <QList>

namespace garagereg {

// The dashboard's health table: one row per integration with its status (in
// words, with a coloured swatch), the success rate of its recent attempts, their
// average response time and its open circuit breakers. Numbers follow QLocale().
class IntegrationHealthModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Status, SuccessRate, AverageResponse, OpenBreakers, ColumnCount };
    enum Role {
        IntegrationIdRole = Qt::UserRole,
        HealthStatusRole, // the HealthStatus as an int
    };

    explicit IntegrationHealthModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setHealth(const QList<IntegrationHealth> &health);
    const QList<IntegrationHealth> &health() const { return m_health; }
    // The texts are translated in data(): tells the views to read them again.
    void retranslate();

    static QString statusText(HealthStatus status);

private:
    QVariant display(const IntegrationHealth &health, int column) const;
    QVariant toolTip(const IntegrationHealth &health, int column) const;

    QList<IntegrationHealth> m_health;
};

} // namespace garagereg
