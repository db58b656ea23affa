// Delivery benchmarks (bench/run calls them; see bench/README.md):
//   baseline  a bare QNetworkAccessManager POST loop: the ceiling of the HTTP client
//   engine    a burst of events x subscriptions drained by the delivery engine,
//             signatures on, every attempt durably logged
//   idle      one event at a time, 10 per second: trigger-to-response latency
// Latencies run from the trigger to the receiver's answer (p50/p99) and, as
// logged_p50/p99, to the attempt being durably logged.
#include "adapters/http/WebhookSender.h"
#include "adapters/http/WebhookSenderPool.h"
#include "app/services/DeliveryEngine.h"
#include "app/services/SubscriptionService.h"
#include "app/services/WebhookEventService.h"
#include "bench/BenchSupport.h"
#include "models/common/AwaitFuture.h"
#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/DatabaseUrl.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/SqlQuery.h"
#include "models/webhooks/WebhookRequest.h"
#include "models/webhooks/WebhookSignature.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <unistd.h>
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else
#define CALLGRIND_ZERO_STATS
#define CALLGRIND_DUMP_STATS_AT(name)
#endif

#include <atomic>
#include <cstdio>

using namespace garagereg;
using namespace garagereg::bench;

namespace {

struct Options
{
    QString mode;
    QUrl url;
    QString database;
    int events = 20000;
    int subscriptions = 1;
    int inFlight = 16;
    int held = 0;                                    // DeliveryEngineOptions::maxHeld; 0: the engine's default
    int threads = WebhookSenderPool::defaultLanes(); // sending threads, each with its own QNetworkAccessManager
    QString name;
};

QJsonObject payload(int number)
{
    return QJsonObject{{QStringLiteral("gate_id"), QStringLiteral("K-%1").arg(number)},
                       {QStringLiteral("site"), QStringLiteral("Győr, Ipari park 12.")},
                       {QStringLiteral("due_date"), QStringLiteral("2026-12-15")},
                       {QStringLiteral("priority"), QStringLiteral("high")}};
}

// What one sending thread of the bare loop saw.
struct LoopOutcome
{
    QList<double> latencies; // ms from post() to finished
    int failed = 0;
};

// Posts signed requests, `inFlight` at a time, through one
// QNetworkAccessManager on the calling thread, taking request numbers from
// `next` (shared with the other threads) until `total` are taken; returns
// when its own have been answered.
LoopOutcome postLoop(const QUrl &url, std::atomic<int> &next, int total, int inFlight)
{
    QNetworkAccessManager network;
    const QByteArray secret = QByteArrayLiteral("bench-secret-0123456789abcdef");
    int outstanding = 0;
    LoopOutcome outcome;
    QElapsedTimer clock;
    QEventLoop loop;
    std::function<bool()> sendOne = [&] {
        const int number = next++;
        if (number >= total)
            return false;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray body = WebhookRequest::envelope(id, QStringLiteral("gate.inspection_due"), now, {}, {},
                                                         payload(number));
        QNetworkRequest request(url);
        for (const auto &[name, value] :
             WebhookRequest::headers(SignatureScheme::GarageReg, WebhookSubscription::defaultSignatureHeader(),
                                     QStringLiteral("gate.inspection_due"), id, now.toSecsSinceEpoch(), body, {secret}))
            request.setRawHeader(name, value);
        const qint64 sentAt = clock.nsecsElapsed();
        QNetworkReply *reply = network.post(request, body);
        ++outstanding;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, sentAt] {
            outcome.latencies.append(double(clock.nsecsElapsed() - sentAt) / 1e6);
            if (reply->error() != QNetworkReply::NoError)
                ++outcome.failed;
            reply->readAll();
            reply->deleteLater();
            --outstanding;
            if (!sendOne() && outstanding == 0)
                loop.quit();
        });
        return true;
    };
    clock.start();
    for (int i = 0; i < inFlight; ++i)
        sendOne();
    if (outstanding > 0)
        loop.exec();
    return outcome;
}

