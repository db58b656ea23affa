#include "models/storage/DeliveryRepository.h"

#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/DatabaseChangeWatcher.h"
#include "models/storage/RepositorySupport.h"
#include "models/storage/SqlQuery.h"
#include "models/storage/SqliteStatement.h"
#include "models/storage/Transaction.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>
#include <QUuid>

namespace garagereg {

namespace {

const QString deliveryColumns = QStringLiteral(
    "SELECT d.id, d.request_id, d.event_id, e.event_uuid, d.event_type, d.subscription_id, d.endpoint_url, d.status,"
    " d.attempt_count, d.manual_resend, d.next_attempt_at, d.first_attempt_at, d.last_attempt_at, d.completed_at,"
    " d.last_http_status, d.last_error_class, d.last_error, d.created_at, d.updated_at"
    " FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id");

const QString outstanding = QStringLiteral("status IN ('pending', 'retrying')");

// True when the attempt leaves the delivery in a final state.
bool endsDelivery(const AttemptRecord &record)
{
    return record.newStatus != DeliveryStatus::Retrying && record.newStatus != DeliveryStatus::Pending;
}

bool needsJsonEscape(char c)
{
    return static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\';
}

// `utf8` goes in as it is, with JSON's escapes: bytes of 0x80 and above are
// never escaped, so multi-byte characters pass through whole.
void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    out += '"';
    // Runs without anything to escape (nearly every header) go in whole.
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (!needsJsonEscape(c))
            continue;
        out += utf8.sliced(plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: out += "\\u00" + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
        }
    }
    out += utf8.sliced(plainFrom);
    out += '"';
}

// A text column read as bytes (SQLite, CAST AS BLOB) or as text (PostgreSQL).
QByteArray utf8Bytes(const QVariant &value)
{
    return value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
}

bool isAscii(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// [[name, value], ...] written directly, in UTF-8 and decoded once: every
// attempt stores two header lists, and QJsonDocument's round trip (then a
// conversion per name and value) was a visible share of recording one.
// Names are Latin-1, values UTF-8 (invalid bytes become U+FFFD).
QByteArray headersToJsonUtf8(const HttpHeaders &headers)
{
    QByteArray json;
    json.reserve(64 * (headers.size() + 1));
    json += '[';
    for (const auto &[name, value] : headers) {
        if (json.size() > 1)
            json += ',';
        json += '[';
        appendJsonString(json, isAscii(name) ? name : QString::fromLatin1(name).toUtf8());
        json += ',';
        appendJsonString(json, value);
        json += ']';
    }
    json += ']';
    return json;
}

QString headersToJson(const HttpHeaders &headers)
{
    return QString::fromUtf8(headersToJsonUtf8(headers));
}

HttpHeaders headersFromJson(const QString &text)
{
    HttpHeaders headers;
    if (text.isEmpty())
        return headers;
    for (const QJsonValue &pair : jsonArrayFromText(text, QStringLiteral("headers"))) {
        const QJsonArray nameAndValue = pair.toArray();
        headers.append({nameAndValue.at(0).toString().toLatin1(), nameAndValue.at(1).toString().toUtf8()});
    }
    return headers;
}

// Wakes workers in other processes (DatabaseChangeWatcher); PostgreSQL delivers it on commit.
void notifyQueueChanged(const Database &database)
{
    if (!database.url().isSqlite())
        execSql(database.connection(), QStringLiteral("NOTIFY ") + DatabaseChangeWatcher::deliveriesChannel());
}

// SQLite's planner, without statistics, prefers the status index and sorts every
// outstanding row; the queue and lease indexes are the right ones at any size,
// so SQLite is told (PostgreSQL's planner finds them itself).
QString sqliteIndex(const Database &database, const QString &index)
{
    return database.url().isSqlite() ? QStringLiteral(" INDEXED BY ") + index : QString();
}

// SQLite: commits in this scope skip the fsync (PRAGMA synchronous = NORMAL, in
// WAL mode only, where that can lose the latest commits but never corrupt);
// the connection's FULL is back when the scope ends, however it ends.
class LeaseCommitMode
{
public:
    // `walSqlite`: an SQLite connection in WAL mode; anything else is left alone.
    LeaseCommitMode(const QSqlDatabase &db, bool walSqlite, StatementCache &statements)
        : m_db(db)
        , m_active(walSqlite)
        , m_statements(statements)
    {
        if (m_active)
            m_statements.get(m_db, QStringLiteral("PRAGMA synchronous = NORMAL")).exec();
    }
    ~LeaseCommitMode()
    {
        if (!m_active)
            return;
        try {
            m_statements.get(m_db, QStringLiteral("PRAGMA synchronous = FULL")).exec();
        } catch (const Error &) {
            // Only fails with the connection broken, which ends its use anyway.
        }
    }
    LeaseCommitMode(const LeaseCommitMode &) = delete;
    LeaseCommitMode &operator=(const LeaseCommitMode &) = delete;

private:
    QSqlDatabase m_db;
    bool m_active;
    StatementCache &m_statements;
};

void bindAll(SqlQuery &query, const QVariantMap &bindings)
{
    for (auto it = bindings.begin(); it != bindings.end(); ++it)
        query.bind(it.key(), it.value());
}

} // namespace

struct DeliveryRepository::DirectStatements
{
    explicit DirectStatements(const QSqlDatabase &db)
        : connection(SqliteStatement::handleOf(db))
        , insertAttempt(db, QByteArrayLiteral(
                                "INSERT INTO delivery_attempts (delivery_id, attempt_number, triggered_by, started_at,"
                                " duration_ms, request_url, request_headers, response_status, response_headers,"
                                " response_body, response_truncated, error_class, error_message)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"))
        , updateDelivery(db, QByteArrayLiteral(
                                 "UPDATE webhook_deliveries SET status = ?2, attempt_count = attempt_count + 1,"
                                 " next_attempt_at = ?3, last_http_status = ?4, last_error_class = ?5, last_error = ?6,"
                                 " first_attempt_at = COALESCE(first_attempt_at, ?7), last_attempt_at = ?7,"
                                 " completed_at = ?8, claimed_by = NULL, claimed_until = NULL, manual_resend = FALSE,"
                                 " updated_at = ?9 WHERE id = ?1"))
    {
    }

