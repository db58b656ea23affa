#include "app/services/RestApi.h"

#include "adapters/secrets/SecretStore.h"
#include "app/services/DeliveryEngine.h"
#include "app/services/EndpointPing.h"
#include "app/services/ErpSyncEngine.h"
#include "app/services/JsonFormat.h"
#include "app/services/SubscriptionService.h"
#include "app/services/WebhookEventService.h"
#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/DatabaseInspector.h"
#include "models/storage/DeliveryRepository.h"
#include "models/storage/ErpSyncRepository.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/OutboundPolicyRepository.h"
#include "models/storage/WebhookStatistics.h"
#include "models/storage/WebhookSubscriptionRepository.h"
#include "models/webhooks/EventTypes.h"
#include "models/webhooks/WebhookSignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrl>
#include <QUuid>

#include <cmath>
#include <limits>

namespace garagereg {

namespace {

Q_LOGGING_CATEGORY(lcApi, "garagereg.api")

// A JSON number that is a whole number within [minimum, maximum]. The range is
// checked before converting: a double outside qint64 has no integer value.
bool isWholeNumberIn(double number, qint64 minimum, qint64 maximum)
{
    constexpr double twoTo63 = 9223372036854775808.0;
    if (!std::isfinite(number) || number != std::trunc(number) || number < -twoTo63 || number >= twoTo63)
        return false;
    const qint64 whole = qint64(number);
    return whole >= minimum && whole <= maximum;
}

// A request that cannot be served, as the client will see it.
struct ApiError
{
    int status = 400;
    QByteArray code;
    QString message;
    QString field; // the offending field, for 400
};

HttpResponse jsonResponse(int status, const QJsonValue &value)
{
    const QByteArray body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return ApiHttpServer::jsonResponse(status, body);
}

// {"error": {"code", "message", "field"?, ...extra}}
HttpResponse errorResponse(const ApiError &error, const QJsonObject &extra = {})
{
    QJsonObject details{{QStringLiteral("code"), QString::fromLatin1(error.code)},
                        {QStringLiteral("message"), error.message}};
    if (!error.field.isEmpty())
        details.insert(QStringLiteral("field"), error.field);
    for (auto member = extra.begin(); member != extra.end(); ++member)
        details.insert(member.key(), member.value());
    HttpResponse response = jsonResponse(error.status, QJsonObject{{QStringLiteral("error"), details}});
    if (error.status == 401)
        response.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
    return response;
}

QFuture<HttpResponse> ready(const HttpResponse &response)
{
    return QtFuture::makeReadyFuture(response);
}

ApiError invalidField(const QString &field, const QString &message)
{
    return ApiError{400, QByteArrayLiteral("invalid_field"), message, field};
}

ApiError notFound(const QString &message)
{
    return ApiError{404, QByteArrayLiteral("not_found"), message, {}};
}

// Something failed that the client cannot fix: the reason (which may name SQL,
// a database path or a driver) goes to the server's log under the request id;
// the client gets the id alone.
HttpResponse internalError(const QString &requestId, const QString &request, const QString &reason)
{
    qCWarning(lcApi).noquote() << "request" << requestId << request << "failed:" << reason;
    return errorResponse(ApiError{500,
                                  QByteArrayLiteral("internal"),
                                  RestApi::tr("The request failed on the server. Its log has the reason under "
                                              "request id %1.")
                                      .arg(requestId),
                                  {}},
                         QJsonObject{{QStringLiteral("request_id"), requestId}});
}

// Typed access to the fields of a JSON body, naming the field when one is wrong.
class Fields
{
    Q_DECLARE_TR_FUNCTIONS(RestApi)

public:
    explicit Fields(const QJsonObject &object)
        : m_object(object)
    {
    }

    bool has(const QString &name) const { return m_object.contains(name) && !m_object.value(name).isNull(); }

    // The first of the names present (aliases such as "url" and "endpoint_url").
    QString pick(const QStringList &names) const
    {
        for (const QString &name : names) {
            if (has(name))
                return name;
        }
        return names.first();
    }

    QString text(const QString &name, bool required = false) const
    {
        if (!has(name)) {
            if (required)
                throw invalidField(name, tr("\"%1\" is required.").arg(name));
            return {};
        }
        if (!m_object.value(name).isString())
            throw invalidField(name, tr("\"%1\" must be a string.").arg(name));
        const QString value = m_object.value(name).toString().trimmed();
        if (required && value.isEmpty())
            throw invalidField(name, tr("\"%1\" must not be empty.").arg(name));
        return value;
    }

    std::optional<qint64> integer(const QString &name, qint64 minimum, qint64 maximum, bool required = false) const
    {
        if (!has(name)) {
            if (required)
                throw invalidField(name, tr("\"%1\" is required.").arg(name));
            return std::nullopt;
        }
        const QJsonValue value = m_object.value(name);
        if (!value.isDouble() || !isWholeNumberIn(value.toDouble(), minimum, maximum))
            throw invalidField(name,
                               tr("\"%1\" must be a whole number from %2 to %3.").arg(name).arg(minimum).arg(maximum));
        return qint64(value.toDouble());
    }

