#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace garagereg {

class Database;

// Several delivery workers on one SQLite file would fight over its write lock
// and cannot lease work from each other safely, so one process at a time
// delivers from it (the CLI worker or the desktop application). PostgreSQL
// needs no such lock: its workers share the work.
class WorkerLock
{
    Q_DECLARE_TR_FUNCTIONS(WorkerLock)

public:
    // The lock (or a null pointer on PostgreSQL, where none is needed); on
    // failure, nullopt-like: `held` false and `message` says who holds it.
    struct Result
    {
        bool held = false;
        std::unique_ptr<QLockFile> lock;
        QString message;
    };
    static Result acquire(const Database &database);
};

} // namespace garagereg