    sqlite3 *connection; // whose statements these are
    SqliteStatement insertAttempt;
    SqliteStatement updateDelivery;
};

DeliveryRepository::DeliveryRepository(const Database &database, const Clock &clock)
    : m_database(database)
    , m_clock(clock)
{
}

DeliveryRepository::~DeliveryRepository() = default;

QStringList DeliveryRepository::insertEvent(WebhookEvent &event, const QList<WebhookSubscription> &recipients)
{
    const QSqlDatabase db = m_database.connection();
    const QVariant now = toDbTime(m_clock.now());
    Transaction transaction(m_database);
    event.createdAt = m_clock.now();
    SqlQuery &insertEvent =
        m_statements.get(db,
                         QStringLiteral("INSERT INTO webhook_events (event_uuid, event_type, payload, body,"
                                        " organization_id, entity_id, occurred_at, created_at) VALUES (:uuid, :type,"
                                        " :payload, :body, :organization, :entity, :occurred, :created) RETURNING id"));
    insertEvent.bind(QStringLiteral(":uuid"), event.eventUuid)
        .bind(QStringLiteral(":type"), event.eventType)
        .bind(QStringLiteral(":payload"), toJsonText(event.payload))
        .bind(QStringLiteral(":body"), QString::fromUtf8(event.body))
        .bind(QStringLiteral(":organization"), nullableText(event.organizationId))
        .bind(QStringLiteral(":entity"), nullableText(event.entityId))
        .bind(QStringLiteral(":occurred"), toDbTime(event.occurredAt))
        .bind(QStringLiteral(":created"), now);
    event.id = insertEvent.scalar().toLongLong();

    QStringList requestIds;
    SqlQuery &insertDelivery =
        m_statements.get(db, QStringLiteral(
                                 "INSERT INTO webhook_deliveries (request_id, event_id, event_type, subscription_id,"
                                 " endpoint_url, endpoint_host, status, next_attempt_at, created_at, updated_at)"
                                 " VALUES (:request_id, :event_id, :event_type, :subscription_id, :url, :host,"
                                 " 'pending', :due, :created, :updated)"));
    for (const WebhookSubscription &subscription : recipients) {
        const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        insertDelivery.bind(QStringLiteral(":request_id"), requestId)
            .bind(QStringLiteral(":event_id"), event.id)
            .bind(QStringLiteral(":event_type"), event.eventType)
            .bind(QStringLiteral(":subscription_id"), subscription.id)
            .bind(QStringLiteral(":url"), subscription.endpointUrl)
            .bind(QStringLiteral(":host"), QUrl(subscription.endpointUrl).host().toLower())
            .bind(QStringLiteral(":due"), now)
            .bind(QStringLiteral(":created"), now)
            .bind(QStringLiteral(":updated"), now)
            .exec();
        requestIds << requestId;
    }
    insertDelivery.finish();
    if (!recipients.isEmpty())
        notifyQueueChanged(m_database);
    transaction.commit();
    return requestIds;
}

QList<ClaimedDelivery> DeliveryRepository::claimDue(const QString &workerId, int limit, const QStringList &busyHosts,
                                                    qint64 leaseMs, const QDateTime &dueBefore,
                                                    const QDateTime &notDueBefore)
{
    if (limit <= 0)
        return {};
    const QSqlDatabase db = m_database.connection();
    const QDateTime now = m_clock.now();
    QVariantMap bindings{{QStringLiteral(":now"), toDbTime(now)},
                         {QStringLiteral(":due"), toDbTime(dueBefore.isValid() ? std::max(dueBefore, now) : now)},
                         {QStringLiteral(":limit"), limit},
                         {QStringLiteral(":worker"), workerId},
                         {QStringLiteral(":lease"), toDbTime(now.addMSecs(leaseMs))}};
    QStringList hostPlaceholders;
    for (int i = 0; i < busyHosts.size(); ++i) {
        hostPlaceholders << QStringLiteral(":host%1").arg(i);
        bindings.insert(hostPlaceholders.last(), busyHosts.at(i));
    }
    QString floorCondition;
    if (notDueBefore.isValid()) {
        floorCondition = QStringLiteral(" AND next_attempt_at >= :floor");
        bindings.insert(QStringLiteral(":floor"), toDbTime(notDueBefore));
    }
    const QString hostCondition =
        hostPlaceholders.isEmpty()
            ? QString()
            : QStringLiteral(" AND endpoint_host NOT IN (%1)").arg(hostPlaceholders.join(QStringLiteral(", ")));
    const bool sqlite = m_database.url().isSqlite();
    const QString skipLocked = sqlite ? QString() : QStringLiteral(" FOR UPDATE SKIP LOCKED");
    const QString fromEvent = QStringLiteral(" FROM webhook_events e WHERE e.id = webhook_deliveries.event_id)");
    // SQLite hands the body over as its UTF-8 bytes, as it is sent: as text it
    // would go to UTF-16 and back for every delivery.
    const QString eventBodyBytes = sqlite ? QStringLiteral("CAST(e.body AS BLOB)") : QStringLiteral("e.body");

    // A lease only coordinates live workers, so its commit does not wait for the
    // disk: a power cut that loses it also ended the worker holding it. Attempts,
    // events and every other state change still commit durably (and the next
    // durable commit flushes the lease with it).
    const bool sqliteWal = sqlite && isSqliteWal(db);
    if (sqliteWal)
        leaveCheckpointsOutOfCommits(db);
    const LeaseCommitMode leaseCommit(db, sqliteWal, m_statements);

    // One statement leases the rows and returns them with their events' bodies
    // (in a transaction of its own). It walks the queue index in due
    // order: the rows it skips are only the ones leased right now (bounded by
    // the workers' in-flight limits), never the history.
    const SqliteWriteTurn turn(m_database); // queues behind the recorder's commit instead of polling
    // PostgreSQL: the statement turns synchronous_commit off for its own
    // transaction (set_config(..., true) is SET LOCAL), so the claim is one round
    // trip instead of BEGIN, SET LOCAL, the claim and COMMIT. The setting is
    // evaluated once, before any row is leased.
    const QString skipFsync =
        sqlite ? QString() : QStringLiteral(" AND (SELECT set_config('synchronous_commit', 'off', true)) IS NOT NULL");
    const QString sql =
        QStringLiteral("UPDATE webhook_deliveries SET claimed_by = :worker, claimed_until = :lease"
                       " WHERE id IN (SELECT id FROM webhook_deliveries")
        + sqliteIndex(m_database, QStringLiteral("webhook_deliveries_queue")) + QStringLiteral(" WHERE ") + outstanding
        + floorCondition
        + QStringLiteral(" AND next_attempt_at <= :due AND (claimed_until IS NULL OR claimed_until <= :now)")
        + hostCondition + QStringLiteral(" ORDER BY next_attempt_at, id LIMIT :limit") + skipLocked
        + QStringLiteral(")") + skipFsync + QStringLiteral(" RETURNING id, request_id, event_id, (SELECT e.event_uuid")
        + fromEvent
        + QStringLiteral(", event_type, subscription_id, endpoint_url, status, attempt_count, manual_resend,"
                         " next_attempt_at, first_attempt_at, last_attempt_at, completed_at, last_http_status,"
                         " last_error_class, last_error, created_at, updated_at, (SELECT ")
        + eventBodyBytes + fromEvent + QStringLiteral(", endpoint_host");
    // Kept prepared while no host is busy (the common case): the statement is
    // the same every time then.
    std::optional<SqlQuery> uncached;
    SqlQuery &claim = hostCondition.isEmpty() ? m_statements.get(db, sql) : uncached.emplace(db, sql);
    bindAll(claim, bindings);
    claim.exec();
    QList<ClaimedDelivery> claimed;
    while (claim.next())
        claimed.append({deliveryFromRow(claim), utf8Bytes(claim.value(19)), claim.value(20).toString()});
    // RETURNING gives no order.
    std::sort(claimed.begin(), claimed.end(), [](const ClaimedDelivery &a, const ClaimedDelivery &b) {
        return std::pair(a.delivery.nextAttemptAt, a.delivery.id) < std::pair(b.delivery.nextAttemptAt, b.delivery.id);
    });
    return claimed;
}