    std::optional<bool> boolean(const QString &name) const
    {
        if (!has(name))
            return std::nullopt;
        if (!m_object.value(name).isBool())
            throw invalidField(name, tr("\"%1\" must be true or false.").arg(name));
        return m_object.value(name).toBool();
    }

    QStringList strings(const QString &name, bool required = false) const
    {
        if (!has(name)) {
            if (required)
                throw invalidField(name, tr("\"%1\" is required.").arg(name));
            return {};
        }
        if (!m_object.value(name).isArray())
            throw invalidField(name, tr("\"%1\" must be an array of strings.").arg(name));
        QStringList values;
        for (const QJsonValue &value : m_object.value(name).toArray()) {
            if (!value.isString())
                throw invalidField(name, tr("\"%1\" must be an array of strings.").arg(name));
            values << value.toString();
        }
        if (required && values.isEmpty())
            throw invalidField(name, tr("\"%1\" must not be empty.").arg(name));
        return values;
    }

    QList<int> integers(const QString &name, int minimum, int maximum) const
    {
        QList<int> values;
        if (!has(name))
            return values;
        if (!m_object.value(name).isArray())
            throw invalidField(name, tr("\"%1\" must be an array of whole numbers.").arg(name));
        for (const QJsonValue &value : m_object.value(name).toArray()) {
            const double number = value.toDouble();
            if (!value.isDouble() || !isWholeNumberIn(number, minimum, maximum))
                throw invalidField(name, tr("\"%1\" must hold whole numbers from %2 to %3.")
                                             .arg(name)
                                             .arg(minimum)
                                             .arg(maximum));
            values << int(number);
        }
        return values;
    }

    QJsonObject object(const QString &name) const
    {
        if (!has(name))
            return {};
        if (!m_object.value(name).isObject())
            throw invalidField(name, tr("\"%1\" must be a JSON object.").arg(name));
        return m_object.value(name).toObject();
    }

private:
    QJsonObject m_object;
};

// Query parameters, checked the same way.
std::optional<qint64> queryInteger(const QUrlQuery &query, const QString &name, qint64 minimum, qint64 maximum)
{
    if (!query.hasQueryItem(name))
        return std::nullopt;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        throw invalidField(name, RestApi::tr("\"%1\" must be a whole number from %2 to %3.")
                                     .arg(name)
                                     .arg(minimum)
                                     .arg(maximum));
    return value;
}

QDateTime queryTime(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return {};
    const QDateTime time = QDateTime::fromString(query.queryItemValue(name, QUrl::FullyDecoded), Qt::ISODateWithMs);
    if (!time.isValid())
        throw invalidField(name, RestApi::tr("\"%1\" must be an ISO 8601 time such as 2026-12-01T08:00:00Z.").arg(name));
    return time;
}

std::optional<bool> queryBoolean(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return std::nullopt;
    const QString value = query.queryItemValue(name).toLower();
    if (value == QLatin1String("true") || value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("0"))
        return false;
    throw invalidField(name, RestApi::tr("\"%1\" must be true or false.").arg(name));
}

// Matches "/api/integrations/{id}" against a path, collecting the parameters.
bool matchPath(const QString &pattern, const QString &path, QHash<QString, QString> &params)
{
    const QStringList wanted = pattern.split(QLatin1Char('/'));
    QString trimmed = path;
    if (trimmed.size() > 1 && trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    const QStringList given = trimmed.split(QLatin1Char('/'));
    if (wanted.size() != given.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const QString &part = wanted.at(i);
        if (part.startsWith(QLatin1Char('{')) && part.endsWith(QLatin1Char('}'))) {
            if (given.at(i).isEmpty())
                return false;
            found.insert(part.mid(1, part.size() - 2), given.at(i));
        } else if (part != given.at(i)) {
            return false;
        }
    }
    params = found;
    return true;
}

} // namespace

struct RestApi::Call
{
    const HttpRequest &request;
    QHash<QString, QString> params;
    std::optional<ApiToken> token;
    QJsonObject body;
    bool hasBody = false;

    QString organization() const { return token ? token->organizationId : QString(); }
    bool scoped() const { return !organization().isEmpty(); }

    const QJsonObject &requireBody() const
    {
        if (!hasBody)
            throw ApiError{400, QByteArrayLiteral("body_required"), RestApi::tr("A JSON object body is required."), {}};
        return body;
    }

    qint64 idParam(const QString &name) const
    {
        bool ok = false;
        const qint64 id = params.value(name).toLongLong(&ok);
        if (!ok || id <= 0)
            throw invalidField(name, RestApi::tr("\"%1\" must be a positive whole number.").arg(name));
        return id;
    }