// The bare loop on options.threads threads, one QNetworkAccessManager each,
// sharing the requests and the in-flight limit.
int baseline(const Options &options)
{
    const int total = options.events;
    const int threads = std::max(1, options.threads);
    std::atomic<int> next{0};
    std::vector<LoopOutcome> outcomes(threads);
    QList<QThread *> workers;
    const auto inFlightOf = [&](int thread) {
        return std::max(1, options.inFlight / threads + (thread < options.inFlight % threads ? 1 : 0));
    };
    const ResourceUse before = ResourceUse::now();
    QElapsedTimer clock;
    clock.start();
    CALLGRIND_ZERO_STATS;
    for (int i = 1; i < threads; ++i) {
        workers.append(QThread::create([&outcomes, &next, i, total, inFlight = inFlightOf(i), url = options.url] {
            outcomes[i] = postLoop(url, next, total, inFlight);
        }));
        workers.last()->start();
    }
    outcomes[0] = postLoop(options.url, next, total, inFlightOf(0)); // the first share on this thread
    for (QThread *worker : std::as_const(workers)) {
        worker->wait();
        delete worker;
    }
    CALLGRIND_DUMP_STATS_AT("drain");
    const double wall = double(clock.nsecsElapsed()) / 1e9;
    QList<double> latencies;
    int failed = 0;
    for (const LoopOutcome &outcome : std::as_const(outcomes)) {
        latencies += outcome.latencies;
        failed += outcome.failed;
    }
    const ResourceUse after = ResourceUse::now();
    const double rate = total / wall;
    const QString verify = failed == 0 ? QStringLiteral("ok") : QStringLiteral("failed=%1").arg(failed);
    report(options.name,
           {{QStringLiteral("deliveries"), total},
            {QStringLiteral("wall_s"), wall},
            {QStringLiteral("dps"), rate},
            {QStringLiteral("p50_ms"), percentile(latencies, 0.5)},
            {QStringLiteral("p99_ms"), percentile(latencies, 0.99)},
            {QStringLiteral("cpu_s"), after.cpuSeconds - before.cpuSeconds},
            {QStringLiteral("peak_rss_mb"), after.peakRssMb},
            {QStringLiteral("threads"), threads},
            {QStringLiteral("verify"), verify}},
           QStringLiteral("deliveries=%1 wall_s=%2 dps=%3 p50_ms=%4 p99_ms=%5 cpu_s=%6 verify=%7")
               .arg(total)
               .arg(wall, 0, 'f', 3)
               .arg(rate, 0, 'f', 0)
               .arg(percentile(latencies, 0.5), 0, 'f', 2)
               .arg(percentile(latencies, 0.99), 0, 'f', 2)
               .arg(after.cpuSeconds - before.cpuSeconds, 0, 'f', 2)
               .arg(verify));
    return failed == 0 ? 0 : 1;
}

// A database with one integration and `count` subscriptions to the receiver.
std::unique_ptr<Database> prepare(const Options &options, MemorySecretStore &secrets, const Clock &clock)
{
    const QString password = qEnvironmentVariable("GARAGEREG_BENCH_PG_PASSWORD");
    std::unique_ptr<Database> database = Database::open(DatabaseUrl::parse(options.database), password);
    Integration integration;
    integration.name = QStringLiteral("Benchmark");
    integration.provider = QStringLiteral("custom");
    integration.type = IntegrationType::Webhook;
    const qint64 integrationId = IntegrationRepository(*database, clock).create(integration).id;
    for (int i = 0; i < options.subscriptions; ++i) {
        WebhookSubscription subscription;
        subscription.integrationId = integrationId;
        subscription.name = QStringLiteral("Receiver %1").arg(i + 1);
        subscription.endpointUrl = options.url.toString();
        subscription.eventTypes = {QStringLiteral("gate.inspection_due")};
        const SubscriptionOutcome outcome = awaitFuture(
            SubscriptionService(*database, secrets, clock).create(subscription));
        if (!outcome.error.isEmpty())
            qFatal("subscription: %s", qPrintable(outcome.error));
    }
    return database;
}

struct Verification
{
    qint64 deliveries = 0;
    qint64 delivered = 0;
    qint64 attempts = 0;
    bool ok(qint64 expected) const { return deliveries == expected && delivered == expected && attempts == expected; }
    QString text(qint64 expected) const
    {
        return ok(expected) ? QStringLiteral("ok")
                            : QStringLiteral("failed(deliveries=%1,delivered=%2,attempts=%3,expected=%4)")
                                  .arg(deliveries)
                                  .arg(delivered)
                                  .arg(attempts)
                                  .arg(expected);
    }
};

Verification verify(const Database &database)
{
    const auto count = [&](const char *sql) {
        return SqlQuery(database.connection(), QString::fromLatin1(sql)).scalar().toLongLong();
    };
    return {count("SELECT count(*) FROM webhook_deliveries"),
            count("SELECT count(*) FROM webhook_deliveries WHERE status = 'delivered'"),
            count("SELECT count(*) FROM delivery_attempts")};
}

