#pragma once

#include "adapters/http/ApiHttpServer.h"
#include "adapters/http/WebhookSender.h"
#include "app/services/ApiRateLimiter.h"
#include "models/storage/ApiTokenRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

class QNetworkAccessManager;

namespace garagereg {

class Clock;
class Database;
class DeliveryEngine;
class ErpSyncEngine;
class SecretStore;
class WebhookEventService;

// What the REST API works with; owned by the caller (the `serve` command or a test).
struct RestApiServices
{
    const Database &database;
    SecretStore &secrets;
    const Clock &clock;
    QNetworkAccessManager &network;
    WebhookEventService &events;
    ErpSyncEngine &sync;
};

// The integration service's REST API (docs/openapi.json): JSON in and out, the
// same semantics as the command line. Every route but GET /api/health needs a
// bearer token; a token limited to an organization sees and raises only that
// organization's data (another organization's objects answer as if they did not
// exist: 404, never 403). Each token has a rate limit (429 with Retry-After).
// Errors are {"error": {"code", "message", "field"?}} with 400, 401, 403, 404,
// 405, 409, 413, 415 or 429; anything unexpected (a database error, a failed
// keychain) is a generic 500 whose request id is logged with the reason, so no
// stack trace, SQL, database path or secret reaches the client. Every answer
// carries X-Request-ID. Runs on the thread of its services (the Qt event loop).
class RestApi
{
    Q_DECLARE_TR_FUNCTIONS(RestApi)

public:
    struct RouteInfo
    {
        QByteArray method;
        QString pattern; // "/api/integrations/{id}"
        bool authenticated = true;
    };

    explicit RestApi(RestApiServices services, ApiRateLimit rateLimit = {});
    ~RestApi();

    QFuture<HttpResponse> handle(const HttpRequest &request);
    // The worker's delivery engine, when this process delivers: GET /api/health
    // then also says whether deliveries run or are paused (never why: the
    // route needs no token).
    void setDeliveryEngine(const DeliveryEngine *engine) { m_deliveryEngine = engine; }
    QList<RouteInfo> routes() const;

    struct Call;
    using Handler = std::function<QFuture<HttpResponse>(Call &call)>;

private:
    struct Route
    {
        QByteArray method;
        QString pattern;
        bool authenticated = true;
        Handler handler;
    };

    void addRoutes();
    QFuture<HttpResponse> dispatch(const HttpRequest &request);
    QFuture<HttpResponse> health();
    QFuture<HttpResponse> createIntegration(Call &call);
    QFuture<HttpResponse> listIntegrations(Call &call);
    QFuture<HttpResponse> getIntegration(Call &call);
    QFuture<HttpResponse> setIntegrationStatus(Call &call);
    QFuture<HttpResponse> createSubscription(Call &call);
    QFuture<HttpResponse> listSubscriptions(Call &call);
    qint64 defaultWebhookIntegration(const QString &organizationId);
    // A 400 "policy" naming the field when the outbound policy refuses the URL from what it alone tells.
    void refuseByPolicy(const Call &call, const QString &url, const QString &field);
    QFuture<HttpResponse> testEndpoint(Call &call);
    QFuture<HttpResponse> trigger(Call &call);
    QFuture<HttpResponse> listDeliveries(Call &call);
    QFuture<HttpResponse> getDelivery(Call &call);
    QFuture<HttpResponse> startSync(Call &call);
    QFuture<HttpResponse> listSyncLogs(Call &call);
    QFuture<HttpResponse> testConnection(Call &call);

    RestApiServices m_services;
    const DeliveryEngine *m_deliveryEngine = nullptr;
    OutboundGuard m_guard; // test-endpoint goes out under the outbound policy too
    WebhookSender m_sender;
    // For organization-limited tokens the policy refuses private addresses whatever
    // the database's says: their test pings answer with the receiver's response.
    OutboundGuard m_scopedGuard;
    WebhookSender m_scopedSender;
    ApiRateLimiter m_rateLimiter;
    QList<Route> m_routes;
};

} // namespace garagereg
