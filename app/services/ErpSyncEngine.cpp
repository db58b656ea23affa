#include "app/services/ErpSyncEngine.h"

#include "adapters/erp/ErpAdapterRegistry.h"
#include "adapters/secrets/SecretStore.h"
#include "app/services/InventoryEvents.h"
#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/common/Sha256.h"
#include "models/domain/Integration.h"
#include "models/storage/Database.h"
#include "models/storage/ErpSyncRepository.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/PartRepository.h"
#include "models/storage/Transaction.h"

#include <QCoroFuture>
#include <QCoroTimer>
#include <QHostInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPromise>
#include <QUuid>

namespace garagereg {

Q_LOGGING_CATEGORY(lcSync, "garagereg.erp.sync")

namespace {

// What the sync log (served by the REST API) keeps of an error: no SQL or driver
// text; the whole message goes to the server's log.
QString publicText(const Error &error)
{
    const QString text = error.publicMessage();
    if (text != error.message())
        qCWarning(lcSync) << "sync error:" << error.message();
    return text;
}

const QString partsCursor = QStringLiteral("parts");
const QString fromErp = QStringLiteral("from_erp");
const QString toErp = QStringLiteral("to_erp");
constexpr qint64 lockLeaseMs = 10 * 60 * 1000;

QString fingerprint(const QJsonObject &fields)
{
    return QString::fromLatin1(sha256(QJsonDocument(fields).toJson(QJsonDocument::Compact)).toHex());
}

// Writes the same bytes as QJsonDocument(object).toJson(Compact) for the
// fingerprint fields (keys added in their sorted order, as QJsonObject keeps
// them), without building the object. `plain` turns false for a value whose
// writing could differ (escapes, lone surrogates, huge numbers); the caller
// then takes the QJsonDocument way.
class FingerprintWriter
{
public:
    FingerprintWriter()
    {
        m_json.reserve(512); // a record's fields: no reallocation while writing
        m_json += '{';
    }
    void key(const char *name)
    {
        m_json += m_json.size() > 1 ? ",\"" : "\"";
        m_json += name;
        m_json += "\":";
    }
    // The text as UTF-8 between quotes, encoded in place: this runs for every
    // field of every imported record (toUtf8() allocated a copy per field). A
    // character JSON escapes, or a surrogate pair, makes the record not plain.
    void text(const QString &value)
    {
        const qsizetype start = m_json.size();
        m_json.resize(start + 3 * value.size() + 2); // the most UTF-8 a BMP character takes
        char *out = m_json.data() + start;
        *out++ = '"';
        for (const QChar c : value) {
            const char16_t u = c.unicode();
            if (u < 0x20 || u == 0x22 || u == 0x5c || u == 0x7f || QChar::isSurrogate(u)) {
                m_plain = false;
                return;
            }
            if (u < 0x80) {
                *out++ = char(u);
            } else if (u < 0x800) {
                *out++ = char(0xc0 | (u >> 6));
                *out++ = char(0x80 | (u & 0x3f));
            } else {
                *out++ = char(0xe0 | (u >> 12));
                *out++ = char(0x80 | ((u >> 6) & 0x3f));
                *out++ = char(0x80 | (u & 0x3f));
            }
        }
        *out++ = '"';
        m_json.truncate(out - m_json.constData());
    }
    void number(std::optional<qint64> value)
    {
        constexpr qint64 exact = qint64(1) << 53; // doubles hold integers exactly up to here
        if (!value)
            m_json += "null";
        else if (*value > -exact && *value < exact)
            m_json += QByteArray::number(*value);
        else
            m_plain = false;
    }
    void boolean(bool value) { m_json += value ? "true" : "false"; }
    bool plain() const { return m_plain; }
    QString hash()
    {
        m_json += '}';
        return QString::fromLatin1(sha256(m_json).toHex());
    }

private:
    QByteArray m_json;
    bool m_plain = true;
};

// The fields both fingerprints share, in sorted key order.
template<typename P>
void writeSyncedFields(FingerprintWriter &writer, const P &part, bool deleted, std::optional<qint64> stock,
                       std::optional<qint64> price)
{
    writer.key("category");
    writer.text(part.category);
    writer.key("currency");
    writer.text(part.currency);
    writer.key("deleted");
    writer.boolean(deleted);
    writer.key("description");
    writer.text(part.description);
    writer.key("name");
    writer.text(part.name);
    writer.key("part_number");
    writer.text(part.partNumber);
    writer.key("stock_quantity");
    writer.number(stock);
    writer.key("unit");
    writer.text(part.unit);
    writer.key("unit_price_minor");
    writer.number(price);
    writer.key("vat_code");
    writer.text(part.vatCode);
}

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(static_cast<double>(*value)) : QJsonValue(QJsonValue::Null);
}

// The local part after taking what the ERP has; fields the ERP lacks stay as they are.
Part mergedFromRemote(const RemotePart &remote, std::optional<Part> local, const QDateTime &now)
{
    Part part = local.value_or(Part{});
    part.partNumber = remote.partNumber;
    const auto take = [](QString &field, const QString &value) {
        if (!value.isEmpty())
            field = value.trimmed();
    };
    take(part.name, remote.name);
    take(part.description, remote.description);
    take(part.category, remote.category);
    take(part.unit, remote.unit);
    take(part.vatCode, remote.vatCode);
    if (remote.unitPriceMinor) {
        part.unitPriceMinor = *remote.unitPriceMinor;
        take(part.currency, remote.currency);
    }
    if (remote.stockQuantity)
        part.stockQuantity = *remote.stockQuantity;
    part.deletedAt = remote.deleted ? (part.deletedAt.isValid() ? part.deletedAt : now) : QDateTime();
    return part;
}

RemotePart remoteFromLocal(const Part &part, const QString &externalId, const ErpCapabilities &capabilities)
{
    RemotePart remote;
    remote.externalId = externalId;
    remote.partNumber = part.partNumber;
    remote.name = part.name;
    remote.description = part.description;
    remote.category = part.category;
    remote.unit = part.unit;
    remote.unitPriceMinor = part.unitPriceMinor;
    remote.currency = part.currency;
    remote.vatCode = part.vatCode;
    if (capabilities.writableStock)
        remote.stockQuantity = part.stockQuantity;
    return remote;
}

// Not inline in the coroutine: GCC 12 mishandles an if-statement's initialiser there.
std::optional<PartBinding> bindingIn(const QHash<qint64, PartBinding> &bindings, qint64 partId)
{
    const auto found = bindings.constFind(partId);
    return found == bindings.cend() ? std::nullopt : std::optional<PartBinding>(*found);
}

bool fellBelowMinimum(const std::optional<Part> &before, const Part &after)
{
    const bool lowNow = after.minimumStock > 0 && after.stockQuantity < after.minimumStock && !after.isDeleted();
    const bool lowBefore = before && before->minimumStock > 0 && before->stockQuantity < before->minimumStock;
    return lowNow && !lowBefore;
}

} // namespace

