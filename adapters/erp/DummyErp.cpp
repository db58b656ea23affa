#include "adapters/erp/DummyErp.h"

#include "models/common/Clock.h"
#include "models/common/Error.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace garagereg {

namespace {

const QString formatKey = QStringLiteral("format");
const QString partsKey = QStringLiteral("parts");

namespace Field {
const QString externalId = QStringLiteral("external_id");
const QString partNumber = QStringLiteral("part_number");
const QString name = QStringLiteral("name");
const QString description = QStringLiteral("description");
const QString category = QStringLiteral("category");
const QString unit = QStringLiteral("unit");
const QString unitPriceMinor = QStringLiteral("unit_price_minor");
const QString currency = QStringLiteral("currency");
const QString vatCode = QStringLiteral("vat_code");
const QString stockQuantity = QStringLiteral("stock_quantity");
const QString etag = QStringLiteral("etag");
const QString modifiedAt = QStringLiteral("modified_at");
const QString deleted = QStringLiteral("deleted");
} // namespace Field

const QStringList &partFields()
{
    static const QStringList fields{Field::externalId, Field::partNumber,    Field::name,           Field::description,
                                    Field::category,   Field::unit,          Field::unitPriceMinor, Field::currency,
                                    Field::vatCode,    Field::stockQuantity, Field::etag,           Field::modifiedAt,
                                    Field::deleted};
    return fields;
}

const QString defaultUnit = QStringLiteral("db");
const QString defaultCurrency = QStringLiteral("HUF");
const QString defaultVatCode = QStringLiteral("27%");

QString categoryCode(ErpErrorCategory category)
{
    switch (category) {
    case ErpErrorCategory::None: return QStringLiteral("ok");
    case ErpErrorCategory::Network: return QStringLiteral("network");
    case ErpErrorCategory::Timeout: return QStringLiteral("timeout");
    case ErpErrorCategory::RateLimited: return QStringLiteral("rate_limited");
    case ErpErrorCategory::Server: return QStringLiteral("server");
    case ErpErrorCategory::Authentication: return QStringLiteral("authentication");
    case ErpErrorCategory::Validation: return QStringLiteral("validation");
    case ErpErrorCategory::Conflict: return QStringLiteral("conflict");
    case ErpErrorCategory::NotFound: return QStringLiteral("not_found");
    case ErpErrorCategory::NotSupported: return QStringLiteral("not_supported");
    case ErpErrorCategory::Configuration: return QStringLiteral("configuration");
    }
    return {};
}

// The error as the dummy server would put it in a response body.
ErpError makeError(ErpErrorCategory category, std::optional<int> status, const QString &message,
                   std::optional<qint64> retryAfterSeconds = std::nullopt, QJsonObject body = {})
{
    body.insert(QStringLiteral("error"), categoryCode(category));
    body.insert(QStringLiteral("message"), message);
    if (status)
        body.insert(QStringLiteral("status"), *status);
    if (retryAfterSeconds)
        body.insert(QStringLiteral("retry_after"), *retryAfterSeconds);
    return ErpError{category, status, message, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)),
                    retryAfterSeconds};
}

QString isoMs(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

bool sortsBefore(const RemotePart &a, const RemotePart &b)
{
    const qint64 aMs = a.modifiedAt.toMSecsSinceEpoch();
    const qint64 bMs = b.modifiedAt.toMSecsSinceEpoch();
    if (aMs != bMs)
        return aMs < bMs;
    return a.externalId < b.externalId;
}

// Where a listing continues; encoded in the opaque page token.
struct PageCursor
{
    DummyErpPaging paging = DummyErpPaging::NextLink;
    QDateTime since;
    bool dateOnly = false;
    qint64 offset = 0;  // Offset: matching records already returned
    qint64 afterMs = 0; // NextLink: the last returned record's modifiedAt ...
    QString afterId;    // ... and externalId; empty on the first page
};

QString encodeToken(const PageCursor &cursor)
{
    QJsonObject object;
    object.insert(QStringLiteral("v"), 1);
    object.insert(QStringLiteral("p"),
                  cursor.paging == DummyErpPaging::Offset ? QStringLiteral("offset") : QStringLiteral("next_link"));
    if (cursor.since.isValid())
        object.insert(QStringLiteral("s"), cursor.since.toMSecsSinceEpoch());
    object.insert(QStringLiteral("d"), cursor.dateOnly);
    if (cursor.paging == DummyErpPaging::Offset) {
        object.insert(QStringLiteral("o"), cursor.offset);
    } else {
        object.insert(QStringLiteral("t"), cursor.afterMs);
        object.insert(QStringLiteral("i"), cursor.afterId);
    }
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<PageCursor> decodeToken(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::Base64UrlEncoding
                                                                              | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("v")).toInt() != 1)
        return std::nullopt;
    PageCursor cursor;
    const QString paging = object.value(QStringLiteral("p")).toString();
    if (paging == QStringLiteral("offset"))
        cursor.paging = DummyErpPaging::Offset;
    else if (paging != QStringLiteral("next_link"))
        return std::nullopt;
    if (object.contains(QStringLiteral("s")))
        cursor.since = QDateTime::fromMSecsSinceEpoch(object.value(QStringLiteral("s")).toInteger(), Qt::UTC);
    cursor.dateOnly = object.value(QStringLiteral("d")).toBool();
    cursor.offset = object.value(QStringLiteral("o")).toInteger();
    cursor.afterMs = object.value(QStringLiteral("t")).toInteger();
    cursor.afterId = object.value(QStringLiteral("i")).toString();
    if (cursor.offset < 0)
        return std::nullopt;
    return cursor;
}

// The number in W/"17" or "17"; 0 when the ETag has another form.
qint64 etagVersion(const QString &etag)
{
    static const QRegularExpression pattern(QStringLiteral(R"re(^(?:W/)?"(\d{1,18})"$)re"));
    const auto match = pattern.match(etag);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

qint64 itemNumber(const QString &externalId)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^ITEM-(\d{1,18})$)"));
    const auto match = pattern.match(externalId);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

