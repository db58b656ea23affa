#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace garagereg {

class Database;

// Tells the delivery engine that another process (the CLI, the GUI, another
// worker) may have queued work, so scheduling stays event-driven across
// processes: PostgreSQL LISTEN/NOTIFY, or a file watch on an SQLite database.
// Bursts are coalesced into one changed() signal. On PostgreSQL it also
// notices at once when the server closes that connection (lost()).
class DatabaseChangeWatcher : public QObject
{
    Q_OBJECT

public:
    static QString deliveriesChannel() { return QStringLiteral("garagereg_deliveries"); }

    // Listens on the calling thread's connection of `database`.
    explicit DatabaseChangeWatcher(const Database &database, QObject *parent = nullptr);

signals:
    void changed();
    // PostgreSQL: the connection it listens on was closed (a server restart,
    // pg_terminate_backend, a network cut). It hears nothing more; make a new
    // watcher once Database::connection() works again.
    void lost();

private:
    QFileSystemWatcher m_files;
    QTimer m_coalesce;
    bool m_lost = false;
};

} // namespace garagereg
