#include "models/storage/ErpSyncRepository.h"

#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/RepositorySupport.h"
#include "models/storage/SqlQuery.h"
#include "models/storage/Transaction.h"

#include <QJsonArray>

namespace garagereg {

namespace {
const QString bindingColumns = QStringLiteral(
    "SELECT id, integration_id, part_id, external_id, state, remote_etag, remote_updated_at, local_hash, remote_hash,"
    " last_synced_at FROM part_bindings");
const QString logColumns = QStringLiteral(
    "SELECT id, integration_id, sync_type, triggered_by, status, started_at, finished_at, duration_ms, processed_count,"
    " succeeded_count, failed_count, skipped_count, conflict_count, cursor_before, cursor_after, conflict_policy,"
    " part_numbers, force_update, error_message FROM erp_sync_logs");
const QString conflictColumns = QStringLiteral(
    "SELECT id, integration_id, part_number, sync_log_id, local_record, remote_record, status, resolution, detected_at,"
    " resolved_at FROM sync_conflicts");

QVariant optionalId(std::optional<qint64> id)
{
    return nullableInt(id);
}
} // namespace

ErpSyncRepository::ErpSyncRepository(const Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

PartBinding ErpSyncRepository::bindingFromRow(const SqlQuery &query)
{
    PartBinding binding;
    binding.id = query.value(0).toLongLong();
    binding.integrationId = query.value(1).toLongLong();
    binding.partId = query.value(2).toLongLong();
    binding.externalId = query.value(3).toString();
    binding.pending = query.value(4).toString() == QLatin1String("pending");
    binding.remoteEtag = query.value(5).toString();
    binding.remoteUpdatedAt = fromDbTime(query.value(6));
    binding.localHash = query.value(7).toString();
    binding.remoteHash = query.value(8).toString();
    binding.lastSyncedAt = fromDbTime(query.value(9));
    return binding;
}

std::optional<PartBinding> ErpSyncRepository::bindingForPart(qint64 integrationId, qint64 partId) const
{
    SqlQuery query(m_database.connection(),
                   bindingColumns + QStringLiteral(" WHERE integration_id = :i AND part_id = :p"));
    query.bind(QStringLiteral(":i"), integrationId).bind(QStringLiteral(":p"), partId).exec();
    if (!query.next())
        return std::nullopt;
    return bindingFromRow(query);
}

QHash<qint64, PartBinding> ErpSyncRepository::bindingsForParts(qint64 integrationId, const QList<qint64> &partIds) const
{
    QVariantList ids;
    ids.reserve(partIds.size());
    for (const qint64 id : partIds)
        ids << id;
    QHash<qint64, PartBinding> found;
    forEachChunk(ids, [&](const QVariantList &chunk) {
        SqlQuery query(m_database.connection(), bindingColumns
                                                    + QStringLiteral(" WHERE integration_id = :i AND part_id IN (%1)")
                                                          .arg(placeholders(chunk.size())));
        query.bind(QStringLiteral(":i"), integrationId);
        bindAll(query, chunk);
        query.exec();
        while (query.next()) {
            PartBinding binding = bindingFromRow(query);
            const qint64 partId = binding.partId;
            found.insert(partId, std::move(binding));
        }
    });
    return found;
}

std::optional<PartBinding> ErpSyncRepository::bindingForExternalId(qint64 integrationId, const QString &externalId) const
{
    SqlQuery query(m_database.connection(),
                   bindingColumns + QStringLiteral(" WHERE integration_id = :i AND external_id = :e"));
    query.bind(QStringLiteral(":i"), integrationId).bind(QStringLiteral(":e"), externalId).exec();
    if (!query.next())
        return std::nullopt;
    return bindingFromRow(query);
}

namespace {
const QString bindingUpsert = QStringLiteral(
    "INSERT INTO part_bindings (integration_id, part_id, external_id, state, remote_etag, remote_updated_at,"
    " local_hash, remote_hash, last_synced_at) VALUES %1 ON CONFLICT (integration_id, part_id) DO UPDATE"
    " SET external_id = excluded.external_id, state = excluded.state, remote_etag = excluded.remote_etag,"
    " remote_updated_at = excluded.remote_updated_at, local_hash = excluded.local_hash,"
    " remote_hash = excluded.remote_hash, last_synced_at = excluded.last_synced_at RETURNING id, part_id");
const QString entryInsert = QStringLiteral(
    "INSERT INTO erp_sync_log_entries (sync_log_id, part_number, operation, direction, outcome, http_status,"
    " error_category, message, created_at) VALUES %1");
} // namespace

void ErpSyncRepository::appendValues(QVariantList &values, const PartBinding &binding)
{
    values << binding.integrationId << binding.partId
           << nullableText(binding.externalId.isEmpty() ? QString() : binding.externalId)
           << (binding.pending ? QStringLiteral("pending") : QStringLiteral("bound"))
           << nullableText(binding.remoteEtag) << toDbTime(binding.remoteUpdatedAt) << nullableText(binding.localHash)
           << nullableText(binding.remoteHash) << toDbTime(binding.lastSyncedAt);
}

void ErpSyncRepository::saveBindings(QList<PartBinding> &bindings)
{
    constexpr qsizetype columns = 9;
    forEachRowChunk(bindings.size(), columns, [&](qsizetype start, qsizetype rows) {
        SqlQuery &query = m_statements.get(m_database.connection(), QStringLiteral("binding upsert %1").arg(rows),
                                           [&] { return bindingUpsert.arg(rowPlaceholders(rows, columns)); });
        QVariantList values;
        values.reserve(rows * columns);
        QHash<qint64, qsizetype> byPart;
        for (qsizetype i = start; i < start + rows; ++i) {
            appendValues(values, bindings.at(i));
            byPart.insert(bindings.at(i).partId, i);
        }
        if (byPart.size() != rows)
            throw Error(tr("Two bindings of one part cannot be stored in one statement."));
        bindAll(query, values);
        query.exec();
        while (query.next()) {
            const auto found = byPart.constFind(query.value(1).toLongLong());
            if (found != byPart.cend())
                bindings[*found].id = query.value(0).toLongLong();
        }
        query.finish();
    });
}

void ErpSyncRepository::saveBinding(PartBinding &binding)
{
    // One statement: a binding replaces the part's earlier one (keeping its id).
    SqlQuery &upsert = m_statements.get(
        m_database.connection(),
        QStringLiteral("INSERT INTO part_bindings (integration_id, part_id, external_id, state, remote_etag,"
                       " remote_updated_at, local_hash, remote_hash, last_synced_at) VALUES (:i, :p, :e, :state,"
                       " :etag, :updated, :local, :remote, :synced) ON CONFLICT (integration_id, part_id) DO UPDATE"
                       " SET external_id = excluded.external_id, state = excluded.state,"
                       " remote_etag = excluded.remote_etag, remote_updated_at = excluded.remote_updated_at,"
                       " local_hash = excluded.local_hash, remote_hash = excluded.remote_hash,"
                       " last_synced_at = excluded.last_synced_at RETURNING id"));
    upsert.bind(QStringLiteral(":i"), binding.integrationId)
        .bind(QStringLiteral(":p"), binding.partId)
        .bind(QStringLiteral(":e"), nullableText(binding.externalId.isEmpty() ? QString() : binding.externalId))
        .bind(QStringLiteral(":state"), binding.pending ? QStringLiteral("pending") : QStringLiteral("bound"))
        .bind(QStringLiteral(":etag"), nullableText(binding.remoteEtag))
        .bind(QStringLiteral(":updated"), toDbTime(binding.remoteUpdatedAt))
        .bind(QStringLiteral(":local"), nullableText(binding.localHash))
        .bind(QStringLiteral(":remote"), nullableText(binding.remoteHash))
        .bind(QStringLiteral(":synced"), toDbTime(binding.lastSyncedAt));
    binding.id = upsert.scalar().toLongLong();
}

QString ErpSyncRepository::cursor(qint64 integrationId, const QString &entity) const
{
    return SqlQuery(m_database.connection(),
                    QStringLiteral("SELECT cursor_value FROM sync_cursors WHERE integration_id = :i AND entity = :e"))
        .bind(QStringLiteral(":i"), integrationId)
        .bind(QStringLiteral(":e"), entity)
        .scalar()
        .toString();
}

void ErpSyncRepository::setCursor(qint64 integrationId, const QString &entity, const QString &value)
{
    SqlQuery(m_database.connection(),
             QStringLiteral(
                 "INSERT INTO sync_cursors (integration_id, entity, cursor_value, updated_at) VALUES (:i, :e, :v, :now)"
                 " ON CONFLICT (integration_id, entity) DO UPDATE SET cursor_value = excluded.cursor_value,"
                 " updated_at = excluded.updated_at"))
        .bind(QStringLiteral(":i"), integrationId)
        .bind(QStringLiteral(":e"), entity)
        .bind(QStringLiteral(":v"), value)
        .bind(QStringLiteral(":now"), toDbTime(m_clock.now()))
        .exec();
}

bool ErpSyncRepository::tryLock(qint64 integrationId, const QString &owner, qint64 syncLogId, const QDateTime &until)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    SqlQuery(db, QStringLiteral("DELETE FROM sync_locks WHERE integration_id = :i AND locked_until < :now"))
        .bind(QStringLiteral(":i"), integrationId)
        .bind(QStringLiteral(":now"), toDbTime(m_clock.now()))
        .exec();
    SqlQuery insert(db, QStringLiteral("INSERT INTO sync_locks (integration_id, owner, sync_log_id, locked_until)"
                                       " VALUES (:i, :owner, :log, :until) ON CONFLICT (integration_id) DO NOTHING"));
    insert.bind(QStringLiteral(":i"), integrationId)
        .bind(QStringLiteral(":owner"), owner)
        .bind(QStringLiteral(":log"), syncLogId)
        .bind(QStringLiteral(":until"), toDbTime(until))
        .exec();
    const bool locked = insert.rowsAffected() == 1;
    transaction.commit();
    return locked;
}

void ErpSyncRepository::renewLock(qint64 integrationId, const QString &owner, const QDateTime &until)
{
    SqlQuery(m_database.connection(),
             QStringLiteral("UPDATE sync_locks SET locked_until = :until WHERE integration_id = :i AND owner = :owner"))
        .bind(QStringLiteral(":until"), toDbTime(until))
        .bind(QStringLiteral(":i"), integrationId)
        .bind(QStringLiteral(":owner"), owner)
        .exec();
}

void ErpSyncRepository::unlock(qint64 integrationId, const QString &owner)
{
    SqlQuery(m_database.connection(),
             QStringLiteral("DELETE FROM sync_locks WHERE integration_id = :i AND owner = :owner"))
        .bind(QStringLiteral(":i"), integrationId)
        .bind(QStringLiteral(":owner"), owner)
        .exec();
}

std::optional<qint64> ErpSyncRepository::runningLog(qint64 integrationId) const
{
    const QVariant id =
        SqlQuery(m_database.connection(),
                 QStringLiteral(
                     "SELECT sync_log_id FROM sync_locks WHERE integration_id = :i AND locked_until >= :now"))
            .bind(QStringLiteral(":i"), integrationId)
            .bind(QStringLiteral(":now"), toDbTime(m_clock.now()))
            .scalar();
    return id.isNull() ? std::nullopt : std::optional<qint64>(id.toLongLong());
}

void ErpSyncRepository::startLog(SyncLog &log)
{
    SqlQuery insert(m_database.connection(),
                    QStringLiteral(
                        "INSERT INTO erp_sync_logs (integration_id, sync_type, triggered_by, status, started_at,"
                        " cursor_before, conflict_policy, part_numbers, force_update) VALUES (:i, :type, :by,"
                        " 'running', :started, :cursor, :policy, :parts, :force) RETURNING id"));
    insert.bind(QStringLiteral(":i"), optionalId(log.integrationId))
        .bind(QStringLiteral(":type"), syncDirectionName(log.direction))
        .bind(QStringLiteral(":by"), log.triggeredBy)
        .bind(QStringLiteral(":started"), toDbTime(log.startedAt))
        .bind(QStringLiteral(":cursor"), nullableText(log.cursorBefore))
        .bind(QStringLiteral(":policy"), nullableText(log.conflictPolicy))
        .bind(QStringLiteral(":parts"),
              nullableText(log.partNumbers.isEmpty() ? QString() : log.partNumbers.join(QLatin1Char(','))))
        .bind(QStringLiteral(":force"), log.forceUpdate);
    log.id = insert.scalar().toLongLong();
    log.status = SyncStatus::Running;
}

void ErpSyncRepository::addEntry(SyncLogEntry &entry)
{
    entry.createdAt = m_clock.now();
    SqlQuery &insert = m_statements.get(
        m_database.connection(),
        QStringLiteral("INSERT INTO erp_sync_log_entries (sync_log_id, part_number, operation, direction, outcome,"
                       " http_status, error_category, message, created_at) VALUES (:log, :part, :op, :dir,"
                       " :outcome, :http, :category, :message, :created) RETURNING id"));
    insert.bind(QStringLiteral(":log"), entry.syncLogId)
        .bind(QStringLiteral(":part"), nullableText(entry.partNumber))
        .bind(QStringLiteral(":op"), entry.operation)
        .bind(QStringLiteral(":dir"), entry.direction)
        .bind(QStringLiteral(":outcome"), entry.outcome)
        .bind(QStringLiteral(":http"),
              nullableInt(entry.httpStatus ? std::optional<qint64>(*entry.httpStatus) : std::nullopt))
        .bind(QStringLiteral(":category"), nullableText(entry.errorCategory.isEmpty() ? QString() : entry.errorCategory))
        .bind(QStringLiteral(":message"), nullableText(entry.message.isEmpty() ? QString() : entry.message))
        .bind(QStringLiteral(":created"), toDbTime(entry.createdAt));
    entry.id = insert.scalar().toLongLong();
}

void ErpSyncRepository::appendValues(QVariantList &values, const SyncLogEntry &entry)
{
    values << entry.syncLogId << nullableText(entry.partNumber) << entry.operation << entry.direction << entry.outcome
           << nullableInt(entry.httpStatus ? std::optional<qint64>(*entry.httpStatus) : std::nullopt)
           << nullableText(entry.errorCategory.isEmpty() ? QString() : entry.errorCategory)
           << nullableText(entry.message.isEmpty() ? QString() : entry.message) << toDbTime(entry.createdAt);
}

void ErpSyncRepository::addEntries(QList<SyncLogEntry> &entries)
{
    constexpr qsizetype columns = 9;
    forEachRowChunk(entries.size(), columns, [&](qsizetype start, qsizetype rows) {
        SqlQuery &query = m_statements.get(m_database.connection(), QStringLiteral("entry insert %1").arg(rows),
                                           [&] { return entryInsert.arg(rowPlaceholders(rows, columns)); });
        QVariantList values;
        values.reserve(rows * columns);
        for (qsizetype i = start; i < start + rows; ++i) {
            if (!entries.at(i).createdAt.isValid())
                entries[i].createdAt = m_clock.now();
            appendValues(values, entries.at(i));
        }
        bindAll(query, values);
        query.exec();
        query.finish();
    });
}

void ErpSyncRepository::finishLog(const SyncLog &log)
{
    SqlQuery(m_database.connection(),
             QStringLiteral(
                 "UPDATE erp_sync_logs SET status = :status, finished_at = :finished, duration_ms = :duration,"
                 " processed_count = :processed, succeeded_count = :succeeded, failed_count = :failed,"
                 " skipped_count = :skipped, conflict_count = :conflicts, cursor_after = :cursor,"
                 " error_message = :error WHERE id = :id"))
        .bind(QStringLiteral(":status"), syncStatusName(log.status))
        .bind(QStringLiteral(":finished"), toDbTime(log.finishedAt))
        .bind(QStringLiteral(":duration"), log.durationMs)
        .bind(QStringLiteral(":processed"), log.processed)
        .bind(QStringLiteral(":succeeded"), log.succeeded)
        .bind(QStringLiteral(":failed"), log.failed)
        .bind(QStringLiteral(":skipped"), log.skipped)
        .bind(QStringLiteral(":conflicts"), log.conflicts)
        .bind(QStringLiteral(":cursor"), nullableText(log.cursorAfter))
        .bind(QStringLiteral(":error"), nullableText(log.errorMessage.isEmpty() ? QString() : log.errorMessage))
        .bind(QStringLiteral(":id"), log.id)
        .exec();
}

int ErpSyncRepository::failInterruptedRuns(qint64 integrationId, qint64 currentLogId)
{
    SqlQuery query(m_database.connection(),
                   QStringLiteral(
                       "UPDATE erp_sync_logs SET status = 'failed', finished_at = :now, error_message = :error"
                       " WHERE integration_id = :i AND status = 'running' AND id <> :current"));
    query.bind(QStringLiteral(":now"), toDbTime(m_clock.now()))
        .bind(QStringLiteral(":error"), tr("Interrupted: the process running this sync stopped before it finished."))
        .bind(QStringLiteral(":i"), integrationId)
        .bind(QStringLiteral(":current"), currentLogId)
        .exec();
    return query.rowsAffected();
}

SyncLog ErpSyncRepository::logFromRow(const SqlQuery &query)
{
    SyncLog log;
    log.id = query.value(0).toLongLong();
    if (!query.value(1).isNull())
        log.integrationId = query.value(1).toLongLong();
    log.direction = syncDirectionFromName(query.value(2).toString()).value_or(SyncDirection::PartsFromErp);
    log.triggeredBy = query.value(3).toString();
    log.status = syncStatusFromName(query.value(4).toString()).value_or(SyncStatus::Failed);
    log.startedAt = fromDbTime(query.value(5));
    log.finishedAt = fromDbTime(query.value(6));
    log.durationMs = query.value(7).toLongLong();
    log.processed = query.value(8).toInt();
    log.succeeded = query.value(9).toInt();
    log.failed = query.value(10).toInt();
    log.skipped = query.value(11).toInt();
    log.conflicts = query.value(12).toInt();
    log.cursorBefore = query.value(13).toString();
    log.cursorAfter = query.value(14).toString();
    log.conflictPolicy = query.value(15).toString();
    log.partNumbers = query.value(16).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    log.forceUpdate = query.value(17).toBool();
    log.errorMessage = query.value(18).toString();
    return log;
}

QList<SyncLog> ErpSyncRepository::logs(std::optional<qint64> integrationId, int limit) const
{
    SqlQuery query(m_database.connection(),
                   logColumns + (integrationId ? QStringLiteral(" WHERE integration_id = :i") : QString())
                       + QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT :limit"));
    if (integrationId)
        query.bind(QStringLiteral(":i"), *integrationId);
    query.bind(QStringLiteral(":limit"), limit).exec();
    QList<SyncLog> result;
    while (query.next())
        result.append(logFromRow(query));
    return result;
}

std::optional<SyncLog> ErpSyncRepository::findLog(qint64 id) const
{
    SqlQuery query(m_database.connection(), logColumns + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id).exec();
    if (!query.next())
        return std::nullopt;
    return logFromRow(query);
}

QList<SyncLogEntry> ErpSyncRepository::entries(qint64 syncLogId) const
{
    SqlQuery query(m_database.connection(),
                   QStringLiteral(
                       "SELECT id, sync_log_id, part_number, operation, direction, outcome, http_status,"
                       " error_category, message, created_at FROM erp_sync_log_entries WHERE sync_log_id = :id"
                       " ORDER BY id"));
    query.bind(QStringLiteral(":id"), syncLogId).exec();
    QList<SyncLogEntry> result;
    while (query.next()) {
        SyncLogEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.syncLogId = query.value(1).toLongLong();
        entry.partNumber = query.value(2).toString();
        entry.operation = query.value(3).toString();
        entry.direction = query.value(4).toString();
        entry.outcome = query.value(5).toString();
        if (!query.value(6).isNull())
            entry.httpStatus = query.value(6).toInt();
        entry.errorCategory = query.value(7).toString();
        entry.message = query.value(8).toString();
        entry.createdAt = fromDbTime(query.value(9));
        result.append(entry);
    }
    return result;
}

qint64 ErpSyncRepository::openConflict(SyncConflict conflict)
{
    if (const std::optional<SyncConflict> existing = openConflictFor(conflict.integrationId, conflict.partNumber))
        return existing->id;
    SqlQuery insert(m_database.connection(),
                    QStringLiteral(
                        "INSERT INTO sync_conflicts (integration_id, part_number, sync_log_id, local_record,"
                        " remote_record, status, detected_at) VALUES (:i, :part, :log, :local, :remote, 'open',"
                        " :now) RETURNING id"));
    insert.bind(QStringLiteral(":i"), conflict.integrationId)
        .bind(QStringLiteral(":part"), conflict.partNumber)
        .bind(QStringLiteral(":log"), optionalId(conflict.syncLogId))
        .bind(QStringLiteral(":local"), toJsonText(conflict.localRecord))
        .bind(QStringLiteral(":remote"), toJsonText(conflict.remoteRecord))
        .bind(QStringLiteral(":now"), toDbTime(m_clock.now()));
    return insert.scalar().toLongLong();
}

SyncConflict ErpSyncRepository::conflictFromRow(const SqlQuery &query)
{
    SyncConflict conflict;
    conflict.id = query.value(0).toLongLong();
    conflict.integrationId = query.value(1).toLongLong();
    conflict.partNumber = query.value(2).toString();
    if (!query.value(3).isNull())
        conflict.syncLogId = query.value(3).toLongLong();
    conflict.localRecord = jsonObjectFromText(query.value(4).toString(), QStringLiteral("sync_conflicts.local_record"));
    conflict.remoteRecord = jsonObjectFromText(query.value(5).toString(),
                                               QStringLiteral("sync_conflicts.remote_record"));
    conflict.open = query.value(6).toString() == QLatin1String("open");
    conflict.resolution = query.value(7).toString();
    conflict.detectedAt = fromDbTime(query.value(8));
    conflict.resolvedAt = fromDbTime(query.value(9));
    return conflict;
}

QList<SyncConflict> ErpSyncRepository::selectConflicts(const QString &where, const QVariantMap &bindings) const
{
    SqlQuery query(m_database.connection(), conflictColumns + where + QStringLiteral(" ORDER BY detected_at, id"));
    for (auto it = bindings.begin(); it != bindings.end(); ++it)
        query.bind(it.key(), it.value());
    query.exec();
    QList<SyncConflict> result;
    while (query.next())
        result.append(conflictFromRow(query));
    return result;
}

QList<SyncConflict> ErpSyncRepository::conflicts(std::optional<qint64> integrationId, bool openOnly) const
{
    QStringList conditions;
    QVariantMap bindings;
    if (integrationId) {
        conditions << QStringLiteral("integration_id = :i");
        bindings.insert(QStringLiteral(":i"), *integrationId);
    }
    if (openOnly)
        conditions << QStringLiteral("status = 'open'");
    return selectConflicts(conditions.isEmpty() ? QString()
                                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")),
                           bindings);
}

std::optional<SyncConflict> ErpSyncRepository::findConflict(qint64 id) const
{
    const QList<SyncConflict> found = selectConflicts(QStringLiteral(" WHERE id = :id"), {{QStringLiteral(":id"), id}});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<SyncConflict> ErpSyncRepository::openConflictFor(qint64 integrationId, const QString &partNumber) const
{
    const QList<SyncConflict> found =
        selectConflicts(QStringLiteral(" WHERE integration_id = :i AND part_number = :part AND status = 'open'"),
                        {{QStringLiteral(":i"), integrationId}, {QStringLiteral(":part"), partNumber}});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QSet<QString> ErpSyncRepository::partNumbersWithOpenConflicts(qint64 integrationId, const QStringList &partNumbers) const
{
    QSet<QString> found;
    forEachChunk(partNumbers, [&](const QStringList &chunk) {
        SqlQuery query(m_database.connection(),
                       QStringLiteral(
                           "SELECT part_number FROM sync_conflicts WHERE integration_id = :i AND status = 'open'"
                           " AND part_number IN (%1)")
                           .arg(placeholders(chunk.size())));
        query.bind(QStringLiteral(":i"), integrationId);
        bindAll(query, chunk);
        query.exec();
        while (query.next())
            found.insert(query.value(0).toString());
    });
    return found;
}

void ErpSyncRepository::resolveConflict(qint64 id, const QString &resolution)
{
    SqlQuery query(m_database.connection(),
                   QStringLiteral(
                       "UPDATE sync_conflicts SET status = 'resolved', resolution = :resolution, resolved_at = :now"
                       " WHERE id = :id AND status = 'open'"));
    query.bind(QStringLiteral(":resolution"), resolution)
        .bind(QStringLiteral(":now"), toDbTime(m_clock.now()))
        .bind(QStringLiteral(":id"), id)
        .exec();
    if (query.rowsAffected() == 0)
        throw Error(tr("There is no open conflict with id %1.").arg(id));
}

} // namespace garagereg
