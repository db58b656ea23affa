#include "models/storage/DatabaseChangeWatcher.h"

#include "models/storage/Database.h"

#include <QFileInfo>
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
}

} // namespace garagereg
