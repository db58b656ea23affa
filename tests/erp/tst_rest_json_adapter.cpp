#include "adapters/erp/ErpAdapterRegistry.h"
#include "adapters/erp/RestJsonAdapter.h"
#include "adapters/erp/RestJsonProfile.h"
#include "adapters/http/OutboundGuard.h"
#include "models/common/Error.h"
#include "models/domain/Integration.h"
#include "tests/support/FakeClock.h"
#include "tests/support/LoopbackReceiver.h"
#include "tests/support/WaitForFuture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QUrlQuery>
#include <QtTest>

#include <functional>
#include <memory>
#include <optional>

using namespace garagereg;
using namespace garagereg::test;

namespace {

using Behaviour = ScriptedResponse::Behaviour;

const QByteArray bcToken = QByteArrayLiteral("bc-token-Zx81-secret-7d41");
const QByteArray billingoKey = QByteArrayLiteral("billingo-key-5f2e-secret-99aa");
const QString companyId = QStringLiteral("c0ffee00-0000-4000-8000-000000000001");

// Waits for the future with the event loop running; nullopt on timeout.
template<typename T>
std::optional<T> waitResult(const QFuture<T> &future, int timeoutMs = 20000)
{
    if (!waitFor(future, timeoutMs))
        return std::nullopt;
    return future.result();
}

#define AWAIT(name, expression) \
    const auto name##Waited = waitResult(expression); \
    QVERIFY2(name##Waited.has_value(), "the future did not finish in time"); \
    const auto name = *name##Waited

QString categoryName(ErpErrorCategory category)
{
    switch (category) {
    case ErpErrorCategory::None: return QStringLiteral("none");
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

QByteArray describe(const ErpError &error)
{
    return (QStringLiteral("category=") + categoryName(error.category) + QStringLiteral(" status=")
            + (error.httpStatus ? QString::number(*error.httpStatus) : QStringLiteral("none"))
            + QStringLiteral(" message=\"") + error.message + QStringLiteral("\" raw=\"") + error.rawMessage
            + QLatin1Char('"'))
        .toUtf8();
}

#define QVERIFY_OK(result) QVERIFY2((result).ok(), describe((result).error).constData())
#define QCOMPARE_CATEGORY(result, expected) \
    do { \
        QVERIFY2(!(result).ok(), "expected a failure"); \
        QVERIFY2((result).error.category == (expected), describe((result).error).constData()); \
    } while (false)

QJsonObject jsonOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ScriptedResponse jsonResponse(int status, const QJsonObject &body, HttpHeaders headers = {})
{
    ScriptedResponse response;
    response.status = status;
    response.headers = std::move(headers);
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")});
    response.body = toJson(body);
    return response;
}

ScriptedResponse behave(Behaviour behaviour)
{
    ScriptedResponse response;
    response.behaviour = behaviour;
    return response;
}

// The path and the decoded query of a request target.
struct Target
{
    QString path;
    QUrlQuery query;

    QString param(const QString &name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
    bool has(const QString &name) const { return query.hasQueryItem(name); }
};

Target parseTarget(const QByteArray &target)
{
    const QUrl url = QUrl::fromEncoded("http://host" + target);
    return {url.path(QUrl::FullyDecoded), QUrlQuery(url)};
}

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

// Business Central API v2.0 items of one company, in memory: OData $filter on
// number and lastModifiedDateTime, $orderby, Prefer: odata.maxpagesize with
// @odata.nextLink ($skiptoken), @odata.etag with If-Match on PATCH (a stale one
// is 409 Request_EntityChanged), inventory read-only.
class FakeBusinessCentral
{
public:
    FakeBusinessCentral()
    {
        receiver.setResponder([this](const ReceivedRequest &request) { return handle(request); });
    }

    LoopbackReceiver receiver;
    QList<QJsonObject> items;
    int conflictStatus = 409;
    // Answers instead of the fake when it returns something.
    std::function<std::optional<ScriptedResponse>(const ReceivedRequest &)> override;

    QString basePath() const { return QStringLiteral("/v2.0/tenant-1/production/api/v2.0"); }
    QString endpoint() const { return receiver.url(basePath()).toString(); }
    QString itemsPath() const
    {
        return basePath() + QStringLiteral("/companies(") + companyId + QStringLiteral(")/items");
    }

    QJsonObject &add(const QString &number, const QString &name, double price, double inventory,
                     const QDateTime &modified)
    {
        QJsonObject item{{QStringLiteral("id"),
                          QStringLiteral("a1b2c3d4-0000-4000-8000-%1").arg(++m_nextId, 12, 10, QLatin1Char('0'))},
                         {QStringLiteral("number"), number},
                         {QStringLiteral("displayName"), name},
                         {QStringLiteral("displayName2"), QString()},
                         {QStringLiteral("type"), QStringLiteral("Inventory")},
                         {QStringLiteral("itemCategoryCode"), QStringLiteral("GATE")},
                         {QStringLiteral("blocked"), false},
                         {QStringLiteral("baseUnitOfMeasureCode"), QStringLiteral("PCS")},
                         {QStringLiteral("unitPrice"), price},
                         {QStringLiteral("inventory"), inventory},
                         {QStringLiteral("taxGroupCode"), QStringLiteral("VAT27")},
                         {QStringLiteral("lastModifiedDateTime"), iso(modified)}};
        stamp(item, modified);
        items.append(item);
        return items.last();
    }

    QJsonObject *find(const QString &id)
    {
        for (QJsonObject &item : items) {
            if (item.value(QStringLiteral("id")).toString() == id)
                return &item;
        }
        return nullptr;
    }

private:
    int m_nextId = 0;
    int m_version = 0;
    QDateTime m_now = QDateTime(QDate(2026, 1, 12), QTime(12, 0), Qt::UTC);

    void stamp(QJsonObject &item, const QDateTime &modified)
    {
        ++m_version;
        item.insert(QStringLiteral("@odata.etag"), QStringLiteral("W/\"JzE5OzEyMzQ1%1Oyc=\"").arg(m_version));
        item.insert(QStringLiteral("lastModifiedDateTime"), iso(modified));
    }

    static ScriptedResponse odataError(int status, const QString &code, const QString &message)
    {
        return jsonResponse(status,
                            QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                                              {QStringLiteral("message"), message}}}});
    }

    ScriptedResponse handle(const ReceivedRequest &request)
    {
        if (override) {
            if (std::optional<ScriptedResponse> response = override(request))
                return *response;
        }
        const QByteArray authorization = request.header("Authorization");
        if (authorization != "Bearer " + bcToken)
            return odataError(401, QStringLiteral("Authentication_InvalidCredentials"),
                              QStringLiteral("The credentials provided are incorrect: ")
                                  + QString::fromUtf8(authorization));

        const Target target = parseTarget(request.target);
        if (!target.path.startsWith(itemsPath()))
            return odataError(404, QStringLiteral("BadRequest_NotFound"), QStringLiteral("No such resource."));
        const QString rest = target.path.mid(itemsPath().size());
        if (rest.isEmpty() && request.method == "GET")
            return list(request, target);
        if (rest.isEmpty() && request.method == "POST")
            return create(request);
        static const QRegularExpression itemPattern(QStringLiteral("^\\(([^)]+)\\)$"));
        const QRegularExpressionMatch match = itemPattern.match(rest);
        if (!match.hasMatch())
            return odataError(404, QStringLiteral("BadRequest_NotFound"), QStringLiteral("No such resource."));
        QJsonObject *item = find(match.captured(1));
        if (!item)
            return odataError(404, QStringLiteral("Internal_RecordNotFound"),
                              QStringLiteral("The Item does not exist. Identification fields and values: Id='%1'")
                                  .arg(match.captured(1)));
        if (request.method == "GET")
            return jsonResponse(200, *item, {{"ETag", item->value(QStringLiteral("@odata.etag")).toString().toUtf8()}});
        if (request.method == "PATCH")
            return patch(request, *item);
        return odataError(405, QStringLiteral("BadRequest_MethodNotAllowed"), QStringLiteral("Not allowed."));
    }

    ScriptedResponse list(const ReceivedRequest &request, const Target &target)
    {
        QList<QJsonObject> selected;
        const QString filter = target.param(QStringLiteral("$filter"));
        static const QRegularExpression since(QStringLiteral("^lastModifiedDateTime ge (\\S+)$"));
        static const QRegularExpression number(QStringLiteral("^number eq '((?:[^']|'')*)'$"));
        if (filter.isEmpty()) {
            selected = items;
        } else if (const QRegularExpressionMatch m = since.match(filter); m.hasMatch()) {
            const QDateTime from = QDateTime::fromString(m.captured(1), Qt::ISODateWithMs);
            if (!from.isValid())
                return odataError(400, QStringLiteral("BadRequest"), QStringLiteral("Bad date."));
            for (const QJsonObject &item : std::as_const(items)) {
                if (QDateTime::fromString(item.value(QStringLiteral("lastModifiedDateTime")).toString(),
                                          Qt::ISODateWithMs)
                    >= from)
                    selected << item;
            }
        } else if (const QRegularExpressionMatch m = number.match(filter); m.hasMatch()) {
            const QString wanted = m.captured(1).replace(QStringLiteral("''"), QStringLiteral("'"));
            for (const QJsonObject &item : std::as_const(items)) {
                if (item.value(QStringLiteral("number")).toString() == wanted)
                    selected << item;
            }
        } else {
            return odataError(400, QStringLiteral("BadRequest"), QStringLiteral("Unsupported filter: ") + filter);
        }
        if (target.param(QStringLiteral("$orderby")) == QLatin1String("lastModifiedDateTime asc")) {
            std::stable_sort(selected.begin(), selected.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value(QStringLiteral("lastModifiedDateTime")).toString()
                       < b.value(QStringLiteral("lastModifiedDateTime")).toString();
            });
        }
        int pageSize = 20000;
        const QByteArray prefer = request.header("Prefer");
        if (prefer.startsWith("odata.maxpagesize="))
            pageSize = prefer.mid(18).toInt();
        const int skip = target.param(QStringLiteral("$skiptoken")).toInt();
        QJsonArray value;
        for (qsizetype i = skip; i < selected.size() && i < skip + pageSize; ++i)
            value.append(selected.at(i));
        QJsonObject body{{QStringLiteral("@odata.context"),
                          QStringLiteral("$metadata#companies(%1)/items").arg(companyId)},
                         {QStringLiteral("value"), value}};
        if (skip + pageSize < selected.size()) {
            QUrlQuery next = target.query;
            next.removeAllQueryItems(QStringLiteral("$skiptoken"));
            next.addQueryItem(QStringLiteral("$skiptoken"), QString::number(skip + pageSize));
            QUrl url = receiver.url(target.path);
            url.setQuery(next);
            body.insert(QStringLiteral("@odata.nextLink"), url.toString(QUrl::FullyEncoded));
        }
        return jsonResponse(200, body, {{"OData-Version", "4.0"}});
    }

    ScriptedResponse create(const ReceivedRequest &request)
    {
        const QJsonObject body = jsonOf(request.body);
        if (body.contains(QStringLiteral("inventory")))
            return odataError(400, QStringLiteral("BadRequest"), QStringLiteral("'inventory' is read only."));
        const QString number = body.value(QStringLiteral("number")).toString();
        for (const QJsonObject &item : std::as_const(items)) {
            if (item.value(QStringLiteral("number")).toString() == number)
                return odataError(400, QStringLiteral("Internal_EntityWithSameKeyExists"),
                                  QStringLiteral("The record already exists."));
        }
        m_now = m_now.addSecs(60);
        QJsonObject &item = add(number, body.value(QStringLiteral("displayName")).toString(),
                                body.value(QStringLiteral("unitPrice")).toDouble(), 0, m_now);
        for (auto it = body.begin(); it != body.end(); ++it)
            item.insert(it.key(), it.value());
        return jsonResponse(201, item, {{"ETag", item.value(QStringLiteral("@odata.etag")).toString().toUtf8()}});
    }

    ScriptedResponse patch(const ReceivedRequest &request, QJsonObject &item)
    {
        const QByteArray ifMatch = request.header("If-Match");
        if (ifMatch.isEmpty())
            return odataError(400, QStringLiteral("Internal_InvalidRequest"),
                              QStringLiteral("Could not validate the client concurrency token required by the "
                                             "service. Please provide a valid token in the client request."));
        if (ifMatch != "*" && ifMatch != item.value(QStringLiteral("@odata.etag")).toString().toUtf8())
            return odataError(conflictStatus, QStringLiteral("Request_EntityChanged"),
                              QStringLiteral("Another user has already changed the record."));
        const QJsonObject body = jsonOf(request.body);
        if (body.contains(QStringLiteral("inventory")))
            return odataError(400, QStringLiteral("BadRequest"), QStringLiteral("'inventory' is read only."));
        for (auto it = body.begin(); it != body.end(); ++it)
            item.insert(it.key(), it.value());
        m_now = m_now.addSecs(60);
        stamp(item, m_now);
        return jsonResponse(200, item, {{"ETag", item.value(QStringLiteral("@odata.etag")).toString().toUtf8()}});
    }
};

// Billingo API v3 products, in memory: X-API-KEY, page/per_page (at most 100)
// with data/current_page/last_page, full PUT, 422 field errors, X-RateLimit-*.
class FakeBillingo
{
public:
    FakeBillingo()
    {
        receiver.setResponder([this](const ReceivedRequest &request) { return withRateLimit(handle(request)); });
    }

