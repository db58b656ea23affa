#include "models/storage/DatabaseChangeWatcher.h"

#include "models/storage/Database.h"

#include <QFileInfo>
#include <QPointer>
#include <QSocketNotifier>
#include <QSqlDriver>

namespace garagereg {

DatabaseChangeWatcher::DatabaseChangeWatcher(const Database &database, QObject *parent)
    : QObject(parent)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(20);
    connect(&m_coalesce, &QTimer::timeout, this, &DatabaseChangeWatcher::changed);
    const auto poke = [this] {
        if (!m_coalesce.isActive())
            m_coalesce.start();
    };

    if (database.url().isSqlite()) {
        // Writers append to the -wal file while the database is in WAL mode.
        const QString path = database.url().filePath();
        for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
            if (QFileInfo::exists(file))
                m_files.addPath(file);
        }
        connect(&m_files, &QFileSystemWatcher::fileChanged, this, [this, poke](const QString &file) {
            if (!m_files.files().contains(file) && QFileInfo::exists(file))
                m_files.addPath(file); // replaced by a checkpoint: watch the new one
            poke();
        });
        return;
    }
    QSqlDriver *driver = database.connection().driver();
    driver->subscribeToNotification(deliveriesChannel());
    connect(driver, &QSqlDriver::notification, this, poke);
    // The driver reads its socket when it becomes readable, which is also when
    // the server closes it; libpq then reports the connection bad, but the
    // driver says nothing. Look right after it has read (queued: after its slot).
    if (auto *socket = driver->findChild<QSocketNotifier *>()) {
        connect(
            socket, &QSocketNotifier::activated, this,
            [this, driver = QPointer<QSqlDriver>(driver)] {
                if (!m_lost && (!driver || !driver->isOpen())) {
                    m_lost = true;
                    emit lost();
                }
            },
            Qt::QueuedConnection);
    }
}

} // namespace garagereg