    // An organization-limited token may only name its own organization.
    QString organizationFrom(const QString &given, const QString &field) const
    {
        if (!scoped())
            return given;
        if (!given.isEmpty() && given != organization())
            throw ApiError{403, QByteArrayLiteral("forbidden"),
                           RestApi::tr("This token is limited to organization \"%1\".").arg(organization()), field};
        return organization();
    }
};

RestApi::RestApi(RestApiServices services, ApiRateLimit rateLimit)
    : m_services(services)
    , m_guard(OutboundPolicyRepository::loader(services.database))
    , m_sender(services.network, services.clock)
    , m_scopedGuard([&database = services.database] {
        OutboundPolicy policy = OutboundPolicyRepository(database).load();
        policy.refusePrivate = true;
        return policy;
    })
    , m_scopedSender(services.network, services.clock)
    , m_rateLimiter(services.clock, rateLimit)
{
    m_sender.setOutboundGuard(&m_guard);
    m_scopedSender.setOutboundGuard(&m_scopedGuard);
    addRoutes();
}

RestApi::~RestApi() = default;

void RestApi::addRoutes()
{
    const auto route = [this](const char *method, const char *pattern, Handler handler) {
        m_routes.append(Route{QByteArray(method), QString::fromLatin1(pattern), true, std::move(handler)});
    };
    m_routes.append(Route{"GET", QStringLiteral("/api/health"), false, [this](Call &) { return health(); }});
    route("POST", "/api/integrations", [this](Call &call) { return createIntegration(call); });
    route("GET", "/api/integrations", [this](Call &call) { return listIntegrations(call); });
    route("GET", "/api/integrations/{id}", [this](Call &call) { return getIntegration(call); });
    route("PUT", "/api/integrations/{id}/status", [this](Call &call) { return setIntegrationStatus(call); });
    route("POST", "/api/integrations/webhooks/subscriptions", [this](Call &call) { return createSubscription(call); });
    route("GET", "/api/integrations/webhooks/subscriptions", [this](Call &call) { return listSubscriptions(call); });
    route("POST", "/api/integrations/webhooks/test-endpoint", [this](Call &call) { return testEndpoint(call); });
    route("POST", "/api/integrations/webhooks/trigger", [this](Call &call) { return trigger(call); });
    route("GET", "/api/integrations/webhooks/deliveries", [this](Call &call) { return listDeliveries(call); });
    route("GET", "/api/integrations/webhooks/deliveries/{request_id}", [this](Call &call) { return getDelivery(call); });
    route("POST", "/api/integrations/erp/sync", [this](Call &call) { return startSync(call); });
    route("GET", "/api/integrations/erp/sync/logs", [this](Call &call) { return listSyncLogs(call); });
    route("POST", "/api/integrations/erp/test-connection/{id}", [this](Call &call) { return testConnection(call); });
}

QList<RestApi::RouteInfo> RestApi::routes() const
{
    QList<RouteInfo> infos;
    for (const Route &route : m_routes)
        infos.append({route.method, route.pattern, route.authenticated});
    return infos;
}

QFuture<HttpResponse> RestApi::handle(const HttpRequest &request)
{
    // Whatever fails beyond what dispatch() answers itself, now or in a
    // continuation, becomes the generic 500 (its reason logged under the id).
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The path is the client's: control characters could forge lines in the log.
    QString path = request.path.left(200);
    for (QChar &character : path) {
        if (character.category() == QChar::Other_Control)
            character = QLatin1Char('?');
    }
    const QString what = QString::fromLatin1(request.method.left(16)) + QLatin1Char(' ') + path;
    QFuture<HttpResponse> answer;
    try {
        answer = dispatch(request);
    } catch (const std::exception &error) {
        answer = ready(internalError(requestId, what, QString::fromUtf8(error.what())));
    } catch (...) {
        answer = ready(internalError(requestId, what, QStringLiteral("an unknown exception")));
    }
    return answer
        .onFailed([requestId, what](const std::exception &error) {
            return internalError(requestId, what, QString::fromUtf8(error.what()));
        })
        .onFailed([requestId, what] { return internalError(requestId, what, QStringLiteral("an unknown exception")); })
        .onCanceled([requestId, what] { return internalError(requestId, what, QStringLiteral("it was cancelled")); })
        .then([requestId](HttpResponse response) {
            response.headers.append({QByteArrayLiteral("X-Request-ID"), requestId.toLatin1()});
            return response;
        });
}

// The route's answer, or the client's error (4xx). garagereg::Error and other
// exceptions are not the client's doing: they go on to handle().
QFuture<HttpResponse> RestApi::dispatch(const HttpRequest &request)
{
    try {
        QStringList allowed;
        for (const Route &route : std::as_const(m_routes)) {
            QHash<QString, QString> params;
            if (!matchPath(route.pattern, request.path, params))
                continue;
            if (route.method != request.method) {
                allowed << QString::fromLatin1(route.method);
                continue;
            }
            Call call{request, params, std::nullopt, {}, false};
            if (route.authenticated) {
                const QByteArray authorization = request.header("authorization");
                if (!authorization.startsWith("Bearer "))
                    throw ApiError{401,
                                   QByteArrayLiteral("unauthorized"),
                                   tr("Send an API token: \"Authorization: Bearer <token>\"."),
                                   {}};
                call.token = ApiTokenRepository(m_services.database, m_services.clock)
                                 .authenticate(QString::fromUtf8(authorization.mid(7).trimmed()));
                if (!call.token)
                    throw ApiError{401,
                                   QByteArrayLiteral("unauthorized"),
                                   tr("The API token is unknown or revoked."),
                                   {}};
                if (const auto wait = m_rateLimiter.take(call.token->id)) {
                    const qint64 seconds = std::max<qint64>((wait->count() + 999) / 1000, 1);
                    HttpResponse response = errorResponse(
                        ApiError{429,
                                 QByteArrayLiteral("rate_limited"),
                                 tr("This token made more than %1 requests a second (bursts of %2); try again in %n "
                                    "second(s).",
                                    nullptr, int(seconds))
                                     .arg(m_rateLimiter.limit().requestsPerSecond)
                                     .arg(m_rateLimiter.limit().burst),
                                 {}},
                        QJsonObject{{QStringLiteral("retry_after_seconds"), seconds}});
                    response.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(seconds)});
                    return ready(response);
                }
            }
            if (!request.body.trimmed().isEmpty()) {
                const QByteArray type = request.header("content-type").split(';').first().trimmed().toLower();
                if (type != "application/json")
                    throw ApiError{415,
                                   QByteArrayLiteral("unsupported_media_type"),
                                   tr("Send the body as application/json."),
                                   {}};
                QJsonParseError parseError{};
                const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
                if (parseError.error != QJsonParseError::NoError)
                    throw ApiError{400,
                                   QByteArrayLiteral("invalid_json"),
                                   tr("The body is not valid JSON: %1 at byte %2.")
                                       .arg(parseError.errorString())
                                       .arg(parseError.offset),
                                   {}};
                if (!document.isObject())
                    throw ApiError{400, QByteArrayLiteral("invalid_json"), tr("The body must be a JSON object."), {}};
                call.body = document.object();
                call.hasBody = true;
            }
            return route.handler(call);
        }
        if (!allowed.isEmpty()) {
            HttpResponse response = errorResponse(
                ApiError{405,
                         QByteArrayLiteral("method_not_allowed"),
                         tr("Use %1 on this path.").arg(allowed.join(QStringLiteral(", "))),
                         {}});
            response.headers.append({QByteArrayLiteral("Allow"), allowed.join(QStringLiteral(", ")).toLatin1()});
            return ready(response);
        }
        return ready(errorResponse(
            ApiError{404,
                     QByteArrayLiteral("no_such_route"),
                     tr("There is no route %1 %2.").arg(QString::fromLatin1(request.method), request.path),
                     {}}));
    } catch (const ApiError &error) {
        return ready(errorResponse(error));
    }
}

