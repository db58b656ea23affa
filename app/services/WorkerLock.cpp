#include "app/services/WorkerLock.h"

#include "models/storage/Database.h"

namespace garagereg {

WorkerLock::Result WorkerLock::acquire(const Database &database)
{
    if (!database.url().isSqlite())
        return {true, nullptr, {}};
    auto lock = std::make_unique<QLockFile>(database.url().filePath() + QStringLiteral(".worker-lock"));
    lock->setStaleLockTime(0); // a lock whose process is gone is stale at once
    if (lock->tryLock(0))
        return {true, std::move(lock), {}};
    qint64 pid = 0;
    QString host;
    QString application;
    lock->getLockInfo(&pid, &host, &application);
    return {false, nullptr,
            tr("Another worker (process %1 on %2) is already delivering from %3. A second worker on one SQLite "
               "file is refused; use a PostgreSQL database to share the work between workers.")
                .arg(pid)
                .arg(host, database.url().filePath())};
}

} // namespace garagereg