RemotePart seedPart(const QString &partNumber, const QString &name, const QString &description, const QString &category,
                    const QString &unit, qint64 priceMinor, const QString &currency, const QString &vatCode,
                    std::optional<qint64> stock)
{
    RemotePart part;
    part.partNumber = partNumber;
    part.name = name;
    part.description = description;
    part.category = category;
    part.unit = unit;
    part.unitPriceMinor = priceMinor;
    part.currency = currency;
    part.vatCode = vatCode;
    part.stockQuantity = stock;
    return part;
}

} // namespace

QString dummyErpOperationName(DummyErpOperation operation)
{
    switch (operation) {
    case DummyErpOperation::TestConnection: return QStringLiteral("test");
    case DummyErpOperation::Login: return QStringLiteral("login");
    case DummyErpOperation::List: return QStringLiteral("list");
    case DummyErpOperation::Get: return QStringLiteral("get");
    case DummyErpOperation::Create: return QStringLiteral("create");
    case DummyErpOperation::Update: return QStringLiteral("update");
    }
    return {};
}

const QStringList &DummyErp::knownCurrencies()
{
    static const QStringList currencies{
        QStringLiteral("HUF"), QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
        QStringLiteral("CHF"), QStringLiteral("CZK"), QStringLiteral("PLN"), QStringLiteral("RON"),
    };
    return currencies;
}

const QStringList &DummyErp::knownVatCodes()
{
    static const QStringList codes{
        QStringLiteral("27%"), QStringLiteral("18%"), QStringLiteral("5%"),  QStringLiteral("0%"),
        QStringLiteral("AAM"), QStringLiteral("TAM"), QStringLiteral("EU"),  QStringLiteral("EUK"),
        QStringLiteral("MAA"), QStringLiteral("FAD"), QStringLiteral("ATK"),
    };
    return codes;
}

DummyErp::DummyErp(const Clock &clock, DummyErpOptions options)
    : m_clock(clock)
    , m_options(std::move(options))
    , m_random(m_options.seed)
{
}

void DummyErp::setOptions(const DummyErpOptions &options)
{
    m_options = options;
    m_random.seed(m_options.seed);
}

QList<RemotePart> DummyErp::seedParts()
{
    const QString huf = QStringLiteral("HUF");
    const QString eur = QStringLiteral("EUR");
    const QString vat27 = QStringLiteral("27%");
    const QString db = QStringLiteral("db");
    return {
        seedPart(QStringLiteral("KM-800"), QStringLiteral("Kapunyitó motor 800 N"),
                 QStringLiteral("Toló- és szárnyaskapukhoz, 24 V-os, lágyindítással és -megállással"),
                 QStringLiteral("Motorok"), db, 89900, huf, vat27, 7),
        seedPart(QStringLiteral("GKM-1000"), QStringLiteral("Garázskapu-motor 1000 N"),
                 QStringLiteral("Mennyezeti motor szekcionált garázskapuhoz, LED-es világítással"),
                 QStringLiteral("Motorok"), db, 32900, eur, vat27, 3),
        seedPart(QStringLiteral("FKM-600"), QStringLiteral("Felújított kapunyitó motor 600 N"),
                 QStringLiteral("Gyárilag felújított, 12 hónap jótállással"), QStringLiteral("Motorok"), db, 39900, huf,
                 QStringLiteral("AAM"), 2),
        seedPart(QStringLiteral("TR-433-4"), QStringLiteral("Távirányító 4 csatornás"),
                 QStringLiteral("433,92 MHz, ugrókódos, elemmel együtt"), QStringLiteral("Távirányítók"), db, 8990, huf,
                 vat27, 45),
        seedPart(QStringLiteral("FC-PAR"), QStringLiteral("Fotocella pár"),
                 QStringLiteral("Kültéri infravörös fotocella, 20 m hatótávolság, IP54"),
                 QStringLiteral("Biztonságtechnika"), QStringLiteral("pár"), 12490, huf, vat27, 20),
        seedPart(QStringLiteral("VL-24"), QStringLiteral("Villogó lámpa 24 V"),
                 QStringLiteral("Sárga LED-es villogó beépített antennával"), QStringLiteral("Jelzőeszközök"), db, 6490,
                 huf, vat27, 15),
        seedPart(QStringLiteral("FL-M4-1"), QStringLiteral("Fogasléc M4 1 m"),
                 QStringLiteral("Horganyzott acél fogasléc, 30 × 12 mm, rögzítőcsavarokkal"),
                 QStringLiteral("Mechanika"), QStringLiteral("m"), 3290, huf, vat27, 120),
        seedPart(QStringLiteral("VP-24"), QStringLiteral("Vezérlőpanel"),
                 QStringLiteral("Kétmotoros vezérlőpanel szárnyaskapuhoz, beépített rádióvevővel"),
                 QStringLiteral("Elektronika"), db, 34900, huf, vat27, 5),
        seedPart(QStringLiteral("AKK-12-1.2"), QStringLiteral("Akkumulátor 12 V 1,2 Ah"),
                 QStringLiteral("Zselés ólomakkumulátor áramszünet esetére"), QStringLiteral("Elektronika"), db, 4290,
                 huf, vat27, 30),
        seedPart(QStringLiteral("RG-SZK-450"), QStringLiteral("Rugó szekcionált kapuhoz"),
                 QStringLiteral("Torziós rugó, 450 mm, balos"), QStringLiteral("Mechanika"), db, 4950, eur, vat27, 12),
        seedPart(QStringLiteral("KK-KULCS"), QStringLiteral("Kulcsos kapcsoló"),
                 QStringLiteral("Falon kívüli kulcsos kapcsoló két kulccsal"), QStringLiteral("Vezérlés"), db, 7490,
                 huf, vat27, 18),
        seedPart(QStringLiteral("BEV-2"), QStringLiteral("Biztonsági élvédő 2 m"),
                 QStringLiteral("Gumi élvédő 8,2 kΩ-os rezisztív érzékelővel"), QStringLiteral("Biztonságtechnika"), db,
                 8900, eur, vat27, 6),
        seedPart(QStringLiteral("KONYV-KA"), QStringLiteral("Szerelési kézikönyv kapuautomatikához"),
                 QStringLiteral("Nyomtatott, magyar nyelvű"), QStringLiteral("Kiadványok"), db, 2500, huf,
                 QStringLiteral("5%"), 40),
        seedPart(QStringLiteral("GAR-1EV"), QStringLiteral("Garanciakiterjesztés 1 év"),
                 QStringLiteral("Kiterjesztett jótállás kapuautomatikára; nincs készlete"),
                 QStringLiteral("Szolgáltatások"), db, 15000, huf, QStringLiteral("TAM"), std::nullopt),
    };
}