QFuture<HttpResponse> RestApi::health()
{
    try {
        const int version = DatabaseInspector(m_services.database).schemaVersion();
        QJsonObject health{{QStringLiteral("status"), QStringLiteral("up")},
                           {QStringLiteral("schema_version"), version}};
        if (m_deliveryEngine)
            health.insert(QStringLiteral("deliveries"), !m_deliveryEngine->isRunning() ? QStringLiteral("stopped")
                                                        : m_deliveryEngine->isPaused() ? QStringLiteral("paused")
                                                                                       : QStringLiteral("running"));
        return ready(jsonResponse(200, health));
    } catch (const Error &) {
        return ready(jsonResponse(503, QJsonObject{{QStringLiteral("status"), QStringLiteral("down")}}));
    }
}

namespace {

// The integration, if it exists and the token may see it.
Integration visibleIntegration(const RestApiServices &services, const RestApi::Call &call, qint64 id,
                               const QString &field = {})
{
    const std::optional<Integration> integration = IntegrationRepository(services.database, services.clock).find(id);
    if (!integration || (call.scoped() && integration->organizationId != call.organization())) {
        ApiError error = notFound(RestApi::tr("There is no integration with id %1.").arg(id));
        if (!field.isEmpty()) {
            error.status = 400;
            error.code = QByteArrayLiteral("invalid_field");
            error.field = field;
        }
        throw error;
    }
    return *integration;
}

} // namespace

QFuture<HttpResponse> RestApi::createIntegration(Call &call)
{
    const Fields fields(call.requireBody());
    Integration integration;
    integration.name = fields.text(QStringLiteral("name"), true);
    const QString type = fields.text(QStringLiteral("type"), true);
    const std::optional<IntegrationType> parsedType = integrationTypeFromString(type);
    if (!parsedType)
        throw invalidField(QStringLiteral("type"), tr("\"type\" must be erp, webhook or api."));
    integration.type = *parsedType;
    integration.provider = fields.has(QStringLiteral("provider")) ? fields.text(QStringLiteral("provider"))
                                                                  : QStringLiteral("custom");
    integration.endpointUrl = fields.text(QStringLiteral("endpoint_url"));
    integration.settings = fields.object(QStringLiteral("settings"));
    if (const auto limit = fields.integer(QStringLiteral("rate_limit_per_minute"), 1, 1'000'000))
        integration.rateLimitPerMinute = int(*limit);
    integration.organizationId = call.organizationFrom(fields.text(QStringLiteral("organization_id")),
                                                       QStringLiteral("organization_id"));
    integration.active = fields.boolean(QStringLiteral("active")).value_or(true);
    // Checked here so that whatever the repository still throws is the server's failure, not the client's.
    if (const QStringList problems = IntegrationValidator::problems(integration); !problems.isEmpty())
        throw ApiError{400, QByteArrayLiteral("invalid"), problems.join(QLatin1Char(' ')), {}};
    // A file: endpoint (the dummy ERP's state file) would let whoever holds a token
    // create or overwrite files wherever the server may write: only the command
    // line and the desktop application, run by the machine's own users, set one.
    if (!integration.endpointUrl.isEmpty() && !isHttpUrl(integration.endpointUrl))
        throw invalidField(QStringLiteral("endpoint_url"),
                           tr("The REST API accepts only http and https endpoint URLs; a file endpoint is set on the "
                              "command line or in the desktop application."));
    if (!integration.endpointUrl.isEmpty())
        refuseByPolicy(call, integration.endpointUrl, QStringLiteral("endpoint_url"));
    const Integration created = IntegrationRepository(m_services.database, m_services.clock).create(integration);
    return ready(jsonResponse(201, toJson(created)));
}