bool DeliveryRepository::extendLease(qint64 deliveryId, const QString &workerId, const QDateTime &until)
{
    SqlQuery
        extend(m_database.connection(),
               QStringLiteral(
                   "UPDATE webhook_deliveries SET claimed_until = :until WHERE id = :id AND claimed_by = :worker"));
    extend.bind(QStringLiteral(":until"), toDbTime(until))
        .bind(QStringLiteral(":id"), deliveryId)
        .bind(QStringLiteral(":worker"), workerId)
        .exec();
    return extend.rowsAffected() > 0;
}

std::optional<QDateTime> DeliveryRepository::nextWakeTime() const
{
    // The queue in due order, up to the first delivery nobody holds: it wakes
    // the engine when it falls due, and a leased one before it when its lease
    // runs out. A delivery after it cannot wake sooner, so the walk stops there,
    // after what the workers hold.
    // Leases have no index of their own: then a claim changes no indexed column,
    // and PostgreSQL updates the row in place (HOT) instead of adding an entry to
    // each of the table's indexes.
    // Pages grow from 16 rows (the common case: few leased ones) to 128.
    const QString select = QStringLiteral("SELECT next_attempt_at, id, claimed_until FROM webhook_deliveries")
                           + sqliteIndex(m_database, QStringLiteral("webhook_deliveries_queue"))
                           + QStringLiteral(" WHERE ") + outstanding;
    std::optional<qint64> earliest;
    const auto consider = [&earliest](qint64 wake) { earliest = std::min(earliest.value_or(wake), wake); };
    std::optional<std::pair<qint64, qint64>> after; // the last row read: (due, id)
    for (int pageRows = 16;; pageRows = std::min(2 * pageRows, 128)) {
        const QString sql = select + (after ? QStringLiteral(" AND (next_attempt_at, id) > (:due, :id)") : QString())
                            + QStringLiteral(" ORDER BY next_attempt_at, id LIMIT ") + QString::number(pageRows);
        SqlQuery &page = m_statements.get(m_database.connection(), sql);
        if (after)
            page.bind(QStringLiteral(":due"), after->first).bind(QStringLiteral(":id"), after->second);
        page.exec();
        int rows = 0;
        bool freeFound = false;
        while (!freeFound && page.next()) {
            ++rows;
            const qint64 due = page.value(0).toLongLong();
            const QVariant leaseUntil = page.value(2);
            after = {due, page.value(1).toLongLong()};
            freeFound = leaseUntil.isNull() || leaseUntil.toLongLong() <= due;
            consider(freeFound ? due : leaseUntil.toLongLong());
        }
        page.finish(); // SQLite: an open read keeps its snapshot
        if (freeFound || rows < pageRows)
            break;
    }
    if (!earliest)
        return std::nullopt;
    return fromDbTime(*earliest);
}

qint64 DeliveryRepository::outstandingCount() const
{
    return SqlQuery(m_database.connection(),
                    QStringLiteral("SELECT count(*) FROM webhook_deliveries WHERE ") + outstanding)
        .scalar()
        .toLongLong();
}

QString DeliveryRepository::subscriptionsVersion() const
{
    SqlQuery &query = m_statements.get(
        m_database.connection(),
        QStringLiteral("SELECT (SELECT count(*) FROM webhook_subscriptions), (SELECT sum(updated_at) FROM"
                       " webhook_subscriptions), (SELECT count(*) FROM integrations), (SELECT sum(updated_at) FROM"
                       " integrations)"));
    query.exec();
    QStringList parts;
    if (query.next()) {
        for (int column = 0; column < 4; ++column)
            parts << query.value(column).toString();
    }
    query.finish(); // SQLite: an open read keeps its snapshot
    return parts.join(QLatin1Char(':'));
}