void DummyErp::addSeedParts()
{
    const QList<RemotePart> seeds = seedParts();
    for (const RemotePart &part : seeds)
        outsideCreate(part);
}

// --- Server API -------------------------------------------------------------

DummyErp::Arrival DummyErp::arrive(DummyErpOperation operation, const QString &partNumber, const QString &ifMatch)
{
    Arrival arrival;
    // Always the same number of draws per request, whatever is switched on, so a
    // run's faults depend only on the seed and the requests.
    arrival.rolls.authExpiry = m_random.generateDouble();
    arrival.rolls.rateLimit = m_random.generateDouble();
    arrival.rolls.serverError = m_random.generateDouble();
    arrival.rolls.serverErrorKind = m_random.generateDouble();
    arrival.rolls.timeout = m_random.generateDouble();
    arrival.rolls.concurrentEdit = m_random.generateDouble();
    arrival.rolls.lostResponse = m_random.generateDouble();

    arrival.request.receivedAt = m_clock.now().toUTC();
    arrival.request.operation = operation;
    arrival.request.partNumber = partNumber;
    arrival.request.ifMatch = ifMatch;

    for (qsizetype i = 0; i < m_hooks.size(); ++i) {
        if (m_hooks.at(i).first == operation) {
            const auto action = m_hooks.takeAt(i).second;
            action(*this);
            break;
        }
    }

    if (m_sessionExpired) {
        // The client notices the 401 and logs in again before this request.
        m_sessionExpired = false;
        DummyErpRequest login;
        login.receivedAt = arrival.request.receivedAt;
        login.operation = DummyErpOperation::Login;
        login.httpStatus = 200;
        record(login);
    }
    return arrival;
}

std::optional<ErpError> DummyErp::rejectBeforeHandling(Arrival &arrival)
{
    QStringList &simulations = arrival.request.simulations;
    if (!m_failures.isEmpty()) {
        const ErpError error = m_failures.first().error;
        if (--m_failures.first().remaining <= 0)
            m_failures.removeFirst();
        simulations << QStringLiteral("injected");
        return error;
    }
    if (m_expireNext || arrival.rolls.authExpiry < m_options.authExpiryProbability) {
        m_expireNext = false;
        m_sessionExpired = true;
        simulations << QStringLiteral("auth_expiry");
        return makeError(ErpErrorCategory::Authentication, 401,
                         tr("The dummy ERP session expired (401); log in again."));
    }
    if (arrival.rolls.rateLimit < m_options.rateLimitProbability) {
        simulations << QStringLiteral("rate_limit");
        return makeError(ErpErrorCategory::RateLimited, 429,
                         tr("Too many requests (429); retry after %1 s.").arg(m_options.retryAfterSeconds),
                         m_options.retryAfterSeconds);
    }
    if (arrival.rolls.serverError < m_options.serverErrorProbability) {
        simulations << QStringLiteral("server_error");
        if (arrival.rolls.serverErrorKind < 0.5)
            return makeError(ErpErrorCategory::Server, 500, tr("Internal server error (500)."));
        return makeError(ErpErrorCategory::Server, 503, tr("Service unavailable (503)."));
    }
    if (arrival.rolls.timeout < m_options.timeoutProbability) {
        simulations << QStringLiteral("timeout");
        return makeError(ErpErrorCategory::Timeout, std::nullopt,
                         tr("The dummy ERP did not answer in time (simulated timeout); nothing was stored."));
    }
    return std::nullopt;
}

template<typename T>
ErpResult<T> DummyErp::finish(Arrival &arrival, ErpResult<T> result)
{
    if (!result.ok()) {
        arrival.request.outcome = result.error.category;
        arrival.request.httpStatus = result.error.httpStatus;
    }
    record(arrival.request);
    return result;
}

void DummyErp::record(DummyErpRequest request)
{
    request.sequence = m_requests.isEmpty() ? 1 : m_requests.constLast().sequence + 1;
    m_requests << std::move(request);
}

ErpResult<QString> DummyErp::testConnection()
{
    Arrival arrival = arrive(DummyErpOperation::TestConnection, {});
    if (const auto error = rejectBeforeHandling(arrival))
        return finish(arrival, ErpResult<QString>::failure(*error));
    arrival.request.httpStatus = 200;
    return finish(arrival, ErpResult<QString>::success(tr("Dummy ERP with %1 parts").arg(liveCount())));
}