QFuture<HttpResponse> RestApi::listIntegrations(Call &call)
{
    const QUrlQuery &query = call.request.query;
    std::optional<IntegrationType> type;
    if (query.hasQueryItem(QStringLiteral("type"))) {
        type = integrationTypeFromString(query.queryItemValue(QStringLiteral("type")));
        if (!type)
            throw invalidField(QStringLiteral("type"), tr("\"type\" must be erp, webhook or api."));
    }
    const QString provider = query.queryItemValue(QStringLiteral("provider"));
    const std::optional<bool> active = queryBoolean(query, QStringLiteral("active"));
    QJsonArray items;
    for (const Integration &integration : IntegrationRepository(m_services.database, m_services.clock).list()) {
        if ((type && integration.type != *type) || (!provider.isEmpty() && integration.provider != provider)
            || (active && integration.active != *active)
            || (call.scoped() && integration.organizationId != call.organization()))
            continue;
        items.append(toJson(integration));
    }
    return ready(jsonResponse(200, QJsonObject{{QStringLiteral("items"), items}}));
}

QFuture<HttpResponse> RestApi::getIntegration(Call &call)
{
    const Integration integration = visibleIntegration(m_services, call, call.idParam(QStringLiteral("id")));
    QJsonObject json = toJson(integration);
    for (const IntegrationHealth &health : WebhookStatistics(m_services.database, m_services.clock).health()) {
        if (health.integrationId == integration.id)
            json.insert(QStringLiteral("health"), toJson(health));
    }
    return ready(jsonResponse(200, json));
}

QFuture<HttpResponse> RestApi::setIntegrationStatus(Call &call)
{
    const Integration integration = visibleIntegration(m_services, call, call.idParam(QStringLiteral("id")));
    const Fields fields(call.requireBody());
    std::optional<bool> active = fields.boolean(QStringLiteral("active"));
    if (!active) {
        const QString status = fields.text(QStringLiteral("status"));
        if (status == QLatin1String("active"))
            active = true;
        else if (status == QLatin1String("inactive"))
            active = false;
        else
            throw invalidField(
                QStringLiteral("status"),
                tr("Send {\"status\": \"active\"} or {\"status\": \"inactive\"} (or \"active\": true/false)."));
    }
    IntegrationRepository repository(m_services.database, m_services.clock);
    repository.setActive(integration.id, *active);
    return ready(jsonResponse(200, toJson(*repository.find(integration.id))));
}