QByteArray DeliveryRepository::eventBody(qint64 eventId) const
{
    return SqlQuery(m_database.connection(), QStringLiteral("SELECT body FROM webhook_events WHERE id = :id"))
        .bind(QStringLiteral(":id"), eventId)
        .scalar()
        .toString()
        .toUtf8();
}

bool DeliveryRepository::isSqliteWal(const QSqlDatabase &db)
{
    if (!m_sqliteWal) // fixed for the connection's life: WAL is set when the database is opened
        m_sqliteWal = SqlQuery(db, QStringLiteral("PRAGMA journal_mode")).scalar().toString().toLower()
                      == QLatin1String("wal");
    return *m_sqliteWal;
}

// The claiming and the recording connections leave WAL checkpoints out of their
// commits (the recorder runs them between batches): a checkpoint writes and
// fsyncs the database file, tens of milliseconds in which the write queue is
// held and nothing would be claimed or sent.
void DeliveryRepository::leaveCheckpointsOutOfCommits(const QSqlDatabase &db)
{
    if (m_checkpointsLeftOut)
        return;
    execSql(db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    m_checkpointsLeftOut = true;
}

void DeliveryRepository::takeOverWalCheckpoints()
{
    const QSqlDatabase db = m_database.connection();
    if (m_database.url().isSqlite() && isSqliteWal(db))
        leaveCheckpointsOutOfCommits(db);
}

void DeliveryRepository::checkpointWal()
{
    const QSqlDatabase db = m_database.connection();
    if (m_database.url().isSqlite() && isSqliteWal(db))
        execSql(db, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")); // not kept: its row would hold a read snapshot
}

void DeliveryRepository::recordAttempt(const Delivery &delivery, const AttemptRecord &record)
{
    recordAttempts({{delivery, record}});
}

void DeliveryRepository::recordAttempts(const QList<std::pair<Delivery, AttemptRecord>> &attempts,
                                        const QDateTime &handedOverAt)
{
    if (attempts.isEmpty())
        return;
    const QSqlDatabase db = m_database.connection();
    const QDateTime now = handedOverAt.isValid() ? handedOverAt : m_clock.now();
    Transaction transaction(m_database);
    bool anyFinished = false;
    QHash<qint64, IntegrationTally> tallies; // by subscription
    QList<qint64> subscriptionOrder;
    if (DirectStatements *direct = directStatements(db)) {
        writeAttemptsDirectly(*direct, attempts, now);
    } else {
        insertAttempts(db, attempts);
        updateDeliveries(db, attempts, now);
    }
    for (const auto &[delivery, record] : attempts) {
        anyFinished = anyFinished || endsDelivery(record);
        writeSubscriptionChanges(db, delivery, record, now);
        if (delivery.subscriptionId) {
            if (!tallies.contains(*delivery.subscriptionId))
                subscriptionOrder << *delivery.subscriptionId;
            tallies[*delivery.subscriptionId].add(record);
        }
    }
    for (const qint64 subscriptionId : subscriptionOrder)
        writeIntegrationTally(db, subscriptionId, tallies.value(subscriptionId), now);
    if (anyFinished)
        notifyQueueChanged(m_database); // other workers may be waiting for the queue to empty
    transaction.commit();
}

QStringList DeliveryRepository::recordAttemptsStillHeld(const QList<std::pair<Delivery, AttemptRecord>> &attempts,
                                                        const QString &workerId, const QDateTime &now)
{
    if (attempts.isEmpty())
        return {};
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    // Who holds each delivery now and how many attempts it has; locked on
    // PostgreSQL until the commit so no other worker takes one over meanwhile.
    QHash<qint64, std::pair<QString, int>> current;
    constexpr qsizetype chunk = 500;
    for (qsizetype start = 0; start < attempts.size(); start += chunk) {
        QStringList ids;
        for (qsizetype i = start; i < std::min(attempts.size(), start + chunk); ++i)
            ids << QString::number(attempts.at(i).first.id);
        SqlQuery rows(db,
                      QStringLiteral("SELECT id, claimed_by, attempt_count FROM webhook_deliveries WHERE id IN (%1)")
                              .arg(ids.join(QLatin1Char(',')))
                          + (m_database.backend() == Backend::PostgreSql ? QStringLiteral(" FOR UPDATE") : QString()));
        rows.exec();
        while (rows.next())
            current.insert(rows.value(0).toLongLong(), {rows.value(1).toString(), rows.value(2).toInt()});
    }
    QList<std::pair<Delivery, AttemptRecord>> toRecord;
    QStringList leftOut;
    QSet<qint64> seen;
    for (const auto &attempt : attempts) {
        if (seen.contains(attempt.first.id))
            continue; // one attempt per delivery and batch
        seen.insert(attempt.first.id);
        const auto found = current.constFind(attempt.first.id);
        const bool recordedAlready = found != current.cend() && found->second > attempt.first.attemptCount;
        if (found != current.cend() && found->first == workerId && !recordedAlready)
            toRecord.append(attempt);
        else if (!recordedAlready)
            leftOut << attempt.first.requestId;
    }
    recordAttempts(toRecord, now);
    transaction.commit();
    return leftOut;
}

void DeliveryRepository::IntegrationTally::add(const AttemptRecord &record)
{
    ++requests;
    totalDurationMs += record.attempt.durationMs;
    lastDurationMs = record.attempt.durationMs;
    if (record.succeeded) {
        ++successes;
    } else {
        ++errors;
        lastError = record.attempt.errorMessage;
    }
}

// The integration's counters once per batch, not once per attempt: the
// integration row is the one every attempt of a burst would otherwise rewrite.
void DeliveryRepository::writeIntegrationTally(const QSqlDatabase &db, qint64 subscriptionId,
                                               const IntegrationTally &tally, const QDateTime &now)
{
    QString sql = QStringLiteral(
        "UPDATE integrations SET request_count = request_count + :requests,"
        " average_response_ms = (COALESCE(average_response_ms, 0) * request_count"
        " + :total_duration) / (request_count + :requests2), last_response_ms = :last_duration");
    if (tally.successes > 0)
        sql += QStringLiteral(", success_count = success_count + :successes, last_success_at = :success_at");
    if (tally.errors > 0)
        sql += QStringLiteral(", error_count = error_count + :errors, last_error_at = :error_at, last_error = :error");
    sql += QStringLiteral(" WHERE id = (SELECT integration_id FROM webhook_subscriptions WHERE id = :subscription)");
    SqlQuery &update = m_statements.get(db, sql);
    update.bind(QStringLiteral(":requests"), tally.requests)
        .bind(QStringLiteral(":requests2"), tally.requests)
        .bind(QStringLiteral(":total_duration"), static_cast<double>(tally.totalDurationMs))
        .bind(QStringLiteral(":last_duration"), tally.lastDurationMs)
        .bind(QStringLiteral(":subscription"), subscriptionId);
    if (tally.successes > 0)
        update.bind(QStringLiteral(":successes"), tally.successes).bind(QStringLiteral(":success_at"), toDbTime(now));
    if (tally.errors > 0)
        update.bind(QStringLiteral(":errors"), tally.errors)
            .bind(QStringLiteral(":error_at"), toDbTime(now))
            .bind(QStringLiteral(":error"), tally.lastError);
    update.exec();
}

DeliveryRepository::DirectStatements *DeliveryRepository::directStatements(const QSqlDatabase &db)
{
    sqlite3 *connection = SqliteStatement::handleOf(db);
    if (!connection) {
        m_direct.reset();
        return nullptr;
    }
    if (!m_direct || m_direct->connection != connection) {
        m_direct.reset(); // a connection opened again: the old statements went with the old one
        m_direct = std::make_unique<DirectStatements>(db);
    }
    return m_direct.get();
}

void DeliveryRepository::writeAttemptsDirectly(DirectStatements &statements,
                                               const QList<std::pair<Delivery, AttemptRecord>> &attempts,
                                               const QDateTime &now)
{
    static const QByteArray manual = QByteArrayLiteral("manual");
    static const QByteArray scheduled = QByteArrayLiteral("scheduled");
    const auto millis = [](const QDateTime &time) {
        return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
    };
    const auto textOrNull = [](const QString &text) { return text.isEmpty() ? QByteArray() : text.toUtf8(); };
    for (const auto &[delivery, record] : attempts) {
        const DeliveryAttempt &attempt = record.attempt;
        const std::optional<qint64> status = attempt.responseStatus ? std::optional<qint64>(*attempt.responseStatus)
                                                                    : std::nullopt;
        const QByteArray errorClass = textOrNull(attempt.errorClass);
        const QByteArray errorMessage = textOrNull(attempt.errorMessage);
        statements.insertAttempt.bind(1, delivery.id)
            .bind(2, qint64(delivery.attemptCount + 1))
            .bindText(3, delivery.manualResend ? manual : scheduled)
            .bind(4, millis(attempt.startedAt))
            .bind(5, qint64(attempt.durationMs))
            .bindText(6, attempt.url)
            .bindText(7, headersToJsonUtf8(attempt.requestHeaders))
            .bind(8, status)
            .bindText(9, headersToJsonUtf8(attempt.responseHeaders))
            .bindBlob(10, attempt.responseBody)
            .bind(11, qint64(attempt.responseTruncated ? 1 : 0))
            .bindText(12, errorClass)
            .bindText(13, errorMessage)
            .run();

        const bool finished = endsDelivery(record);
        statements.updateDelivery.bind(1, delivery.id)
            .bindText(2, deliveryStatusName(record.newStatus))
            .bind(3, finished ? std::nullopt : millis(record.nextAttemptAt))
            .bind(4, status)
            .bindText(5, errorClass)
            .bindText(6, errorMessage)
            .bind(7, millis(attempt.startedAt))
            .bind(8, finished ? millis(now) : std::nullopt)
            .bind(9, millis(now))
            .run();
    }
}

// The attempts of a batch in multi-row INSERTs (as many rows per statement as
// the parameter limit allows), in batch order, so their ids follow it.
void DeliveryRepository::insertAttempts(const QSqlDatabase &db,
                                        const QList<std::pair<Delivery, AttemptRecord>> &attempts)
{
    constexpr qsizetype columns = 13;
    const QString insert = QStringLiteral(
        "INSERT INTO delivery_attempts (delivery_id, attempt_number, triggered_by, started_at, duration_ms,"
        " request_url, request_headers, response_status, response_headers, response_body, response_truncated,"
        " error_class, error_message) VALUES %1");
    forEachRowChunk(attempts.size(), columns, [&](qsizetype start, qsizetype rows) {
        QVariantList values;
        values.reserve(rows * columns);
        for (qsizetype i = start; i < start + rows; ++i) {
            const Delivery &delivery = attempts.at(i).first;
            const DeliveryAttempt &attempt = attempts.at(i).second.attempt;
            values << delivery.id << delivery.attemptCount + 1
                   << (delivery.manualResend ? QStringLiteral("manual") : QStringLiteral("scheduled"))
                   << toDbTime(attempt.startedAt) << attempt.durationMs << attempt.url
                   << headersToJson(attempt.requestHeaders)
                   << nullableInt(attempt.responseStatus ? std::optional<qint64>(*attempt.responseStatus) : std::nullopt)
                   << headersToJson(attempt.responseHeaders)
                   << (attempt.responseBody.isNull() ? QVariant(QMetaType::fromType<QByteArray>())
                                                     : QVariant(attempt.responseBody))
                   << attempt.responseTruncated
                   << nullableText(attempt.errorClass.isEmpty() ? QString() : attempt.errorClass)
                   << nullableText(attempt.errorMessage.isEmpty() ? QString() : attempt.errorMessage);
        }
        SqlQuery &query = m_statements.get(db, QStringLiteral("insert attempts %1").arg(rows),
                                           [&] { return insert.arg(rowPlaceholders(rows, columns)); });
        bindAll(query, values);
        query.exec();
    });
}

// One statement per chunk of rows: UPDATE ... FROM (VALUES ...) joins the
// new values to the deliveries by id. The values are cast so PostgreSQL knows
// their types (VALUES of parameters are text to it otherwise).
void DeliveryRepository::updateDeliveries(const QSqlDatabase &db,
                                          const QList<std::pair<Delivery, AttemptRecord>> &attempts,
                                          const QDateTime &now)
{
    static const QStringList columnTypes{QStringLiteral("BIGINT"),  QStringLiteral("TEXT"),  QStringLiteral("BIGINT"),
                                         QStringLiteral("INTEGER"), QStringLiteral("TEXT"),  QStringLiteral("TEXT"),
                                         QStringLiteral("BIGINT"),  QStringLiteral("BIGINT")};
    const QString update = QStringLiteral(
        "UPDATE webhook_deliveries SET status = v.column2, attempt_count = attempt_count + 1,"
        " next_attempt_at = v.column3, last_http_status = v.column4, last_error_class = v.column5,"
        " last_error = v.column6, first_attempt_at = COALESCE(first_attempt_at, v.column7),"
        " last_attempt_at = v.column7, completed_at = v.column8, claimed_by = NULL, claimed_until = NULL,"
        " manual_resend = FALSE, updated_at = :now FROM (VALUES %1) AS v WHERE webhook_deliveries.id = v.column1");
    forEachRowChunk(attempts.size(), columnTypes.size(), [&](qsizetype start, qsizetype rows) {
        QVariantList values;
        values.reserve(rows * columnTypes.size());
        for (qsizetype i = start; i < start + rows; ++i) {
            const Delivery &delivery = attempts.at(i).first;
            const AttemptRecord &record = attempts.at(i).second;
            const DeliveryAttempt &attempt = record.attempt;
            const bool finished = endsDelivery(record);
            values << delivery.id << deliveryStatusName(record.newStatus)
                   << toDbTime(finished ? QDateTime() : record.nextAttemptAt)
                   << nullableInt(attempt.responseStatus ? std::optional<qint64>(*attempt.responseStatus) : std::nullopt)
                   << nullableText(attempt.errorClass.isEmpty() ? QString() : attempt.errorClass)
                   << nullableText(attempt.errorMessage.isEmpty() ? QString() : attempt.errorMessage)
                   << toDbTime(attempt.startedAt) << toDbTime(finished ? now : QDateTime());
        }
        SqlQuery &query = m_statements.get(db, QStringLiteral("update deliveries %1").arg(rows),
                                           [&] { return update.arg(rowPlaceholders(rows, columnTypes)); });
        bindAll(query, values);
        query.bind(QStringLiteral(":now"), toDbTime(now)).exec();
    });
}

void DeliveryRepository::writeSubscriptionChanges(const QSqlDatabase &db, const Delivery &delivery,
                                                  const AttemptRecord &record, const QDateTime &now)
{
    if (!delivery.subscriptionId)
        return;
    if (record.breaker) {
        SqlQuery(db, QStringLiteral("UPDATE webhook_subscriptions SET consecutive_failures = :failures,"
                                    " breaker_open_until = :open_until, breaker_cooldown_seconds = :cooldown,"
                                    " breaker_probe_until = :probe_until WHERE id = :id"))
            .bind(QStringLiteral(":failures"), record.breaker->consecutiveFailures)
            .bind(QStringLiteral(":open_until"), toDbTime(record.breaker->openUntil))
            .bind(QStringLiteral(":cooldown"), record.breaker->cooldownSeconds)
            .bind(QStringLiteral(":probe_until"), toDbTime(record.breaker->probeUntil))
            .bind(QStringLiteral(":id"), *delivery.subscriptionId)
            .exec();
    }
    if (!record.deactivateSubscription.isEmpty()) {
        SqlQuery(db, QStringLiteral("UPDATE webhook_subscriptions SET active = FALSE, disabled_reason = :reason,"
                                    " updated_at = :now WHERE id = :id"))
            .bind(QStringLiteral(":reason"), record.deactivateSubscription)
            .bind(QStringLiteral(":now"), toDbTime(now))
            .bind(QStringLiteral(":id"), *delivery.subscriptionId)
            .exec();
    }
}

void DeliveryRepository::defer(qint64 deliveryId, const QDateTime &until)
{
    SqlQuery(m_database.connection(),
             QStringLiteral("UPDATE webhook_deliveries SET next_attempt_at = :until, claimed_by = NULL,"
                            " claimed_until = NULL WHERE id = :id"))
        .bind(QStringLiteral(":until"), toDbTime(until))
        .bind(QStringLiteral(":id"), deliveryId)
        .exec();
}

void DeliveryRepository::expire(qint64 deliveryId, const QString &reason)
{
    const QVariant now = toDbTime(m_clock.now());
    SqlQuery(m_database.connection(),
             QStringLiteral(
                 "UPDATE webhook_deliveries SET status = 'expired', next_attempt_at = NULL, claimed_by = NULL,"
                 " claimed_until = NULL, last_error = :reason, completed_at = :now, updated_at = :now2"
                 " WHERE id = :id"))
        .bind(QStringLiteral(":reason"), reason)
        .bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":now2"), now)
        .bind(QStringLiteral(":id"), deliveryId)
        .exec();
    notifyQueueChanged(m_database);
}

