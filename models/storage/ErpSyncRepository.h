#pragma once

#include "models/erp/Sync.h"
#include "models/storage/SqlQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace garagereg {

class Clock;
class Database;

// Everything the ERP sync keeps: bindings, cursors, run locks, the sync log
// and the conflicts waiting for a person. Each method is one statement or one
// transaction.
class ErpSyncRepository
{
    Q_DECLARE_TR_FUNCTIONS(ErpSyncRepository)

public:
    ErpSyncRepository(const Database &database, const Clock &clock);

    // --- bindings ---
    std::optional<PartBinding> bindingForPart(qint64 integrationId, qint64 partId) const;
    // The bindings of these parts, by part id; parts without one are absent.
    QHash<qint64, PartBinding> bindingsForParts(qint64 integrationId, const QList<qint64> &partIds) const;
    std::optional<PartBinding> bindingForExternalId(qint64 integrationId, const QString &externalId) const;
    // Inserts or replaces the binding of (integration, part); fills in its id.
    void saveBinding(PartBinding &binding);
    // saveBinding() for many bindings of different parts, in multi-row statements.
    void saveBindings(QList<PartBinding> &bindings);

    // --- cursors ---
    QString cursor(qint64 integrationId, const QString &entity) const;
    void setCursor(qint64 integrationId, const QString &entity, const QString &value);

    // --- one run per integration at a time ---
    // Takes the lock unless another owner holds it and it has not run out.
    bool tryLock(qint64 integrationId, const QString &owner, qint64 syncLogId, const QDateTime &until);
    void renewLock(qint64 integrationId, const QString &owner, const QDateTime &until);
    void unlock(qint64 integrationId, const QString &owner);
    std::optional<qint64> runningLog(qint64 integrationId) const;

    // --- the sync log ---
    void startLog(SyncLog &log);
    void addEntry(SyncLogEntry &entry);
    // addEntry() for many entries, in multi-row statements (in list order; ids not filled in).
    void addEntries(QList<SyncLogEntry> &entries);
    void finishLog(const SyncLog &log);
    // Runs still marked running whose process stopped (only the lock holder calls this).
    int failInterruptedRuns(qint64 integrationId, qint64 currentLogId);
    QList<SyncLog> logs(std::optional<qint64> integrationId, int limit) const;
    std::optional<SyncLog> findLog(qint64 id) const;
    QList<SyncLogEntry> entries(qint64 syncLogId) const;

    // --- conflicts ---
    // Queues a conflict unless one is already open for the part; returns its id.
    qint64 openConflict(SyncConflict conflict);
    QList<SyncConflict> conflicts(std::optional<qint64> integrationId, bool openOnly) const;
    std::optional<SyncConflict> findConflict(qint64 id) const;
    std::optional<SyncConflict> openConflictFor(qint64 integrationId, const QString &partNumber) const;
    // Which of these part numbers have an open conflict.
    QSet<QString> partNumbersWithOpenConflicts(qint64 integrationId, const QStringList &partNumbers) const;
    void resolveConflict(qint64 id, const QString &resolution);

private:
    static PartBinding bindingFromRow(const SqlQuery &query);
    static void appendValues(QVariantList &values, const PartBinding &binding);
    static void appendValues(QVariantList &values, const SyncLogEntry &entry);
    static SyncLog logFromRow(const SqlQuery &query);
    static SyncConflict conflictFromRow(const SqlQuery &query);
    QList<SyncConflict> selectConflicts(const QString &where, const QVariantMap &bindings) const;

    const Database &m_database;
    const Clock &m_clock;
    mutable StatementCache m_statements; // the per-record statements of a sync
};

} // namespace garagereg