int engine(const Options &options, bool idle)
{
    SystemClock clock;
    MemorySecretStore secrets;
    const std::unique_ptr<Database> database = prepare(options, secrets, clock);
    QNetworkAccessManager network;
    WebhookSender localSender(network, clock);
    WebhookSenderPool sender(localSender, clock, std::max(1, options.threads) - 1);
    DeliveryEngineOptions engineOptions;
    engineOptions.maxInFlight = options.inFlight;
    engineOptions.maxInFlightPerHost = options.inFlight;
    engineOptions.maxHeld = options.held;
    DeliveryEngine deliveries(*database, secrets, sender, clock, engineOptions);
    WebhookEventService events(*database, clock);
    QObject::connect(&events, &WebhookEventService::deliveriesQueued, &deliveries, &DeliveryEngine::wake);

    const qint64 expected = qint64(options.events) * options.subscriptions;
    QHash<QString, qint64> triggeredAt; // request id -> ns on `timer`
    QHash<QString, qint64> storedAt;    // request id -> ns on `timer` when trigger() returned
    QList<double> latencies;            // trigger to the receiver's answer
    QList<double> loggedLatencies;      // trigger to the attempt durably logged
    QList<double> triggerTimes;         // the trigger call itself: storing the event and its deliveries
    QList<double> afterTrigger;         // trigger() returned to the receiver's answer
    latencies.reserve(expected);
    loggedLatencies.reserve(expected);
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    qint64 finished = 0;
    const auto sinceTrigger = [&](const QString &requestId, QList<double> &into) {
        const auto found = triggeredAt.constFind(requestId);
        if (found != triggeredAt.cend())
            into.append(double(timer.nsecsElapsed() - found.value()) / 1e6);
    };
    QObject::connect(&deliveries, &DeliveryEngine::attemptAnswered, &loop, [&](const QString &requestId) {
        sinceTrigger(requestId, latencies);
        if (const auto stored = storedAt.constFind(requestId); stored != storedAt.cend())
            afterTrigger.append(double(timer.nsecsElapsed() - stored.value()) / 1e6);
    });
    QObject::connect(&deliveries, &DeliveryEngine::attemptFinished, &loop,
                     [&](const QString &requestId, DeliveryStatus) {
                         sinceTrigger(requestId, loggedLatencies);
                         if (++finished == expected)
                             loop.quit();
                     });
    const auto triggerOne = [&](int number) {
        const qint64 at = timer.nsecsElapsed();
        const TriggeredEvent event = events.trigger(QStringLiteral("gate.inspection_due"), payload(number));
        const qint64 stored = timer.nsecsElapsed();
        triggerTimes.append(double(stored - at) / 1e6);
        for (const QString &requestId : event.requestIds) {
            triggeredAt.insert(requestId, at);
            storedAt.insert(requestId, stored);
        }
    };

    double wall = 0;
    ResourceUse before;
    if (idle) {
        // One event every 100 ms; the engine waits for work in between.
        deliveries.start();
        before = ResourceUse::now();
        int number = 0;
        QTimer pacer;
        pacer.setInterval(100);
        QObject::connect(&pacer, &QTimer::timeout, &loop, [&] {
            if (number < options.events)
                triggerOne(number++);
            else
                pacer.stop();
        });
        const qint64 start = timer.nsecsElapsed();
        pacer.start();
        loop.exec();
        wall = double(timer.nsecsElapsed() - start) / 1e9;
    } else {
        // The burst: everything is queued (as after an outage), then drained.
        for (int number = 0; number < options.events; ++number)
            triggerOne(number);
        // The queued events reach the disk before the clock starts, not during the
        // drain, as a backlog queued during an outage would have long before.
        ::sync();
        if (!DatabaseUrl::parse(options.database).isSqlite()) {
            try {
                // Not prepared: PostgreSQL cannot PREPARE a CHECKPOINT. Needs a superuser.
                execSql(database->connection(), QStringLiteral("CHECKPOINT"));
            } catch (const Error &error) {
                // bench/run shows lines that start this way.
                std::fprintf(stderr,
                             "bench warning: no CHECKPOINT before the drain (connect as a superuser or a role with "
                             "pg_checkpoint): %s\n",
                             qPrintable(error.message()));
            }
        }
        before = ResourceUse::now();
        const qint64 start = timer.nsecsElapsed();
        CALLGRIND_ZERO_STATS; // under callgrind the drain alone is counted (no-ops otherwise)
        deliveries.start();
        loop.exec();
        CALLGRIND_DUMP_STATS_AT("drain");
        wall = double(timer.nsecsElapsed() - start) / 1e9;
    }
    const ResourceUse after = ResourceUse::now();
    deliveries.stop();
    const Verification checked = verify(*database);
    const double rate = double(expected) / wall;
    const QString verifyText = checked.text(expected);
    report(options.name,
           {{QStringLiteral("deliveries"), expected},
            {QStringLiteral("wall_s"), wall},
            {QStringLiteral("dps"), rate},
            {QStringLiteral("p50_ms"), percentile(latencies, 0.5)},
            {QStringLiteral("p99_ms"), percentile(latencies, 0.99)},
            {QStringLiteral("logged_p50_ms"), percentile(loggedLatencies, 0.5)},
            {QStringLiteral("logged_p99_ms"), percentile(loggedLatencies, 0.99)},
            {QStringLiteral("trigger_p50_ms"), percentile(triggerTimes, 0.5)},
            {QStringLiteral("trigger_p99_ms"), percentile(triggerTimes, 0.99)},
            {QStringLiteral("after_trigger_p99_ms"), percentile(afterTrigger, 0.99)},
            {QStringLiteral("cpu_s"), after.cpuSeconds - before.cpuSeconds},
            {QStringLiteral("peak_rss_mb"), after.peakRssMb},
            {QStringLiteral("threads"), sender.lanes()},
            {QStringLiteral("verify"), verifyText},
            {QStringLiteral("backend"),
             DatabaseUrl::parse(options.database).isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql")}},
           QStringLiteral("deliveries=%1 wall_s=%2 dps=%3 p50_ms=%4 p99_ms=%5 cpu_s=%6 verify=%7")
               .arg(expected)
               .arg(wall, 0, 'f', 3)
               .arg(rate, 0, 'f', 0)
               .arg(percentile(latencies, 0.5), 0, 'f', 2)
               .arg(percentile(latencies, 0.99), 0, 'f', 2)
               .arg(after.cpuSeconds - before.cpuSeconds, 0, 'f', 2)
               .arg(verifyText));
    return checked.ok(expected) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("mode"), QStringLiteral("baseline, engine or idle"), QStringLiteral("mode")},
        {QStringLiteral("url"), QStringLiteral("The receiver (http://127.0.0.1:PORT/...)."), QStringLiteral("url")},
        {QStringLiteral("database"), QStringLiteral("A fresh database URL (engine, idle)."), QStringLiteral("url")},
        {QStringLiteral("events"), QStringLiteral("Events (or requests for baseline)."), QStringLiteral("n")},
        {QStringLiteral("subscriptions"), QStringLiteral("Subscriptions receiving each event."), QStringLiteral("n")},
        {QStringLiteral("inflight"), QStringLiteral("Requests in flight at most."), QStringLiteral("n")},
        {QStringLiteral("held"), QStringLiteral("Deliveries the engine holds at once (default: its own)."),
         QStringLiteral("n")},
        {QStringLiteral("threads"),
         QStringLiteral("Sending threads, one QNetworkAccessManager each (default: the worker's, 2 on two cores)."),
         QStringLiteral("n")},
        {QStringLiteral("name"), QStringLiteral("The result's name."), QStringLiteral("name")},
    });
    parser.process(app);
    Options options;
    options.mode = parser.value(QStringLiteral("mode"));
    options.url = QUrl(parser.value(QStringLiteral("url")));
    options.database = parser.value(QStringLiteral("database"));
    if (parser.isSet(QStringLiteral("events")))
        options.events = parser.value(QStringLiteral("events")).toInt();
    if (parser.isSet(QStringLiteral("subscriptions")))
        options.subscriptions = parser.value(QStringLiteral("subscriptions")).toInt();
    if (parser.isSet(QStringLiteral("inflight")))
        options.inFlight = parser.value(QStringLiteral("inflight")).toInt();
    if (parser.isSet(QStringLiteral("held")))
        options.held = parser.value(QStringLiteral("held")).toInt();
    if (parser.isSet(QStringLiteral("threads")))
        options.threads = parser.value(QStringLiteral("threads")).toInt();
    options.name = parser.value(QStringLiteral("name"));
    if (options.name.isEmpty())
        options.name = options.mode;
    if (!options.url.isValid() || options.url.host().isEmpty())
        qFatal("--url http://127.0.0.1:PORT/path is required");
    if (options.mode == QLatin1String("baseline"))
        return baseline(options);
    if (options.database.isEmpty())
        qFatal("--database is required for %s", qPrintable(options.mode));
    if (options.mode == QLatin1String("engine"))
        return engine(options, false);
    if (options.mode == QLatin1String("idle"))
        return engine(options, true);
    qFatal("unknown --mode %s", qPrintable(options.mode));
}
