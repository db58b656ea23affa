#include "adapters/http/ApiHttpServer.h"
#include "app/cli/CliContext.h"
#include "app/cli/TerminationSignals.h"
#include "app/services/EndpointPing.h"
#include "app/services/RestApi.h"

#include "adapters/erp/ErpAdapterRegistry.h"
#include "adapters/http/WebhookSender.h"
#include "adapters/http/WebhookSenderPool.h"
#include "app/services/DeliveryEngine.h"
#include "app/services/ErpSyncEngine.h"
#include "app/services/InventoryEvents.h"
#include "app/services/SyncScheduler.h"
#include "app/services/WebhookEventService.h"
#include "app/services/WorkerLock.h"
#include "models/common/AwaitFuture.h"
#include "models/common/Clock.h"
#include "models/storage/Database.h"
#include "models/storage/OutboundPolicyRepository.h"
#include "models/webhooks/WebhookRequest.h"
#include "models/webhooks/WebhookSignature.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUuid>

#include <cmath>

namespace garagereg {

namespace {

class WorkerCommands
{
    Q_DECLARE_TR_FUNCTIONS(WorkerCommands)

public:
    static QList<CliCommand> commands();

private:
    static int worker(CliContext &context) { return runWorker(context, false); }
    static int serve(CliContext &context) { return runWorker(context, true); }
    // The headless worker; with serveApi it also serves the REST API (--listen).
    static int runWorker(CliContext &context, bool serveApi);
    static std::pair<QHostAddress, quint16> listenAddress(const QString &text);
    static ApiRateLimit rateLimitOptions(const CliContext &context);
    static int endpointTest(CliContext &context);
    static int verify(CliContext &context);
    static SignatureScheme schemeOption(const CliContext &context);
};

std::pair<QHostAddress, quint16> WorkerCommands::listenAddress(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon > 0 ? text.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!portOk || port > 65535 || address.isNull())
        throw UsageError{tr("--listen must be ADDRESS:PORT, e.g. 127.0.0.1:8080 (port 0 picks a free one).")};
    return {address, quint16(port)};
}

ApiRateLimit WorkerCommands::rateLimitOptions(const CliContext &context)
{
    ApiRateLimit limit;
    if (context.isSet(QStringLiteral("rate-limit"))) {
        bool ok = false;
        const double perSecond = context.value(QStringLiteral("rate-limit")).toDouble(&ok);
        if (!ok || !std::isfinite(perSecond) || perSecond < 0 || perSecond > 1'000'000)
            throw UsageError{tr("--rate-limit must be the requests a second one token may make, e.g. 50 or 0.5 "
                                "(0: no limit).")};
        limit.requestsPerSecond = perSecond;
    }
    if (const std::optional<int> burst = context.intOption(QStringLiteral("rate-burst"), 1, 1'000'000))
        limit.burst = *burst;
    return limit;
}

int WorkerCommands::runWorker(CliContext &context, bool serveApi)
{
    std::optional<std::pair<QHostAddress, quint16>> listen;
    std::optional<ApiRateLimit> rateLimit;
    if (serveApi) {
        listen = listenAddress(context.requiredValue(QStringLiteral("listen")));
        rateLimit = rateLimitOptions(context); // usage errors before anything starts
    }
    // Caught from here on: a stop asked for while the database opens ends the run
    // cleanly once the loop starts, instead of killing the process.
    TerminationSignals termination;
    bool deliveriesStopped = false; // also set by a stop that came before the engine started
    Database &database = context.database();
    const WorkerLock::Result lock = WorkerLock::acquire(database);
    if (!lock.held)
        throw Error(lock.message);
    const std::optional<int> maxSeconds = context.intOption(QStringLiteral("max-seconds"), 1, 365 * 24 * 3600);
    const bool untilIdle = !serveApi && context.isSet(QStringLiteral("until-idle"));
    const bool verbose = context.isSet(QStringLiteral("verbose"));

    DeliveryEngineOptions options;
    if (const std::optional<int> lease = context.intOption(QStringLiteral("lease-seconds"), 1, 24 * 3600))
        options.leaseMs = *lease * 1000LL;
    if (const std::optional<int> concurrency = context.intOption(QStringLiteral("concurrency"), 1, 1000))
        options.maxInFlight = *concurrency;
    if (const std::optional<int> perHost = context.intOption(QStringLiteral("concurrency-per-host"), 1, 1000))
        options.maxInFlightPerHost = *perHost;
    if (const std::optional<int> grace = context.intOption(QStringLiteral("stop-grace"), 0, 3600))
        options.stopGrace = std::chrono::seconds(*grace);
    options.soleWorker = lock.lock != nullptr; // SQLite: nobody else may hold leases now

    const int sendingThreads =
        context.intOption(QStringLiteral("sending-threads"), 1, 8).value_or(WebhookSenderPool::defaultLanes());

    QNetworkAccessManager network;
    OutboundGuard guard(OutboundPolicyRepository::loader(database));
    WebhookSender localSender(network, context.clock());
    localSender.setOutboundGuard(&guard);
    // The other threads' senders get guards of their own, reading the same policy.
    WebhookSenderPool sender(localSender, context.clock(), sendingThreads - 1, [&database] {
        return std::make_unique<OutboundGuard>(OutboundPolicyRepository::loader(database));
    });
    DeliveryEngine engine(database, context.secrets(), sender, context.clock(), options);
    QEventLoop loop;
    int attempts = 0;

    // Scheduled ERP syncs run in the same worker; the webhooks they raise wake the engine.
    const ErpAdapterRegistry registry = ErpAdapterRegistry::withBuiltInProviders();
    WebhookEventService events(database, context.clock());
    WebhookInventoryEvents inventory(events);
    ErpSyncEngine syncEngine(database, context.secrets(), network, context.clock(), registry, &inventory);
    syncEngine.setOutboundGuard(&guard);
    SyncScheduler scheduler(database, syncEngine, context.clock());
    QObject::connect(&events, &WebhookEventService::deliveriesQueued, &engine, &DeliveryEngine::wake);
    QObject::connect(&scheduler, &SyncScheduler::problem, &loop, [&context](const QString &message) {
        context.err() << tr("warning: %1").arg(message) << Qt::endl;
    });
    if (!untilIdle)
        QTimer::singleShot(0, &scheduler, [&] {
            if (!deliveriesStopped)
                scheduler.start();
        });
    // Quit once deliveries have stopped and no scheduled sync is half-way.
    const auto quitWhenDone = [&] {
        if (deliveriesStopped && !scheduler.isSyncing())
            loop.quit();
    };
    QObject::connect(
        &engine, &DeliveryEngine::stopped, &loop,
        [&] {
            deliveriesStopped = true;
            scheduler.stop();
            quitWhenDone();
        },
        Qt::QueuedConnection);
    QObject::connect(&scheduler, &SyncScheduler::syncFinished, &loop, quitWhenDone, Qt::QueuedConnection);

    // The REST API: its own thread reads the sockets; requests are handled here.
    std::unique_ptr<RestApi> api;
    std::unique_ptr<ApiHttpServer> server;
    if (listen) {
        api = std::make_unique<RestApi>(RestApiServices{database, context.secrets(), context.clock(), network, events,
                                                        syncEngine},
                                        *rateLimit);
        api->setDeliveryEngine(&engine);
        server = std::make_unique<ApiHttpServer>([&api](const HttpRequest &request) { return api->handle(request); });
        QString error;
        if (!server->listen(listen->first, listen->second, &error))
            throw Error(error);
        const QString host = listen->first.protocol() == QAbstractSocket::IPv6Protocol
                                 ? QStringLiteral("[%1]").arg(listen->first.toString())
                                 : listen->first.toString();
        context.err() << tr("Serving the REST API on http://%1:%2/api").arg(host).arg(server->port()) << Qt::endl;
        // No new requests once stopping: the deliveries in flight finish first.
        QObject::connect(&termination, &TerminationSignals::received, &loop, [&server] { server->stop(); });
    }
    QObject::connect(&termination, &TerminationSignals::received, &engine, [&] {
        if (engine.isRunning()) {
            engine.stop(); // stopped() follows once what is in flight has finished or been given back
        } else {           // a signal before the engine started: nothing is in flight
            deliveriesStopped = true;
            scheduler.stop();
            quitWhenDone();
        }
    });
    QObject::connect(&engine, &DeliveryEngine::problem, &loop, [&context](const QString &message) {
        context.err() << tr("warning: %1").arg(message) << Qt::endl;
    });
    // A pause is reported through problem() above; say when it ends.
    QObject::connect(&engine, &DeliveryEngine::resumed, &loop,
                     [&context] { context.err() << tr("Deliveries go on: the database answers again.") << Qt::endl; });
    QObject::connect(&engine, &DeliveryEngine::attemptFinished, &loop,
                     [&](const QString &requestId, DeliveryStatus status) {
                         ++attempts;
                         if (verbose)
                             context.err() << requestId << ' ' << deliveryStatusName(status) << Qt::endl;
                     });
    if (untilIdle)
        QObject::connect(&engine, &DeliveryEngine::idle, &engine, &DeliveryEngine::stop, Qt::QueuedConnection);
    if (maxSeconds)
        QTimer::singleShot(std::chrono::seconds(*maxSeconds), &engine, &DeliveryEngine::stop);

    context.err() << tr("Worker %1 delivering from %2.").arg(engine.workerId(), database.url().toString()) << Qt::endl;
    QTimer::singleShot(0, &engine, [&] {
        if (!deliveriesStopped)
            engine.start();
    });
    loop.exec();
    if (server)
        server->stop();
    context.err() << tr("Worker stopped after %n attempt(s).", nullptr, attempts) << Qt::endl;
    return ExitSuccess;
}

SignatureScheme WorkerCommands::schemeOption(const CliContext &context)
{
    if (!context.isSet(QStringLiteral("scheme")))
        return SignatureScheme::GarageReg;
    const std::optional<SignatureScheme> scheme = signatureSchemeFromString(context.value(QStringLiteral("scheme")));
    if (!scheme)
        throw UsageError{tr("--scheme must be garagereg or standard-webhooks.")};
    return *scheme;
}

int WorkerCommands::endpointTest(CliContext &context)
{
    const QUrl url(context.arguments().value(0), QUrl::StrictMode);
    if (const QString problem = EndpointPing::urlProblem(url); !problem.isEmpty())
        throw Error(problem);
    const SignatureScheme signatureScheme = schemeOption(context);
    QByteArray secret = context.secretFromEnvironment(QStringLiteral("secret-env"));
    if (secret.isEmpty())
        secret = WebhookSignature::generateSecret(signatureScheme);
    if (const QString problem = WebhookSignature::secretProblem(signatureScheme, secret); !problem.isEmpty())
        throw Error(problem);
    const int timeout = context.intOption(QStringLiteral("timeout"), 1, 300).value_or(30);

    QNetworkAccessManager network;
    // The database's outbound policy applies to the test ping as to deliveries.
    OutboundGuard guard(OutboundPolicyRepository::loader(context.database()));
    WebhookSender sender(network, context.clock());
    sender.setOutboundGuard(&guard);
    const AttemptResult result = awaitFuture(
        sender.send(EndpointPing::request(url, signatureScheme, WebhookSubscription::defaultSignatureHeader(), secret,
                                          context.clock().now(), std::chrono::seconds(timeout))));

    if (context.json()) {
        context.printJson(QJsonObject{
            {QStringLiteral("success"), result.succeeded()},
            {QStringLiteral("status"),
             result.httpStatus ? QJsonValue(*result.httpStatus) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("duration_ms"), result.durationMs},
            {QStringLiteral("error_class"), attemptErrorClassName(result.errorClass)},
            {QStringLiteral("error"), result.errorMessage},
            {QStringLiteral("response_body"), QString::fromUtf8(result.responseBody)},
        });
    } else {
        QTextStream &out = context.out();
        out << (result.succeeded() ? tr("OK") : tr("FAILED")) << ' '
            << (result.httpStatus ? QStringLiteral("HTTP %1").arg(*result.httpStatus) : QStringLiteral("-")) << ' '
            << tr("in %1 ms").arg(result.durationMs) << '\n';
        if (!result.errorMessage.isEmpty())
            out << tr("error (%1): %2").arg(attemptErrorClassName(result.errorClass), result.errorMessage) << '\n';
        if (!result.responseBody.isEmpty())
            out << QString::fromUtf8(result.responseBody.left(4000)) << '\n';
    }
    return result.succeeded() ? ExitSuccess : ExitRuntimeError;
}

int WorkerCommands::verify(CliContext &context)
{
    const SignatureScheme scheme = schemeOption(context);
    if (!context.isSet(QStringLiteral("secret-env")))
        throw UsageError{tr("--secret-env VAR is required.")};
    const QByteArray secret = context.secretFromEnvironment(QStringLiteral("secret-env"));
    if (!context.isSet(QStringLiteral("body")))
        throw UsageError{tr("--body @FILE is required.")};
    const QByteArray body = context.textOrFile(QStringLiteral("body"));
    const QByteArray signature = context.requiredValue(QStringLiteral("signature")).toUtf8();
    std::optional<qint64> timestamp;
    if (context.isSet(QStringLiteral("timestamp"))) {
        bool ok = false;
        timestamp = context.value(QStringLiteral("timestamp")).toLongLong(&ok);
        if (!ok)
            throw UsageError{tr("--timestamp must be Unix seconds.")};
    }
    const int tolerance = context.intOption(QStringLiteral("tolerance"), 0, 365 * 24 * 3600).value_or(300);
    const WebhookSignature::Verification verification = WebhookSignature::verify(scheme, secret, body, signature,
                                                                                 context.value(QStringLiteral("id")),
                                                                                 timestamp, tolerance,
                                                                                 context.clock().now());
    if (verification.valid) {
        context.out() << "valid\n";
        return ExitSuccess;
    }
    context.out() << "invalid: " << verification.reason << '\n';
    return ExitRuntimeError;
}

QList<CliCommand> WorkerCommands::commands()
{
    const CliOption scheme{QStringLiteral("scheme"), QStringLiteral("garagereg|standard-webhooks"),
                           tr("The signature scheme.")};
    const CliOption stopGrace{QStringLiteral("stop-grace"), QStringLiteral("seconds"),
                              tr("On SIGTERM/SIGINT, how long requests in flight may finish before they are aborted "
                                 "and given back undelivered (default 10).")};
    const CliOption sendingThreads{QStringLiteral("sending-threads"), QStringLiteral("n"),
                                   tr("Threads that send requests, each with its own HTTP client (1-8; default 2 "
                                      "on two or more cores, else 1).")};
    const CliOption concurrency{QStringLiteral("concurrency"), QStringLiteral("n"),
                                tr("Requests in flight at most (default 16).")};
    const CliOption concurrencyPerHost{QStringLiteral("concurrency-per-host"), QStringLiteral("n"),
                                       tr("Requests in flight to one endpoint host at most (default 4): more for a "
                                          "receiver that takes many at once, fewer to spare a small one.")};
    const CliOption secretEnv{QStringLiteral("secret-env"), QStringLiteral("VAR"),
                              tr("Read the secret from this environment variable.")};
    return {
        {{QStringLiteral("worker")},
         {},
         tr("Run the delivery scheduler headless until stopped (SIGTERM/SIGINT stop it cleanly)."),
         {{QStringLiteral("until-idle"), {}, tr("Exit once nothing is pending or retrying.")},
          {QStringLiteral("max-seconds"), QStringLiteral("n"), tr("Exit after this many seconds.")},
          {QStringLiteral("verbose"), {}, tr("Print every finished attempt.")},
          concurrency,
          concurrencyPerHost,
          sendingThreads,
          {QStringLiteral("lease-seconds"), QStringLiteral("n"),
           tr("How long a crashed worker's deliveries stay claimed beyond their timeout (default 60).")},
          stopGrace},
         0,
         0,
         worker},
        {{QStringLiteral("serve")},
         {},
         tr("Run the worker and serve the REST API (docs/openapi.json) until stopped."),
         {{QStringLiteral("listen"), QStringLiteral("address:port"),
           tr("Where the API listens, e.g. 127.0.0.1:8080 (port 0 picks a free one).")},
          {QStringLiteral("rate-limit"), QStringLiteral("per-second"),
           tr("API requests a second each token may make (default 50; 0: no limit); beyond it the answer is 429.")},
          {QStringLiteral("rate-burst"), QStringLiteral("n"),
           tr("API requests a token may make at once before the rate limit applies (default 100).")},
          {QStringLiteral("max-seconds"), QStringLiteral("n"), tr("Exit after this many seconds.")},
          {QStringLiteral("verbose"), {}, tr("Print every finished attempt.")},
          concurrency,
          concurrencyPerHost,
          sendingThreads,
          {QStringLiteral("lease-seconds"), QStringLiteral("n"),
           tr("How long a crashed worker's deliveries stay claimed beyond their timeout (default 60).")},
          stopGrace},
         0,
         0,
         serve},
        {{QStringLiteral("endpoint"), QStringLiteral("test")},
         QStringLiteral("URL"),
         tr("Send a signed ping to a URL and show the response."),
         {secretEnv, scheme, {QStringLiteral("timeout"), QStringLiteral("seconds"), tr("Timeout (default 30).")}},
         1,
         1,
         endpointTest},
        {{QStringLiteral("verify")},
         {},
         tr("Check a received webhook's signature: prints \"valid\" (exit 0) or \"invalid: <reason>\" (exit 1)."),
         {scheme,
          secretEnv,
          {QStringLiteral("body"), QStringLiteral("@file"), tr("The exact request body.")},
          {QStringLiteral("signature"), QStringLiteral("sig"), tr("The signature header's value.")},
          {QStringLiteral("id"), QStringLiteral("id"), tr("webhook-id (standard-webhooks).")},
          {QStringLiteral("timestamp"), QStringLiteral("unix-seconds"), tr("The timestamp header's value.")},
          {QStringLiteral("tolerance"), QStringLiteral("seconds"),
           tr("Largest accepted clock difference (default 300).")}},
         0,
         0,
         verify},
    };
}

} // namespace

QList<CliCommand> workerCommands()
{
    return WorkerCommands::commands();
}

QList<CliCommand> endpointCommands()
{
    return {};
}

} // namespace garagereg