QFuture<HttpResponse> RestApi::createSubscription(Call &call)
{
    const Fields fields(call.requireBody());
    WebhookSubscription subscription;
    subscription.organizationId = call.organizationFrom(fields.text(QStringLiteral("organization_id")),
                                                        QStringLiteral("organization_id"));
    // Without an integration the subscription goes under the organization's
    // "Webhooks (API)" integration, made on first use: callers that only know
    // URLs and events need not manage integrations.
    if (fields.has(QStringLiteral("integration_id"))) {
        const auto integrationId = fields.integer(QStringLiteral("integration_id"), 1,
                                                  std::numeric_limits<qint64>::max(), true);
        subscription.integrationId =
            visibleIntegration(m_services, call, *integrationId, QStringLiteral("integration_id")).id;
    } else {
        subscription.integrationId = defaultWebhookIntegration(subscription.organizationId);
    }
    subscription.endpointUrl = fields.text(fields.pick({QStringLiteral("url"), QStringLiteral("endpoint_url")}), true);
    subscription.name = fields.has(QStringLiteral("name")) ? fields.text(QStringLiteral("name"), true)
                                                           : QUrl(subscription.endpointUrl).host();
    subscription.eventTypes = fields.strings(fields.pick({QStringLiteral("event_types"), QStringLiteral("events")}),
                                             true);
    for (const QString &type : std::as_const(subscription.eventTypes)) {
        if (!EventTypes::isKnown(type))
            throw invalidField(fields.pick({QStringLiteral("event_types"), QStringLiteral("events")}),
                               tr("Unknown event type \"%1\"; known: %2.")
                                   .arg(type, EventTypes::all().join(QStringLiteral(", "))));
    }
    subscription.eventFilters = fields.object(
        fields.pick({QStringLiteral("event_filters"), QStringLiteral("filters")}));
    if (const auto retries = fields.integer(fields.pick({QStringLiteral("max_retries"), QStringLiteral("retry_count")}),
                                            0, 100))
        subscription.maxRetries = int(*retries);
    const QString delaysField = fields.pick({QStringLiteral("retry_delays"), QStringLiteral("retry_delays_seconds")});
    if (fields.has(delaysField))
        subscription.retryDelaysSeconds = fields.integers(delaysField, 1, WebhookSubscription::maxRetryDelaySeconds);
    if (const auto timeout = fields.integer(QStringLiteral("timeout_seconds"), 1, 300))
        subscription.timeoutSeconds = int(*timeout);
    if (fields.has(QStringLiteral("signature_scheme"))) {
        const auto scheme = signatureSchemeFromString(fields.text(QStringLiteral("signature_scheme")));
        if (!scheme)
            throw invalidField(QStringLiteral("signature_scheme"),
                               tr("\"signature_scheme\" must be garagereg or standard-webhooks."));
        subscription.signatureScheme = *scheme;
    }
    if (fields.has(QStringLiteral("signature_header")))
        subscription.signatureHeader = fields.text(QStringLiteral("signature_header"), true);
    subscription.active =
        fields.boolean(fields.pick({QStringLiteral("active"), QStringLiteral("is_active")})).value_or(true);
    const QString secretField = fields.pick({QStringLiteral("secret"), QStringLiteral("secret_key")});
    const QByteArray secret = fields.text(secretField).toUtf8();
    if (const QStringList problems = WebhookSubscriptionValidator::problems(subscription); !problems.isEmpty())
        throw ApiError{400, QByteArrayLiteral("invalid"), problems.join(QLatin1Char(' ')), {}};
    refuseByPolicy(call, subscription.endpointUrl, fields.pick({QStringLiteral("url"), QStringLiteral("endpoint_url")}));
    if (!secret.isEmpty()) {
        if (const QString problem = WebhookSignature::secretProblem(subscription.signatureScheme, secret);
            !problem.isEmpty())
            throw invalidField(secretField, problem);
    }

    SubscriptionService service(m_services.database, m_services.secrets, m_services.clock);
    return service.create(subscription, secret).then([](const SubscriptionOutcome &outcome) {
        // The input was checked above: what is left (the database, the keychain) is the server's failure.
        if (!outcome.error.isEmpty() || !outcome.subscription)
            throw Error(outcome.error);
        QJsonObject json = toJson(*outcome.subscription);
        if (!outcome.secret.isEmpty())
            json.insert(QStringLiteral("secret"), QString::fromUtf8(outcome.secret)); // generated: shown this once
        return jsonResponse(201, json);
    });
}

void RestApi::refuseByPolicy(const Call &call, const QString &url, const QString &field)
{
    const QString refused = (call.scoped() ? m_scopedGuard : m_guard).policy().urlRefusal(QUrl(url, QUrl::StrictMode));
    if (!refused.isEmpty())
        throw ApiError{400, QByteArrayLiteral("policy"), tr("The URL is refused: %1.").arg(refused), field};
}

qint64 RestApi::defaultWebhookIntegration(const QString &organizationId)
{
    IntegrationRepository repository(m_services.database, m_services.clock);
    for (const Integration &integration : repository.list()) {
        if (integration.type == IntegrationType::Webhook && integration.organizationId == organizationId
            && integration.settings.value(QLatin1String("api_default")).toBool())
            return integration.id;
    }
    Integration integration;
    integration.name = organizationId.isEmpty() ? QStringLiteral("Webhooks (API)")
                                                : QStringLiteral("Webhooks (API, %1)").arg(organizationId);
    integration.type = IntegrationType::Webhook;
    integration.provider = QStringLiteral("custom");
    integration.organizationId = organizationId;
    integration.settings = QJsonObject{{QStringLiteral("api_default"), true}};
    return repository.create(integration).id;
}

QFuture<HttpResponse> RestApi::listSubscriptions(Call &call)
{
    QJsonArray items;
    for (const WebhookSubscription &subscription :
         WebhookSubscriptionRepository(m_services.database, m_services.clock).list()) {
        if (call.scoped() && subscription.organizationId != call.organization())
            continue;
        items.append(toJson(subscription));
    }
    return ready(jsonResponse(200, QJsonObject{{QStringLiteral("items"), items}}));
}

