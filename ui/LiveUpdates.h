#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

namespace garagereg {

class Database;
class DatabaseChangeWatcher;
class DeliveryEngine;
class WebhookEventService;

// Tells pages that deliveries or syncs may have changed, whoever made the
// change: this application's delivery engine, an event raised here, or another
// process (a headless worker, the CLI) writing to the same database. Bursts are
// coalesced so a page re-reads at most a few times per second, however fast
// deliveries happen; a slow poll catches writers that do not notify.
class LiveUpdates : public QObject
{
    Q_OBJECT

public:
    static constexpr int coalesceMs = 400;
    static constexpr int pollMs = 5000;

    // The engine may be null (another process delivers). The database watch is
    // made on the calling thread's connection.
    LiveUpdates(const Database &database, WebhookEventService &events, DeliveryEngine *engine,
                QObject *parent = nullptr);
    ~LiveUpdates() override;

    // Something happened: changed() follows within coalesceMs.
    void poke();

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<DatabaseChangeWatcher> m_watcher;
    QTimer m_coalesce;
    QTimer m_poll;
};

} // namespace garagereg
