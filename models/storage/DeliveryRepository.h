#pragma once

#include "models/domain/WebhookSubscription.h"
#include "models/storage/SqlQuery.h"
#include "models/webhooks/Delivery.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>

namespace garagereg {

class Clock;
class Database;
class SqlQuery;

// Which deliveries the log shows, replays or counts.
struct DeliveryFilter
{
    std::optional<DeliveryStatus> status;
    QString eventType;
    std::optional<qint64> subscriptionId;
    QString requestId;
    QString organizationId; // only events of this organization, to subscriptions of this organization
    QDateTime since;        // created at or after
    QDateTime until;        // created before
};

// The log's sort keys; each ties on the delivery id so pages never overlap.
enum class DeliverySortKey { CreatedAt, Status, EventType, AttemptCount, LastHttpStatus };

struct DeliverySort
{
    DeliverySortKey key = DeliverySortKey::CreatedAt;
    bool descending = true;
};

// The result of one attempt as it is written, with what it changes.
struct AttemptRecord
{
    DeliveryAttempt attempt;
    DeliveryStatus newStatus = DeliveryStatus::Retrying;
    QDateTime nextAttemptAt; // for retrying
    bool succeeded = false;
    std::optional<BreakerState> breaker; // the subscription's breaker after this attempt
    QString deactivateSubscription;      // a reason, when the attempt ends the subscription (410 Gone)
};

// A delivery leased to a worker, with the body of its event.
struct ClaimedDelivery
{
    Delivery delivery;
    QByteArray body;
    QString host; // of the endpoint, lower case: what per-host limits count
};

// Events, deliveries and their attempts: the durable queue of the delivery
// engine and the log that support staff read. Each method is one transaction.
class DeliveryRepository
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryRepository)

    void insertAttempts(const QSqlDatabase &db, const QList<std::pair<Delivery, AttemptRecord>> &attempts);
    // The per-attempt statements through SQLite's C API (SqliteStatement.h),
    // made for the connection at first use; null where that API is not used.
    struct DirectStatements;
    std::unique_ptr<DirectStatements> m_direct;
    DirectStatements *directStatements(const QSqlDatabase &db);
    // insertAttempts() and updateDeliveries() through them: one prepared
    // single-row statement each, run per attempt (without QSqlQuery's per-run
    // cost, SQLite updates a row by id faster than through UPDATE ... FROM (VALUES ...)).
    static void writeAttemptsDirectly(DirectStatements &statements,
                                      const QList<std::pair<Delivery, AttemptRecord>> &attempts, const QDateTime &now);
    // The deliveries' new states after their attempts, in multi-row UPDATEs.
    void updateDeliveries(const QSqlDatabase &db, const QList<std::pair<Delivery, AttemptRecord>> &attempts,
                          const QDateTime &now);
    // What an attempt changes on its subscription (breaker, 410 Gone), inside the caller's transaction.
    void writeSubscriptionChanges(const QSqlDatabase &db, const Delivery &delivery, const AttemptRecord &record,
                                  const QDateTime &now);
    // What a batch of attempts adds to one integration's counters.
    struct IntegrationTally
    {
        qint64 requests = 0;
        qint64 successes = 0;
        qint64 errors = 0;
        qint64 totalDurationMs = 0;
        qint64 lastDurationMs = 0;
        QString lastError;
        void add(const AttemptRecord &record);
    };
    void writeIntegrationTally(const QSqlDatabase &db, qint64 subscriptionId, const IntegrationTally &tally,
                               const QDateTime &now);

