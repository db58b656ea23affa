#pragma once

#include "adapters/erp/ErpAdapter.h"
#include "models/domain/Part.h"
#include "models/erp/Sync.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>
#include <QSet>

#include <chrono>
#include <functional>
#include <memory>
#include <qcoro/qcorotask.h>

class QNetworkAccessManager;

namespace garagereg {

class Clock;
class Database;
class OutboundGuard;
class ErpAdapterRegistry;
class ErpSyncRepository;
class InventoryEvents;
class SecretStore;
struct Integration;
struct PartBinding;

struct SyncRequest
{
    qint64 integrationId = 0;
    SyncDirection direction = SyncDirection::Bidirectional;
    QStringList partNumbers;                      // empty: every part
    bool forceUpdate = false;                     // write even when nothing changed
    std::optional<ConflictPolicy> conflictPolicy; // else the integration's setting, else erp_wins
    QString triggeredBy = QStringLiteral("manual");
};

struct SyncOutcome
{
    SyncLog log;   // id 0 when the run could not start
    QString error; // why it could not start, or why it failed
};

struct SyncRetryOptions
{
    int maxAttempts = 4;
    std::chrono::milliseconds firstDelay{250};
    std::chrono::milliseconds maxDelay{30000};
};

// Spare-part sync between GarageReg and one ERP integration, following the
// rules of ../shared/design/erp-sync.md: bindings with hashes of both sides,
// a cursor moved only after a page is done, conflict policies, idempotent
// creates (a pending binding, then a look-up before any second create), no
// echo loops, retries by error class, one bad record never stops the run, one
// run per integration at a time, cancellation, and a log entry for every record.
class ErpSyncEngine : public QObject
{
    Q_OBJECT

public:
    ErpSyncEngine(const Database &database, SecretStore &secrets, QNetworkAccessManager &network, const Clock &clock,
                  const ErpAdapterRegistry &registry, InventoryEvents *events = nullptr, QObject *parent = nullptr);
    ~ErpSyncEngine() override;

    void setRetryOptions(SyncRetryOptions options) { m_retry = options; }
    // The outbound policy the ERP adapters' requests are checked against.
    void setOutboundGuard(OutboundGuard *guard) { m_guard = guard; }
    // Parts handled per page of a listing.
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    // Runs one sync; the future finishes when the run has ended and is logged.
    QFuture<SyncOutcome> run(SyncRequest request);
    // Asks a running sync to stop after the record it is on; it ends "cancelled".
    void cancel(qint64 syncLogId);
    // A person's decision on a queued conflict: "erp" takes the ERP's version
    // into the catalogue now; "local" keeps ours, and the next export sends it.
    // Throws garagereg::Error.
    void resolveConflict(qint64 conflictId, const QString &take);
    // Tests the connection of an ERP integration: a description, or the error.
    QFuture<ErpResult<QString>> testConnection(qint64 integrationId);

    // The normalised fingerprints that tell whether a side changed since the last sync.
    static QString localHash(const Part &part);
    static QString remoteHash(const RemotePart &part);

signals:
    // A run has its sync log (emitted from within run(), before it returns, for
    // a run that gets that far).
    void runStarted(qint64 syncLogId, qint64 integrationId);
    void progress(qint64 syncLogId, int processed);
    void runFinished(qint64 syncLogId, garagereg::SyncStatus status);

private:
    struct Run;

    QCoro::Task<SyncOutcome> execute(SyncRequest request);
    QCoro::Task<std::unique_ptr<ErpAdapter>> createAdapter(const Integration &integration, QString *error);
    QCoro::Task<void> importParts(Run &run);
    QCoro::Task<void> exportParts(Run &run);
    // One page of a listing in one transaction, with its log entries and the
    // cursor; false when the run was cancelled during it.
    bool importPage(Run &run, const QList<RemotePart> &parts, bool useCursor, QDateTime &newest);
    // One attempt at a page. Batched: without a savepoint per record, the new
    // parts, bindings and log entries written in multi-row statements at the
    // end; any failure throws and leaves nothing of the page. Otherwise record
    // by record, each in a savepoint, so a bad record is rolled back alone.
    bool importPageOnce(Run &run, const QList<RemotePart> &parts, bool useCursor, QDateTime &newest, bool batched);
    // Writes what a batched page collected.
    void flushPage(Run &run);
    // One record in its own transaction (a savepoint within a page's); a
    // failure rolls back only this record and is logged.
    void importRecord(Run &run, const RemotePart &remote);
    void importOne(Run &run, const RemotePart &remote);
    QCoro::Task<void> exportOne(Run &run, Part local, std::optional<PartBinding> binding, bool openConflict);
    QCoro::Task<void> createRemote(Run &run, const Part &local);
    QCoro::Task<void> updateRemote(Run &run, const Part &local, PartBinding binding);
    template<typename T>
    QCoro::Task<ErpResult<T>> withRetries(Run &run, std::function<QFuture<ErpResult<T>>()> call);
    QCoro::Task<ErpResult<PartPage>> listPage(Run &run, PartQuery query);
    QCoro::Task<ErpResult<std::optional<RemotePart>>> lookUp(Run &run, QString partNumber);
    QCoro::Task<ErpResult<RemotePart>> update(Run &run, RemotePart part, QString ifMatch);

    void applyRemote(Run &run, const RemotePart &remote, std::optional<Part> local, const QString &operation,
                     const QString &note);
    void bind(Run &run, const Part &local, const RemotePart &remote);
    // Reads through the current page's look-ups when a page is being imported.
    std::optional<Part> localPart(Run &run, const QString &partNumber) const;
    std::optional<PartBinding> bindingOf(Run &run, qint64 partId) const;
    void saveBinding(Run &run, PartBinding &binding, const QString &partNumber);
    void raiseEvents(Run &run);
    // Runs `writes` (which never wait) in one transaction, then raises their events.
    void inOneTransaction(Run &run, const std::function<void()> &writes);
    void renewLockIfDue(Run &run, bool force = false);
    void record(Run &run, const QString &partNumber, const QString &operation, const QString &direction,
                const QString &outcome, const ErpError &error = {}, const QString &message = {});
    ConflictPolicy policyFor(const Run &run) const;
    bool isCancelled(const Run &run) const;

    const Database &m_database;
    SecretStore &m_secrets;
    QNetworkAccessManager &m_network;
    OutboundGuard *m_guard = nullptr;
    const Clock &m_clock;
    const ErpAdapterRegistry &m_registry;
    InventoryEvents *m_events;
    const QString m_owner;
    SyncRetryOptions m_retry;
    int m_pageSize = 100;
    QSet<qint64> m_cancelled;
};

// Remote and local views of a part, for the log and the conflict queue.
QJsonObject toJson(const RemotePart &part);
QJsonObject partToJson(const Part &part);
RemotePart remotePartFromJson(const QJsonObject &json);

} // namespace garagereg
