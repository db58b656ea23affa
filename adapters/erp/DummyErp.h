#pragma once

#include "adapters/erp/ErpAdapter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace garagereg {

class Clock;

// How the dummy ERP hands out page tokens (see docs/dummy-erp.md).
enum class DummyErpPaging {
    NextLink, // a keyset cursor: "after (modifiedAt, externalId)", like an OData nextLink
    Offset,   // "skip N of the matching records", like $skip or limit_start
};

// What the dummy ERP does and which faults it simulates. The probabilities are
// drawn from a QRandomGenerator seeded with `seed`, a fixed number of draws per
// request, so the same seed and the same requests give the same faults.
struct DummyErpOptions
{
    bool stockReadOnly = false;      // a write that changes stock_quantity is rejected (Business Central)
    bool dateOnlyTimestamps = false; // modifiedSince compares by UTC day (SAP Business One)
    int pageSizeLimit = 1000;        // larger page sizes are capped to this
    DummyErpPaging paging = DummyErpPaging::NextLink;
    // Every write gets a timestamp later than the one before, even if the clock
    // did not move. Off: a write gets clock.now() as is, so writes while a
    // FakeClock stands still share one modifiedAt.
    bool strictlyIncreasingTimestamps = true;

    quint32 seed = 1;
    int latencyMs = 0;         // the adapter answers after this long
    int retryAfterSeconds = 2; // Retry-After of simulated 429s
    double rateLimitProbability = 0;
    double serverErrorProbability = 0;    // 500 or 503, nothing stored
    double timeoutProbability = 0;        // Timeout, nothing stored
    double lostResponseProbability = 0;   // writes only: stored, but the client gets a Network error
    double concurrentEditProbability = 0; // updates only: an outside edit lands just before the update
    double authExpiryProbability = 0;     // 401, the session expired; the next request logs in again

    friend bool operator==(const DummyErpOptions &, const DummyErpOptions &) = default;
};

enum class DummyErpOperation { TestConnection, Login, List, Get, Create, Update };
QString dummyErpOperationName(DummyErpOperation operation); // "test", "login", "list", "get", "create", "update"

// One request the dummy ERP received, as a server log would show it.
struct DummyErpRequest
{
    qint64 sequence = 0; // 1, 2, 3, ... in arrival order
    QDateTime receivedAt;
    DummyErpOperation operation = DummyErpOperation::TestConnection;
    QString partNumber; // get, create, update
    QString ifMatch;    // update
    QString detail;     // list: the query; writes: the external id written
    // What the client got: None for success, else the error's category and
    // status (no status for timeouts and lost responses).
    ErpErrorCategory outcome = ErpErrorCategory::None;
    std::optional<int> httpStatus;
    bool applied = false; // the server stored the write (also when the response was then lost)
    // The simulations that touched this request, in order: "injected" (a
    // failNextCalls failure), "auth_expiry", "rate_limit", "server_error",
    // "timeout", "concurrent_edit" (an outside edit just before this write),
    // "lost_response". Empty for a plain request.
    QStringList simulations;
};

// An in-memory ERP server for tests, demos and development: parts with ETags and
// server timestamps, paging, validation, tombstones, outside edits and
// deterministic faults. DummyErpAdapter serves it through the ErpAdapter
// interface; tests may also call it directly. Not thread-safe; the clock must
// outlive it.
//
// Three kinds of methods:
// - the server API (testConnection, list, get, create, update): what a client
//   can do; recorded in requests() and subject to the simulations;
// - state and outside edits (parts, part, outside*): what a person in the ERP
//   sees and does; neither recorded nor simulated;
// - triggers (failNextCalls, ...): one-shot faults for the next requests.
class DummyErp
{
    Q_DECLARE_TR_FUNCTIONS(DummyErp)

public:
    static QString fileFormat() { return QStringLiteral("garagereg-dummy-erp/1"); }
    static const QStringList &knownCurrencies(); // HUF, EUR, USD, GBP, CHF, CZK, PLN, RON
    static const QStringList &knownVatCodes();   // 27%, 18%, 5%, 0%, AAM, TAM, EU, EUK, MAA, FAD, ATK