void DeliveryRepository::releaseClaims(const QString &workerId)
{
    // Through the queue index: only outstanding rows hold leases (recording or
    // expiring a delivery ends its lease), not the whole history.
    SqlQuery(m_database.connection(),
             QStringLiteral("UPDATE webhook_deliveries SET claimed_by = NULL, claimed_until = NULL WHERE id IN"
                            " (SELECT id FROM webhook_deliveries")
                 + sqliteIndex(m_database, QStringLiteral("webhook_deliveries_queue")) + QStringLiteral(" WHERE ")
                 + outstanding + QStringLiteral(" AND claimed_until IS NOT NULL AND claimed_by = :worker)"))
        .bind(QStringLiteral(":worker"), workerId)
        .exec();
}

int DeliveryRepository::releaseAllClaims()
{
    SqlQuery release(m_database.connection(),
                     QStringLiteral("UPDATE webhook_deliveries SET claimed_by = NULL, claimed_until = NULL WHERE id IN"
                                    " (SELECT id FROM webhook_deliveries")
                         + sqliteIndex(m_database, QStringLiteral("webhook_deliveries_queue"))
                         + QStringLiteral(" WHERE ") + outstanding + QStringLiteral(" AND claimed_until IS NOT NULL)"));
    release.exec();
    const int released = release.rowsAffected();
    if (released > 0)
        notifyQueueChanged(m_database);
    return released;
}