QFuture<HttpResponse> RestApi::testEndpoint(Call &call)
{
    const Fields fields(call.requireBody());
    const QUrl url(fields.text(QStringLiteral("url"), true), QUrl::StrictMode);
    if (const QString problem = EndpointPing::urlProblem(url); !problem.isEmpty())
        throw invalidField(QStringLiteral("url"), problem);
    refuseByPolicy(call, url.toString(), QStringLiteral("url"));
    SignatureScheme scheme = SignatureScheme::GarageReg;
    if (fields.has(QStringLiteral("signature_scheme"))) {
        const auto parsed = signatureSchemeFromString(fields.text(QStringLiteral("signature_scheme")));
        if (!parsed)
            throw invalidField(QStringLiteral("signature_scheme"),
                               tr("\"signature_scheme\" must be garagereg or standard-webhooks."));
        scheme = *parsed;
    }
    QByteArray secret = fields.text(QStringLiteral("secret")).toUtf8();
    if (secret.isEmpty())
        secret = WebhookSignature::generateSecret(scheme);
    if (const QString problem = WebhookSignature::secretProblem(scheme, secret); !problem.isEmpty())
        throw invalidField(QStringLiteral("secret"), problem);
    const int timeout = int(fields.integer(QStringLiteral("timeout_seconds"), 1, 300).value_or(30));
    const OutgoingWebhook ping = EndpointPing::request(url, scheme, WebhookSubscription::defaultSignatureHeader(),
                                                       secret, m_services.clock.now(), std::chrono::seconds(timeout));
    return (call.scoped() ? m_scopedSender : m_sender).send(ping).then([](const AttemptResult &result) {
        return jsonResponse(200, QJsonObject{
                                     {QStringLiteral("success"), result.succeeded()},
                                     {QStringLiteral("status"), result.httpStatus ? QJsonValue(*result.httpStatus)
                                                                                  : QJsonValue(QJsonValue::Null)},
                                     {QStringLiteral("duration_ms"), result.durationMs},
                                     {QStringLiteral("error_class"), attemptErrorClassName(result.errorClass)},
                                     {QStringLiteral("error"), result.errorMessage},
                                     {QStringLiteral("response_body"), QString::fromUtf8(result.responseBody)},
                                 });
    });
}

QFuture<HttpResponse> RestApi::trigger(Call &call)
{
    const Fields fields(call.requireBody());
    const QString type = fields.text(QStringLiteral("event_type"), true);
    if (!EventTypes::isKnown(type) || type == EventTypes::ping())
        throw invalidField(QStringLiteral("event_type"), tr("Unknown event type \"%1\"; known: %2.")
                                                             .arg(type, EventTypes::all().join(QStringLiteral(", "))));
    const QJsonObject payload = fields.object(QStringLiteral("payload_data"));
    const QString organization = call.organizationFrom(fields.text(QStringLiteral("organization_id")),
                                                       QStringLiteral("organization_id"));
    const QString entity = fields.text(QStringLiteral("entity_id"));
    const TriggeredEvent event = m_services.events.trigger(type, payload, organization, entity);
    return ready(
        jsonResponse(202, QJsonObject{{QStringLiteral("event_id"), event.eventUuid},
                                      {QStringLiteral("event_type"), type},
                                      {QStringLiteral("deliveries"), event.requestIds.size()},
                                      {QStringLiteral("request_ids"), QJsonArray::fromStringList(event.requestIds)}}));
}

QFuture<HttpResponse> RestApi::listDeliveries(Call &call)
{
    const QUrlQuery &query = call.request.query;
    DeliveryFilter filter;
    if (query.hasQueryItem(QStringLiteral("status"))) {
        filter.status = deliveryStatusFromName(query.queryItemValue(QStringLiteral("status")));
        if (!filter.status)
            throw invalidField(QStringLiteral("status"),
                               tr("\"status\" must be pending, retrying, delivered, failed or expired."));
    }
    filter.eventType = query.queryItemValue(QStringLiteral("event_type"));
    filter.subscriptionId = queryInteger(query, QStringLiteral("subscription_id"), 1,
                                         std::numeric_limits<qint64>::max());
    filter.requestId = query.queryItemValue(QStringLiteral("request_id"));
    filter.since = queryTime(query, QStringLiteral("since"));
    filter.until = queryTime(query, QStringLiteral("until"));
    filter.organizationId = call.organization();
    const int limit = int(queryInteger(query, QStringLiteral("limit"), 1, 500).value_or(50));
    const int offset = int(
        queryInteger(query, QStringLiteral("offset"), 0, std::numeric_limits<int>::max()).value_or(0));
    DeliveryRepository repository(m_services.database, m_services.clock);
    QJsonArray items;
    for (const Delivery &delivery : repository.list(filter, limit, offset))
        items.append(toJson(delivery));
    return ready(jsonResponse(200, QJsonObject{{QStringLiteral("total"), repository.count(filter)},
                                               {QStringLiteral("limit"), limit},
                                               {QStringLiteral("offset"), offset},
                                               {QStringLiteral("items"), items}}));
}

QFuture<HttpResponse> RestApi::getDelivery(Call &call)
{
    DeliveryFilter filter;
    filter.requestId = call.params.value(QStringLiteral("request_id"));
    filter.organizationId = call.organization();
    DeliveryRepository repository(m_services.database, m_services.clock);
    const QList<Delivery> found = repository.list(filter, 1);
    if (found.isEmpty())
        throw notFound(tr("There is no delivery with request id %1.").arg(filter.requestId));
    QJsonObject json = toJson(found.first());
    QJsonArray attempts;
    for (const DeliveryAttempt &attempt : repository.attempts(found.first().id))
        attempts.append(toJson(attempt));
    json.insert(QStringLiteral("attempts"), attempts);
    return ready(jsonResponse(200, json));
}