    explicit DummyErp(const Clock &clock, DummyErpOptions options = {});

    const DummyErpOptions &options() const { return m_options; }
    // Replaces the options and restarts the random sequence from options.seed.
    void setOptions(const DummyErpOptions &options);

    // The sample catalogue: gate and garage-door parts with Hungarian names, HUF
    // and EUR prices and Hungarian VAT codes; externalId, etag and modifiedAt empty.
    static QList<RemotePart> seedParts();
    // Adds seedParts() as outside creates (ITEM-0001, ...).
    void addSeedParts();

    // --- Server API: recorded and simulated ---------------------------------
    ErpResult<QString> testConnection(); // "Dummy ERP with 14 parts"
    // Live parts and tombstones changed at or after modifiedSince, oldest first
    // by (modifiedAt, externalId). With a pageToken the token's own query wins.
    ErpResult<PartPage> list(const PartQuery &query);
    // The live part with this number; an empty optional when there is none.
    ErpResult<std::optional<RemotePart>> get(const QString &partNumber);
    // The server assigns externalId, etag and modifiedAt. Empty unit, currency
    // and vatCode default to "db", "HUF" and "27%".
    ErpResult<RemotePart> create(const RemotePart &part);
    // Replaces the part found by externalId (or, when that is empty, the live
    // part with part.partNumber). Strings replace the stored ones, except that
    // empty unit, currency and vatCode keep them; unset price and stock keep
    // theirs. A non-empty ifMatch must equal the current etag.
    ErpResult<RemotePart> update(const RemotePart &part, const QString &ifMatch);

    // --- State ---------------------------------------------------------------
    QList<RemotePart> parts() const;                                     // live parts and tombstones, in listing order
    std::optional<RemotePart> part(const QString &partNumber) const;     // live only
    std::optional<RemotePart> partById(const QString &externalId) const; // tombstones too
    int liveCount() const;
    // Grows with every change (writes, outside edits, load); for noticing changes.
    qint64 changeCount() const { return m_changeCount; }

    // --- Edits from outside: as a person editing in the ERP ------------------
    // Throw garagereg::Error when the part does not exist or the result is not valid.
    RemotePart outsideCreate(const RemotePart &part);
    RemotePart outsideEdit(const QString &partNumber, const std::function<void(RemotePart &)> &edit);
    RemotePart outsideDelete(const QString &partNumber); // returns the tombstone

    // --- One-shot triggers ---------------------------------------------------
    // The next `count` requests fail with `category` (default status: 429, 503,
    // 401, 422, 409, 404; none for Network and Timeout) and store nothing.
    // Queued after earlier triggers.
    void failNextCalls(ErpErrorCategory category, int count = 1, std::optional<int> retryAfterSeconds = std::nullopt,
                       std::optional<int> httpStatus = std::nullopt);
    // The next request fails with 401; the one after it logs in again.
    void expireSession();
    // The next `count` writes that the server stores lose their response: the
    // client gets a Network error although the change is stored.
    void loseNextWriteResponse(int count = 1);
    // When the next write (create or update) arrives, the part is edited from
    // outside first (new etag and timestamp), so an update's If-Match fails.
    // An empty part number means the part the write targets. Without `edit`
    // the description is changed.
    void editBeforeNextWrite(const QString &partNumber = {}, std::function<void(RemotePart &)> edit = {});
    // Runs `action` when the next request of this operation arrives, before it
    // is handled (e.g. a person creates the same part number just before our create).
    void onNextRequest(DummyErpOperation operation, std::function<void(DummyErp &)> action);
    void clearTriggers();

    // --- Request record ------------------------------------------------------
    const QList<DummyErpRequest> &requests() const { return m_requests; }
    int requestCount(DummyErpOperation operation) const;
    // Writes of this operation that the server stored.
    int appliedCount(DummyErpOperation operation) const;
    void clearRequests() { m_requests.clear(); }