qint64 DeliveryRepository::claimedCount() const
{
    return SqlQuery(m_database.connection(), QStringLiteral("SELECT count(*) FROM webhook_deliveries")
                                                 + sqliteIndex(m_database, QStringLiteral("webhook_deliveries_queue"))
                                                 + QStringLiteral(" WHERE ") + outstanding
                                                 + QStringLiteral(" AND claimed_until IS NOT NULL"))
        .scalar()
        .toLongLong();
}

Delivery DeliveryRepository::deliveryFromRow(const SqlQuery &query)
{
    Delivery delivery;
    delivery.id = query.value(0).toLongLong();
    delivery.requestId = query.value(1).toString();
    delivery.eventId = query.value(2).toLongLong();
    delivery.eventUuid = query.value(3).toString();
    delivery.eventType = query.value(4).toString();
    if (!query.value(5).isNull())
        delivery.subscriptionId = query.value(5).toLongLong();
    delivery.endpointUrl = query.value(6).toString();
    delivery.status = deliveryStatusFromName(query.value(7).toString()).value_or(DeliveryStatus::Pending);
    delivery.attemptCount = query.value(8).toInt();
    delivery.manualResend = query.value(9).toBool();
    delivery.nextAttemptAt = fromDbTime(query.value(10));
    delivery.firstAttemptAt = fromDbTime(query.value(11));
    delivery.lastAttemptAt = fromDbTime(query.value(12));
    delivery.completedAt = fromDbTime(query.value(13));
    if (!query.value(14).isNull())
        delivery.lastHttpStatus = query.value(14).toInt();
    delivery.lastErrorClass = query.value(15).toString();
    delivery.lastError = query.value(16).toString();
    delivery.createdAt = fromDbTime(query.value(17));
    delivery.updatedAt = fromDbTime(query.value(18));
    return delivery;
}