QFuture<HttpResponse> RestApi::startSync(Call &call)
{
    const Fields fields(call.requireBody());
    const auto id = fields.integer(QStringLiteral("integration_id"), 1, std::numeric_limits<qint64>::max(), true);
    const Integration integration = visibleIntegration(m_services, call, *id, QStringLiteral("integration_id"));
    if (integration.type != IntegrationType::Erp)
        throw invalidField(QStringLiteral("integration_id"), tr("Integration %1 is not an ERP integration.").arg(*id));
    if (!integration.active)
        throw ApiError{409,
                       QByteArrayLiteral("inactive"),
                       tr("Integration %1 is inactive; activate it before syncing.").arg(*id),
                       {}};
    SyncRequest request;
    request.integrationId = *id;
    request.triggeredBy = QStringLiteral("api");
    if (fields.has(QStringLiteral("sync_type"))) {
        const auto direction = syncDirectionFromName(fields.text(QStringLiteral("sync_type")));
        if (!direction)
            throw invalidField(QStringLiteral("sync_type"),
                               tr("\"sync_type\" must be parts_from_erp, parts_to_erp or bidirectional."));
        request.direction = *direction;
    }
    request.partNumbers = fields.strings(QStringLiteral("part_numbers"));
    request.forceUpdate = fields.boolean(QStringLiteral("force_update")).value_or(false);

    if (const std::optional<qint64> running =
            ErpSyncRepository(m_services.database, m_services.clock).runningLog(integration.id))
        throw ApiError{409,
                       QByteArrayLiteral("sync_running"),
                       tr("Another sync of integration %1 is running (sync log %2); try again when it has finished.")
                           .arg(integration.id)
                           .arg(*running),
                       {}};

    // The engine opens the sync log before run() returns; answer with its id at once.
    qint64 syncLogId = 0;
    const QMetaObject::Connection started =
        QObject::connect(&m_services.sync, &ErpSyncEngine::runStarted, &m_services.sync,
                         [&syncLogId, wanted = *id](qint64 logId, qint64 integrationId) {
                             if (integrationId == wanted && syncLogId == 0)
                                 syncLogId = logId;
                         });
    const QFuture<SyncOutcome> outcome = m_services.sync.run(request);
    QObject::disconnect(started);
    if (outcome.isFinished()) {
        const SyncOutcome &result = outcome.result();
        // The client's mistakes were refused above; a run that could not even open
        // its log met the server's trouble (the database), which stays in the server's log.
        if (result.log.id == 0)
            throw Error(result.error.isEmpty() ? QStringLiteral("the sync did not start") : result.error);
        if (result.log.status == SyncStatus::Failed || result.log.status == SyncStatus::Cancelled)
            return ready(errorResponse(ApiError{409,
                                                QByteArrayLiteral("sync_failed"),
                                                tr("The sync of integration %1 stopped at once; sync log %2 "
                                                   "says why.")
                                                    .arg(integration.id)
                                                    .arg(result.log.id),
                                                {}},
                                       QJsonObject{{QStringLiteral("sync_log_id"), result.log.id}}));
        syncLogId = result.log.id;
    }
    if (syncLogId == 0)
        throw Error(QStringLiteral("the sync started without announcing its log"));
    return ready(jsonResponse(202, QJsonObject{{QStringLiteral("sync_log_id"), syncLogId},
                                               {QStringLiteral("status"), QStringLiteral("running")}}));
}

QFuture<HttpResponse> RestApi::listSyncLogs(Call &call)
{
    const QUrlQuery &query = call.request.query;
    const std::optional<qint64> integrationId = queryInteger(query, QStringLiteral("integration_id"), 1,
                                                             std::numeric_limits<qint64>::max());
    if (integrationId)
        visibleIntegration(m_services, call, *integrationId, QStringLiteral("integration_id"));
    const int limit = int(queryInteger(query, QStringLiteral("limit"), 1, 500).value_or(50));
    QHash<qint64, QString> organizations;
    for (const Integration &integration : IntegrationRepository(m_services.database, m_services.clock).list())
        organizations.insert(integration.id, integration.organizationId);
    QJsonArray items;
    for (const SyncLog &log : ErpSyncRepository(m_services.database, m_services.clock).logs(integrationId, limit)) {
        if (call.scoped() && (!log.integrationId || organizations.value(*log.integrationId) != call.organization()))
            continue;
        items.append(toJson(log));
    }
    return ready(jsonResponse(200, QJsonObject{{QStringLiteral("items"), items}}));
}

QFuture<HttpResponse> RestApi::testConnection(Call &call)
{
    const Integration integration = visibleIntegration(m_services, call, call.idParam(QStringLiteral("id")));
    if (integration.type != IntegrationType::Erp)
        throw invalidField(QStringLiteral("id"), tr("Integration %1 is not an ERP integration.").arg(integration.id));
    return m_services.sync.testConnection(integration.id).then([](const ErpResult<QString> &result) {
        return jsonResponse(200, QJsonObject{
                                     {QStringLiteral("success"), result.ok()},
                                     {QStringLiteral("message"), result.ok() ? *result.value : result.error.message},
                                     {QStringLiteral("error_category"), erpErrorCategoryName(result.error.category)},
                                 });
    });
}

} // namespace garagereg