    LoopbackReceiver receiver;
    QList<QJsonObject> products;
    int remaining = 60;
    std::function<std::optional<ScriptedResponse>(const ReceivedRequest &)> override;

    QString endpoint() const { return receiver.url(QStringLiteral("/v3")).toString(); }

    QJsonObject &add(const QString &name, const QString &comment, double price,
                     const QString &currency = QStringLiteral("HUF"))
    {
        products.append(QJsonObject{{QStringLiteral("id"), ++m_nextId},
                                    {QStringLiteral("name"), name},
                                    {QStringLiteral("comment"), comment},
                                    {QStringLiteral("currency"), currency},
                                    {QStringLiteral("vat"), QStringLiteral("27%")},
                                    {QStringLiteral("net_unit_price"), price},
                                    {QStringLiteral("unit"), QStringLiteral("db")},
                                    {QStringLiteral("general_ledger_number"), QStringLiteral("911")},
                                    {QStringLiteral("general_ledger_taxcode"), QStringLiteral("T27")},
                                    {QStringLiteral("entitlement"), QStringLiteral("AAM")}});
        return products.last();
    }

    QJsonObject *find(qint64 id)
    {
        for (QJsonObject &product : products) {
            if (product.value(QStringLiteral("id")).toInteger() == id)
                return &product;
        }
        return nullptr;
    }

private:
    int m_nextId = 1000;

    ScriptedResponse withRateLimit(ScriptedResponse response)
    {
        remaining = std::max(0, remaining - 1);
        response.headers.append({QByteArrayLiteral("X-RateLimit-Limit"), QByteArrayLiteral("60")});
        response.headers.append({QByteArrayLiteral("X-RateLimit-Remaining"), QByteArray::number(remaining)});
        response.headers.append({QByteArrayLiteral("X-RateLimit-Reset"), QByteArrayLiteral("30")});
        return response;
    }

    static ScriptedResponse invalid(const QList<std::pair<QString, QString>> &fieldErrors)
    {
        QJsonArray errors;
        for (const auto &[field, message] : fieldErrors)
            errors.append(QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("message"), message}});
        return jsonResponse(422, QJsonObject{{QStringLiteral("message"), QStringLiteral("The given data was invalid.")},
                                             {QStringLiteral("errors"), errors}});
    }

    static std::optional<ScriptedResponse> validate(const QJsonObject &product)
    {
        QList<std::pair<QString, QString>> errors;
        if (product.value(QStringLiteral("name")).toString().isEmpty())
            errors.append({QStringLiteral("name"), QStringLiteral("The name field is required.")});
        static const QStringList vats{QStringLiteral("27%"), QStringLiteral("18%"), QStringLiteral("5%"),
                                      QStringLiteral("0%"),  QStringLiteral("AAM"), QStringLiteral("TAM")};
        if (!vats.contains(product.value(QStringLiteral("vat")).toString()))
            errors.append({QStringLiteral("vat"), QStringLiteral("The selected vat is invalid.")});
        if (!product.value(QStringLiteral("net_unit_price")).isDouble()
            || product.value(QStringLiteral("net_unit_price")).toDouble() < 0)
            errors.append({QStringLiteral("net_unit_price"), QStringLiteral("The net unit price must be at least 0.")});
        if (product.contains(QStringLiteral("id")))
            errors.append({QStringLiteral("id"), QStringLiteral("The id field is prohibited.")});
        if (errors.isEmpty())
            return std::nullopt;
        return invalid(errors);
    }

    ScriptedResponse handle(const ReceivedRequest &request)
    {
        if (override) {
            if (std::optional<ScriptedResponse> response = override(request))
                return *response;
        }
        if (request.header("X-API-KEY") != billingoKey)
            return jsonResponse(401, QJsonObject{
                                         {QStringLiteral("error"),
                                          QJsonObject{{QStringLiteral("message"),
                                                       QString(QStringLiteral("Unauthenticated, unknown key ")
                                                               + QString::fromUtf8(request.header("X-API-KEY")))}}}});
        const Target target = parseTarget(request.target);
        if (target.path == QLatin1String("/v3/products") && request.method == "GET") {
            const int page = target.has(QStringLiteral("page")) ? target.param(QStringLiteral("page")).toInt() : 1;
            const int perPage = target.has(QStringLiteral("per_page"))
                                    ? target.param(QStringLiteral("per_page")).toInt()
                                    : 25;
            if (perPage > 100 || perPage < 1)
                return invalid(
                    {{QStringLiteral("per_page"), QStringLiteral("The per page may not be greater than 100.")}});
            const int lastPage = std::max<int>(1, int((products.size() + perPage - 1) / perPage));
            QJsonArray data;
            for (qsizetype i = qsizetype(page - 1) * perPage; i < products.size() && i < qsizetype(page) * perPage; ++i)
                data.append(products.at(i));
            return jsonResponse(200, QJsonObject{{QStringLiteral("data"), data},
                                                 {QStringLiteral("total"), int(products.size())},
                                                 {QStringLiteral("per_page"), perPage},
                                                 {QStringLiteral("current_page"), page},
                                                 {QStringLiteral("last_page"), lastPage},
                                                 {QStringLiteral("prev_page_url"), QJsonValue::Null},
                                                 {QStringLiteral("next_page_url"), QJsonValue::Null}});
        }
        if (target.path == QLatin1String("/v3/products") && request.method == "POST") {
            QJsonObject product = jsonOf(request.body);
            if (std::optional<ScriptedResponse> problem = validate(product))
                return *problem;
            product.insert(QStringLiteral("id"), ++m_nextId);
            products.append(product);
            return jsonResponse(201, product);
        }
        static const QRegularExpression itemPattern(QStringLiteral("^/v3/products/(\\d+)$"));
        const QRegularExpressionMatch match = itemPattern.match(target.path);
        QJsonObject *product = match.hasMatch() ? find(match.captured(1).toLongLong()) : nullptr;
        if (!product)
            return jsonResponse(404,
                                QJsonObject{{QStringLiteral("error"),
                                             QJsonObject{{QStringLiteral("message"), QStringLiteral("Not found.")}}}});
        if (request.method == "GET")
            return jsonResponse(200, *product);
        if (request.method == "PUT") {
            QJsonObject replacement = jsonOf(request.body);
            if (std::optional<ScriptedResponse> problem = validate(replacement))
                return *problem;
            replacement.insert(QStringLiteral("id"), product->value(QStringLiteral("id")));
            *product = replacement; // a full replace: what is not sent is gone
            return jsonResponse(200, *product);
        }
        return jsonResponse(405, QJsonObject{
                                     {QStringLiteral("error"), QJsonObject{{QStringLiteral("message"),
                                                                            QStringLiteral("Method not allowed.")}}}});
    }
};

// A minimal REST JSON API for the generic profile: /api/parts with offset
// paging, "Authorization: token <key>", prices as strings, ETag header.
class FakeGenericApi
{
public:
    FakeGenericApi()
    {
        receiver.setResponder([this](const ReceivedRequest &request) { return handle(request); });
    }

    LoopbackReceiver receiver;
    QList<QJsonObject> parts;
    QByteArray expectedAuthorization = "token generic-key-1234";

    QString endpoint() const { return receiver.url(QStringLiteral("/api")).toString(); }

private:
    ScriptedResponse handle(const ReceivedRequest &request)
    {
        if (request.header("Authorization") != expectedAuthorization)
            return jsonResponse(401, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Bad token.")}});
        const Target target = parseTarget(request.target);
        if (target.path == QLatin1String("/api/parts") && request.method == "GET") {
            QList<QJsonObject> selected;
            for (const QJsonObject &part : std::as_const(parts)) {
                if (target.has(QStringLiteral("sku"))
                    && part.value(QStringLiteral("sku")).toString() != target.param(QStringLiteral("sku")))
                    continue;
                if (target.has(QStringLiteral("updated_after"))
                    && part.value(QStringLiteral("updated")).toInteger()
                           < target.param(QStringLiteral("updated_after")).toLongLong())
                    continue;
                selected << part;
            }
            const int offset = target.param(QStringLiteral("offset")).toInt();
            const int limit = target.has(QStringLiteral("limit")) ? target.param(QStringLiteral("limit")).toInt()
                                                                  : 1000;
            QJsonArray items;
            for (qsizetype i = offset; i < selected.size() && i < offset + limit; ++i)
                items.append(selected.at(i));
            return jsonResponse(200, QJsonObject{{QStringLiteral("items"), items},
                                                 {QStringLiteral("count"), int(selected.size())}});
        }
        static const QRegularExpression itemPattern(QStringLiteral("^/api/parts/([^/]+)$"));
        const QRegularExpressionMatch match = itemPattern.match(target.path);
        if (match.hasMatch() && request.method == "PATCH") {
            for (QJsonObject &part : parts) {
                if (part.value(QStringLiteral("key")).toString() != match.captured(1))
                    continue;
                const QByteArray etag = "\"v" + QByteArray::number(part.value(QStringLiteral("version")).toInt()) + '"';
                if (request.header("If-Match") != etag)
                    return jsonResponse(412, QJsonObject{
                                                 {QStringLiteral("detail"), QStringLiteral("Precondition failed.")}});
                const QJsonObject body = jsonOf(request.body);
                for (auto it = body.begin(); it != body.end(); ++it)
                    part.insert(it.key(), it.value());
                part.insert(QStringLiteral("version"), part.value(QStringLiteral("version")).toInt() + 1);
                ScriptedResponse response;
                response.status = 204; // no body: the adapter keeps what it sent, the ETag says the version
                response.headers = {
                    {"ETag", "\"v" + QByteArray::number(part.value(QStringLiteral("version")).toInt()) + '"'}};
                return response;
            }
        }
        return jsonResponse(404, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Not found.")}});
    }
};

QJsonObject genericProfile()
{
    return QJsonDocument::fromJson(R"({
        "name": "Acme ERP",
        "auth": {"type": "api_key", "header": "Authorization", "prefix": "token "},
        "paths": {"list": "parts", "item": "parts/{id}"},
        "items_key": "items",
        "total_key": "count",
        "paging": {"style": "offset", "offset_param": "offset", "limit_param": "limit", "max_page_size": 50},
        "changes": {"field": "updated", "query": {"updated_after": "{since}"}, "format": "unix_seconds"},
        "lookup": {"query": {"sku": "{value}"}},
        "etag": {"header": "ETag"},
        "update": {"method": "patch"},
        "fields": {
            "id": "key",
            "part_number": "sku",
            "name": "title",
            "description": "notes",
            "price": {"field": "price", "format": "string"},
            "currency": "currency",
            "vat": "tax",
            "stock": {"field": "on_hand", "writable": true}
        }
    })")
        .object();
}

} // namespace

