#pragma once

#include "models/domain/WebhookSubscription.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace garagereg {

class Clock;
class Database;

// The webhook subscriptions: name, integration, URL, events, status (with the
// reason when disabled) and circuit breaker state.
class SubscriptionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Integration, Url, Events, Status, Breaker, ColumnCount };

    SubscriptionListModel(const Database &database, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads subscriptions and integration names; throws garagereg::Error when the database fails.
    void refresh();
    const WebhookSubscription &subscriptionAt(int row) const { return m_subscriptions.at(row); }

private:
    const Database &m_database;
    const Clock &m_clock;
    QList<WebhookSubscription> m_subscriptions;
    QHash<qint64, QString> m_integrationNames;
    QDateTime m_readAt;
};

} // namespace garagereg