ErpResult<PartPage> DummyErp::list(const PartQuery &query)
{
    Arrival arrival = arrive(DummyErpOperation::List, {});
    arrival.request.detail = QStringLiteral("modified_since=%1 page_size=%2 page_token=%3")
                                 .arg(isoMs(query.modifiedSince), QString::number(query.pageSize), query.pageToken);
    if (const auto error = rejectBeforeHandling(arrival))
        return finish(arrival, ErpResult<PartPage>::failure(*error));
    if (query.pageSize < 1)
        return finish(arrival, ErpResult<PartPage>::failure(
                                   makeError(ErpErrorCategory::Validation, 400,
                                             tr("page_size must be at least 1; it is %1.").arg(query.pageSize))));

    PageCursor cursor;
    if (query.pageToken.isEmpty()) {
        cursor.paging = m_options.paging;
        cursor.since = query.modifiedSince;
        cursor.dateOnly = m_options.dateOnlyTimestamps;
    } else if (const auto decoded = decodeToken(query.pageToken)) {
        cursor = *decoded;
    } else {
        return finish(arrival, ErpResult<PartPage>::failure(
                                   makeError(ErpErrorCategory::Validation, 400,
                                             tr("page_token is not a token this ERP handed out; start the "
                                                "listing again without one."))));
    }

    const qsizetype pageSize = std::min(query.pageSize, std::max(1, m_options.pageSizeLimit));
    // The matching parts are a suffix of the listing order: changedSince() is
    // "modifiedAt at or after a point in time" (for date-only, the start of a UTC day).
    const QList<qsizetype> &order = listingOrder();
    const auto msOf = [this](qsizetype index) { return m_parts.at(index).modifiedAt.toMSecsSinceEpoch(); };
    qsizetype first = 0;
    if (cursor.since.isValid()) {
        const qint64 sinceMs = cursor.dateOnly
                                   ? QDateTime(cursor.since.toUTC().date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()
                                   : cursor.since.toMSecsSinceEpoch();
        first = std::partition_point(order.cbegin(), order.cend(),
                                     [&](qsizetype index) { return msOf(index) < sinceMs; })
                - order.cbegin();
    }
    const qsizetype matching = order.size() - first;
    qsizetype start = 0; // within the matching parts
    if (cursor.paging == DummyErpPaging::Offset) {
        start = std::min<qsizetype>(cursor.offset, matching);
    } else if (!cursor.afterId.isEmpty()) {
        RemotePart boundary;
        boundary.modifiedAt = QDateTime::fromMSecsSinceEpoch(cursor.afterMs, Qt::UTC);
        boundary.externalId = cursor.afterId;
        start = std::partition_point(order.cbegin() + first, order.cend(),
                                     [&](qsizetype index) { return !sortsBefore(boundary, m_parts.at(index)); })
                - (order.cbegin() + first);
    }

    PartPage page;
    const qsizetype end = std::min(matching, start + pageSize);
    for (qsizetype i = start; i < end; ++i)
        page.parts << m_parts.at(order.at(first + i));
    if (end < matching) {
        const RemotePart &last = m_parts.at(order.at(first + end - 1));
        PageCursor next = cursor;
        next.offset = end;
        next.afterMs = last.modifiedAt.toMSecsSinceEpoch();
        next.afterId = last.externalId;
        page.nextPageToken = encodeToken(next);
    }
    arrival.request.httpStatus = 200;
    return finish(arrival, ErpResult<PartPage>::success(page));
}

ErpResult<std::optional<RemotePart>> DummyErp::get(const QString &partNumber)
{
    using Result = ErpResult<std::optional<RemotePart>>;
    Arrival arrival = arrive(DummyErpOperation::Get, partNumber);
    if (const auto error = rejectBeforeHandling(arrival))
        return finish(arrival, Result::failure(*error));
    const int index = indexOfLive(partNumber);
    if (index < 0) {
        arrival.request.httpStatus = 404;
        return finish(arrival, Result::success(std::nullopt));
    }
    arrival.request.httpStatus = 200;
    return finish(arrival, Result::success(m_parts.at(index)));
}

ErpResult<RemotePart> DummyErp::create(const RemotePart &part)
{
    using Result = ErpResult<RemotePart>;
    Arrival arrival = arrive(DummyErpOperation::Create, part.partNumber);
    if (!m_pendingEdits.isEmpty()) {
        const PendingEdit pending = m_pendingEdits.takeFirst();
        const int target = indexOfLive(pending.partNumber.isEmpty() ? part.partNumber : pending.partNumber);
        if (target >= 0) {
            applyOutsideEdit(target, pending.edit);
            arrival.request.simulations << QStringLiteral("concurrent_edit");
        }
    }
    if (const auto error = rejectBeforeHandling(arrival))
        return finish(arrival, Result::failure(*error));

    RemotePart candidate = part;
    candidate.externalId.clear();
    candidate.etag.clear();
    candidate.modifiedAt = {};
    candidate.deleted = false;
    candidate.raw = {};
    if (candidate.unit.isEmpty())
        candidate.unit = defaultUnit;
    if (candidate.currency.isEmpty())
        candidate.currency = defaultCurrency;
    if (candidate.vatCode.isEmpty())
        candidate.vatCode = defaultVatCode;
    QStringList found = problems(candidate, nullptr);
    if (m_options.stockReadOnly && candidate.stockQuantity.value_or(0) != 0)
        found << tr("stock_quantity is read-only in this ERP; leave it out or send 0.");
    if (!found.isEmpty())
        return finish(arrival, Result::failure(validationError(part.partNumber, found)));

    candidate.externalId = newExternalId();
    stamp(candidate);
    store(m_parts.size(), candidate);
    ++m_changeCount;
    return answerStoredWrite(arrival, candidate, 201);
}

ErpResult<RemotePart> DummyErp::update(const RemotePart &part, const QString &ifMatch)
{
    using Result = ErpResult<RemotePart>;
    Arrival arrival = arrive(DummyErpOperation::Update, part.partNumber, ifMatch);
    const auto findTarget = [&] {
        return part.externalId.isEmpty() ? indexOfLive(part.partNumber) : indexOfId(part.externalId);
    };
    if (!m_pendingEdits.isEmpty()) {
        const PendingEdit pending = m_pendingEdits.takeFirst();
        const int target = pending.partNumber.isEmpty() ? findTarget() : indexOfLive(pending.partNumber);
        if (target >= 0 && !m_parts.at(target).deleted) {
            applyOutsideEdit(target, pending.edit);
            arrival.request.simulations << QStringLiteral("concurrent_edit");
        }
    }
    if (const auto error = rejectBeforeHandling(arrival))
        return finish(arrival, Result::failure(*error));

    const int index = findTarget();
    const QString which = part.externalId.isEmpty() ? part.partNumber : part.externalId;
    if (index < 0)
        return finish(arrival, Result::failure(makeError(ErpErrorCategory::NotFound, 404,
                                                         tr("The part %1 does not exist in the ERP.").arg(which))));
    if (m_parts.at(index).deleted)
        return finish(arrival, Result::failure(makeError(ErpErrorCategory::NotFound, 404,
                                                         tr("The part %1 was deleted in the ERP.").arg(which))));
    if (arrival.rolls.concurrentEdit < m_options.concurrentEditProbability) {
        applyOutsideEdit(index, {});
        arrival.request.simulations << QStringLiteral("concurrent_edit");
    }

    const RemotePart stored = m_parts.at(index);
    if (!ifMatch.isEmpty() && ifMatch != stored.etag) {
        QJsonObject body;
        body.insert(QStringLiteral("etag"), stored.etag);
        return finish(arrival,
                      Result::failure(makeError(ErpErrorCategory::Conflict, 412,
                                                tr("The part %1 was changed in the ERP since it was read: If-Match %2 "
                                                   "does not match the current ETag %3.")
                                                    .arg(stored.partNumber, ifMatch, stored.etag),
                                                std::nullopt, body)));
    }

    RemotePart candidate = stored;
    candidate.partNumber = part.partNumber;
    candidate.name = part.name;
    candidate.description = part.description;
    candidate.category = part.category;
    if (!part.unit.isEmpty())
        candidate.unit = part.unit;
    if (!part.currency.isEmpty())
        candidate.currency = part.currency;
    if (!part.vatCode.isEmpty())
        candidate.vatCode = part.vatCode;
    if (part.unitPriceMinor)
        candidate.unitPriceMinor = part.unitPriceMinor;
    if (part.stockQuantity)
        candidate.stockQuantity = part.stockQuantity;
    QStringList found = problems(candidate, &stored);
    if (m_options.stockReadOnly && part.stockQuantity && part.stockQuantity != stored.stockQuantity)
        found << tr("stock_quantity is read-only in this ERP; leave it out or send the current value.");
    if (!found.isEmpty())
        return finish(arrival, Result::failure(validationError(part.partNumber, found)));

    stamp(candidate);
    store(index, candidate);
    ++m_changeCount;
    return answerStoredWrite(arrival, candidate, 200);
}

ErpResult<RemotePart> DummyErp::answerStoredWrite(Arrival &arrival, const RemotePart &stored, int httpStatus)
{
    using Result = ErpResult<RemotePart>;
    arrival.request.applied = true;
    arrival.request.detail = stored.externalId;
    arrival.request.httpStatus = httpStatus;
    if (m_loseResponses > 0 || arrival.rolls.lostResponse < m_options.lostResponseProbability) {
        m_loseResponses = std::max(0, m_loseResponses - 1);
        arrival.request.simulations << QStringLiteral("lost_response");
        arrival.request.httpStatus.reset();
        return finish(arrival, Result::failure(
                                   makeError(ErpErrorCategory::Network, std::nullopt,
                                             tr("The connection to the dummy ERP was reset before the answer arrived "
                                                "(simulated lost response); the write may have been stored."))));
    }
    return finish(arrival, Result::success(withRaw(stored)));
}

// --- State ------------------------------------------------------------------

QList<RemotePart> DummyErp::sortedParts() const
{
    QList<RemotePart> sorted;
    sorted.reserve(m_parts.size());
    for (const qsizetype index : listingOrder())
        sorted << m_parts.at(index);
    return sorted;
}

void DummyErp::store(qsizetype index, const RemotePart &given)
{
    // The record as the ERP would send it, built once per change rather than per listing.
    const RemotePart part = withRaw(given);
    if (index < m_parts.size()) {
        const RemotePart &old = m_parts.at(index);
        if (!old.deleted && m_liveByNumber.value(old.partNumber, -1) == index)
            m_liveByNumber.remove(old.partNumber);
        if (m_byId.value(old.externalId, -1) == index)
            m_byId.remove(old.externalId);
        m_parts[index] = part;
    } else {
        index = m_parts.size();
        m_parts << part;
    }
    if (!part.deleted && !part.partNumber.isEmpty() && !m_liveByNumber.contains(part.partNumber))
        m_liveByNumber.insert(part.partNumber, index);
    if (!part.externalId.isEmpty() && !m_byId.contains(part.externalId))
        m_byId.insert(part.externalId, index);
    m_orderStale = true;
}

void DummyErp::reindex()
{
    m_liveByNumber.clear();
    m_byId.clear();
    // Backwards, so that the first of equals wins, as a scan from the front would find it.
    for (qsizetype i = m_parts.size() - 1; i >= 0; --i) {
        const RemotePart &part = m_parts.at(i);
        if (!part.deleted && !part.partNumber.isEmpty())
            m_liveByNumber.insert(part.partNumber, i);
        if (!part.externalId.isEmpty())
            m_byId.insert(part.externalId, i);
    }
    m_orderStale = true;
}

const QList<qsizetype> &DummyErp::listingOrder() const
{
    if (!m_orderStale)
        return m_order;
    std::vector<std::pair<qint64, qsizetype>> keys;
    keys.reserve(m_parts.size());
    for (qsizetype i = 0; i < m_parts.size(); ++i)
        keys.emplace_back(m_parts.at(i).modifiedAt.toMSecsSinceEpoch(), i);
    std::sort(keys.begin(), keys.end(), [this](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return m_parts.at(a.second).externalId < m_parts.at(b.second).externalId;
    });
    m_order.clear();
    m_order.reserve(qsizetype(keys.size()));
    for (const auto &key : keys)
        m_order << key.second;
    m_orderStale = false;
    return m_order;
}

QList<RemotePart> DummyErp::parts() const
{
    QList<RemotePart> sorted = sortedParts();
    for (RemotePart &part : sorted)
        part = withRaw(std::move(part));
    return sorted;
}

std::optional<RemotePart> DummyErp::part(const QString &partNumber) const
{
    const int index = indexOfLive(partNumber);
    if (index < 0)
        return std::nullopt;
    return m_parts.at(index);
}

std::optional<RemotePart> DummyErp::partById(const QString &externalId) const
{
    const int index = indexOfId(externalId);
    if (index < 0)
        return std::nullopt;
    return m_parts.at(index);
}

int DummyErp::liveCount() const
{
    return int(std::count_if(m_parts.cbegin(), m_parts.cend(), [](const RemotePart &part) { return !part.deleted; }));
}

int DummyErp::indexOfLive(const QString &partNumber) const
{
    if (partNumber.isEmpty())
        return -1;
    return int(m_liveByNumber.value(partNumber, -1));
}

int DummyErp::indexOfId(const QString &externalId) const
{
    if (externalId.isEmpty())
        return -1;
    return int(m_byId.value(externalId, -1));
}

QDateTime DummyErp::nextTimestamp()
{
    QDateTime now = m_clock.now().toUTC();
    if (m_options.strictlyIncreasingTimestamps && m_lastWriteAt.isValid() && now <= m_lastWriteAt)
        now = m_lastWriteAt.addMSecs(1);
    if (!m_lastWriteAt.isValid() || now > m_lastWriteAt)
        m_lastWriteAt = now;
    return now;
}

void DummyErp::stamp(RemotePart &part)
{
    part.modifiedAt = nextTimestamp();
    part.etag = QStringLiteral("W/\"%1\"").arg(++m_version);
    part.raw = {};
}

QString DummyErp::newExternalId()
{
    return QStringLiteral("ITEM-%1").arg(++m_lastId, 4, 10, QLatin1Char('0'));
}

RemotePart DummyErp::withRaw(RemotePart part)
{
    part.raw = partToJson(part);
    return part;
}

QStringList DummyErp::problems(const RemotePart &candidate, const RemotePart *existing) const
{
    QStringList found;
    if (candidate.partNumber.trimmed().isEmpty()) {
        found << tr("part_number is missing");
    } else if (const int index = indexOfLive(candidate.partNumber);
               index >= 0 && !(existing && m_parts.at(index).externalId == existing->externalId)) {
        found << tr("part_number \"%1\" already exists (%2)").arg(candidate.partNumber, m_parts.at(index).externalId);
    }
    if (candidate.name.trimmed().isEmpty())
        found << tr("name is missing");
    if (candidate.unitPriceMinor && *candidate.unitPriceMinor < 0)
        found << tr("unit_price_minor must not be negative; it is %1").arg(*candidate.unitPriceMinor);
    if (!knownCurrencies().contains(candidate.currency))
        found << tr("currency \"%1\" is not a known currency (known: %2)")
                     .arg(candidate.currency, knownCurrencies().join(QStringLiteral(", ")));
    if (!knownVatCodes().contains(candidate.vatCode))
        found << tr("vat_code \"%1\" is not a known VAT code (known: %2)")
                     .arg(candidate.vatCode, knownVatCodes().join(QStringLiteral(", ")));
    return found;
}

ErpError DummyErp::validationError(const QString &partNumber, const QStringList &problems) const
{
    const QString list = problems.join(QStringLiteral("; "));
    return makeError(ErpErrorCategory::Validation, 422,
                     partNumber.trimmed().isEmpty() ? tr("The ERP rejected the part: %1.").arg(list)
                                                    : tr("The ERP rejected the part %1: %2.").arg(partNumber, list));
}

// --- Edits from outside -----------------------------------------------------

RemotePart DummyErp::applyOutsideEdit(int index, const std::function<void(RemotePart &)> &edit)
{
    const RemotePart stored = m_parts.at(index);
    RemotePart edited = stored;
    if (edit)
        edit(edited);
    else
        edited.description = QStringLiteral("Módosítva az ERP-ben (%1)").arg(m_version + 1);
    edited.externalId = stored.externalId;
    edited.deleted = stored.deleted;
    const QStringList found = problems(edited, &stored);
    if (!found.isEmpty())
        throw Error(
            tr("The outside edit of %1 is not valid: %2.").arg(stored.partNumber, found.join(QStringLiteral("; "))));
    stamp(edited);
    store(index, edited);
    ++m_changeCount;
    return withRaw(edited);
}

RemotePart DummyErp::outsideCreate(const RemotePart &part)
{
    RemotePart candidate = part;
    candidate.deleted = false;
    if (candidate.unit.isEmpty())
        candidate.unit = defaultUnit;
    if (candidate.currency.isEmpty())
        candidate.currency = defaultCurrency;
    if (candidate.vatCode.isEmpty())
        candidate.vatCode = defaultVatCode;
    const QStringList found = problems(candidate, nullptr);
    if (!found.isEmpty())
        throw Error(tr("The part cannot be added to the dummy ERP: %1.").arg(found.join(QStringLiteral("; "))));
    candidate.externalId = newExternalId();
    stamp(candidate);
    store(m_parts.size(), candidate);
    ++m_changeCount;
    return withRaw(candidate);
}

RemotePart DummyErp::outsideEdit(const QString &partNumber, const std::function<void(RemotePart &)> &edit)
{
    const int index = indexOfLive(partNumber);
    if (index < 0)
        throw Error(tr("The dummy ERP has no part %1.").arg(partNumber));
    return applyOutsideEdit(index, edit);
}

RemotePart DummyErp::outsideDelete(const QString &partNumber)
{
    const int index = indexOfLive(partNumber);
    if (index < 0)
        throw Error(tr("The dummy ERP has no part %1.").arg(partNumber));
    RemotePart tombstone = m_parts.at(index);
    tombstone.deleted = true;
    stamp(tombstone);
    store(index, tombstone);
    ++m_changeCount;
    return withRaw(tombstone);
}

// --- Triggers ---------------------------------------------------------------

void DummyErp::failNextCalls(ErpErrorCategory category, int count, std::optional<int> retryAfterSeconds,
                             std::optional<int> httpStatus)
{
    if (count <= 0 || category == ErpErrorCategory::None)
        return;
    std::optional<int> status = httpStatus;
    QString message;
    switch (category) {
    case ErpErrorCategory::RateLimited:
        status = status.value_or(429);
        message = retryAfterSeconds
                      ? tr("Too many requests (%1); retry after %2 s.").arg(*status).arg(*retryAfterSeconds)
                      : tr("Too many requests (%1).").arg(*status);
        break;
    case ErpErrorCategory::Server:
        status = status.value_or(503);
        message = *status == 503 ? tr("Service unavailable (503).") : tr("Server error (%1).").arg(*status);
        break;
    case ErpErrorCategory::Authentication:
        status = status.value_or(401);
        message = tr("The dummy ERP refused the credentials or the session (%1).").arg(*status);
        break;
    case ErpErrorCategory::Timeout:
        message = tr("The dummy ERP did not answer in time (simulated timeout); nothing was stored.");
        break;
    case ErpErrorCategory::Network:
        message = tr("The connection to the dummy ERP failed (simulated network error); nothing was stored.");
        break;
    case ErpErrorCategory::Validation:
        status = status.value_or(422);
        message = tr("The ERP rejected the request (%1).").arg(*status);
        break;
    case ErpErrorCategory::Conflict:
        status = status.value_or(409);
        message = tr("The record was changed in the ERP (%1).").arg(*status);
        break;
    case ErpErrorCategory::NotFound:
        status = status.value_or(404);
        message = tr("Not found (%1).").arg(*status);
        break;
    case ErpErrorCategory::NotSupported:
        status = status.value_or(501);
        message = tr("Not implemented (%1).").arg(*status);
        break;
    case ErpErrorCategory::Configuration:
    case ErpErrorCategory::None: message = tr("Simulated failure."); break;
    }
    std::optional<qint64> retryAfter;
    if (retryAfterSeconds)
        retryAfter = *retryAfterSeconds;
    m_failures << InjectedFailure{makeError(category, status, message, retryAfter), count};
}

void DummyErp::expireSession()
{
    m_expireNext = true;
}

void DummyErp::loseNextWriteResponse(int count)
{
    m_loseResponses += std::max(0, count);
}

void DummyErp::editBeforeNextWrite(const QString &partNumber, std::function<void(RemotePart &)> edit)
{
    m_pendingEdits << PendingEdit{partNumber, std::move(edit)};
}

void DummyErp::onNextRequest(DummyErpOperation operation, std::function<void(DummyErp &)> action)
{
    m_hooks << std::make_pair(operation, std::move(action));
}

void DummyErp::clearTriggers()
{
    m_failures.clear();
    m_pendingEdits.clear();
    m_hooks.clear();
    m_expireNext = false;
    m_loseResponses = 0;
}

int DummyErp::requestCount(DummyErpOperation operation) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [operation](const DummyErpRequest &request) { return request.operation == operation; }));
}

