// The retry scheduler: 100,000 deliveries waiting to retry, due over 60 s
// (starting 10 s from now). First the CPU used while nothing is due (8 s), then
// how late each fires: lateness = when its answer arrived - when it was due
// (and, as logged lateness, when the attempt was durably logged - when it was due).
#include "adapters/http/WebhookSender.h"
#include "adapters/http/WebhookSenderPool.h"
#include "app/services/DeliveryEngine.h"
#include "app/services/SubscriptionService.h"
#include "bench/BenchSupport.h"
#include "models/common/AwaitFuture.h"
#include "models/common/Clock.h"
#include "models/storage/Database.h"
#include "models/storage/DatabaseUrl.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/SqlQuery.h"
#include "models/storage/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace garagereg;
using namespace garagereg::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("database"), QStringLiteral("A fresh database URL."), QStringLiteral("url")},
        {QStringLiteral("url"), QStringLiteral("The receiver."), QStringLiteral("url")},
        {QStringLiteral("deliveries"), QStringLiteral("Waiting deliveries (default 100000)."), QStringLiteral("n")},
        {QStringLiteral("spread"), QStringLiteral("Seconds over which they fall due (default 60)."),
         QStringLiteral("s")},
        {QStringLiteral("held"), QStringLiteral("Deliveries the engine holds at once (default: its own)."),
         QStringLiteral("n")},
        {QStringLiteral("per-host"),
         QStringLiteral("Requests in flight to one host at most (default: the engine's, as the worker sends)."),
         QStringLiteral("n")},
        {QStringLiteral("threads"),
         QStringLiteral("Sending threads, one QNetworkAccessManager each (default: the worker's, 2 on two cores)."),
         QStringLiteral("n")},
        {QStringLiteral("lateness-log"),
         QStringLiteral("Writes one line per answer to this file: the time (ms since the epoch) and how late it was "
                        "(ms), to see when lateness grew."),
         QStringLiteral("file")},
        {QStringLiteral("name"), QStringLiteral("The result's name."), QStringLiteral("name")},
    });
    parser.process(app);
    const qint64 total = parser.isSet(QStringLiteral("deliveries"))
                             ? parser.value(QStringLiteral("deliveries")).toLongLong()
                             : 100000;
    const int spreadSeconds = parser.isSet(QStringLiteral("spread")) ? parser.value(QStringLiteral("spread")).toInt()
                                                                     : 60;
    const QString name = parser.value(QStringLiteral("name")).isEmpty() ? QStringLiteral("scheduler")
                                                                        : parser.value(QStringLiteral("name"));
    // The idle window (nothing due) is measured after setup, which takes ~3-5 s for 100,000 rows on PostgreSQL
    // here: the first delivery falls due late enough to leave idleSeconds after a setup of up to 7.5 s.
    constexpr int idleSeconds = 8;
    constexpr int firstDueSeconds = 16;
    constexpr int idleEndMarginMs = 500; // the window ends this long before the first due time

    SystemClock clock;
    MemorySecretStore secrets;
    std::unique_ptr<Database> database = Database::open(DatabaseUrl::parse(parser.value(QStringLiteral("database"))),
                                                        qEnvironmentVariable("GARAGEREG_BENCH_PG_PASSWORD"));
    Integration integration;
    integration.name = QStringLiteral("Benchmark");
    integration.provider = QStringLiteral("custom");
    WebhookSubscription subscription;
    subscription.integrationId = IntegrationRepository(*database, clock).create(integration).id;
    subscription.name = QStringLiteral("Receiver");
    subscription.endpointUrl = parser.value(QStringLiteral("url"));
    subscription.eventTypes = {QStringLiteral("gate.inspection_due")};
    const SubscriptionOutcome created = awaitFuture(SubscriptionService(*database, secrets, clock).create(subscription));
    if (!created.error.isEmpty())
        qFatal("subscription: %s", qPrintable(created.error));
    const qint64 subscriptionId = created.subscription->id;

    // The waiting retries, generated in SQL: delivery i is due at start + 10 s + i * spread / total.
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    const qint64 firstDue = start + firstDueSeconds * 1000LL;
    {
        const QSqlDatabase db = database->connection();
        Transaction transaction(db, database->backend());
        SqlQuery(db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                                    " INSERT INTO webhook_events (event_uuid, event_type, payload, body, occurred_at,"
                                    " created_at) SELECT 'ev-' || i, 'gate.inspection_due', '{}',"
                                    " '{\"event_id\": \"ev-' || i || '\"}', %2, %2 FROM n")
                         .arg(total - 1)
                         .arg(start))
            .exec();
        SqlQuery(db, QStringLiteral("INSERT INTO webhook_deliveries (request_id, event_id, event_type,"
                                    " subscription_id, endpoint_url, endpoint_host, status, attempt_count,"
                                    " next_attempt_at, created_at, updated_at) SELECT 'req-' || (id - 1), id,"
                                    " event_type, %1, '%2', '127.0.0.1', 'retrying', 1,"
                                    " %3 + (id - 1) * %4 / %5, %6, %6 FROM webhook_events")
                         .arg(subscriptionId)
                         .arg(subscription.endpointUrl)
                         .arg(firstDue)
                         .arg(spreadSeconds * 1000LL)
                         .arg(total)
                         .arg(start))
            .exec();
        transaction.commit();
    }
    const auto dueOf = [&](const QString &requestId) {
        return firstDue + requestId.mid(4).toLongLong() * spreadSeconds * 1000LL / total;
    };

    QNetworkAccessManager network;
    WebhookSender localSender(network, clock);
    const int threads = parser.isSet(QStringLiteral("threads"))
                            ? parser.value(QStringLiteral("threads")).toInt()
                            : WebhookSenderPool::defaultLanes(); // as the worker sends
    WebhookSenderPool sender(localSender, clock, std::max(1, threads) - 1);
    DeliveryEngineOptions engineOptions;
    engineOptions.maxHeld = parser.value(QStringLiteral("held")).toInt(); // 0 when not given: the default
    if (parser.isSet(QStringLiteral("per-host")))
        engineOptions.maxInFlightPerHost = std::max(1, parser.value(QStringLiteral("per-host")).toInt());
    DeliveryEngine engine(*database, secrets, sender, clock, engineOptions);
    QList<double> lateness;       // to the answer
    QList<double> loggedLateness; // to the durable log
    lateness.reserve(total);
    loggedLateness.reserve(total);
    QFile latenessLog(parser.value(QStringLiteral("lateness-log")));
    QTextStream latenessLines(&latenessLog);
    if (!latenessLog.fileName().isEmpty() && !latenessLog.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s: %s", qPrintable(latenessLog.fileName()), qPrintable(latenessLog.errorString()));
    QEventLoop loop;
    QObject::connect(&engine, &DeliveryEngine::attemptAnswered, &loop, [&](const QString &requestId) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        lateness.append(double(now - dueOf(requestId)));
        if (latenessLog.isOpen())
            latenessLines << now << ' ' << lateness.last() << '\n';
    });
    QObject::connect(&engine, &DeliveryEngine::attemptFinished, &loop, [&](const QString &requestId, DeliveryStatus) {
        loggedLateness.append(double(QDateTime::currentMSecsSinceEpoch() - dueOf(requestId)));
        if (loggedLateness.size() == total)
            loop.quit();
    });

    // Nothing is due for the first seconds: what does waiting cost?
    const qint64 setupMs = QDateTime::currentMSecsSinceEpoch() - start;
    if (setupMs > (firstDueSeconds - idleSeconds) * 1000LL - idleEndMarginMs)
        std::fprintf(stderr, "bench warning: setup took %lld ms; the idle window is shorter than %d s\n", setupMs,
                     idleSeconds); // bench/run shows lines that start this way
    engine.start();
    const ResourceUse idleBefore = ResourceUse::now();
    const qint64 idleStart = QDateTime::currentMSecsSinceEpoch();
    QTimer::singleShot(std::max<qint64>(0, firstDue - idleStart - idleEndMarginMs), &loop, &QEventLoop::quit);
    loop.exec();
    const double idleWall = double(QDateTime::currentMSecsSinceEpoch() - idleStart) / 1000.0;
    const double idleCpu = ResourceUse::now().cpuSeconds - idleBefore.cpuSeconds;
    const bool idleClean = lateness.isEmpty();

    const ResourceUse busyBefore = ResourceUse::now();
    QTimer::singleShot(std::chrono::seconds(spreadSeconds + 120), &loop, &QEventLoop::quit); // a bound, not a goal
    loop.exec();
    const ResourceUse after = ResourceUse::now();
    engine.stop();

    // Firing early is a defect; not keeping up within the bound is a (bad) measurement.
    const bool ok = idleClean;
    const QString verify = !idleClean                       ? QStringLiteral("failed(fired before due)")
                           : loggedLateness.size() == total ? QStringLiteral("ok")
                                                            : QStringLiteral("incomplete(fired=%1/%2 within %3 s)")
                                                                  .arg(loggedLateness.size())
                                                                  .arg(total)
                                                                  .arg(spreadSeconds + 120);
    const double p50 = percentile(lateness, 0.5);
    const double p99 = percentile(lateness, 0.99);
    report(name,
           {{QStringLiteral("deliveries"), total},
            {QStringLiteral("spread_s"), spreadSeconds},
            {QStringLiteral("per_host"), engineOptions.maxInFlightPerHost},
            {QStringLiteral("threads"), sender.lanes()},
            {QStringLiteral("late_p50_ms"), p50},
            {QStringLiteral("late_p99_ms"), p99},
            {QStringLiteral("logged_late_p50_ms"), percentile(loggedLateness, 0.5)},
            {QStringLiteral("logged_late_p99_ms"), percentile(loggedLateness, 0.99)},
            {QStringLiteral("idle_s"), idleWall},
            {QStringLiteral("idle_cpu_s"), idleCpu},
            {QStringLiteral("idle_cpu_percent"), 100.0 * idleCpu / idleWall},
            {QStringLiteral("busy_cpu_s"), after.cpuSeconds - busyBefore.cpuSeconds},
            {QStringLiteral("peak_rss_mb"), after.peakRssMb},
            {QStringLiteral("verify"), verify}},
           QStringLiteral("deliveries=%1 spread_s=%2 late_p50_ms=%3 late_p99_ms=%4 idle_cpu_s=%5 idle_s=%6 verify=%7")
               .arg(total)
               .arg(spreadSeconds)
               .arg(p50, 0, 'f', 1)
               .arg(p99, 0, 'f', 1)
               .arg(idleCpu, 0, 'f', 3)
               .arg(idleWall, 0, 'f', 1)
               .arg(verify));
    return ok ? 0 : 1;
}