class TestRestJsonAdapter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;

    OutboundGuard *m_guard = nullptr; // handed to the adapters made while set

    std::unique_ptr<ErpAdapter> make(std::unique_ptr<ErpAdapter> (*factory)(const ErpAdapterContext &),
                                     const QString &provider, const QString &endpoint, const QJsonObject &settings,
                                     const QByteArray &credential)
    {
        Integration integration;
        integration.name = QStringLiteral("test ") + provider;
        integration.type = IntegrationType::Erp;
        integration.provider = provider;
        integration.endpointUrl = endpoint;
        integration.settings = settings;
        return factory(ErpAdapterContext{integration, credential, *m_network, *m_clock, m_guard});
    }

    std::unique_ptr<ErpAdapter> businessCentral(const FakeBusinessCentral &bc, QJsonObject settings = {},
                                                const QByteArray &credential = bcToken)
    {
        if (!settings.contains(QStringLiteral("company_id")))
            settings.insert(QStringLiteral("company_id"), companyId);
        if (!settings.contains(QStringLiteral("currency")))
            settings.insert(QStringLiteral("currency"), QStringLiteral("HUF"));
        return make(createBusinessCentralAdapter, QStringLiteral("microsoft-dynamics"), bc.endpoint(), settings,
                    credential);
    }

    std::unique_ptr<ErpAdapter> billingo(const FakeBillingo &fake, const QJsonObject &settings = {},
                                         const QByteArray &credential = billingoKey)
    {
        return make(createBillingoAdapter, QStringLiteral("billingo"), fake.endpoint(), settings, credential);
    }

    std::unique_ptr<ErpAdapter> generic(const QString &endpoint, const QJsonObject &profile,
                                        const QByteArray &credential = "generic-key-1234")
    {
        return make(createRestJsonAdapter, QStringLiteral("rest-json"), endpoint,
                    QJsonObject{{QStringLiteral("profile"), profile}}, credential);
    }

    // The error message of creating an adapter, or "" when it was created.
    QString creationError(std::unique_ptr<ErpAdapter> (*factory)(const ErpAdapterContext &), const QString &provider,
                          const QString &endpoint, const QJsonObject &settings)
    {
        try {
            make(factory, provider, endpoint, settings, "credential-1234");
        } catch (const Error &error) {
            return error.message();
        }
        return QString();
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<FakeClock>();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setProxy(QNetworkProxy::NoProxy);
    }

    void cleanup()
    {
        m_network.reset();
        m_clock.reset();
    }

    // --- Business Central ----------------------------------------------------------

    void businessCentralListsChangesAcrossNextLinkPages()
    {
        FakeBusinessCentral bc;
        const QDateTime base(QDate(2026, 1, 10), QTime(8, 0), Qt::UTC);
        bc.add(QStringLiteral("GD-OLD"), QStringLiteral("Régi rugó"), 1000, 1, base.addSecs(-3600)); // before since
        bc.add(QStringLiteral("GD-400"), QStringLiteral("Kapumotor"), 129990, 2, base.addSecs(4 * 3600));
        bc.add(QStringLiteral("GD-100"), QStringLiteral("Garázskapu rugó"), 45000, 12, base);
        bc.add(QStringLiteral("GD-200"), QStringLiteral("Távirányító"), 8990, 40, base.addSecs(3600));
        bc.add(QStringLiteral("GD-300"), QStringLiteral("Görgő"), 2500, 100, base.addSecs(3600)); // same time
        bc.add(QStringLiteral("GD-500"), QStringLiteral("Zsanér"), 1200, 7, base.addSecs(5 * 3600));
        const auto adapter = businessCentral(bc);

        QStringList numbers;
        QString token;
        int pages = 0;
        do {
            PartQuery query;
            query.modifiedSince = base;
            query.pageSize = 2;
            query.pageToken = token;
            AWAIT(page, adapter->listParts(query));
            QVERIFY_OK(page);
            for (const RemotePart &part : page.value->parts)
                numbers << part.partNumber;
            token = page.value->nextPageToken;
            QVERIFY(++pages <= 5);
        } while (!token.isEmpty());

        QCOMPARE(pages, 3);
        QCOMPARE(numbers, (QStringList{QStringLiteral("GD-100"), QStringLiteral("GD-200"), QStringLiteral("GD-300"),
                                       QStringLiteral("GD-400"), QStringLiteral("GD-500")}));
        const QList<ReceivedRequest> requests = bc.receiver.requests();
        QCOMPARE(requests.size(), 3);
        const Target first = parseTarget(requests.at(0).target);
        QCOMPARE(first.path, bc.itemsPath());
        QCOMPARE(first.param(QStringLiteral("$filter")),
                 QStringLiteral("lastModifiedDateTime ge 2026-01-10T08:00:00.000Z"));
        QCOMPARE(first.param(QStringLiteral("$orderby")), QStringLiteral("lastModifiedDateTime asc"));
        for (const ReceivedRequest &request : requests) {
            QCOMPARE(request.method, QByteArray("GET"));
            QCOMPARE(request.header("Prefer"), QByteArray("odata.maxpagesize=2"));
            QCOMPARE(request.header("Authorization"), "Bearer " + bcToken);
            QCOMPARE(request.header("Accept"), QByteArray("application/json"));
        }
        // The later pages are the server's next links, filter included.
        QCOMPARE(parseTarget(requests.at(1).target).param(QStringLiteral("$skiptoken")), QStringLiteral("2"));
        QCOMPARE(parseTarget(requests.at(2).target).param(QStringLiteral("$filter")),
                 QStringLiteral("lastModifiedDateTime ge 2026-01-10T08:00:00.000Z"));
    }

    void businessCentralMapsItemFields()
    {
        FakeBusinessCentral bc;
        const QDateTime modified(QDate(2026, 1, 10), QTime(9, 15, 30, 250), Qt::UTC);
        bc.add(QStringLiteral("GD-100"), QStringLiteral("Garázskapu rugó"), 45000, 12, modified);
        const auto adapter = businessCentral(bc);
        AWAIT(page, adapter->listParts(PartQuery{}));
        QVERIFY_OK(page);
        QCOMPARE(page.value->parts.size(), 1);
        QVERIFY(page.value->nextPageToken.isEmpty());
        const RemotePart part = page.value->parts.constFirst();
        QCOMPARE(part.externalId, bc.items.constFirst().value(QStringLiteral("id")).toString());
        QCOMPARE(part.partNumber, QStringLiteral("GD-100"));
        QCOMPARE(part.name, QStringLiteral("Garázskapu rugó"));
        QCOMPARE(part.category, QStringLiteral("GATE"));
        QCOMPARE(part.unit, QStringLiteral("PCS"));
        QCOMPARE(part.unitPriceMinor, std::optional<qint64>(45000));
        QCOMPARE(part.currency, QStringLiteral("HUF"));
        QCOMPARE(part.vatCode, QStringLiteral("VAT27"));
        QCOMPARE(part.stockQuantity, std::optional<qint64>(12));
        QCOMPARE(part.etag, bc.items.constFirst().value(QStringLiteral("@odata.etag")).toString());
        QCOMPARE(part.modifiedAt, modified);
        QCOMPARE(part.raw, bc.items.constFirst());
        // A listing without a since time has no filter.
        const Target target = parseTarget(bc.receiver.requests().constFirst().target);
        QVERIFY(!target.has(QStringLiteral("$filter")));

        const ErpCapabilities capabilities = adapter->capabilities();
        QVERIFY(capabilities.deltaQueries);
        QVERIFY(!capabilities.dateOnlyCursor);
        QVERIFY(capabilities.etags);
        QVERIFY(!capabilities.writableStock);
        QVERIFY(capabilities.naturalKeyLookup);
        QVERIFY(!capabilities.deletes);
        QCOMPARE(adapter->providerName(), QStringLiteral("microsoft-dynamics"));
    }

    void businessCentralNextLinkToAnotherServerIsNotFollowed()
    {
        FakeBusinessCentral bc;
        LoopbackReceiver elsewhere;
        bc.add(QStringLiteral("GD-100"), QStringLiteral("Rugó"), 1, 1, QDateTime::currentDateTimeUtc());
        bc.override = [&elsewhere](const ReceivedRequest &) -> std::optional<ScriptedResponse> {
            return jsonResponse(200, QJsonObject{{QStringLiteral("value"), QJsonArray()},
                                                 {QStringLiteral("@odata.nextLink"),
                                                  elsewhere.url(QStringLiteral("/steal?$skiptoken=2")).toString()}});
        };
        const auto adapter = businessCentral(bc);
        AWAIT(page, adapter->listParts(PartQuery{}));
        QCOMPARE_CATEGORY(page, ErpErrorCategory::Server);
        QVERIFY(page.error.message.contains(QStringLiteral("another server")));

        // Nor is a page token pointing elsewhere.
        PartQuery query;
        query.pageToken = elsewhere.url(QStringLiteral("/steal")).toString();
        AWAIT(stolen, adapter->listParts(query));
        QCOMPARE_CATEGORY(stolen, ErpErrorCategory::Validation);
        QCOMPARE(elsewhere.requestCount(), 0);
    }

    void businessCentralFindsByPartNumberFilter()
    {
        FakeBusinessCentral bc;
        bc.add(QStringLiteral("GD-100"), QStringLiteral("Rugó"), 45000, 12, QDateTime::currentDateTimeUtc());
        bc.add(QStringLiteral("O'NEIL-7"), QStringLiteral("Ír zsanér"), 990, 1, QDateTime::currentDateTimeUtc());
        const auto adapter = businessCentral(bc);

        AWAIT(found, adapter->getPart(QStringLiteral("GD-100")));
        QVERIFY_OK(found);
        QVERIFY(found.value->has_value());
        QCOMPARE(found.value->value().name, QStringLiteral("Rugó"));
        QCOMPARE(parseTarget(bc.receiver.requests().last().target).param(QStringLiteral("$filter")),
                 QStringLiteral("number eq 'GD-100'"));

        AWAIT(quoted, adapter->getPart(QStringLiteral("O'NEIL-7")));
        QVERIFY_OK(quoted);
        QVERIFY(quoted.value->has_value());
        QCOMPARE(parseTarget(bc.receiver.requests().last().target).param(QStringLiteral("$filter")),
                 QStringLiteral("number eq 'O''NEIL-7'"));

        AWAIT(missing, adapter->getPart(QStringLiteral("NOPE-1")));
        QVERIFY_OK(missing);
        QVERIFY(!missing.value->has_value());
        QCOMPARE(bc.receiver.requestCount(), 3);
    }

    void businessCentralCreatesWithoutInventory()
    {
        FakeBusinessCentral bc;
        const auto adapter = businessCentral(bc);
        RemotePart part;
        part.partNumber = QStringLiteral("GD-900");
        part.name = QStringLiteral("Kapunyitó szenzor");
        part.category = QStringLiteral("SENSOR");
        part.unit = QStringLiteral("PCS");
        part.unitPriceMinor = 15990;
        part.currency = QStringLiteral("HUF");
        part.vatCode = QStringLiteral("VAT27");
        part.stockQuantity = 5; // read-only in Business Central: never sent
        AWAIT(created, adapter->createPart(part));
        QVERIFY_OK(created);
        QVERIFY(!created.value->externalId.isEmpty());
        QVERIFY(!created.value->etag.isEmpty());
        QCOMPARE(created.value->partNumber, QStringLiteral("GD-900"));
        QCOMPARE(created.value->unitPriceMinor, std::optional<qint64>(15990));

        const ReceivedRequest request = bc.receiver.requests().constLast();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(parseTarget(request.target).path, bc.itemsPath());
        QVERIFY(request.header("Content-Type").startsWith("application/json"));
        const QJsonObject body = jsonOf(request.body);
        QCOMPARE(body, (QJsonObject{{QStringLiteral("type"), QStringLiteral("Inventory")},
                                    {QStringLiteral("number"), QStringLiteral("GD-900")},
                                    {QStringLiteral("displayName"), QStringLiteral("Kapunyitó szenzor")},
                                    {QStringLiteral("itemCategoryCode"), QStringLiteral("SENSOR")},
                                    {QStringLiteral("baseUnitOfMeasureCode"), QStringLiteral("PCS")},
                                    {QStringLiteral("unitPrice"), 15990},
                                    {QStringLiteral("taxGroupCode"), QStringLiteral("VAT27")}}));
    }

    void businessCentralPatchesChangedFieldsWithIfMatch()
    {
        FakeBusinessCentral bc;
        bc.add(QStringLiteral("GD-100"), QStringLiteral("Rugó"), 45000, 12, QDateTime::currentDateTimeUtc());
        const auto adapter = businessCentral(bc);
        AWAIT(read, adapter->getPart(QStringLiteral("GD-100")));
        QVERIFY_OK(read);
        RemotePart part = read.value->value();
        const QString etagBefore = part.etag;
        part.name = QStringLiteral("Garázskapu rugó (erősített)");
        part.unitPriceMinor = 47500;
        part.stockQuantity = 99; // read-only: not written

        AWAIT(updated, adapter->updatePart(part, etagBefore));
        QVERIFY_OK(updated);
        const ReceivedRequest request = bc.receiver.requests().constLast();
        QCOMPARE(request.method, QByteArray("PATCH"));
        QCOMPARE(parseTarget(request.target).path,
                 bc.itemsPath() + QLatin1Char('(') + part.externalId + QLatin1Char(')'));
        QCOMPARE(request.header("If-Match"), etagBefore.toUtf8());
        QCOMPARE(jsonOf(request.body),
                 (QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Garázskapu rugó (erősített)")},
                              {QStringLiteral("unitPrice"), 47500}}));
        QCOMPARE(updated.value->name, QStringLiteral("Garázskapu rugó (erősített)"));
        QCOMPARE(updated.value->unitPriceMinor, std::optional<qint64>(47500));
        QCOMPARE(updated.value->stockQuantity, std::optional<qint64>(12)); // the server's, untouched
        QVERIFY(updated.value->etag != etagBefore);

        // Only the read-only stock differs: nothing is sent at all.
        RemotePart stockOnly = *updated.value;
        stockOnly.stockQuantity = 1;
        const int before = bc.receiver.requestCount();
        AWAIT(unchanged, adapter->updatePart(stockOnly, stockOnly.etag));
        QVERIFY_OK(unchanged);
        QCOMPARE(bc.receiver.requestCount(), before);
        QCOMPARE(unchanged.value->stockQuantity, std::optional<qint64>(12));

        // A stale ETag: the record changed since it was read.
        part.name = QStringLiteral("Más név");
        AWAIT(stale, adapter->updatePart(part, etagBefore));
        QCOMPARE_CATEGORY(stale, ErpErrorCategory::Conflict);
        QCOMPARE(stale.error.httpStatus, std::optional<int>(409));
        QVERIFY(stale.error.rawMessage.contains(QStringLiteral("Request_EntityChanged")));
        QVERIFY(!stale.error.isRetryable());

        bc.conflictStatus = 412;
        AWAIT(precondition, adapter->updatePart(part, etagBefore));
        QCOMPARE_CATEGORY(precondition, ErpErrorCategory::Conflict);
        QCOMPARE(precondition.error.httpStatus, std::optional<int>(412));
    }

    void businessCentralUpdateOfMissingItemIsNotFound()
    {
        FakeBusinessCentral bc;
        const auto adapter = businessCentral(bc);
        RemotePart part;
        part.externalId = QStringLiteral("00000000-0000-0000-0000-00000000dead");
        part.partNumber = QStringLiteral("GD-1");
        part.name = QStringLiteral("x");
        AWAIT(result, adapter->updatePart(part, QStringLiteral("W/\"x\"")));
        QCOMPARE_CATEGORY(result, ErpErrorCategory::NotFound);
        QCOMPARE(result.error.httpStatus, std::optional<int>(404));
    }

    // --- Billingo ---------------------------------------------------------------------

    void billingoPagesToLastPage()
    {
        FakeBillingo fake;
        for (int i = 1; i <= 5; ++i)
            fake.add(QStringLiteral("Termék %1").arg(i), QStringLiteral("PN:BG-%1").arg(i), 1000 * i);
        const auto adapter = billingo(fake);
        QStringList tokens;
        QStringList numbers;
        QString token;
        do {
            PartQuery query;
            query.pageSize = 2;
            query.pageToken = token;
            query.modifiedSince = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC); // no cursor: ignored
            AWAIT(page, adapter->listParts(query));
            QVERIFY_OK(page);
            for (const RemotePart &part : page.value->parts)
                numbers << part.partNumber;
            token = page.value->nextPageToken;
            tokens << token;
            QVERIFY(tokens.size() <= 5);
        } while (!token.isEmpty());
        QCOMPARE(tokens, (QStringList{QStringLiteral("2"), QStringLiteral("3"), QString()}));
        QCOMPARE(numbers.size(), 5);
        QCOMPARE(numbers.constFirst(), QStringLiteral("BG-1"));
        const QList<ReceivedRequest> requests = fake.receiver.requests();
        QCOMPARE(requests.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const Target target = parseTarget(requests.at(i).target);
            QCOMPARE(target.path, QStringLiteral("/v3/products"));
            QCOMPARE(target.param(QStringLiteral("page")), QString::number(i + 1));
            QCOMPARE(target.param(QStringLiteral("per_page")), QStringLiteral("2"));
            QCOMPARE(requests.at(i).header("X-API-KEY"), billingoKey);
            QVERIFY(requests.at(i).header("Authorization").isEmpty());
        }

        // per_page is at most 100, whatever is asked for.
        PartQuery big;
        big.pageSize = 500;
        AWAIT(all, adapter->listParts(big));
        QVERIFY_OK(all);
        QCOMPARE(all.value->parts.size(), 5);
        QCOMPARE(parseTarget(fake.receiver.requests().constLast().target).param(QStringLiteral("per_page")),
                 QStringLiteral("100"));

        // The rate limit headers are remembered.
        const auto *restAdapter = dynamic_cast<const RestJsonAdapter *>(adapter.get());
        QVERIFY(restAdapter);
        QCOMPARE(restAdapter->rateLimit().limit, std::optional<qint64>(60));
        QCOMPARE(restAdapter->rateLimit().remaining, std::optional<qint64>(fake.remaining));
        QCOMPARE(restAdapter->rateLimit().resetAt, m_clock->now().addSecs(30));

        const ErpCapabilities capabilities = adapter->capabilities();
        QVERIFY(!capabilities.deltaQueries);
        QVERIFY(!capabilities.etags);
        QVERIFY(!capabilities.writableStock);
        QVERIFY(!capabilities.naturalKeyLookup);
    }

    void billingoMapsProductsAndPartNumberMarker()
    {
        FakeBillingo fake;
        fake.add(QStringLiteral("Garázskapu rugó"), QStringLiteral("Erősített, 2 db/csomag\nPN:GD-100"), 45000);
        fake.add(QStringLiteral("Kézi termék"), QStringLiteral("Nincs cikkszám"), 500);
        fake.add(QStringLiteral("Euro termék"), QStringLiteral("PN:EU-1"), 12999.5, QStringLiteral("EUR"));
        const auto adapter = billingo(fake);
        AWAIT(page, adapter->listParts(PartQuery{}));
        QVERIFY_OK(page);
        QCOMPARE(page.value->parts.size(), 3);
        const RemotePart first = page.value->parts.at(0);
        QCOMPARE(first.externalId, QStringLiteral("1001"));
        QCOMPARE(first.partNumber, QStringLiteral("GD-100"));
        QCOMPARE(first.description, QStringLiteral("Erősített, 2 db/csomag"));
        QCOMPARE(first.name, QStringLiteral("Garázskapu rugó"));
        QCOMPARE(first.unit, QStringLiteral("db"));
        QCOMPARE(first.vatCode, QStringLiteral("27%"));
        QCOMPARE(first.currency, QStringLiteral("HUF"));
        QCOMPARE(first.unitPriceMinor, std::optional<qint64>(45000));
        QCOMPARE(first.stockQuantity, std::optional<qint64>());
        QVERIFY(first.etag.isEmpty());
        QVERIFY(!first.modifiedAt.isValid());
        // No marker: no part number, the whole comment is the description.
        QVERIFY(page.value->parts.at(1).partNumber.isEmpty());
        QCOMPARE(page.value->parts.at(1).description, QStringLiteral("Nincs cikkszám"));
        QCOMPARE(page.value->parts.at(2).unitPriceMinor, std::optional<qint64>(1299950));
        QCOMPARE(page.value->parts.at(2).currency, QStringLiteral("EUR"));
    }

    void billingoFindsByScanningForTheMarker()
    {
        FakeBillingo fake;
        for (int i = 1; i <= 150; ++i)
            fake.add(QStringLiteral("Termék %1").arg(i), QStringLiteral("Leírás %1\nPN:BG-%1").arg(i), i);
        const auto adapter = billingo(fake);
        AWAIT(found, adapter->getPart(QStringLiteral("BG-130")));
        QVERIFY_OK(found);
        QVERIFY(found.value->has_value());
        QCOMPARE(found.value->value().name, QStringLiteral("Termék 130"));
        QCOMPARE(found.value->value().description, QStringLiteral("Leírás 130"));
        QCOMPARE(fake.receiver.requestCount(), 2); // page 1 and page 2 of 100
        QCOMPARE(parseTarget(fake.receiver.requests().at(1).target).param(QStringLiteral("page")), QStringLiteral("2"));

        AWAIT(missing, adapter->getPart(QStringLiteral("BG-999")));
        QVERIFY_OK(missing);
        QVERIFY(!missing.value->has_value());
        QCOMPARE(fake.receiver.requestCount(), 4);
    }

    void billingoCreatesWithMarkerAndExactPrices()
    {
        FakeBillingo fake;
        const auto adapter = billingo(fake);
        RemotePart huf;
        huf.partNumber = QStringLiteral("GD-100");
        huf.name = QStringLiteral("Garázskapu rugó");
        huf.description = QStringLiteral("Erősített");
        huf.unit = QStringLiteral("db");
        huf.vatCode = QStringLiteral("27%");
        huf.unitPriceMinor = 4500000;
        huf.currency = QStringLiteral("HUF");
        huf.stockQuantity = 3; // Billingo has no stock field
        AWAIT(created, adapter->createPart(huf));
        QVERIFY_OK(created);
        QCOMPARE(created.value->externalId, QStringLiteral("1001"));
        QCOMPARE(created.value->partNumber, QStringLiteral("GD-100"));
        QCOMPARE(created.value->unitPriceMinor, std::optional<qint64>(4500000));
        const ReceivedRequest request = fake.receiver.requests().constLast();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(parseTarget(request.target).path, QStringLiteral("/v3/products"));
        QVERIFY2(request.body.contains("\"net_unit_price\":4500000"), request.body.constData());
        QCOMPARE(jsonOf(request.body), (QJsonObject{{QStringLiteral("name"), QStringLiteral("Garázskapu rugó")},
                                                    {QStringLiteral("comment"), QStringLiteral("Erősített\nPN:GD-100")},
                                                    {QStringLiteral("unit"), QStringLiteral("db")},
                                                    {QStringLiteral("vat"), QStringLiteral("27%")},
                                                    {QStringLiteral("net_unit_price"), 4500000},
                                                    {QStringLiteral("currency"), QStringLiteral("HUF")}}));

        RemotePart eur = huf;
        eur.partNumber = QStringLiteral("EU-7");
        eur.description.clear();
        eur.unitPriceMinor = 1299950;
        eur.currency = QStringLiteral("EUR");
        AWAIT(createdEur, adapter->createPart(eur));
        QVERIFY_OK(createdEur);
        const QByteArray eurBody = fake.receiver.requests().constLast().body;
        QVERIFY2(eurBody.contains("\"net_unit_price\":12999.5"), eurBody.constData());
        QVERIFY2(eurBody.contains("\"comment\":\"PN:EU-7\""), eurBody.constData());
        QCOMPARE(createdEur.value->unitPriceMinor, std::optional<qint64>(1299950));
        QCOMPARE(createdEur.value->currency, QStringLiteral("EUR"));
    }

    void billingoUpdatePutsTheFullRecord()
    {
        FakeBillingo fake;
        fake.add(QStringLiteral("Rugó"), QStringLiteral("Régi leírás\nPN:GD-100"), 45000);
        const auto adapter = billingo(fake);
        AWAIT(read, adapter->getPart(QStringLiteral("GD-100")));
        QVERIFY_OK(read);
        RemotePart part = read.value->value();
        part.name = QStringLiteral("Garázskapu rugó");
        part.description = QStringLiteral("Új leírás");
        part.unitPriceMinor = 47000;
        const int before = fake.receiver.requestCount();
        AWAIT(updated, adapter->updatePart(part, QStringLiteral("ignored-no-etags")));
        QVERIFY_OK(updated);

        const QList<ReceivedRequest> requests = fake.receiver.requests().mid(before);
        QCOMPARE(requests.size(), 2); // the current record, then the replacement
        QCOMPARE(requests.at(0).method, QByteArray("GET"));
        QCOMPARE(parseTarget(requests.at(0).target).path, QStringLiteral("/v3/products/1001"));
        QCOMPARE(requests.at(1).method, QByteArray("PUT"));
        QCOMPARE(parseTarget(requests.at(1).target).path, QStringLiteral("/v3/products/1001"));
        QVERIFY(requests.at(1).header("If-Match").isEmpty());
        QCOMPARE(jsonOf(requests.at(1).body),
                 (QJsonObject{{QStringLiteral("name"), QStringLiteral("Garázskapu rugó")},
                              {QStringLiteral("comment"), QStringLiteral("Új leírás\nPN:GD-100")},
                              {QStringLiteral("currency"), QStringLiteral("HUF")},
                              {QStringLiteral("vat"), QStringLiteral("27%")},
                              {QStringLiteral("net_unit_price"), 47000},
                              {QStringLiteral("unit"), QStringLiteral("db")},
                              // not mapped by GarageReg, kept through the full replace
                              {QStringLiteral("general_ledger_number"), QStringLiteral("911")},
                              {QStringLiteral("general_ledger_taxcode"), QStringLiteral("T27")},
                              {QStringLiteral("entitlement"), QStringLiteral("AAM")}}));
        QCOMPARE(fake.products.constFirst().value(QStringLiteral("general_ledger_number")).toString(),
                 QStringLiteral("911"));
        QCOMPARE(updated.value->description, QStringLiteral("Új leírás"));
        QCOMPARE(updated.value->partNumber, QStringLiteral("GD-100"));
        QCOMPARE(updated.value->unitPriceMinor, std::optional<qint64>(47000));

        // Nothing changed: the current record is read, nothing is written.
        const int beforeSame = fake.receiver.requestCount();
        AWAIT(same, adapter->updatePart(*updated.value, QString()));
        QVERIFY_OK(same);
        QCOMPARE(fake.receiver.requestCount(), beforeSame + 1);
        QCOMPARE(fake.receiver.requests().constLast().method, QByteArray("GET"));
    }

    // --- Errors -----------------------------------------------------------------------

    void rateLimitedWithRetryAfter()
    {
        FakeBillingo fake;
        QByteArray retryAfter = "7";
        fake.override = [&retryAfter](const ReceivedRequest &) -> std::optional<ScriptedResponse> {
            HttpHeaders headers;
            if (!retryAfter.isEmpty())
                headers.append({QByteArrayLiteral("Retry-After"), retryAfter});
            return jsonResponse(429,
                                QJsonObject{
                                    {QStringLiteral("error"),
                                     QJsonObject{{QStringLiteral("message"), QStringLiteral("Too Many Attempts.")}}}},
                                headers);
        };
        const auto adapter = billingo(fake);
        AWAIT(seconds, adapter->listParts(PartQuery{}));
        QCOMPARE_CATEGORY(seconds, ErpErrorCategory::RateLimited);
        QCOMPARE(seconds.error.httpStatus, std::optional<int>(429));
        QCOMPARE(seconds.error.retryAfterSeconds, std::optional<qint64>(7));
        QVERIFY(seconds.error.isRetryable());
        QVERIFY(seconds.error.rawMessage.contains(QStringLiteral("Too Many Attempts.")));

        // An HTTP-date, counted from the injected clock (08:30:00.125) and rounded up.
        retryAfter = "Thu, 15 Jan 2026 08:31:00 GMT";
        AWAIT(date, adapter->listParts(PartQuery{}));
        QCOMPARE_CATEGORY(date, ErpErrorCategory::RateLimited);
        QCOMPARE(date.error.retryAfterSeconds, std::optional<qint64>(60));

        // None: X-RateLimit-Reset says when.
        retryAfter.clear();
        AWAIT(reset, adapter->listParts(PartQuery{}));
        QCOMPARE_CATEGORY(reset, ErpErrorCategory::RateLimited);
        QCOMPARE(reset.error.retryAfterSeconds, std::optional<qint64>(30));
    }

    void serverErrorsAreRetryable()
    {
        FakeBusinessCentral bc;
        bc.override = [](const ReceivedRequest &) -> std::optional<ScriptedResponse> {
            ScriptedResponse response =
                jsonResponse(503,
                             QJsonObject{{QStringLiteral("error"),
                                          QJsonObject{{QStringLiteral("code"), QStringLiteral("ServiceUnavailable")},
                                                      {QStringLiteral("message"),
                                                       QStringLiteral("The service is temporarily unavailable.")}}}},
                             {{"Retry-After", "12"}});
            return response;
        };
        const auto adapter = businessCentral(bc);
        AWAIT(result, adapter->getPart(QStringLiteral("GD-100")));
        QCOMPARE_CATEGORY(result, ErpErrorCategory::Server);
        QCOMPARE(result.error.httpStatus, std::optional<int>(503));
        QCOMPARE(result.error.retryAfterSeconds, std::optional<qint64>(12));
        QVERIFY(result.error.isRetryable());
        QVERIFY(result.error.message.contains(QStringLiteral("temporarily unavailable")));
    }

    void validationErrorsKeepTheServersWords()
    {
        FakeBillingo fake;
        const auto adapter = billingo(fake);
        RemotePart part;
        part.partNumber = QStringLiteral("GD-1");
        part.name = QString(); // missing
        part.vatCode = QStringLiteral("99%");
        part.unit = QStringLiteral("db");
        part.unitPriceMinor = 100;
        part.currency = QStringLiteral("HUF");
        AWAIT(result, adapter->createPart(part));
        QCOMPARE_CATEGORY(result, ErpErrorCategory::Validation);
        QCOMPARE(result.error.httpStatus, std::optional<int>(422));
        QVERIFY(!result.error.isRetryable());
        QVERIFY2(result.error.rawMessage.contains(QStringLiteral("\"field\":\"vat\"")),
                 describe(result.error).constData());
        QVERIFY(result.error.rawMessage.contains(QStringLiteral("The name field is required.")));
        QVERIFY2(result.error.message.contains(QStringLiteral("name: The name field is required.")),
                 describe(result.error).constData());
        QVERIFY(result.error.message.contains(QStringLiteral("vat: The selected vat is invalid.")));
    }

    // Issue 9: ERP calls go out under the outbound policy too. Refused, nothing
    // is sent and the error is a configuration error (not retried); allowed, the
    // request goes to the checked address with the name kept in the Host header.
    void outboundPolicyAppliesToErpRequests()
    {
        FakeBillingo fake;
        OutboundPolicy policy;
        policy.refusePrivate = true;
        OutboundGuard strict(policy);
        m_guard = &strict;
        const auto refused = billingo(fake);
        AWAIT(result, refused->testConnection());
        QCOMPARE_CATEGORY(result, ErpErrorCategory::Configuration);
        QVERIFY2(result.error.message.contains(QLatin1String("refuse-private")), qPrintable(result.error.message));
        QCOMPARE(fake.receiver.requestCount(), 0);

        policy.allowNetworks = {QStringLiteral("127.0.0.0/8")};
        OutboundGuard allowing(policy);
        m_guard = &allowing;
        QString byName = fake.endpoint();
        byName.replace(QLatin1String("127.0.0.1"), QLatin1String("localhost"));
        const auto allowed = make(createBillingoAdapter, QStringLiteral("billingo"), byName, {}, billingoKey);
        AWAIT(allowedResult, allowed->testConnection());
        QVERIFY2(allowedResult.ok(), describe(allowedResult.error).constData());
        QCOMPARE(fake.receiver.requestCount(), 1);
        QCOMPARE(fake.receiver.requests().constFirst().header("Host"),
                 QByteArray("localhost:") + QByteArray::number(fake.receiver.port()));
        m_guard = nullptr;
    }

    void authenticationFailuresNeverShowTheCredential()
    {
        FakeBillingo fake;
        const QByteArray wrongKey = "wrong-key-0123456789";
        const auto adapter = billingo(fake, {}, wrongKey);
        AWAIT(result, adapter->testConnection());
        QCOMPARE_CATEGORY(result, ErpErrorCategory::Authentication);
        QCOMPARE(result.error.httpStatus, std::optional<int>(401));
        QCOMPARE(fake.receiver.requests().constFirst().header("X-API-KEY"), wrongKey); // it was sent ...
        const QString key = QString::fromUtf8(wrongKey);
        QVERIFY(!result.error.message.contains(key)); // ... and never shown, though the server echoed it
        QVERIFY(!result.error.rawMessage.contains(key));
        QVERIFY(result.error.rawMessage.contains(QStringLiteral("[redacted]")));

        FakeBusinessCentral bc;
        const QByteArray wrongToken = "expired-token-abcdef";
        const auto bcAdapter = businessCentral(bc, {}, wrongToken);
        AWAIT(bcResult, bcAdapter->listParts(PartQuery{}));
        QCOMPARE_CATEGORY(bcResult, ErpErrorCategory::Authentication);
        QCOMPARE(bc.receiver.requests().constFirst().header("Authorization"), "Bearer " + wrongToken);
        QVERIFY(!bcResult.error.message.contains(QString::fromUtf8(wrongToken)));
        QVERIFY(!bcResult.error.rawMessage.contains(QString::fromUtf8(wrongToken)));
        QVERIFY(bcResult.error.rawMessage.contains(QStringLiteral("Authentication_InvalidCredentials")));

        // 403 is authentication too.
        bc.override = [](const ReceivedRequest &) -> std::optional<ScriptedResponse> {
            return jsonResponse(403, QJsonObject{
                                         {QStringLiteral("error"),
                                          QJsonObject{{QStringLiteral("code"),
                                                       QStringLiteral("Authorization_ForbiddenPermissions")},
                                                      {QStringLiteral("message"), QStringLiteral("No permission.")}}}});
        };
        AWAIT(forbidden, bcAdapter->listParts(PartQuery{}));
        QCOMPARE_CATEGORY(forbidden, ErpErrorCategory::Authentication);

        // No credential at all: nothing is sent.
        FakeBillingo empty;
        const auto noKey = billingo(empty, {}, QByteArray());
        AWAIT(none, noKey->listParts(PartQuery{}));
        QCOMPARE_CATEGORY(none, ErpErrorCategory::Authentication);
        QCOMPARE(empty.receiver.requestCount(), 0);
    }

    void paymentRequiredIsConfiguration()
    {
        FakeBillingo fake;
        fake.override = [](const ReceivedRequest &) -> std::optional<ScriptedResponse> {
            return jsonResponse(402, QJsonObject{{QStringLiteral("error"),
                                                  QJsonObject{{QStringLiteral("message"),
                                                               QStringLiteral("Subscription required.")}}}});
        };
        const auto adapter = billingo(fake);
        AWAIT(result, adapter->listParts(PartQuery{}));
        QCOMPARE_CATEGORY(result, ErpErrorCategory::Configuration);
        QCOMPARE(result.error.httpStatus, std::optional<int>(402));
        QVERIFY(result.error.message.contains(QStringLiteral("subscription")));
        QVERIFY(!result.error.isRetryable());
    }

    void timeoutCoversTheWholeRequest()
    {
        FakeBusinessCentral bc;
        bc.override = [](const ReceivedRequest &) -> std::optional<ScriptedResponse> {
            return behave(Behaviour::NeverAnswer);
        };
        const auto adapter = businessCentral(bc, {{QStringLiteral("timeout_seconds"), 0.4}});
        QElapsedTimer elapsed;
        elapsed.start();
        AWAIT(result, adapter->listParts(PartQuery{}));
        QCOMPARE_CATEGORY(result, ErpErrorCategory::Timeout);
        QVERIFY(result.error.isRetryable());
        QVERIFY(!result.error.httpStatus);
        QVERIFY2(elapsed.elapsed() >= 380 && elapsed.elapsed() < 5000,
                 QByteArray::number(elapsed.elapsed()).constData());

        // A body that trickles in is held to the same limit.
        bc.override = [](const ReceivedRequest &) -> std::optional<ScriptedResponse> {
            return behave(Behaviour::Trickle);
        };
        elapsed.restart();
        AWAIT(trickle, adapter->listParts(PartQuery{}));
        QCOMPARE_CATEGORY(trickle, ErpErrorCategory::Timeout);
        QVERIFY2(elapsed.elapsed() < 5000, QByteArray::number(elapsed.elapsed()).constData());
    }

    void refusedConnectionIsNetwork()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.serverPort();
        server.close();
        const auto adapter = make(createBillingoAdapter, QStringLiteral("billingo"),
                                  QStringLiteral("http://127.0.0.1:%1/v3").arg(port), {}, billingoKey);
        AWAIT(result, adapter->listParts(PartQuery{}));
        QCOMPARE_CATEGORY(result, ErpErrorCategory::Network);
        QVERIFY(result.error.isRetryable());
        QVERIFY(!result.error.httpStatus);
        QVERIFY(!result.error.message.contains(QString::fromUtf8(billingoKey)));

        // TLS is never skipped: a server that does not speak it fails the handshake.
        FakeBillingo plain;
        const auto tls = make(createBillingoAdapter, QStringLiteral("billingo"),
                              QStringLiteral("https://127.0.0.1:%1/v3").arg(plain.receiver.port()), {}, billingoKey);
        AWAIT(handshake, tls->listParts(PartQuery{}));
        QCOMPARE_CATEGORY(handshake, ErpErrorCategory::Network);
        QVERIFY(!handshake.error.httpStatus);
        QCOMPARE(plain.receiver.requestCount(), 0);

        // A connection closed in the middle of the body is a network failure too.
        FakeBillingo fake;
        fake.override = [](const ReceivedRequest &) -> std::optional<ScriptedResponse> {
            ScriptedResponse response = behave(Behaviour::CloseMidBody);
            response.body = QByteArray(4096, 'x');
            return response;
        };
        const auto closing = billingo(fake);
        AWAIT(cut, closing->listParts(PartQuery{}));
        QCOMPARE_CATEGORY(cut, ErpErrorCategory::Network);
    }

    void redirectsAreNotFollowed()
    {
        FakeBusinessCentral bc;
        LoopbackReceiver elsewhere;
        bc.override = [&elsewhere](const ReceivedRequest &) -> std::optional<ScriptedResponse> {
            ScriptedResponse response;
            response.status = 302;
            response.headers = {{"Location", elsewhere.url(QStringLiteral("/login")).toEncoded()}};
            return response;
        };
        const auto adapter = businessCentral(bc);
        AWAIT(result, adapter->listParts(PartQuery{}));
        QCOMPARE_CATEGORY(result, ErpErrorCategory::Configuration);
        QCOMPARE(result.error.httpStatus, std::optional<int>(302));
        QVERIFY(result.error.message.contains(QStringLiteral("not followed")));
        QCOMPARE(elsewhere.requestCount(), 0);
    }

    void responseBodiesAreBounded()
    {
        FakeBillingo fake;
        fake.override = [](const ReceivedRequest &) -> std::optional<ScriptedResponse> {
            return behave(Behaviour::EndlessBody);
        };
        const auto adapter = billingo(fake, {{QStringLiteral("timeout_seconds"), 60}});
        AWAIT(result, adapter->listParts(PartQuery{}));
        QCOMPARE_CATEGORY(result, ErpErrorCategory::Server);
        QVERIFY2(result.error.message.contains(QStringLiteral("8 MiB")), describe(result.error).constData());
    }

    void unexpectedBodiesAreServerErrors()
    {
        FakeBillingo fake;
        fake.override = [](const ReceivedRequest &) -> std::optional<ScriptedResponse> {
            ScriptedResponse response;
            response.body = "<html>maintenance</html>";
            return response;
        };
        const auto adapter = billingo(fake);
        AWAIT(result, adapter->listParts(PartQuery{}));
        QCOMPARE_CATEGORY(result, ErpErrorCategory::Server);
        QVERIFY(result.error.rawMessage.contains(QStringLiteral("maintenance")));
    }

    // --- Money ------------------------------------------------------------------------

    void moneyConversion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor"); // -1: rejected
        QTest::newRow("EUR cents") << QStringLiteral("12999.50") << QStringLiteral("EUR") << qint64(1299950);
        QTest::newRow("EUR one decimal") << QStringLiteral("12999.5") << QStringLiteral("EUR") << qint64(1299950);
        QTest::newRow("EUR whole") << QStringLiteral("7") << QStringLiteral("EUR") << qint64(700);
        QTest::newRow("EUR trailing zero") << QStringLiteral("12.340") << QStringLiteral("EUR") << qint64(1234);
        QTest::newRow("EUR three decimals") << QStringLiteral("12.345") << QStringLiteral("EUR") << qint64(-1);
        QTest::newRow("EUR 0.1 + 0.2 trap") << QStringLiteral("0.30") << QStringLiteral("EUR") << qint64(30);
        QTest::newRow("EUR cent") << QStringLiteral("0.01") << QStringLiteral("EUR") << qint64(1);
        QTest::newRow("HUF whole") << QStringLiteral("4500000") << QStringLiteral("HUF") << qint64(4500000);
        QTest::newRow("HUF .00") << QStringLiteral("4500000.00") << QStringLiteral("HUF") << qint64(4500000);
        QTest::newRow("HUF fillér") << QStringLiteral("12.5") << QStringLiteral("HUF") << qint64(-1);
        QTest::newRow("KWD three") << QStringLiteral("1.234") << QStringLiteral("KWD") << qint64(1234);
        QTest::newRow("not a number") << QStringLiteral("12,50") << QStringLiteral("EUR") << qint64(-1);
        QTest::newRow("exponent") << QStringLiteral("1e5") << QStringLiteral("EUR") << qint64(-1);
        QTest::newRow("empty fraction") << QStringLiteral("12.") << QStringLiteral("EUR") << qint64(-1);
        QTest::newRow("too large") << QStringLiteral("99999999999999999") << QStringLiteral("EUR") << qint64(-1);
        QTest::newRow("largest") << QStringLiteral("9999999999999.99") << QStringLiteral("EUR")
                                 << qint64(999999999999999);
    }

    void moneyConversion()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        const int decimals = RestJsonProfile::defaultDecimalsOf(currency);
        QString problem;
        const std::optional<qint64> parsed = RestJsonProfile::parseDecimal(text, decimals, &problem);
        if (minor < 0) {
            QVERIFY(!parsed);
            QVERIFY(!problem.isEmpty());
            return;
        }
        QVERIFY2(parsed, qPrintable(problem));
        QCOMPARE(*parsed, minor);
        // Back again: the canonical text with exactly the currency's decimals.
        const QString formatted = RestJsonProfile::formatDecimal(minor, decimals);
        QCOMPARE(RestJsonProfile::parseDecimal(formatted, decimals), std::optional<qint64>(minor));
        if (decimals == 2)
            QCOMPARE(formatted.section(QLatin1Char('.'), 1).size(), 2);
        if (decimals == 0)
            QVERIFY(!formatted.contains(QLatin1Char('.')));
    }

    void moneyFormatting()
    {
        QCOMPARE(RestJsonProfile::formatDecimal(1299950, 2), QStringLiteral("12999.50"));
        QCOMPARE(RestJsonProfile::formatDecimal(5, 2), QStringLiteral("0.05"));
        QCOMPARE(RestJsonProfile::formatDecimal(-5, 2), QStringLiteral("-0.05"));
        QCOMPARE(RestJsonProfile::formatDecimal(4500000, 0), QStringLiteral("4500000"));
        QCOMPARE(RestJsonProfile::defaultDecimalsOf(QStringLiteral("HUF")), 0);
        QCOMPARE(RestJsonProfile::defaultDecimalsOf(QStringLiteral("EUR")), 2);
    }

    // One record the adapter cannot read exactly does not fail its page (rule 10):
    // it comes back as a problem for the sync log, the others as usual.
    void unreadableRecordTravelsAsAProblem()
    {
        FakeBusinessCentral bc;
        bc.add(QStringLiteral("GD-OK"), QStringLiteral("Rendben"), 12.5, 1, QDateTime::currentDateTimeUtc());
        bc.add(QStringLiteral("GD-BAD"), QStringLiteral("Hibás ár"), 12.345, 1, QDateTime::currentDateTimeUtc());
        const auto adapter = businessCentral(bc, {{QStringLiteral("currency"), QStringLiteral("EUR")}});
        AWAIT(page, adapter->listParts(PartQuery{}));
        QVERIFY_OK(page);
        QCOMPARE(page.value->parts.size(), 2);
        int problems = 0;
        for (const RemotePart &part : page.value->parts) {
            if (part.partNumber == QLatin1String("GD-BAD")) {
                ++problems;
                QVERIFY2(part.problem.contains(QStringLiteral("unitPrice")), qPrintable(part.problem));
            } else {
                QVERIFY(part.problem.isEmpty());
                QCOMPARE(part.unitPriceMinor, std::optional<qint64>(1250));
            }
        }
        QCOMPARE(problems, 1);
    }

    void remotePriceWithTooManyDecimalsIsRejected()
    {
        FakeBusinessCentral bc;
        bc.add(QStringLiteral("GD-EUR"), QStringLiteral("Euro item"), 12.345, 1, QDateTime::currentDateTimeUtc());
        const auto adapter = businessCentral(bc, {{QStringLiteral("currency"), QStringLiteral("EUR")}});
        AWAIT(result, adapter->getPart(QStringLiteral("GD-EUR")));
        QCOMPARE_CATEGORY(result, ErpErrorCategory::Validation);
        QVERIFY2(result.error.message.contains(QStringLiteral("unitPrice")), describe(result.error).constData());
        QVERIFY(result.error.message.contains(QStringLiteral("GD-EUR")));
        QCOMPARE(result.error.rawMessage, QStringLiteral("12.345"));

        // Two decimals are fine, and come back as cents.
        bc.items.first().insert(QStringLiteral("unitPrice"), 12999.5);
        AWAIT(fine, adapter->getPart(QStringLiteral("GD-EUR")));
        QVERIFY_OK(fine);
        QCOMPARE(fine.value->value().unitPriceMinor, std::optional<qint64>(1299950));
        QCOMPARE(fine.value->value().currency, QStringLiteral("EUR"));

        // A part in another currency than the company's is not written.
        RemotePart huf = fine.value->value();
        huf.currency = QStringLiteral("HUF");
        huf.unitPriceMinor = 4500000;
        const int before = bc.receiver.requestCount();
        AWAIT(wrongCurrency, adapter->updatePart(huf, huf.etag));
        QCOMPARE_CATEGORY(wrongCurrency, ErpErrorCategory::Validation);
        QVERIFY(wrongCurrency.error.message.contains(QStringLiteral("EUR")));
        QCOMPARE(bc.receiver.requestCount(), before);
    }

    // --- Generic profile ---------------------------------------------------------------

    void genericProfileFromSettings()
    {
        FakeGenericApi api;
        api.parts = {
            QJsonObject{{QStringLiteral("key"), QStringLiteral("k1")},
                        {QStringLiteral("sku"), QStringLiteral("A-1")},
                        {QStringLiteral("title"), QStringLiteral("Első")},
                        {QStringLiteral("notes"), QStringLiteral("n1")},
                        {QStringLiteral("price"), QStringLiteral("12999.50")},
                        {QStringLiteral("currency"), QStringLiteral("EUR")},
                        {QStringLiteral("tax"), QStringLiteral("S")},
                        {QStringLiteral("on_hand"), 4},
                        {QStringLiteral("updated"), 1768000000},
                        {QStringLiteral("version"), 1}},
            QJsonObject{{QStringLiteral("key"), QStringLiteral("k2")},
                        {QStringLiteral("sku"), QStringLiteral("A-2")},
                        {QStringLiteral("title"), QStringLiteral("Második")},
                        {QStringLiteral("price"), QStringLiteral("5")},
                        {QStringLiteral("currency"), QStringLiteral("HUF")},
                        {QStringLiteral("updated"), 1768000500},
                        {QStringLiteral("version"), 1}},
            QJsonObject{{QStringLiteral("key"), QStringLiteral("k3")},
                        {QStringLiteral("sku"), QStringLiteral("A-3")},
                        {QStringLiteral("title"), QStringLiteral("Harmadik")},
                        {QStringLiteral("updated"), 1768000900},
                        {QStringLiteral("version"), 1}},
        };
        const auto adapter = generic(api.endpoint(), genericProfile());
        QCOMPARE(adapter->providerName(), QStringLiteral("rest-json"));
        const ErpCapabilities capabilities = adapter->capabilities();
        QVERIFY(capabilities.deltaQueries);
        QVERIFY(capabilities.etags);
        QVERIFY(capabilities.writableStock);
        QVERIFY(capabilities.naturalKeyLookup);

        PartQuery query;
        query.modifiedSince = QDateTime::fromSecsSinceEpoch(1768000100, Qt::UTC);
        query.pageSize = 1;
        AWAIT(first, adapter->listParts(query));
        QVERIFY_OK(first);
        QCOMPARE(first.value->parts.size(), 1);
        QCOMPARE(first.value->parts.constFirst().partNumber, QStringLiteral("A-2"));
        QCOMPARE(first.value->parts.constFirst().unitPriceMinor, std::optional<qint64>(5));
        QCOMPARE(first.value->nextPageToken, QStringLiteral("1"));
        const Target target = parseTarget(api.receiver.requests().constLast().target);
        QCOMPARE(target.path, QStringLiteral("/api/parts"));
        QCOMPARE(target.param(QStringLiteral("updated_after")), QStringLiteral("1768000100"));
        QCOMPARE(target.param(QStringLiteral("offset")), QStringLiteral("0"));
        QCOMPARE(target.param(QStringLiteral("limit")), QStringLiteral("1"));
        QCOMPARE(api.receiver.requests().constLast().header("Authorization"), QByteArray("token generic-key-1234"));
        query.pageToken = first.value->nextPageToken;
        AWAIT(second, adapter->listParts(query));
        QVERIFY_OK(second);
        QCOMPARE(second.value->parts.constFirst().partNumber, QStringLiteral("A-3"));
        QVERIFY(second.value->nextPageToken.isEmpty()); // count says 2
        QCOMPARE(second.value->parts.constFirst().modifiedAt, QDateTime::fromSecsSinceEpoch(1768000900, Qt::UTC));

        AWAIT(found, adapter->getPart(QStringLiteral("A-1")));
        QVERIFY_OK(found);
        QVERIFY(found.value->has_value());
        RemotePart part = found.value->value();
        QCOMPARE(parseTarget(api.receiver.requests().constLast().target).param(QStringLiteral("sku")),
                 QStringLiteral("A-1"));
        QCOMPARE(part.unitPriceMinor, std::optional<qint64>(1299950));
        QCOMPARE(part.description, QStringLiteral("n1"));
        QCOMPARE(part.stockQuantity, std::optional<qint64>(4));

        // PATCH with the ETag from the header; the price goes out as a string, the stock is writable.
        part.unitPriceMinor = 1300000;
        part.stockQuantity = 6;
        AWAIT(updated, adapter->updatePart(part, QStringLiteral("\"v1\"")));
        QVERIFY_OK(updated);
        const ReceivedRequest patch = api.receiver.requests().constLast();
        QCOMPARE(patch.method, QByteArray("PATCH"));
        QCOMPARE(parseTarget(patch.target).path, QStringLiteral("/api/parts/k1"));
        QCOMPARE(patch.header("If-Match"), QByteArray("\"v1\""));
        QCOMPARE(jsonOf(patch.body),
                 (QJsonObject{{QStringLiteral("price"), QStringLiteral("13000.00")}, {QStringLiteral("on_hand"), 6}}));
        QCOMPARE(updated.value->etag, QStringLiteral("\"v2\"")); // from the 204's ETag header
        QCOMPARE(updated.value->unitPriceMinor, std::optional<qint64>(1300000));
        QCOMPARE(updated.value->stockQuantity, std::optional<qint64>(6));

        AWAIT(stale, adapter->updatePart(part, QStringLiteral("\"v1\"")));
        QCOMPARE_CATEGORY(stale, ErpErrorCategory::Conflict);
    }

    void genericProfileWithBasicAuth()
    {
        FakeGenericApi api;
        api.expectedAuthorization = "Basic " + QByteArray("erp-user:pässword-1").toBase64();
        QJsonObject profile = genericProfile();
        profile.insert(QStringLiteral("auth"), QJsonObject{{QStringLiteral("type"), QStringLiteral("basic")}});
        const auto adapter = generic(api.endpoint(), profile, QByteArray("erp-user:pässword-1"));
        AWAIT(result, adapter->testConnection());
        QVERIFY_OK(result);
        QVERIFY2(result.value->contains(QStringLiteral("Acme ERP")), qPrintable(*result.value));
        QVERIFY(result.value->contains(QStringLiteral("127.0.0.1")));
    }

    void settingsInPathsStayOneSegment()
    {
        LoopbackReceiver receiver;
        receiver.setDefaultResponse(jsonResponse(200, QJsonObject{{QStringLiteral("items"), QJsonArray()}}));
        QJsonObject profile = genericProfile();
        profile.insert(QStringLiteral("paths"),
                       QJsonObject{{QStringLiteral("list"), QStringLiteral("tenants/{tenant}/parts")},
                                   {QStringLiteral("item"), QStringLiteral("tenants/{tenant}/parts/{id}")}});
        const auto adapter =
            make(createRestJsonAdapter, QStringLiteral("rest-json"), receiver.url(QStringLiteral("/api/")).toString(),
                 {{QStringLiteral("profile"), profile}, {QStringLiteral("tenant"), QStringLiteral("a/b c")}},
                 "generic-key-1234");
        AWAIT(listed, adapter->listParts(PartQuery{}));
        QVERIFY_OK(listed);
        QCOMPARE(receiver.requests().constLast().target, QByteArray("/api/tenants/a%2Fb%20c/parts?offset=0&limit=50"));

        RemotePart part;
        part.externalId = QStringLiteral("x/../y");
        part.partNumber = QStringLiteral("A-1");
        part.name = QStringLiteral("n");
        AWAIT(updated, adapter->updatePart(part, QString()));
        QVERIFY_OK(updated);
        QCOMPARE(receiver.requests().constLast().method, QByteArray("PATCH"));
        QCOMPARE(receiver.requests().constLast().target, QByteArray("/api/tenants/a%2Fb%20c/parts/x%2F..%2Fy"));
    }

    void badProfilesNameTheSetting_data()
    {
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<QString>("expected");
        const QJsonObject good = genericProfile();
        const auto with = [&good](const QString &key, const QJsonValue &value) {
            QJsonObject profile = good;
            if (value.isUndefined())
                profile.remove(key);
            else
                profile.insert(key, value);
            return QJsonObject{{QStringLiteral("profile"), profile}};
        };
        const auto withField = [&good](const QString &key, const QJsonValue &value) {
            QJsonObject profile = good;
            QJsonObject fields = profile.value(QStringLiteral("fields")).toObject();
            if (value.isUndefined())
                fields.remove(key);
            else
                fields.insert(key, value);
            profile.insert(QStringLiteral("fields"), fields);
            return QJsonObject{{QStringLiteral("profile"), profile}};
        };
        QTest::newRow("no profile") << QJsonObject() << QStringLiteral("setting profile");
        QTest::newRow("profile not JSON") << QJsonObject{{QStringLiteral("profile"), QStringLiteral("{nope")}}
                                          << QStringLiteral("setting profile is not a JSON object");
        QTest::newRow("paging style") << with(QStringLiteral("paging"),
                                              QJsonObject{{QStringLiteral("style"), QStringLiteral("pages")}})
                                      << QStringLiteral("profile.paging.style");
        QTest::newRow("auth type") << with(QStringLiteral("auth"),
                                           QJsonObject{{QStringLiteral("type"), QStringLiteral("oauth")}})
                                   << QStringLiteral("profile.auth.type");
        QTest::newRow("no auth") << with(QStringLiteral("auth"), QJsonValue::Undefined)
                                 << QStringLiteral("profile.auth");
        QTest::newRow("api key header") << with(QStringLiteral("auth"),
                                                QJsonObject{{QStringLiteral("type"), QStringLiteral("api_key")}})
                                        << QStringLiteral("profile.auth.header");
        QTest::newRow("no paths") << with(QStringLiteral("paths"), QJsonValue::Undefined)
                                  << QStringLiteral("profile.paths");
        QTest::newRow("item path without id")
            << with(QStringLiteral("paths"), QJsonObject{{QStringLiteral("list"), QStringLiteral("parts")},
                                                         {QStringLiteral("item"), QStringLiteral("parts/x")}})
            << QStringLiteral("profile.paths.item");
        QTest::newRow("absolute path") << with(QStringLiteral("paths"),
                                               QJsonObject{{QStringLiteral("list"), QStringLiteral("/parts")},
                                                           {QStringLiteral("item"), QStringLiteral("parts/{id}")}})
                                       << QStringLiteral("profile.paths.list");
        QTest::newRow("price not a key") << withField(QStringLiteral("price"), 12)
                                         << QStringLiteral("profile.fields.price");
        QTest::newRow("price format") << withField(QStringLiteral("price"),
                                                   QJsonObject{{QStringLiteral("field"), QStringLiteral("price")},
                                                               {QStringLiteral("format"), QStringLiteral("float")}})
                                      << QStringLiteral("profile.fields.price.format");
        QTest::newRow("no part number") << withField(QStringLiteral("part_number"), QJsonValue::Undefined)
                                        << QStringLiteral("profile.fields.part_number");
        QTest::newRow("no name") << withField(QStringLiteral("name"), QJsonValue::Undefined)
                                 << QStringLiteral("profile.fields.name");
        QTest::newRow("fixed currency") << withField(QStringLiteral("currency"),
                                                     QJsonObject{{QStringLiteral("fixed"), QStringLiteral("euro")}})
                                        << QStringLiteral("profile.fields.currency.fixed");
        QTest::newRow("changes without since")
            << with(QStringLiteral("changes"),
                    QJsonObject{{QStringLiteral("field"), QStringLiteral("updated")},
                                {QStringLiteral("query"), QJsonObject{{QStringLiteral("x"), QStringLiteral("1")}}}})
            << QStringLiteral("profile.changes.query");
        QTest::newRow("lookup uses since")
            << with(QStringLiteral("lookup"),
                    QJsonObject{
                        {QStringLiteral("query"), QJsonObject{{QStringLiteral("sku"), QStringLiteral("{since}")}}}})
            << QStringLiteral("profile.lookup.query.sku");
        QTest::newRow("status category") << with(QStringLiteral("status_categories"),
                                                 QJsonObject{{QStringLiteral("402"), QStringLiteral("billing")}})
                                         << QStringLiteral("profile.status_categories.402");
        QTest::newRow("max page size") << with(QStringLiteral("paging"),
                                               QJsonObject{{QStringLiteral("style"), QStringLiteral("offset")},
                                                           {QStringLiteral("max_page_size"), 0}})
                                       << QStringLiteral("profile.paging.max_page_size");
        QTest::newRow("missing path setting")
            << with(QStringLiteral("paths"),
                    QJsonObject{{QStringLiteral("list"), QStringLiteral("tenants/{tenant_id}/parts")},
                                {QStringLiteral("item"), QStringLiteral("parts/{id}")}})
            << QStringLiteral("tenant_id");
        QJsonObject timeout{{QStringLiteral("profile"), good},
                            {QStringLiteral("timeout_seconds"), QStringLiteral("soon")}};
        QTest::newRow("timeout") << timeout << QStringLiteral("timeout_seconds");
    }

    void badProfilesNameTheSetting()
    {
        QFETCH(QJsonObject, settings);
        QFETCH(QString, expected);
        const QString message = creationError(createRestJsonAdapter, QStringLiteral("rest-json"),
                                              QStringLiteral("http://127.0.0.1:9/api"), settings);
        QVERIFY2(!message.isEmpty(), "the adapter was created");
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("credential-1234")));
    }

    void builtInProvidersNameMissingSettings()
    {
        const QString endpoint = QStringLiteral("http://127.0.0.1:9/api/v2.0");
        QString message = creationError(createBusinessCentralAdapter, QStringLiteral("microsoft-dynamics"), endpoint,
                                        {{QStringLiteral("currency"), QStringLiteral("HUF")}});
        QVERIFY2(message.contains(QStringLiteral("company_id")), qPrintable(message));
        message = creationError(createBusinessCentralAdapter, QStringLiteral("microsoft-dynamics"), endpoint,
                                {{QStringLiteral("company_id"), companyId}});
        QVERIFY2(message.contains(QStringLiteral("currency")), qPrintable(message));
        message = creationError(createBusinessCentralAdapter, QStringLiteral("microsoft-dynamics"), endpoint,
                                {{QStringLiteral("company_id"), companyId},
                                 {QStringLiteral("currency"), QStringLiteral("Ft")}});
        QVERIFY2(message.contains(QStringLiteral("currency")), qPrintable(message));
        message = creationError(createBusinessCentralAdapter, QStringLiteral("microsoft-dynamics"),
                                QStringLiteral("ftp://x/y"),
                                {{QStringLiteral("company_id"), companyId},
                                 {QStringLiteral("currency"), QStringLiteral("HUF")}});
        QVERIFY2(message.contains(QStringLiteral("endpoint URL")), qPrintable(message));
        message = creationError(createBusinessCentralAdapter, QStringLiteral("microsoft-dynamics"),
                                QStringLiteral("https://user:hunter22@example.com/api"),
                                {{QStringLiteral("company_id"), companyId},
                                 {QStringLiteral("currency"), QStringLiteral("HUF")}});
        QVERIFY2(message.contains(QStringLiteral("password")), qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("hunter22")));
        // Billingo has a well-known endpoint.
        QVERIFY(creationError(createBillingoAdapter, QStringLiteral("billingo"), QString(), {}).isEmpty());
    }

    void registryBuildsTheRestProviders()
    {
        FakeBusinessCentral bc;
        FakeBillingo fake;
        FakeGenericApi api;
        const ErpAdapterRegistry registry = ErpAdapterRegistry::withBuiltInProviders();
        const struct
        {
            QString provider;
            QString endpoint;
            QJsonObject settings;
        } cases[] = {
            {QStringLiteral("microsoft-dynamics"),
             bc.endpoint(),
             {{QStringLiteral("company_id"), companyId}, {QStringLiteral("currency"), QStringLiteral("HUF")}}},
            {QStringLiteral("billingo"), fake.endpoint(), {}},
            {QStringLiteral("rest-json"), api.endpoint(), {{QStringLiteral("profile"), genericProfile()}}},
        };
        for (const auto &[provider, endpoint, settings] : cases) {
            Integration integration;
            integration.name = provider;
            integration.type = IntegrationType::Erp;
            integration.provider = provider;
            integration.endpointUrl = endpoint;
            integration.settings = settings;
            const std::unique_ptr<ErpAdapter> adapter = registry.create(
                ErpAdapterContext{integration, "key-1234", *m_network, *m_clock});
            QVERIFY(adapter);
            QCOMPARE(adapter->providerName(), provider);
            QVERIFY(dynamic_cast<RestJsonAdapter *>(adapter.get()));
        }
    }

    void testConnectionDescribesWhatAnswered()
    {
        FakeBillingo fake;
        fake.add(QStringLiteral("a"), QStringLiteral("PN:1"), 1);
        fake.add(QStringLiteral("b"), QStringLiteral("PN:2"), 2);
        fake.add(QStringLiteral("c"), QStringLiteral("PN:3"), 3);
        const auto adapter = billingo(fake);
        AWAIT(result, adapter->testConnection());
        QVERIFY_OK(result);
        QVERIFY2(result.value->contains(QStringLiteral("Billingo")), qPrintable(*result.value));
        QVERIFY2(result.value->contains(QStringLiteral("3 part")), qPrintable(*result.value));
        QCOMPARE(parseTarget(fake.receiver.requests().constLast().target).param(QStringLiteral("per_page")),
                 QStringLiteral("1"));

        FakeBusinessCentral bc;
        const auto bcAdapter = businessCentral(bc);
        AWAIT(bcResult, bcAdapter->testConnection());
        QVERIFY_OK(bcResult);
        QVERIFY2(bcResult.value->contains(QStringLiteral("Business Central")), qPrintable(*bcResult.value));
        QCOMPARE(bc.receiver.requests().constLast().header("Prefer"), QByteArray("odata.maxpagesize=1"));
        QCOMPARE(bc.receiver.requests().constLast().header("Authorization"), "Bearer " + bcToken);
    }

    // --- Asynchrony -----------------------------------------------------------------------

    void futuresNeverFinishInsideTheCall()
    {
        FakeBusinessCentral bc;
        bc.add(QStringLiteral("GD-100"), QStringLiteral("Rugó"), 45000, 12, QDateTime::currentDateTimeUtc());
        const auto adapter = businessCentral(bc);
        AWAIT(read, adapter->getPart(QStringLiteral("GD-100")));
        QVERIFY_OK(read);
        const RemotePart part = read.value->value();

        RemotePart noId;
        noId.partNumber = QStringLiteral("X");
        RemotePart noNumber;
        RemotePart wrongCurrency = part;
        wrongCurrency.currency = QStringLiteral("EUR");

        const auto noCredential = businessCentral(bc, {}, QByteArray());
        QList<std::pair<const char *, QFuture<void>>> futures;
        {
            auto list = adapter->listParts(PartQuery{});
            auto test = adapter->testConnection();
            auto get = adapter->getPart(QStringLiteral("GD-100"));
            auto create = adapter->createPart(part);
            auto update = adapter->updatePart(part, part.etag);
            // Answered without a request, still later:
            auto unchanged = adapter->updatePart(part, part.etag); // nothing differs from raw
            auto emptyNumber = adapter->getPart(QString());
            auto withoutId = adapter->updatePart(noId, QString());
            auto withoutNumber = adapter->createPart(noNumber);
            auto currency = adapter->updatePart(wrongCurrency, part.etag);
            auto badToken = adapter->listParts(PartQuery{{}, QStringLiteral("https://elsewhere.example/x"), 10});
            auto unauthenticated = noCredential->listParts(PartQuery{});
            futures = {{"listParts", QFuture<void>(list)},
                       {"testConnection", QFuture<void>(test)},
                       {"getPart", QFuture<void>(get)},
                       {"createPart", QFuture<void>(create)},
                       {"updatePart", QFuture<void>(update)},
                       {"updatePart unchanged", QFuture<void>(unchanged)},
                       {"getPart empty", QFuture<void>(emptyNumber)},
                       {"updatePart without id", QFuture<void>(withoutId)},
                       {"createPart without number", QFuture<void>(withoutNumber)},
                       {"updatePart wrong currency", QFuture<void>(currency)},
                       {"listParts foreign token", QFuture<void>(badToken)},
                       {"listParts without credential", QFuture<void>(unauthenticated)}};
            for (const auto &[name, future] : std::as_const(futures))
                QVERIFY2(!future.isFinished(), name);
            AWAIT(unchangedResult, unchanged);
            QVERIFY_OK(unchangedResult);
            AWAIT(withoutIdResult, withoutId);
            QCOMPARE_CATEGORY(withoutIdResult, ErpErrorCategory::Validation);
            AWAIT(unauthenticatedResult, unauthenticated);
            QCOMPARE_CATEGORY(unauthenticatedResult, ErpErrorCategory::Authentication);
        }
        for (auto &[name, future] : futures)
            QVERIFY2(waitFor(future, 20000), name);
    }

    void destroyingTheAdapterFinishesWhatIsInFlight()
    {
        FakeBusinessCentral bc;
        bc.override = [](const ReceivedRequest &) -> std::optional<ScriptedResponse> {
            return behave(Behaviour::NeverAnswer);
        };
        auto adapter = businessCentral(bc);
        QFuture<ErpResult<PartPage>> list = adapter->listParts(PartQuery{});
        QFuture<ErpResult<std::optional<RemotePart>>> deferred = adapter->getPart(QString()); // answered later
        QSignalSpy received(&bc.receiver, &LoopbackReceiver::requestReceived);
        QVERIFY(received.wait(10000));
        adapter.reset();
        QVERIFY(list.isFinished());
        QVERIFY(!list.isCanceled());
        QCOMPARE_CATEGORY(list.result(), ErpErrorCategory::Network);
        QVERIFY(list.result().error.message.contains(QStringLiteral("cancelled")));
        QVERIFY(deferred.isFinished());
        QCOMPARE_CATEGORY(deferred.result(), ErpErrorCategory::Validation);

        // The QNetworkAccessManager going first finishes its requests the same way.
        auto second = businessCentral(bc);
        QFuture<ErpResult<PartPage>> orphan = second->listParts(PartQuery{});
        QVERIFY(received.wait(10000));
        m_network.reset();
        QVERIFY(orphan.isFinished());
        QCOMPARE_CATEGORY(orphan.result(), ErpErrorCategory::Network);
        QCOMPARE(dynamic_cast<RestJsonAdapter *>(second.get())->inFlight(), 0);
        second.reset();
    }
};

QTEST_GUILESS_MAIN(TestRestJsonAdapter)
#include "tst_rest_json_adapter.moc"