QJsonObject toJson(const RemotePart &part)
{
    return {{QStringLiteral("external_id"), part.externalId},
            {QStringLiteral("part_number"), part.partNumber},
            {QStringLiteral("name"), part.name},
            {QStringLiteral("description"), part.description},
            {QStringLiteral("category"), part.category},
            {QStringLiteral("unit"), part.unit},
            {QStringLiteral("unit_price_minor"), optionalNumber(part.unitPriceMinor)},
            {QStringLiteral("currency"), part.currency},
            {QStringLiteral("vat_code"), part.vatCode},
            {QStringLiteral("stock_quantity"), optionalNumber(part.stockQuantity)},
            {QStringLiteral("etag"), part.etag},
            {QStringLiteral("modified_at"), part.modifiedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("deleted"), part.deleted}};
}

RemotePart remotePartFromJson(const QJsonObject &json)
{
    RemotePart part;
    part.externalId = json.value(QLatin1String("external_id")).toString();
    part.partNumber = json.value(QLatin1String("part_number")).toString();
    part.name = json.value(QLatin1String("name")).toString();
    part.description = json.value(QLatin1String("description")).toString();
    part.category = json.value(QLatin1String("category")).toString();
    part.unit = json.value(QLatin1String("unit")).toString();
    if (json.value(QLatin1String("unit_price_minor")).isDouble())
        part.unitPriceMinor = json.value(QLatin1String("unit_price_minor")).toInteger();
    part.currency = json.value(QLatin1String("currency")).toString();
    part.vatCode = json.value(QLatin1String("vat_code")).toString();
    if (json.value(QLatin1String("stock_quantity")).isDouble())
        part.stockQuantity = json.value(QLatin1String("stock_quantity")).toInteger();
    part.etag = json.value(QLatin1String("etag")).toString();
    part.modifiedAt = QDateTime::fromString(json.value(QLatin1String("modified_at")).toString(), Qt::ISODateWithMs);
    part.deleted = json.value(QLatin1String("deleted")).toBool();
    return part;
}

QJsonObject partToJson(const Part &part)
{
    return {{QStringLiteral("part_number"), part.partNumber},
            {QStringLiteral("name"), part.name},
            {QStringLiteral("description"), part.description},
            {QStringLiteral("category"), part.category},
            {QStringLiteral("unit"), part.unit},
            {QStringLiteral("unit_price_minor"), static_cast<double>(part.unitPriceMinor)},
            {QStringLiteral("currency"), part.currency},
            {QStringLiteral("vat_code"), part.vatCode},
            {QStringLiteral("stock_quantity"), static_cast<double>(part.stockQuantity)},
            {QStringLiteral("minimum_stock"), static_cast<double>(part.minimumStock)},
            {QStringLiteral("updated_at"), part.updatedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("deleted"), part.isDeleted()}};
}

QString ErpSyncEngine::localHash(const Part &part)
{
    FingerprintWriter writer;
    writeSyncedFields(writer, part, part.isDeleted(), part.stockQuantity, part.unitPriceMinor);
    if (writer.plain())
        return writer.hash();
    QJsonObject fields = partToJson(part);
    fields.remove(QStringLiteral("updated_at"));
    fields.remove(QStringLiteral("minimum_stock")); // local only, never synced
    return fingerprint(fields);
}

QString ErpSyncEngine::remoteHash(const RemotePart &part)
{
    FingerprintWriter writer;
    writeSyncedFields(writer, part, part.deleted, part.stockQuantity, part.unitPriceMinor);
    if (writer.plain())
        return writer.hash();
    QJsonObject fields = toJson(part);
    for (const char *volatileField : {"etag", "modified_at", "external_id"})
        fields.remove(QLatin1String(volatileField));
    return fingerprint(fields);
}

// Everything one run works with.
struct ErpSyncEngine::Run
{
    SyncRequest request;
    Integration integration;
    std::unique_ptr<ErpAdapter> adapter;
    ErpCapabilities capabilities;
    const Database &database;
    ErpSyncRepository repository;
    PartRepository parts;
    SyncLog log;
    ConflictPolicy policy = ConflictPolicy::ErpWins;
    QString fatalError;
    QDateTime lockRenewedAt;

    // While a page is imported: its parts and their bindings, read in two
    // queries and kept current by the page's own writes. A part number missing
    // from pageParts is not here; a part id missing from pageBindings has none.
    bool pageLoaded = false;
    QHash<QString, Part> pageParts;
    QHash<qint64, PartBinding> pageBindings;
    // Inventory events of stored records, raised once their transaction is committed
    // (before: the local part as it was, after: as stored).
    QList<std::pair<std::optional<Part>, Part>> pendingEvents;
    // While a page is imported batched: what is written at its end. New parts
    // have id 0 until then; so has the binding of a new part (found by number).
    bool batched = false;
    QList<Part> newParts;
    QList<std::pair<QString, PartBinding>> newBindings;
    QList<SyncLogEntry> newEntries;

    Run(const Database &database, const Clock &clock)
        : database(database)
        , repository(database, clock)
        , parts(database, clock)
    {
    }