int DummyErp::appliedCount(DummyErpOperation operation) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [operation](const DummyErpRequest &request) {
        return request.operation == operation && request.applied;
    }));
}

// --- Files ------------------------------------------------------------------

QJsonObject DummyErp::partToJson(const RemotePart &part)
{
    QJsonObject object;
    object.insert(Field::externalId, part.externalId);
    object.insert(Field::partNumber, part.partNumber);
    object.insert(Field::name, part.name);
    object.insert(Field::description, part.description);
    object.insert(Field::category, part.category);
    object.insert(Field::unit, part.unit);
    object.insert(Field::unitPriceMinor, part.unitPriceMinor ? QJsonValue(*part.unitPriceMinor) : QJsonValue());
    object.insert(Field::currency, part.currency);
    object.insert(Field::vatCode, part.vatCode);
    object.insert(Field::stockQuantity, part.stockQuantity ? QJsonValue(*part.stockQuantity) : QJsonValue());
    object.insert(Field::etag, part.etag);
    object.insert(Field::modifiedAt, isoMs(part.modifiedAt));
    object.insert(Field::deleted, part.deleted);
    return object;
}

QByteArray DummyErp::toJson() const
{
    QJsonArray parts;
    for (const RemotePart &part : sortedParts())
        parts.append(partToJson(part));
    QJsonObject root;
    root.insert(formatKey, fileFormat());
    root.insert(partsKey, parts);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void DummyErp::save(const QString &filePath) const
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Cannot write the dummy ERP file \"%1\": %2").arg(filePath, file.errorString()));
    const QByteArray json = toJson();
    if (file.write(json) != json.size() || !file.commit())
        throw Error(tr("Cannot write the dummy ERP file \"%1\": %2").arg(filePath, file.errorString()));
}