public:
    DeliveryRepository(const Database &database, const Clock &clock);
    ~DeliveryRepository();

    // Stores the event and one pending delivery per recipient, atomically.
    // Fills in the event's id; returns the deliveries' request ids.
    QStringList insertEvent(WebhookEvent &event, const QList<WebhookSubscription> &recipients);

    // --- the queue ---
    // Leases up to `limit` deliveries due by `dueBefore` (default: now) to
    // `workerId` until now + leaseMs, earliest first; deliveries to `busyHosts`
    // are left for later. On PostgreSQL concurrent workers skip each other's
    // rows (FOR UPDATE SKIP LOCKED); an expired lease is taken over.
    // Each comes with its event's body, as it is signed and sent.
    // `notDueBefore` (when valid) leaves out deliveries due before it: the queue
    // walk starts there instead of at the oldest entry of the queue index,
    // which on PostgreSQL holds the delivered rows' dead entries until VACUUM.
    QList<ClaimedDelivery> claimDue(const QString &workerId, int limit, const QStringList &busyHosts, qint64 leaseMs,
                                    const QDateTime &dueBefore = {}, const QDateTime &notDueBefore = {});
    // Extends this worker's lease on a delivery it is about to send. False when
    // the lease is no longer this worker's (it ran out and another took it over).
    bool extendLease(qint64 deliveryId, const QString &workerId, const QDateTime &until);
    // When the earliest waiting delivery falls due (or its lease runs out).
    std::optional<QDateTime> nextWakeTime() const;
    // Pending or retrying deliveries, claimed or not.
    qint64 outstandingCount() const;
    // Changes whenever a subscription or an integration is added, changed or
    // removed (each change sets updated_at): what dispatching read of them is
    // still current while this stays the same.
    QString subscriptionsVersion() const;
    QByteArray eventBody(qint64 eventId) const;

    // Writes the attempt, the delivery's new state and the integration's
    // counters, and releases the lease.
    void recordAttempt(const Delivery &delivery, const AttemptRecord &record);
    // Several finished attempts in one transaction (one commit, one fsync): the
    // delivery engine records what finished in one turn of the event loop together.
    // `now` is the time the batch was handed over (the recording thread does not read the clock).
    void recordAttempts(const QList<std::pair<Delivery, AttemptRecord>> &attempts, const QDateTime &now = {});
    // The same, for a batch whose earlier try failed (the connection was lost,
    // the disk was full): it may have been committed before the failure was
    // reported, and the leases may have run out meanwhile. Records only the
    // attempts not recorded yet whose delivery `workerId` still holds (an
    // attempt of a delivery another worker took over is left to that worker's
    // attempt, which has the same request id), all in one transaction. Returns
    // the request ids left out.
    QStringList recordAttemptsStillHeld(const QList<std::pair<Delivery, AttemptRecord>> &attempts,
                                        const QString &workerId, const QDateTime &now = {});
    // SQLite in WAL mode: this connection's commits no longer checkpoint (a
    // checkpoint writes and fsyncs the database file, and inside a commit it
    // holds the write queue, so claims wait for it); the caller runs
    // checkpointWal() between its transactions instead. No-op elsewhere.
    void takeOverWalCheckpoints();
    // A PASSIVE checkpoint: copies what it can into the database file without
    // waiting for or blocking writers. No-op unless SQLite in WAL mode.
    void checkpointWal();
    // Gives the delivery back without spending an attempt, due again at `until`.
    void defer(qint64 deliveryId, const QDateTime &until);
    void expire(qint64 deliveryId, const QString &reason);
    // Gives back every lease of a worker that stops.
    void releaseClaims(const QString &workerId);
    // Gives back every lease held by anyone: for the one worker of an SQLite
    // file (WorkerLock held), whose predecessors' leases belong to processes
    // that are gone. Returns how many were released.
    int releaseAllClaims();
    // Deliveries leased right now (claimed_by set), whoever holds them.
    qint64 claimedCount() const;

    // --- the log ---
    QList<Delivery> list(const DeliveryFilter &filter, int limit, int offset = 0) const;
    // One page of the log in the given order (the database sorts).
    QList<Delivery> list(const DeliveryFilter &filter, const DeliverySort &sort, int limit, int offset) const;
    qint64 count(const DeliveryFilter &filter) const;
    std::optional<Delivery> findByRequestId(const QString &requestId) const;
    QList<DeliveryAttempt> attempts(qint64 deliveryId) const;
    // Queues a new attempt under the same request id, due now. False when unknown.
    bool resend(const QString &requestId);
    // Resends every delivery the filter selects, at most `cap`; returns how many.
    int replay(const DeliveryFilter &filter, int cap);
    // Deletes delivered deliveries (and their attempts) completed before `olderThan`.
    int purgeDelivered(const QDateTime &olderThan);

private:
    static Delivery deliveryFromRow(const SqlQuery &query);
    QList<Delivery> selectDeliveries(const QString &where, const QVariantMap &bindings, const QString &tail) const;
    static QString whereClause(const DeliveryFilter &filter, QVariantMap &bindings);

    const Database &m_database;
    const Clock &m_clock;
    mutable StatementCache m_statements; // the queue's hot statements
    std::optional<bool> m_sqliteWal;     // known after the first claim
    bool m_checkpointsLeftOut = false;   // this connection's wal_autocheckpoint is 0
    // Whether the connection's database is SQLite in WAL mode.
    bool isSqliteWal(const QSqlDatabase &db);
    // SQLite in WAL mode: the connection's commits no longer checkpoint.
    void leaveCheckpointsOutOfCommits(const QSqlDatabase &db);
};

} // namespace garagereg