    void forgetPage()
    {
        pageLoaded = false;
        pageParts.clear();
        pageBindings.clear();
        batched = false;
        newParts.clear();
        newBindings.clear();
        newEntries.clear();
    }
};

ErpSyncEngine::ErpSyncEngine(const Database &database, SecretStore &secrets, QNetworkAccessManager &network,
                             const Clock &clock, const ErpAdapterRegistry &registry, InventoryEvents *events,
                             QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_secrets(secrets)
    , m_network(network)
    , m_clock(clock)
    , m_registry(registry)
    , m_events(events)
    , m_owner(QStringLiteral("%1:%2:%3")
                  .arg(QHostInfo::localHostName())
                  .arg(QCoreApplication::applicationPid())
                  .arg(QUuid::createUuid().toString(QUuid::Id128).left(8)))
{
}

ErpSyncEngine::~ErpSyncEngine() = default;

QFuture<SyncOutcome> ErpSyncEngine::run(SyncRequest request)
{
    auto promise = std::make_shared<QPromise<SyncOutcome>>();
    promise->start();
    QFuture<SyncOutcome> future = promise->future();
    // A coroutine of its own that owns its arguments: QCoro's Task::then() on a
    // temporary would keep a pointer to the destroyed temporary.
    [](ErpSyncEngine *self, SyncRequest request, std::shared_ptr<QPromise<SyncOutcome>> promise) -> QCoro::Task<void> {
        const SyncOutcome outcome = co_await self->execute(std::move(request));
        promise->addResult(outcome);
        promise->finish();
    }(this, std::move(request), promise);
    return future;
}

void ErpSyncEngine::cancel(qint64 syncLogId)
{
    m_cancelled.insert(syncLogId);
}

bool ErpSyncEngine::isCancelled(const Run &run) const
{
    return m_cancelled.contains(run.log.id);
}

void ErpSyncEngine::resolveConflict(qint64 conflictId, const QString &take)
{
    if (take != QLatin1String("erp") && take != QLatin1String("local"))
        throw Error(tr("Take \"erp\" or \"local\", not \"%1\".").arg(take));
    ErpSyncRepository repository(m_database, m_clock);
    const std::optional<SyncConflict> conflict = repository.findConflict(conflictId);
    if (!conflict || !conflict->open)
        throw Error(tr("There is no open conflict with id %1.").arg(conflictId));
    PartRepository parts(m_database, m_clock);
    const std::optional<Part> local = parts.findByNumber(conflict->partNumber);
    if (!local)
        throw Error(tr("The part %1 no longer exists here.").arg(conflict->partNumber));
    const RemotePart remote = remotePartFromJson(conflict->remoteRecord);

    PartBinding binding = repository.bindingForPart(conflict->integrationId, local->id).value_or(PartBinding{});
    binding.integrationId = conflict->integrationId;
    binding.partId = local->id;
    binding.externalId = remote.externalId;
    binding.remoteEtag = remote.etag;
    binding.remoteUpdatedAt = remote.modifiedAt;
    binding.remoteHash = remoteHash(remote);
    binding.lastSyncedAt = m_clock.now();
    if (take == QLatin1String("erp")) {
        const Part stored = parts.update(mergedFromRemote(remote, local, m_clock.now()));
        binding.localHash = localHash(stored);
    } else {
        binding.localHash.clear(); // differs from any part: the next export sends the local version
    }
    repository.saveBinding(binding);
    repository.resolveConflict(conflictId, take);
}

QFuture<ErpResult<QString>> ErpSyncEngine::testConnection(qint64 integrationId)
{
    auto promise = std::make_shared<QPromise<ErpResult<QString>>>();
    promise->start();
    QFuture<ErpResult<QString>> future = promise->future();
    [](ErpSyncEngine *self, qint64 id, std::shared_ptr<QPromise<ErpResult<QString>>> promise) -> QCoro::Task<void> {
        ErpResult<QString> result;
        try {
            const std::optional<Integration> integration =
                IntegrationRepository(self->m_database, self->m_clock).find(id);
            if (!integration) {
                result = ErpResult<QString>::failure({ErpErrorCategory::Configuration,
                                                      std::nullopt,
                                                      tr("There is no integration with id %1.").arg(id),
                                                      {},
                                                      std::nullopt});
            } else {
                QString error;
                std::unique_ptr<ErpAdapter> adapter = co_await self->createAdapter(*integration, &error);
                if (!adapter)
                    result = ErpResult<QString>::failure(
                        {ErpErrorCategory::Configuration, std::nullopt, error, {}, std::nullopt});
                else {
                    QFuture<ErpResult<QString>> testing = adapter->testConnection();
                    result = co_await testing;
                }
            }
        } catch (const Error &error) {
            result = ErpResult<QString>::failure(
                {ErpErrorCategory::Configuration, std::nullopt, publicText(error), {}, std::nullopt});
        }
        promise->addResult(result);
        promise->finish();
    }(this, integrationId, promise);
    return future;
}

QCoro::Task<std::unique_ptr<ErpAdapter>> ErpSyncEngine::createAdapter(const Integration &integration, QString *error)
{
    if (integration.type != IntegrationType::Erp) {
        *error = tr("Integration %1 is not an ERP integration.").arg(integration.id);
        co_return std::unique_ptr<ErpAdapter>();
    }
    QByteArray credential;
    if (!integration.secretRef.isEmpty()) {
        QFuture<SecretResult> reading = m_secrets.read(integration.secretRef);
        const SecretResult secret = co_await reading;
        if (!secret.ok()) {
            *error = tr("The ERP credential could not be read: %1").arg(secret.errorMessage);
            co_return std::unique_ptr<ErpAdapter>();
        }
        credential = secret.value;
    }
    try {
        co_return m_registry.create({integration, credential, m_network, m_clock, m_guard});
    } catch (const Error &failure) {
        *error = publicText(failure);
        co_return std::unique_ptr<ErpAdapter>();
    }
}

ConflictPolicy ErpSyncEngine::policyFor(const Run &run) const
{
    if (run.request.conflictPolicy)
        return *run.request.conflictPolicy;
    return conflictPolicyFromName(run.integration.settings.value(QLatin1String("conflict_policy")).toString())
        .value_or(ConflictPolicy::ErpWins);
}

QCoro::Task<SyncOutcome> ErpSyncEngine::execute(SyncRequest request)
{
    auto run = std::make_unique<Run>(m_database, m_clock);
    run->request = request;
    try {
        const std::optional<Integration> integration =
            IntegrationRepository(m_database, m_clock).find(request.integrationId);
        if (!integration)
            co_return SyncOutcome{{}, tr("There is no integration with id %1.").arg(request.integrationId)};
        if (!integration->active)
            co_return SyncOutcome{{},
                                  tr("Integration %1 is inactive; activate it before syncing.").arg(integration->id)};
        run->integration = *integration;
        run->policy = policyFor(*run);

        SyncLog &log = run->log;
        log.integrationId = request.integrationId;
        log.direction = request.direction;
        log.triggeredBy = request.triggeredBy;
        log.startedAt = m_clock.now();
        log.cursorBefore = run->repository.cursor(request.integrationId, partsCursor);
        log.cursorAfter = log.cursorBefore;
        log.conflictPolicy = conflictPolicyName(run->policy);
        log.partNumbers = request.partNumbers;
        log.forceUpdate = request.forceUpdate;
        run->repository.startLog(log);
        emit runStarted(log.id, request.integrationId);

        if (!run->repository.tryLock(request.integrationId, m_owner, log.id, m_clock.now().addMSecs(lockLeaseMs))) {
            const std::optional<qint64> other = run->repository.runningLog(request.integrationId);
            run->fatalError =
                tr("Another sync of this integration is running (sync log %1); try again when it has finished.")
                    .arg(other ? QString::number(*other) : tr("unknown"));
        } else {
            // Holding the lock, any other run still marked running was cut short.
            run->repository.failInterruptedRuns(request.integrationId, log.id);
            QString error;
            run->adapter = co_await createAdapter(run->integration, &error);
            if (!run->adapter) {
                run->fatalError = error;
            } else {
                run->capabilities = run->adapter->capabilities();
                if (request.direction != SyncDirection::PartsToErp)
                    co_await importParts(*run);
                if (request.direction != SyncDirection::PartsFromErp && run->fatalError.isEmpty() && !isCancelled(*run))
                    co_await exportParts(*run);
            }
            run->repository.unlock(request.integrationId, m_owner);
        }
    } catch (const Error &error) {
        run->fatalError = publicText(error);
        try {
            run->repository.unlock(request.integrationId, m_owner);
        } catch (const Error &) {
        }
    }

    SyncLog &log = run->log;
    if (log.id == 0)
        co_return SyncOutcome{{}, run->fatalError};
    log.finishedAt = m_clock.now();
    log.durationMs = log.startedAt.msecsTo(log.finishedAt);
    log.errorMessage = run->fatalError;
    if (isCancelled(*run))
        log.status = SyncStatus::Cancelled;
    else if (!run->fatalError.isEmpty())
        log.status = SyncStatus::Failed;
    else if (log.failed > 0)
        log.status = SyncStatus::Partial;
    else
        log.status = SyncStatus::Success;
    try {
        run->repository.finishLog(log);
    } catch (const Error &error) {
        qCWarning(lcSync) << "could not finish sync log" << log.id << error.message();
    }
    m_cancelled.remove(log.id);
    emit runFinished(log.id, log.status);
    co_return SyncOutcome{log, run->fatalError};
}

template<typename T>
QCoro::Task<ErpResult<T>> ErpSyncEngine::withRetries(Run &run, std::function<QFuture<ErpResult<T>>()> call)
{
    std::chrono::milliseconds delay = m_retry.firstDelay;
    for (int attempt = 1;; ++attempt) {
        QFuture<ErpResult<T>> pending = call();
        ErpResult<T> result = co_await pending;
        if (result.ok() || !result.error.isRetryable() || attempt >= m_retry.maxAttempts || isCancelled(run))
            co_return result;
        std::chrono::milliseconds wait = delay;
        if (result.error.retryAfterSeconds)
            wait = std::max(wait, std::chrono::milliseconds(*result.error.retryAfterSeconds * 1000));
        wait = std::min(wait, m_retry.maxDelay);
        qCInfo(lcSync) << "retrying after" << result.error.message << "in" << wait.count() << "ms";
        co_await QCoro::sleepFor(wait);
        delay = std::min(delay * 2, m_retry.maxDelay);
    }
}

// Each wraps one adapter call in the retry loop. The call is a named local on
// purpose: GCC 12 destroys a temporary std::function in a co_await expression twice.
QCoro::Task<ErpResult<PartPage>> ErpSyncEngine::listPage(Run &run, PartQuery query)
{
    std::function<QFuture<ErpResult<PartPage>>()> call = [&run, query] { return run.adapter->listParts(query); };
    co_return co_await withRetries<PartPage>(run, call);
}

QCoro::Task<ErpResult<std::optional<RemotePart>>> ErpSyncEngine::lookUp(Run &run, QString partNumber)
{
    std::function<QFuture<ErpResult<std::optional<RemotePart>>>()> call = [&run, partNumber] {
        return run.adapter->getPart(partNumber);
    };
    co_return co_await withRetries<std::optional<RemotePart>>(run, call);
}

QCoro::Task<ErpResult<RemotePart>> ErpSyncEngine::update(Run &run, RemotePart part, QString ifMatch)
{
    std::function<QFuture<ErpResult<RemotePart>>()> call = [&run, part, ifMatch] {
        return run.adapter->updatePart(part, ifMatch);
    };
    co_return co_await withRetries<RemotePart>(run, call);
}

void ErpSyncEngine::record(Run &run, const QString &partNumber, const QString &operation, const QString &direction,
                           const QString &outcome, const ErpError &error, const QString &message)
{
    SyncLogEntry entry;
    entry.syncLogId = run.log.id;
    entry.partNumber = partNumber;
    entry.operation = operation;
    entry.direction = direction;
    entry.outcome = outcome;
    entry.httpStatus = error.httpStatus;
    entry.errorCategory = erpErrorCategoryName(error.category);
    entry.message = !message.isEmpty() ? message : (error.rawMessage.isEmpty() ? error.message : error.rawMessage);
    if (run.batched) {
        entry.createdAt = m_clock.now();
        run.newEntries.append(std::move(entry));
    } else {
        run.repository.addEntry(entry);
    }
    if (outcome == QLatin1String("success"))
        ++run.log.succeeded;
    else if (outcome == QLatin1String("failed"))
        ++run.log.failed;
    else if (outcome == QLatin1String("skipped"))
        ++run.log.skipped;
    else if (outcome == QLatin1String("conflict"))
        ++run.log.conflicts;
    emit progress(run.log.id, run.log.processed);
}

void ErpSyncEngine::bind(Run &run, const Part &local, const RemotePart &remote)
{
    PartBinding binding;
    binding.integrationId = run.integration.id;
    binding.partId = local.id;
    binding.externalId = remote.externalId;
    binding.remoteEtag = remote.etag;
    binding.remoteUpdatedAt = remote.modifiedAt;
    binding.localHash = localHash(local);
    binding.remoteHash = remoteHash(remote);
    binding.lastSyncedAt = m_clock.now();
    saveBinding(run, binding, local.partNumber);
}

// Writes what the ERP has into the local catalogue and binds the two.
void ErpSyncEngine::applyRemote(Run &run, const RemotePart &remote, std::optional<Part> local, const QString &operation,
                                const QString &note)
{
    Part merged = mergedFromRemote(remote, local, m_clock.now());
    Part stored;
    try {
        if (run.batched) {
            // Written at the end of the page; a failure redoes the page record by record.
            if (local) {
                stored = run.parts.update(merged);
            } else {
                stored = run.parts.prepareCreate(merged);
                run.newParts.append(stored);
            }
        } else {
            // On PostgreSQL a statement that fails spoils the transaction it is in; a
            // savepoint of its own keeps the log entry below possible.
            std::optional<Transaction> write;
            if (run.database.backend() == Backend::PostgreSql)
                write.emplace(run.database.connection(), run.database.backend());
            stored = local ? run.parts.update(merged) : run.parts.create(merged);
            if (write)
                write->commit();
        }
    } catch (const Error &error) {
        if (run.batched)
            throw;
        record(run, remote.partNumber, operation, fromErp, QStringLiteral("failed"),
               {ErpErrorCategory::Validation, std::nullopt, publicText(error), {}, std::nullopt});
        return;
    }
    if (run.pageLoaded)
        run.pageParts.insert(stored.partNumber, stored);
    bind(run, stored, remote);
    record(run, remote.partNumber, operation, fromErp,
           note.isEmpty() ? QStringLiteral("success") : QStringLiteral("conflict"), {}, note);
    if (m_events)
        run.pendingEvents.append({local, stored});
}

void ErpSyncEngine::raiseEvents(Run &run)
{
    const auto events = std::exchange(run.pendingEvents, {});
    if (!m_events)
        return;
    for (const auto &[before, stored] : events) {
        try {
            if (!before)
                m_events->partCreated(stored);
            if (fellBelowMinimum(before, stored))
                m_events->stockFellBelowMinimum(stored);
        } catch (const Error &error) {
            qCWarning(lcSync) << "inventory event not raised:" << error.message();
        }
    }
}

std::optional<Part> ErpSyncEngine::localPart(Run &run, const QString &partNumber) const
{
    if (!run.pageLoaded)
        return run.parts.findByNumber(partNumber);
    const auto found = run.pageParts.constFind(partNumber);
    return found == run.pageParts.cend() ? std::nullopt : std::optional<Part>(*found);
}

std::optional<PartBinding> ErpSyncEngine::bindingOf(Run &run, qint64 partId) const
{
    if (!run.pageLoaded)
        return run.repository.bindingForPart(run.integration.id, partId);
    const auto found = run.pageBindings.constFind(partId);
    return found == run.pageBindings.cend() ? std::nullopt : std::optional<PartBinding>(*found);
}

void ErpSyncEngine::saveBinding(Run &run, PartBinding &binding, const QString &partNumber)
{
    if (run.batched)
        run.newBindings.append({partNumber, binding});
    else
        run.repository.saveBinding(binding);
    if (run.pageLoaded && binding.partId != 0)
        run.pageBindings.insert(binding.partId, binding);
}

void ErpSyncEngine::flushPage(Run &run)
{
    run.parts.insertPrepared(run.newParts);
    for (const Part &part : std::as_const(run.newParts))
        run.pageParts.insert(part.partNumber, part);
    QList<PartBinding> bindings;
    bindings.reserve(run.newBindings.size());
    for (auto &[partNumber, binding] : run.newBindings) {
        if (binding.partId == 0)
            binding.partId = run.pageParts.value(partNumber).id;
        bindings.append(binding);
    }
    run.repository.saveBindings(bindings);
    run.repository.addEntries(run.newEntries);
    for (auto &[before, stored] : run.pendingEvents) {
        if (stored.id == 0)
            stored.id = run.pageParts.value(stored.partNumber).id;
    }
    run.newParts.clear();
    run.newBindings.clear();
    run.newEntries.clear();
}

void ErpSyncEngine::inOneTransaction(Run &run, const std::function<void()> &writes)
{
    const SyncLog logBefore = run.log;
    try {
        Transaction transaction(run.database);
        writes();
        transaction.commit();
    } catch (const Error &) {
        run.log = logBefore; // rolled back: nothing of it was logged
        run.pendingEvents.clear();
        throw;
    }
    raiseEvents(run);
}

void ErpSyncEngine::renewLockIfDue(Run &run, bool force)
{
    // A tenth of the lease: often enough to keep it, rarely enough not to cost a commit per record.
    const QDateTime now = m_clock.now();
    if (!force && run.lockRenewedAt.isValid() && run.lockRenewedAt.msecsTo(now) < lockLeaseMs / 10)
        return;
    run.repository.renewLock(run.integration.id, m_owner, now.addMSecs(lockLeaseMs));
    run.lockRenewedAt = now;
}

QCoro::Task<void> ErpSyncEngine::importParts(Run &run)
{
    // A run limited to some parts asks for them one by one and leaves the cursor alone.
    if (!run.request.partNumbers.isEmpty() && run.capabilities.naturalKeyLookup) {
        for (const QString &number : run.request.partNumbers) {
            if (isCancelled(run))
                co_return;
            const ErpResult<std::optional<RemotePart>> found = co_await lookUp(run, number);
            ++run.log.processed;
            if (!found.ok())
                record(run, number, QStringLiteral("lookup"), fromErp, QStringLiteral("failed"), found.error);
            else if (!*found.value)
                record(run, number, QStringLiteral("lookup"), fromErp, QStringLiteral("skipped"), {},
                       tr("The ERP has no part with this number."));
            else
                importRecord(run, **found.value);
        }
        co_return;
    }

    const bool useCursor = run.capabilities.deltaQueries && run.request.partNumbers.isEmpty()
                           && !run.request.forceUpdate;
    PartQuery query;
    query.pageSize = m_pageSize;
    QDateTime newest = QDateTime::fromString(run.log.cursorBefore, Qt::ISODateWithMs);
    if (useCursor && newest.isValid())
        query.modifiedSince =
            newest; // inclusive: records sharing the boundary time are read again, and skipped by hash
    do {
        if (isCancelled(run))
            co_return;
        const ErpResult<PartPage> page = co_await listPage(run, query);
        if (!page.ok()) {
            run.fatalError = tr("Listing the ERP's parts failed: %1").arg(page.error.message);
            co_return;
        }
        if (!importPage(run, page.value->parts, useCursor, newest))
            co_return;
        query.pageToken = page.value->nextPageToken;
    } while (!query.pageToken.isEmpty());
}

bool ErpSyncEngine::importPage(Run &run, const QList<RemotePart> &parts, bool useCursor, QDateTime &newest)
{
    // Most pages go through in one go; one where anything fails is done again
    // record by record, so the bad record is isolated and logged.
    try {
        return importPageOnce(run, parts, useCursor, newest, true);
    } catch (const Error &error) {
        qCDebug(lcSync) << "page redone record by record after:" << error.message();
    }
    return importPageOnce(run, parts, useCursor, newest, false);
}

bool ErpSyncEngine::importPageOnce(Run &run, const QList<RemotePart> &parts, bool useCursor, QDateTime &newest,
                                   bool batched)
{
    // Nothing here waits for the event loop, so no other code runs on this
    // connection while the page's transaction is open.
    const SyncLog logBefore = run.log;
    QDateTime pageNewest = newest;
    bool cancelled = false;
    try {
        Transaction transaction(run.database);
        QStringList numbers;
        numbers.reserve(parts.size());
        for (const RemotePart &remote : parts)
            numbers << remote.partNumber;
        run.pageParts = run.parts.findByNumbers(numbers);
        QList<qint64> partIds;
        partIds.reserve(run.pageParts.size());
        for (const Part &part : std::as_const(run.pageParts))
            partIds << part.id;
        run.pageBindings = run.repository.bindingsForParts(run.integration.id, partIds);
        run.pageLoaded = true;
        run.batched = batched;

        for (const RemotePart &remote : parts) {
            if (isCancelled(run)) {
                cancelled = true; // what is done is kept; the cursor does not move: the page is read again next time
                break;
            }
            if (!run.request.partNumbers.isEmpty() && !run.request.partNumbers.contains(remote.partNumber))
                continue;
            ++run.log.processed;
            importRecord(run, remote);
            if (remote.modifiedAt.isValid() && (!pageNewest.isValid() || remote.modifiedAt > pageNewest))
                pageNewest = remote.modifiedAt;
        }
        if (run.batched) {
            flushPage(run);
            run.batched = false;
        }
        // The cursor moves with the records it covers, in the same transaction.
        if (!cancelled && useCursor && pageNewest.isValid()) {
            run.log.cursorAfter = pageNewest.toUTC().toString(Qt::ISODateWithMs);
            run.repository.setCursor(run.integration.id, partsCursor, run.log.cursorAfter);
        }
        renewLockIfDue(run, true);
        run.forgetPage();
        transaction.commit();
    } catch (const Error &) {
        // Nothing of this page was stored: neither its records, nor its log entries, nor the cursor.
        run.forgetPage();
        run.pendingEvents.clear();
        run.log = logBefore;
        throw;
    }
    if (!cancelled)
        newest = pageNewest;
    raiseEvents(run);
    return !cancelled;
}

void ErpSyncEngine::importRecord(Run &run, const RemotePart &remote)
{
    if (run.batched) {
        importOne(run, remote); // a failure fails the page, which is then done record by record
        return;
    }
    const SyncLog logBefore = run.log;
    const qsizetype eventsBefore = run.pendingEvents.size();
    QString failure;
    {
        Transaction transaction(run.database);
        try {
            importOne(run, remote);
            transaction.commit();
        } catch (const Error &error) {
            failure = publicText(error);
        }
    } // a failed record is rolled back here, and only that record
    if (failure.isNull()) {
        if (!run.pageLoaded)
            raiseEvents(run);
        return;
    }
    run.log = logBefore;
    run.pendingEvents.resize(eventsBefore);
    if (run.pageLoaded) {
        // What this record wrote is gone: read its part and binding again.
        if (const std::optional<Part> local = run.parts.findByNumber(remote.partNumber)) {
            run.pageParts.insert(remote.partNumber, *local);
            if (const auto binding = run.repository.bindingForPart(run.integration.id, local->id))
                run.pageBindings.insert(local->id, *binding);
            else
                run.pageBindings.remove(local->id);
        } else {
            run.pageParts.remove(remote.partNumber);
        }
    }
    record(run, remote.partNumber, QStringLiteral("update"), fromErp, QStringLiteral("failed"),
           {ErpErrorCategory::None, std::nullopt, failure, {}, std::nullopt}, failure);
}

void ErpSyncEngine::importOne(Run &run, const RemotePart &remote)
{
    if (!remote.problem.isEmpty()) {
        record(run, remote.partNumber, QStringLiteral("update"), fromErp, QStringLiteral("failed"),
               {ErpErrorCategory::Validation, std::nullopt, remote.problem, remote.problemRawMessage, std::nullopt},
               remote.problem);
        return;
    }
    {
        const std::optional<Part> local = localPart(run, remote.partNumber);
        if (run.batched && local && local->id == 0)
            throw Error(tr("The part %1 is twice in one page.").arg(remote.partNumber));
        std::optional<PartBinding> binding = local ? bindingOf(run, local->id) : std::nullopt;
        if (!local) {
            if (remote.deleted)
                record(run, remote.partNumber, QStringLiteral("delete"), fromErp, QStringLiteral("skipped"), {},
                       tr("Deleted in the ERP and unknown here."));
            else
                applyRemote(run, remote, std::nullopt, QStringLiteral("create"), {});
            return;
        }
        const QString remoteNow = remoteHash(remote);
        const bool remoteChanged = !binding || binding->pending || binding->remoteHash != remoteNow;
        const bool localChanged = binding && !binding->pending && binding->localHash != localHash(*local);
        const QString operation = remote.deleted ? QStringLiteral("delete") : QStringLiteral("update");

        if (!binding) {
            // Known on both sides but never synced: in step already, or the ERP's version is taken.
            if (localHash(mergedFromRemote(remote, *local, m_clock.now())) == localHash(*local)
                && !run.request.forceUpdate) {
                bind(run, *local, remote);
                record(run, remote.partNumber, QStringLiteral("bind"), fromErp, QStringLiteral("skipped"), {},
                       tr("Already in step; bound."));
                return;
            }
        }
        if (!remoteChanged && !run.request.forceUpdate) {
            record(run, remote.partNumber, QStringLiteral("skip"), fromErp, QStringLiteral("skipped"), {},
                   tr("Unchanged in the ERP."));
            return;
        }
        if (!localChanged) {
            applyRemote(run, remote, local, operation, {});
            return;
        }

        // Both sides changed since the last sync.
        ConflictPolicy policy = run.policy;
        if (policy == ConflictPolicy::NewestWins)
            policy = remote.modifiedAt.isValid() && remote.modifiedAt > local->updatedAt ? ConflictPolicy::ErpWins
                                                                                         : ConflictPolicy::LocalWins;
        switch (policy) {
        case ConflictPolicy::ErpWins:
            applyRemote(run, remote, local, operation, tr("Changed on both sides; the ERP's version was taken."));
            break;
        case ConflictPolicy::LocalWins: {
            // Remember the ERP's current version, so the export writes over it knowingly.
            PartBinding kept = *binding;
            kept.remoteHash = remoteNow;
            kept.remoteEtag = remote.etag;
            kept.remoteUpdatedAt = remote.modifiedAt;
            saveBinding(run, kept, remote.partNumber);
            record(run, remote.partNumber, QStringLiteral("conflict"), fromErp, QStringLiteral("conflict"), {},
                   tr("Changed on both sides; the local version is kept and will be sent to the ERP."));
            break;
        }
        case ConflictPolicy::Manual:
        case ConflictPolicy::NewestWins:
            run.repository.openConflict({0,
                                         run.integration.id,
                                         remote.partNumber,
                                         run.log.id,
                                         partToJson(*local),
                                         toJson(remote),
                                         true,
                                         {},
                                         {},
                                         {}});
            record(run, remote.partNumber, QStringLiteral("conflict"), fromErp, QStringLiteral("conflict"), {},
                   tr("Changed on both sides; waiting for a person to choose."));
            break;
        }
    }
}

QCoro::Task<void> ErpSyncEngine::exportParts(Run &run)
{
    QList<Part> parts = run.parts.list(false);
    if (!run.request.partNumbers.isEmpty())
        parts.removeIf([&](const Part &part) { return !run.request.partNumbers.contains(part.partNumber); });
    // In slices: the bindings and open conflicts of a slice are read in one query each.
    const qsizetype slice = std::max(1, m_pageSize);
    for (qsizetype start = 0; start < parts.size(); start += slice) {
        const QList<Part> some = parts.mid(start, slice);
        QList<qint64> ids;
        QStringList numbers;
        for (const Part &part : some) {
            ids << part.id;
            numbers << part.partNumber;
        }
        const QHash<qint64, PartBinding> bindings = run.repository.bindingsForParts(run.integration.id, ids);
        const QSet<QString> conflicted = run.repository.partNumbersWithOpenConflicts(run.integration.id, numbers);
        for (const Part &part : some) {
            if (isCancelled(run))
                co_return;
            // Named, not a temporary in the co_await expression: GCC 12 would destroy that twice.
            const std::optional<PartBinding> binding = bindingIn(bindings, part.id);
            const bool conflict = conflicted.contains(part.partNumber);
            co_await exportOne(run, part, binding, conflict);
            renewLockIfDue(run);
        }
    }
}

QCoro::Task<void> ErpSyncEngine::exportOne(Run &run, Part local, std::optional<PartBinding> binding, bool openConflict)
{
    try {
        const bool unchanged = binding && !binding->pending && binding->localHash == localHash(local);
        if (unchanged && !run.request.forceUpdate)
            co_return; // nothing to send: not even counted
        if (openConflict) {
            ++run.log.processed;
            record(run, local.partNumber, QStringLiteral("skip"), toErp, QStringLiteral("skipped"), {},
                   tr("A conflict waits for a person to choose."));
            co_return;
        }
        ++run.log.processed;
        if (!binding || binding->pending)
            co_await createRemote(run, local);
        else
            co_await updateRemote(run, local, *binding);
    } catch (const Error &error) {
        record(run, local.partNumber, QStringLiteral("update"), toErp, QStringLiteral("failed"),
               {ErpErrorCategory::None, std::nullopt, publicText(error), {}, std::nullopt}, publicText(error));
    }
}

QCoro::Task<void> ErpSyncEngine::createRemote(Run &run, const Part &local)
{
    // Idempotent: look the part up first, so a create whose answer was lost
    // (or a part someone already added to the ERP) is bound, not duplicated.
    const QString number = local.partNumber;
    for (int attempt = 1;; ++attempt) {
        if (run.capabilities.naturalKeyLookup) {
            const ErpResult<std::optional<RemotePart>> existing = co_await lookUp(run, number);
            if (!existing.ok()) {
                record(run, number, QStringLiteral("lookup"), toErp, QStringLiteral("failed"), existing.error);
                co_return;
            }
            if (*existing.value) {
                const RemotePart &found = **existing.value;
                PartBinding binding;
                binding.integrationId = run.integration.id;
                binding.partId = local.id;
                binding.externalId = found.externalId;
                binding.remoteEtag = found.etag;
                binding.remoteUpdatedAt = found.modifiedAt;
                binding.remoteHash = remoteHash(found);
                binding.lastSyncedAt = m_clock.now();
                run.repository.saveBinding(binding); // local hash left empty: the update below sends ours
                co_await updateRemote(run, local, binding);
                co_return;
            }
        }
        // Recorded before the create: a crash or a lost answer leads to a look-up next time.
        PartBinding pending;
        pending.integrationId = run.integration.id;
        pending.partId = local.id;
        pending.pending = true;
        run.repository.saveBinding(pending);

        const RemotePart outgoing = remoteFromLocal(local, {}, run.capabilities);
        QFuture<ErpResult<RemotePart>> creating = run.adapter->createPart(outgoing);
        const ErpResult<RemotePart> created = co_await creating;
        if (created.ok()) {
            inOneTransaction(run, [&] {
                bind(run, local, *created.value);
                record(run, number, QStringLiteral("create"), toErp, QStringLiteral("success"));
            });
            co_return;
        }
        const bool mayHaveArrived = created.error.isRetryable();
        if (!mayHaveArrived || attempt >= m_retry.maxAttempts || isCancelled(run)) {
            record(run, number, QStringLiteral("create"), toErp, QStringLiteral("failed"), created.error);
            co_return;
        }
        std::chrono::milliseconds wait = m_retry.firstDelay * attempt;
        if (created.error.retryAfterSeconds)
            wait = std::max(wait, std::chrono::milliseconds(*created.error.retryAfterSeconds * 1000));
        co_await QCoro::sleepFor(std::min(wait, m_retry.maxDelay));
    }
}

QCoro::Task<void> ErpSyncEngine::updateRemote(Run &run, const Part &local, PartBinding binding)
{
    const QString number = local.partNumber;
    // Without ETags, a change in the ERP is seen by reading the record first.
    if (!run.capabilities.etags && run.capabilities.naturalKeyLookup) {
        const ErpResult<std::optional<RemotePart>> current = co_await lookUp(run, number);
        if (current.ok() && *current.value && remoteHash(**current.value) != binding.remoteHash) {
            inOneTransaction(run, [&] {
                run.repository.openConflict({0,
                                             run.integration.id,
                                             number,
                                             run.log.id,
                                             partToJson(local),
                                             toJson(**current.value),
                                             true,
                                             {},
                                             {},
                                             {}});
                record(run, number, QStringLiteral("conflict"), toErp, QStringLiteral("conflict"), {},
                       tr("Changed in the ERP since the last sync; waiting for a person to choose."));
            });
            co_return;
        }
    }
    const RemotePart outgoing = remoteFromLocal(local, binding.externalId, run.capabilities);
    const QString etag = binding.remoteEtag;
    const ErpResult<RemotePart> updated = co_await update(run, outgoing, etag);
    if (updated.ok()) {
        inOneTransaction(run, [&] {
            bind(run, local, *updated.value);
            record(run, number, QStringLiteral("update"), toErp, QStringLiteral("success"));
        });
        co_return;
    }
    if (updated.error.category != ErpErrorCategory::Conflict) {
        record(run, number, QStringLiteral("update"), toErp, QStringLiteral("failed"), updated.error);
        co_return;
    }

    // Someone changed it in the ERP since we last read it: re-read and apply the policy.
    const ErpResult<std::optional<RemotePart>> current = co_await lookUp(run, number);
    if (!current.ok() || !*current.value) {
        record(run, number, QStringLiteral("update"), toErp, QStringLiteral("failed"),
               current.ok() ? updated.error : current.error);
        co_return;
    }
    const RemotePart &remote = **current.value;
    ConflictPolicy policy = run.policy;
    if (policy == ConflictPolicy::NewestWins)
        policy = remote.modifiedAt.isValid() && remote.modifiedAt > local.updatedAt ? ConflictPolicy::ErpWins
                                                                                    : ConflictPolicy::LocalWins;
    if (policy == ConflictPolicy::ErpWins) {
        inOneTransaction(run, [&] {
            applyRemote(run, remote, local, QStringLiteral("update"),
                        tr("Changed on both sides; the ERP's version was taken."));
        });
    } else if (policy == ConflictPolicy::LocalWins) {
        const ErpResult<RemotePart> again =
            co_await run.adapter->updatePart(remoteFromLocal(local, remote.externalId, run.capabilities), remote.etag);
        if (again.ok()) {
            inOneTransaction(run, [&] {
                bind(run, local, *again.value);
                record(run, number, QStringLiteral("update"), toErp, QStringLiteral("conflict"), {},
                       tr("Changed on both sides; the local version was sent."));
            });
        } else {
            record(run, number, QStringLiteral("update"), toErp, QStringLiteral("failed"), again.error);
        }
    } else {
        inOneTransaction(run, [&] {
            run.repository.openConflict(
                {0, run.integration.id, number, run.log.id, partToJson(local), toJson(remote), true, {}, {}, {}});
            record(run, number, QStringLiteral("conflict"), toErp, QStringLiteral("conflict"), {},
                   tr("Changed on both sides; waiting for a person to choose."));
        });
    }
}

} // namespace garagereg
