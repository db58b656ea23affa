#pragma once

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace garagereg {

class Clock;
class Database;
class ErpSyncEngine;

// Runs each ERP integration's scheduled sync. An integration with
// settings.sync_interval_minutes > 0 is synced (bidirectionally) when that many
// minutes have passed since its last run started. A single-shot timer is armed
// for the next one due; the worker and the GUI each run one.
class SyncScheduler : public QObject
{
    Q_OBJECT

public:
    SyncScheduler(const Database &database, ErpSyncEngine &engine, const Clock &clock, QObject *parent = nullptr);

    void start();
    void stop();
    bool isSyncing() const { return !m_running.isEmpty(); }

signals:
    void syncStarted(qint64 integrationId);
    void syncFinished(qint64 integrationId);
    void problem(const QString &message);

private:
    void check();

    const Database &m_database;
    ErpSyncEngine &m_engine;
    const Clock &m_clock;
    QTimer m_timer;
    QSet<qint64> m_running;
    bool m_active = false;
};

} // namespace garagereg