    // --- Files (docs/dummy-erp.md) -------------------------------------------
    // Replaces all parts with the file's; keeps options, triggers and the request
    // record. Throws garagereg::Error naming the file and what is wrong; on error
    // nothing changes.
    void load(const QString &filePath);
    void loadJson(const QByteArray &json, const QString &sourceName);
    // Atomically (QSaveFile). Throws garagereg::Error.
    void save(const QString &filePath) const;
    QByteArray toJson() const;
    // One part in the file format; also what RemotePart::raw holds.
    static QJsonObject partToJson(const RemotePart &part);

private:
    struct InjectedFailure
    {
        ErpError error;
        int remaining = 0;
    };
    struct PendingEdit
    {
        QString partNumber;
        std::function<void(RemotePart &)> edit;
    };
    struct Rolls
    {
        double authExpiry = 1;
        double rateLimit = 1;
        double serverError = 1;
        double serverErrorKind = 0;
        double timeout = 1;
        double concurrentEdit = 1;
        double lostResponse = 1;
    };
    struct Arrival
    {
        DummyErpRequest request;
        Rolls rolls;
    };

    // Shared request handling: hooks, login, injected and random failures.
    Arrival arrive(DummyErpOperation operation, const QString &partNumber, const QString &ifMatch = {});
    // The answer to a stored write: the record, or a simulated lost response.
    ErpResult<RemotePart> answerStoredWrite(Arrival &arrival, const RemotePart &stored, int httpStatus);
    std::optional<ErpError> rejectBeforeHandling(Arrival &arrival);
    template<typename T>
    ErpResult<T> finish(Arrival &arrival, ErpResult<T> result);
    void record(DummyErpRequest request);

    QList<RemotePart> sortedParts() const;
    // Puts `part` at `index` of m_parts (index == size appends) with its raw record, and keeps the indexes current.
    void store(qsizetype index, const RemotePart &given);
    void reindex();
    // Indexes into m_parts in listing order (modifiedAt, externalId).
    const QList<qsizetype> &listingOrder() const;
    int indexOfLive(const QString &partNumber) const;
    int indexOfId(const QString &externalId) const;
    QDateTime nextTimestamp();
    void stamp(RemotePart &part);
    QString newExternalId();
    // Problems as "field: ..." sentences; `existing` is the stored part on updates.
    QStringList problems(const RemotePart &candidate, const RemotePart *existing) const;
    RemotePart applyOutsideEdit(int index, const std::function<void(RemotePart &)> &edit);
    static RemotePart withRaw(RemotePart part);
    ErpError validationError(const QString &partNumber, const QStringList &problems) const;

    const Clock &m_clock;
    DummyErpOptions m_options;
    QRandomGenerator m_random;
    QList<RemotePart> m_parts; // storage order; listing sorts
    // Indexes over m_parts, kept by store() and reindex(), so a catalogue of
    // 100,000 parts is set up and served without scanning it per request.
    QHash<QString, qsizetype> m_liveByNumber; // part number -> its live part
    QHash<QString, qsizetype> m_byId;         // external id -> part or tombstone
    mutable QList<qsizetype> m_order;         // listing order, rebuilt after changes
    mutable bool m_orderStale = true;
    qint64 m_version = 0; // the last etag's number
    qint64 m_lastId = 0;  // the last ITEM-nnnn
    QDateTime m_lastWriteAt;
    qint64 m_changeCount = 0;
    bool m_sessionExpired = false;
    bool m_expireNext = false;
    int m_loseResponses = 0;
    QList<InjectedFailure> m_failures;
    QList<PendingEdit> m_pendingEdits;
    QList<std::pair<DummyErpOperation, std::function<void(DummyErp &)>>> m_hooks;
    QList<DummyErpRequest> m_requests;
};

} // namespace garagereg