void DummyErp::load(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read the dummy ERP file \"%1\": %2").arg(filePath, file.errorString()));
    loadJson(file.readAll(), filePath);
}

void DummyErp::loadJson(const QByteArray &json, const QString &sourceName)
{
    const auto fail = [&sourceName](const QString &what) {
        throw Error(tr("The dummy ERP file \"%1\" is not valid: %2. It was left unchanged.").arg(sourceName, what));
    };

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        fail(tr("%1 at line %2, column %3 (offset %4)")
                 .arg(parseError.errorString())
                 .arg(line)
                 .arg(column)
                 .arg(parseError.offset));
    }
    if (!document.isObject())
        fail(tr("the top level must be a JSON object with \"format\" and \"parts\""));
    const QJsonObject root = document.object();
    if (root.value(formatKey).toString() != fileFormat())
        fail(tr("\"format\" must be \"%1\"").arg(fileFormat()));
    if (!root.value(partsKey).isArray())
        fail(tr("\"parts\" must be an array"));

    const QJsonArray array = root.value(partsKey).toArray();
    QList<RemotePart> parsed;
    QSet<QString> ids;
    QHash<QString, QString> livePartNumbers;
    qint64 maxVersion = 0;
    qint64 maxItem = 0;
    QDateTime latest;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString where = QStringLiteral("parts[%1]").arg(i);
        if (!array.at(i).isObject())
            fail(tr("%1 must be an object").arg(where));
        const QJsonObject object = array.at(i).toObject();
        const QString id = object.value(Field::externalId).toString();
        if (!id.isEmpty())
            where += QStringLiteral(" (%1)").arg(id);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!partFields().contains(it.key()))
                fail(tr("%1 has the unknown field \"%2\"; the fields are: %3")
                         .arg(where, it.key(), partFields().join(QStringLiteral(", "))));
        }
        const auto text = [&](const QString &field, bool required) {
            const QJsonValue value = object.value(field);
            if (value.isUndefined() || value.isNull()) {
                if (required)
                    fail(tr("%1.%2 is missing").arg(where, field));
                return QString();
            }
            if (!value.isString())
                fail(tr("%1.%2 must be a string").arg(where, field));
            if (required && value.toString().trimmed().isEmpty())
                fail(tr("%1.%2 must not be empty").arg(where, field));
            return value.toString();
        };
        const auto integer = [&](const QString &field) -> std::optional<qint64> {
            const QJsonValue value = object.value(field);
            if (value.isUndefined() || value.isNull())
                return std::nullopt;
            const double number = value.toDouble();
            if (!value.isDouble() || std::trunc(number) != number || std::abs(number) > 9007199254740992.0)
                fail(tr("%1.%2 must be a whole number or null").arg(where, field));
            return value.toInteger();
        };

        RemotePart part;
        part.externalId = text(Field::externalId, true);
        part.partNumber = text(Field::partNumber, true);
        part.name = text(Field::name, true);
        part.description = text(Field::description, false);
        part.category = text(Field::category, false);
        part.unit = text(Field::unit, false);
        if (part.unit.isEmpty())
            part.unit = defaultUnit;
        part.unitPriceMinor = integer(Field::unitPriceMinor);
        if (part.unitPriceMinor && *part.unitPriceMinor < 0)
            fail(tr("%1.%2 must not be negative").arg(where, Field::unitPriceMinor));
        part.currency = text(Field::currency, false);
        if (part.currency.isEmpty())
            part.currency = defaultCurrency;
        if (!knownCurrencies().contains(part.currency))
            fail(tr("%1.%2 \"%3\" is not a known currency (known: %4)")
                     .arg(where, Field::currency, part.currency, knownCurrencies().join(QStringLiteral(", "))));
        part.vatCode = text(Field::vatCode, false);
        if (part.vatCode.isEmpty())
            part.vatCode = defaultVatCode;
        if (!knownVatCodes().contains(part.vatCode))
            fail(tr("%1.%2 \"%3\" is not a known VAT code (known: %4)")
                     .arg(where, Field::vatCode, part.vatCode, knownVatCodes().join(QStringLiteral(", "))));
        part.stockQuantity = integer(Field::stockQuantity);
        part.etag = text(Field::etag, false);
        const QString modified = text(Field::modifiedAt, false);
        if (!modified.isEmpty()) {
            part.modifiedAt = QDateTime::fromString(modified, Qt::ISODateWithMs);
            if (!part.modifiedAt.isValid() || part.modifiedAt.timeSpec() == Qt::LocalTime)
                fail(tr("%1.%2 \"%3\" is not an ISO 8601 UTC time such as 2026-01-15T08:30:00.125Z")
                         .arg(where, Field::modifiedAt, modified));
            part.modifiedAt = part.modifiedAt.toUTC();
            if (!latest.isValid() || part.modifiedAt > latest)
                latest = part.modifiedAt;
        }
        const QJsonValue deleted = object.value(Field::deleted);
        if (!deleted.isUndefined() && !deleted.isNull() && !deleted.isBool())
            fail(tr("%1.%2 must be true or false").arg(where, Field::deleted));
        part.deleted = deleted.toBool(false);

        if (ids.contains(part.externalId))
            fail(tr("%1.%2 \"%3\" appears more than once").arg(where, Field::externalId, part.externalId));
        ids.insert(part.externalId);
        if (!part.deleted) {
            if (livePartNumbers.contains(part.partNumber))
                fail(tr("%1.%2 \"%3\" is also the part number of %4; live parts need distinct part numbers")
                         .arg(where, Field::partNumber, part.partNumber, livePartNumbers.value(part.partNumber)));
            livePartNumbers.insert(part.partNumber, part.externalId);
        }
        maxVersion = std::max(maxVersion, etagVersion(part.etag));
        maxItem = std::max(maxItem, itemNumber(part.externalId));
        parsed << part;
    }

    // Valid: replace the state. Versions, ids and timestamps keep growing, so
    // an ETag or timestamp handed out before is never handed out again.
    m_parts = parsed;
    m_version = std::max(m_version, maxVersion);
    m_lastId = std::max(m_lastId, maxItem);
    if (latest.isValid() && (!m_lastWriteAt.isValid() || latest > m_lastWriteAt))
        m_lastWriteAt = latest;
    for (RemotePart &part : m_parts) {
        // Hand-made records without an ETag or a time get them now.
        if (part.etag.isEmpty())
            part.etag = QStringLiteral("W/\"%1\"").arg(++m_version);
        if (!part.modifiedAt.isValid())
            part.modifiedAt = nextTimestamp();
    }
    reindex();
    ++m_changeCount;
}

} // namespace garagereg