QList<Delivery> DeliveryRepository::selectDeliveries(const QString &where, const QVariantMap &bindings,
                                                     const QString &tail) const
{
    SqlQuery query(m_database.connection(), deliveryColumns + where + tail);
    bindAll(query, bindings);
    query.exec();
    QList<Delivery> deliveries;
    while (query.next())
        deliveries.append(deliveryFromRow(query));
    return deliveries;
}

QString DeliveryRepository::whereClause(const DeliveryFilter &filter, QVariantMap &bindings)
{
    QStringList conditions;
    if (filter.status) {
        conditions << QStringLiteral("d.status = :status");
        bindings.insert(QStringLiteral(":status"), deliveryStatusName(*filter.status));
    }
    if (!filter.eventType.isEmpty()) {
        conditions << QStringLiteral("d.event_type = :event_type");
        bindings.insert(QStringLiteral(":event_type"), filter.eventType);
    }
    if (filter.subscriptionId) {
        conditions << QStringLiteral("d.subscription_id = :subscription");
        bindings.insert(QStringLiteral(":subscription"), *filter.subscriptionId);
    }
    if (!filter.requestId.isEmpty()) {
        conditions << QStringLiteral("d.request_id = :request_id");
        bindings.insert(QStringLiteral(":request_id"), filter.requestId);
    }
    if (!filter.organizationId.isEmpty()) {
        // The organization's events sent to the organization's subscriptions: a
        // delivery to a subscription of no (or another) organization, or whose
        // subscription was deleted, is not the organization's to see.
        conditions << QStringLiteral("e.organization_id = :organization")
                   << QStringLiteral(
                          "d.subscription_id IN"
                          " (SELECT s.id FROM webhook_subscriptions s WHERE s.organization_id = :organization_s)");
        bindings.insert(QStringLiteral(":organization"), filter.organizationId);
        bindings.insert(QStringLiteral(":organization_s"), filter.organizationId);
    }
    if (filter.since.isValid()) {
        conditions << QStringLiteral("d.created_at >= :since");
        bindings.insert(QStringLiteral(":since"), toDbTime(filter.since));
    }
    if (filter.until.isValid()) {
        conditions << QStringLiteral("d.created_at < :until");
        bindings.insert(QStringLiteral(":until"), toDbTime(filter.until));
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QList<Delivery> DeliveryRepository::list(const DeliveryFilter &filter, int limit, int offset) const
{
    return list(filter, DeliverySort{}, limit, offset);
}

QList<Delivery> DeliveryRepository::list(const DeliveryFilter &filter, const DeliverySort &sort, int limit,
                                         int offset) const
{
    QVariantMap bindings{{QStringLiteral(":limit"), limit}, {QStringLiteral(":offset"), offset}};
    const QString where = whereClause(filter, bindings);
    // Status and event type tie on the creation time, then the id: the order
    // support reads in, and the one the (status|event_type, created_at, id) indexes hold.
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QStringList columns;
    switch (sort.key) {
    case DeliverySortKey::CreatedAt: break;
    case DeliverySortKey::Status: columns << QStringLiteral("d.status"); break;
    case DeliverySortKey::EventType: columns << QStringLiteral("d.event_type"); break;
    case DeliverySortKey::AttemptCount: columns << QStringLiteral("d.attempt_count"); break;
    case DeliverySortKey::LastHttpStatus:
        // NULLs sort as the lowest value on both backends.
        columns << QStringLiteral("COALESCE(d.last_http_status, -1)");
        break;
    }
    columns << QStringLiteral("d.created_at") << QStringLiteral("d.id");
    return selectDeliveries(where, bindings,
                            QStringLiteral(" ORDER BY ") + columns.join(direction + QStringLiteral(", ")) + direction
                                + QStringLiteral(" LIMIT :limit OFFSET :offset"));
}

qint64 DeliveryRepository::count(const DeliveryFilter &filter) const
{
    QVariantMap bindings;
    const QString where = whereClause(filter, bindings);
    // Only the organization lives on the event alone; without it the count stays on the deliveries' indexes.
    const QString from = filter.organizationId.isEmpty()
                             ? QStringLiteral("SELECT count(*) FROM webhook_deliveries d")
                             : QStringLiteral("SELECT count(*) FROM webhook_deliveries d"
                                              " JOIN webhook_events e ON e.id = d.event_id");
    SqlQuery query(m_database.connection(), from + where);
    bindAll(query, bindings);
    return query.scalar().toLongLong();
}

std::optional<Delivery> DeliveryRepository::findByRequestId(const QString &requestId) const
{
    const QList<Delivery> found = selectDeliveries(QStringLiteral(" WHERE d.request_id = :request_id"),
                                                   {{QStringLiteral(":request_id"), requestId}}, {});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<DeliveryAttempt> DeliveryRepository::attempts(qint64 deliveryId) const
{
    SqlQuery query(m_database.connection(),
                   QStringLiteral("SELECT id, delivery_id, attempt_number, triggered_by, started_at, duration_ms,"
                                  " request_url, request_headers, response_status, response_headers, response_body,"
                                  " response_truncated, error_class, error_message FROM delivery_attempts"
                                  " WHERE delivery_id = :id ORDER BY attempt_number"));
    query.bind(QStringLiteral(":id"), deliveryId).exec();
    QList<DeliveryAttempt> attempts;
    while (query.next()) {
        DeliveryAttempt attempt;
        attempt.id = query.value(0).toLongLong();
        attempt.deliveryId = query.value(1).toLongLong();
        attempt.number = query.value(2).toInt();
        attempt.manual = query.value(3).toString() == QLatin1String("manual");
        attempt.startedAt = fromDbTime(query.value(4));
        attempt.durationMs = query.value(5).toLongLong();
        attempt.url = query.value(6).toString();
        attempt.requestHeaders = headersFromJson(query.value(7).toString());
        if (!query.value(8).isNull())
            attempt.responseStatus = query.value(8).toInt();
        attempt.responseHeaders = headersFromJson(query.value(9).toString());
        attempt.responseBody = query.value(10).toByteArray();
        attempt.responseTruncated = query.value(11).toBool();
        attempt.errorClass = query.value(12).toString();
        attempt.errorMessage = query.value(13).toString();
        attempts.append(attempt);
    }
    return attempts;
}

bool DeliveryRepository::resend(const QString &requestId)
{
    const QVariant now = toDbTime(m_clock.now());
    SqlQuery query(m_database.connection(),
                   QStringLiteral(
                       "UPDATE webhook_deliveries SET status = CASE WHEN attempt_count = 0 THEN 'pending'"
                       " ELSE 'retrying' END, next_attempt_at = :now, completed_at = NULL, manual_resend = TRUE,"
                       " updated_at = :now2 WHERE request_id = :request_id"));
    query.bind(QStringLiteral(":now"), now)
        .bind(QStringLiteral(":now2"), now)
        .bind(QStringLiteral(":request_id"), requestId)
        .exec();
    notifyQueueChanged(m_database);
    return query.rowsAffected() > 0;
}

int DeliveryRepository::replay(const DeliveryFilter &filter, int cap)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(m_database);
    QVariantMap bindings{{QStringLiteral(":limit"), cap}, {QStringLiteral(":offset"), 0}};
    const QString where = whereClause(filter, bindings);
    const QList<Delivery> selected =
        selectDeliveries(where, bindings, QStringLiteral(" ORDER BY d.created_at, d.id LIMIT :limit OFFSET :offset"));
    for (const Delivery &delivery : selected)
        resend(delivery.requestId);
    transaction.commit();
    return static_cast<int>(selected.size());
}

int DeliveryRepository::purgeDelivered(const QDateTime &olderThan)
{
    const QSqlDatabase db = m_database.connection();
    const QVariant before = toDbTime(olderThan);
    Transaction transaction(m_database);
    const int removed = SqlQuery(db, QStringLiteral("SELECT count(*) FROM webhook_deliveries WHERE status = 'delivered'"
                                                    " AND completed_at < :before"))
                            .bind(QStringLiteral(":before"), before)
                            .scalar()
                            .toInt();
    // Events whose every delivery goes now go with them; the others stay.
    SqlQuery(db,
             QStringLiteral("DELETE FROM webhook_events WHERE id IN (SELECT event_id FROM webhook_deliveries"
                            " WHERE status = 'delivered' AND completed_at < :before) AND NOT EXISTS (SELECT 1 FROM"
                            " webhook_deliveries d WHERE d.event_id = webhook_events.id AND NOT (d.status = 'delivered'"
                            " AND d.completed_at < :before2))"))
        .bind(QStringLiteral(":before"), before)
        .bind(QStringLiteral(":before2"), before)
        .exec();
    SqlQuery(db, QStringLiteral("DELETE FROM webhook_deliveries WHERE status = 'delivered' AND completed_at < :before"))
        .bind(QStringLiteral(":before"), before)
        .exec();
    transaction.commit();
    return removed;
}

} // namespace garagereg
