#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace garagereg {

// A spare part as the ERP holds it. Fields an ERP does not have stay empty.
struct RemotePart
{
    QString externalId; // the ERP's own id (may equal the part number)
    QString partNumber;
    QString name;
    QString description;
    QString category;
    QString unit;
    std::optional<qint64> unitPriceMinor; // fixed point, minor units of `currency`
    QString currency;                     // ISO 4217
    QString vatCode;
    std::optional<qint64> stockQuantity;
    QString etag;         // version for optimistic concurrency, when the ERP has one
    QDateTime modifiedAt; // the server's change time (UTC), when the ERP has one
    bool deleted = false; // a tombstone from the change feed
    QJsonObject raw;      // the record as received, for the sync log
    // Set when the ERP sent a record the adapter cannot read exactly (a price with
    // too many decimals, ...): the sync logs it as failed and goes on with the rest.
    QString problem;
    QString problemRawMessage; // the offending value as the ERP sent it

    friend bool operator==(const RemotePart &, const RemotePart &) = default;
};

// What an ERP can do; the sync engine adapts its strategy to it.
struct ErpCapabilities
{
    bool deltaQueries = false;     // "changed since" listing; otherwise full scans compared by hash
    bool dateOnlyCursor = false;   // the change time has only day precision (SAP B1)
    bool etags = false;            // If-Match on updates
    bool writableStock = false;    // stock can be written
    bool naturalKeyLookup = false; // find by part number
    bool deletes = false;          // tombstones in the change feed
};

enum class ErpErrorCategory {
    None,
    Network, // connection refused, reset, DNS, TLS
    Timeout,
    RateLimited,    // 429
    Server,         // 5xx
    Authentication, // 401/403, bad credentials
    Validation,     // 400/422: the record is wrong; never retried
    Conflict,       // 409/412: changed on the server since we read it
    NotFound,
    NotSupported,  // the provider is not implemented yet
    Configuration, // the integration's settings are wrong
};
QString erpErrorCategoryName(ErpErrorCategory category);

struct ErpError
{
    ErpErrorCategory category = ErpErrorCategory::None;
    std::optional<int> httpStatus;
    QString message;    // for people
    QString rawMessage; // the server's own words, for the sync log
    std::optional<qint64> retryAfterSeconds;

    bool isError() const { return category != ErpErrorCategory::None; }
    // Worth trying again after a pause: network, timeouts, 429 and 5xx.
    bool isRetryable() const
    {
        return category == ErpErrorCategory::Network || category == ErpErrorCategory::Timeout
               || category == ErpErrorCategory::RateLimited || category == ErpErrorCategory::Server;
    }
};

template<typename T>
struct ErpResult
{
    std::optional<T> value;
    ErpError error;

    bool ok() const { return !error.isError(); }
    static ErpResult success(T result) { return {std::move(result), {}}; }
    static ErpResult failure(ErpError failure) { return {std::nullopt, std::move(failure)}; }
};

// One page of a listing. Pass nextPageToken back to get the next page.
struct PartPage
{
    QList<RemotePart> parts;
    QString nextPageToken; // empty on the last page
};

struct PartQuery
{
    QDateTime modifiedSince; // inclusive; invalid for everything
    QString pageToken;       // from the previous page
    int pageSize = 100;
};

// An ERP or invoicing system, as the sync engine sees it. Every operation is
// asynchronous and never blocks the event loop; futures finish on the thread
// the adapter lives on and never throw: failures come back as ErpError.
//
// Syncing parts from and to the ERP is built once, in the sync engine, on top
// of these operations, so every adapter gets both directions by implementing them.
class ErpAdapter
{
public:
    virtual ~ErpAdapter() = default;

    virtual QString providerName() const = 0;
    virtual ErpCapabilities capabilities() const = 0;

    // A one-line description of what answered ("Dummy ERP, 12 parts"), or why not.
    virtual QFuture<ErpResult<QString>> testConnection() = 0;
    // Parts changed at or after query.modifiedSince, oldest first, page by page.
    virtual QFuture<ErpResult<PartPage>> listParts(const PartQuery &query) = 0;
    // The part with this number; an empty optional when the ERP has none.
    virtual QFuture<ErpResult<std::optional<RemotePart>>> getPart(const QString &partNumber) = 0;
    virtual QFuture<ErpResult<RemotePart>> createPart(const RemotePart &part) = 0;
    // Sends If-Match: ifMatch when the ERP supports ETags and ifMatch is not empty.
    virtual QFuture<ErpResult<RemotePart>> updatePart(const RemotePart &part, const QString &ifMatch) = 0;
};

} // namespace garagereg
