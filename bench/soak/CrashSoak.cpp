#include "bench/soak/CrashSoak.h"

#include "bench/soak/SoakReceiver.h"

#include "app/services/WebhookEventService.h"
#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/DeliveryRepository.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/Transaction.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <memory>

namespace garagereg::soak {

namespace {

const QString secretVariable = QStringLiteral("GARAGEREG_SOAK_SECRET");

QString pairKey(int subscription, const QString &eventId)
{
    return QString::number(subscription) + QLatin1Char('/') + eventId;
}

struct LoggedDelivery
{
    QString requestId;
    int attemptCount = 0;
    qint64 received = 0;
    QString firstReceivedId;
    bool idMismatch = false;
};

} // namespace

QString CrashSoakReport::summary() const
{
    return QStringLiteral("pairs=%1 received=%2 lost=%3 duplicates=%4 id_mismatches=%5 unknown=%6 delivered=%7 "
                          "outstanding=%8 other=%9 attempts=%10 unlogged_sends=%11 integration_requests=%12 "
                          "claimed_after_stop=%13 kills=%14 starts=%15 wall_s=%16")
        .arg(expectedPairs)
        .arg(receivedRequests)
        .arg(lost)
        .arg(duplicates)
        .arg(idMismatches)
        .arg(unknownRequests)
        .arg(loggedDelivered)
        .arg(loggedOutstanding)
        .arg(loggedOther)
        .arg(loggedAttempts)
        .arg(unloggedSends)
        .arg(integrationRequests)
        .arg(claimedAfterStop)
        .arg(kills)
        .arg(workerStarts)
        .arg(wallSeconds, 0, 'f', 1);
}

CrashSoakReport runCrashSoak(const CrashSoakOptions &options)
{
    CrashSoakReport report;
    report.expectedPairs = qint64(options.events) * options.subscriptions;
    QElapsedTimer wall;
    wall.start();
    QRandomGenerator random(options.seed != 0 ? options.seed : QRandomGenerator::global()->generate());
    const auto say = [&options](const QString &line) {
        if (options.progress)
            options.progress(line);
    };

    SoakReceiver receiver;
    if (receiver.port() == 0) {
        report.problems << QStringLiteral("the receiver could not listen on 127.0.0.1");
        return report;
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("GARAGEREG_DATABASE"), options.database.toString());
    environment.remove(QStringLiteral("PGPASSWORD"));
    if (!options.databasePassword.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), options.databasePassword);
    environment.insert(secretVariable, QStringLiteral("soak-secret-%1").arg(random.generate64(), 0, 16));

    // Setup through the real CLI: the subscriptions' secrets go to the keychain the worker reads.
    const auto cli = [&](const QStringList &arguments, QString *out) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(options.cliPath, arguments);
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            report.problems << QStringLiteral("%1 failed: %2")
                                   .arg(arguments.mid(0, 2).join(QLatin1Char(' ')),
                                        QString::fromUtf8(process.readAllStandardError()).trimmed());
            return false;
        }
        *out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        return true;
    };
    QString integrationId;
    if (!cli({QStringLiteral("integration"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Soak"),
              QStringLiteral("--type"), QStringLiteral("webhook"), QStringLiteral("--provider"),
              QStringLiteral("custom")},
             &integrationId))
        return report;
    QHash<qint64, int> subscriptionIndex; // subscription id -> n of /hook/n
    for (int n = 1; n <= options.subscriptions; ++n) {
        QString id;
        if (!cli({QStringLiteral("subscription"), QStringLiteral("add"), QStringLiteral("--integration"), integrationId,
                  QStringLiteral("--name"), QStringLiteral("Soak %1").arg(n), QStringLiteral("--url"),
                  QStringLiteral("http://127.0.0.1:%1/hook/%2").arg(receiver.port()).arg(n), QStringLiteral("--events"),
                  QStringLiteral("gate.inspection_due"), QStringLiteral("--secret-env"), secretVariable,
                  QStringLiteral("--timeout"), QString::number(options.timeoutSeconds)},
                 &id))
            return report;
        subscriptionIndex.insert(id.toLongLong(), n);
    }

    std::unique_ptr<Database> database;
    try {
        database = Database::open(options.database, options.databasePassword);
    } catch (const Error &error) {
        report.problems << error.message();
        return report;
    }
    SystemClock clock;
    WebhookEventService events(*database, clock);
    DeliveryRepository deliveries(*database, clock);

    // The worker, killed and started again.
    // Its stderr comes through a pipe: appended to the log, and read to know when
    // the worker is up (a SIGTERM before it has installed its handler kills it).
    std::unique_ptr<QProcess> worker;
    QByteArray workerOutput; // the current worker's
    QFile workerLog(options.workerLogPath);
    if (!options.workerLogPath.isEmpty() && !workerLog.open(QIODevice::WriteOnly | QIODevice::Append)) {
        report.problems << QStringLiteral("cannot write the worker log %1").arg(options.workerLogPath);
        return report;
    }
    const auto readWorkerOutput = [&] {
        const QByteArray output = worker->readAllStandardError();
        workerOutput += output;
        if (workerLog.isOpen()) {
            workerLog.write(output);
            workerLog.flush();
        }
    };
    const auto startWorker = [&] {
        worker = std::make_unique<QProcess>();
        worker->setProcessEnvironment(environment);
        worker->setStandardOutputFile(QProcess::nullDevice());
        worker->setReadChannel(QProcess::StandardError);
        workerOutput.clear();
        QObject::connect(worker.get(), &QProcess::readyReadStandardError, worker.get(), readWorkerOutput);
        worker->start(options.cliPath,
                      {QStringLiteral("worker"), QStringLiteral("--concurrency"), QString::number(options.concurrency),
                       QStringLiteral("--lease-seconds"), QString::number(options.leaseSeconds)});
        worker->waitForStarted(30000);
        ++report.workerStarts;
    };

    // Kills at random moments: K random points of the receiver's progress, each
    // followed by a random delay, and a random pause before the restart.
    QList<qint64> killAt;
    for (int i = 0; i < options.kills; ++i)
        killAt << qint64((0.02 + 0.93 * random.generateDouble()) * double(report.expectedPairs));
    std::sort(killAt.begin(), killAt.end());

    QEventLoop loop;
    int produced = 0;
    bool killPending = false;
    bool finished = false;
    QElapsedTimer sinceProgress;
    sinceProgress.start();

    const auto killWorker = [&] {
        if (worker && worker->state() != QProcess::NotRunning) {
            ::kill(pid_t(worker->processId()), SIGKILL);
            worker->waitForFinished(30000);
            readWorkerOutput();
        }
        ++report.kills;
        say(QStringLiteral("kill %1 of %2 at %3 received (%4 s)")
                .arg(report.kills)
                .arg(options.kills)
                .arg(receiver.uniquePairCount())
                .arg(double(wall.elapsed()) / 1000.0, 0, 'f', 1));
        QTimer::singleShot(int(random.bounded(300)), &loop, [&] {
            startWorker();
            killPending = false;
        });
    };

    QTimer tick;
    tick.setInterval(20);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (finished)
            return;
        try {
            // Events arrive while the worker runs: what ~10 ms allow per 20 ms tick,
            // in one transaction (one commit, not one per event: the harness is not
            // what is measured). The rest of the tick leaves SQLite's write lock to
            // the worker, which otherwise loses it to this process time and again.
            if (produced < options.events) {
                QElapsedTimer slice;
                slice.start();
                Transaction batch(*database);
                int inBatch = 0;
                while (produced + inBatch < options.events && slice.elapsed() < 10) {
                    events.trigger(QStringLiteral("gate.inspection_due"),
                                   QJsonObject{
                                       {QStringLiteral("gate_id"), QStringLiteral("K-%1").arg(produced + inBatch)}});
                    ++inBatch;
                }
                batch.commit();
                produced += inBatch;
            }
            if (!killPending && report.kills < options.kills && receiver.uniquePairCount() >= killAt.at(report.kills)) {
                killPending = true;
                QTimer::singleShot(int(random.bounded(300)), &loop, killWorker);
            }
            if (sinceProgress.elapsed() >= 5000) {
                sinceProgress.restart();
                say(QStringLiteral("%1 s: %2 events, %3 requests, %4 of %5 pairs received, %6 kills")
                        .arg(double(wall.elapsed()) / 1000.0, 0, 'f', 0)
                        .arg(produced)
                        .arg(receiver.requestCount())
                        .arg(receiver.uniquePairCount())
                        .arg(report.expectedPairs)
                        .arg(report.kills));
            }
            if (produced == options.events && !killPending && report.kills == options.kills
                && receiver.uniquePairCount() >= report.expectedPairs && deliveries.outstandingCount() == 0) {
                finished = true;
                loop.quit();
            }
        } catch (const Error &error) {
            report.problems << QStringLiteral("the harness: %1").arg(error.message());
            finished = true;
            loop.quit();
        }
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        report.timedOut = true;
        finished = true;
        loop.quit();
    });

    startWorker();
    tick.start();
    deadline.start(std::chrono::seconds(options.maxSeconds));
    loop.exec();
    tick.stop();

    // The last worker stops the way a service manager stops it.
    if (worker && worker->state() != QProcess::NotRunning) {
        QElapsedTimer startup;
        startup.start();
        while (!workerOutput.contains("delivering from") && worker->state() != QProcess::NotRunning
               && startup.elapsed() < 30000)
            worker->waitForReadyRead(1000);
        ::kill(pid_t(worker->processId()), SIGTERM);
        if (!worker->waitForFinished(120000)) {
            report.problems << QStringLiteral("the last worker did not stop within 120 s of SIGTERM");
            worker->kill();
            worker->waitForFinished(30000);
        }
        readWorkerOutput();
        report.lastWorkerExitCode = worker->exitStatus() == QProcess::NormalExit ? worker->exitCode() : -1;
    }
    report.wallSeconds = double(wall.elapsed()) / 1000.0;

    // What the log says, against what the receiver saw.
    try {
        QHash<QString, LoggedDelivery> logged;
        DeliverySort sort{DeliverySortKey::CreatedAt, false};
        for (int offset = 0;; offset += 5000) {
            const QList<Delivery> page = deliveries.list(DeliveryFilter{}, sort, 5000, offset);
            for (const Delivery &delivery : page) {
                const int n = subscriptionIndex.value(delivery.subscriptionId.value_or(0));
                LoggedDelivery entry;
                entry.requestId = delivery.requestId;
                entry.attemptCount = delivery.attemptCount;
                logged.insert(pairKey(n, delivery.eventUuid), entry);
                report.loggedAttempts += delivery.attemptCount;
                if (delivery.status == DeliveryStatus::Delivered)
                    ++report.loggedDelivered;
                else if (delivery.status == DeliveryStatus::Pending || delivery.status == DeliveryStatus::Retrying)
                    ++report.loggedOutstanding;
                else
                    ++report.loggedOther;
            }
            if (page.size() < 5000)
                break;
        }
        const QList<ReceivedWebhook> received = receiver.requests();
        report.receivedRequests = received.size();
        QHash<QString, ReceivedWebhook> firstOfPair; // for describing repeats
        QStringList repeats;
        for (const ReceivedWebhook &request : received) {
            const QString key = pairKey(request.subscription, QString::fromUtf8(request.eventId));
            if (const auto first = firstOfPair.constFind(key); first != firstOfPair.cend()) {
                if (repeats.size() < 8)
                    repeats << QStringLiteral("%1 again after %2 ms (connection %3, then %4)")
                                   .arg(QString::fromUtf8(request.requestId))
                                   .arg(request.receivedAtMs - first->receivedAtMs)
                                   .arg(first->connection)
                                   .arg(request.connection);
            } else {
                firstOfPair.insert(key, request);
            }
            const auto found = logged.find(pairKey(request.subscription, QString::fromUtf8(request.eventId)));
            if (found == logged.end()) {
                ++report.unknownRequests;
                continue;
            }
            const QString requestId = QString::fromUtf8(request.requestId);
            if (found->received++ == 0)
                found->firstReceivedId = requestId;
            if (requestId != found->firstReceivedId || requestId != found->requestId)
                found->idMismatch = true;
        }
        for (const LoggedDelivery &delivery : std::as_const(logged)) {
            if (delivery.received == 0)
                ++report.lost;
            else
                ++report.receivedPairs;
            report.duplicates += std::max<qint64>(0, delivery.received - 1);
            if (delivery.idMismatch)
                ++report.idMismatches;
            if (delivery.attemptCount > delivery.received)
                ++report.attemptsBeyondReceived;
        }
        report.lost += std::max<qint64>(0, report.expectedPairs - logged.size()); // never even queued
        for (const QString &repeat : std::as_const(repeats))
            say(QStringLiteral("repeat: ") + repeat);
        report.unloggedSends = report.receivedRequests - report.loggedAttempts;
        if (const std::optional<Integration> integration =
                IntegrationRepository(*database, clock).find(integrationId.toLongLong())) {
            report.integrationRequests = integration->requestCount;
            report.integrationSuccesses = integration->successCount;
        }
        report.claimedAfterStop = deliveries.claimedCount();
        if (logged.size() != report.expectedPairs)
            report.problems
                << QStringLiteral("the log has %1 deliveries, not %2").arg(logged.size()).arg(report.expectedPairs);
    } catch (const Error &error) {
        report.problems << QStringLiteral("reading the log: %1").arg(error.message());
    }

    if (report.timedOut)
        report.problems << QStringLiteral("not finished within %1 s").arg(options.maxSeconds);
    if (report.kills < options.kills)
        report.problems << QStringLiteral("only %1 of %2 kills happened").arg(report.kills).arg(options.kills);
    if (report.lastWorkerExitCode != 0)
        report.problems << QStringLiteral("the last worker exited with %1 after SIGTERM").arg(report.lastWorkerExitCode);
    if (report.lost > 0)
        report.problems << QStringLiteral("%1 (event, subscription) pairs were never received").arg(report.lost);
    if (report.idMismatches > 0)
        report.problems
            << QStringLiteral("%1 pairs arrived under another request id than the log's").arg(report.idMismatches);
    if (report.unknownRequests > 0)
        report.problems << QStringLiteral("%1 requests match no delivery of the log").arg(report.unknownRequests);
    if (report.loggedOutstanding > 0 || report.loggedOther > 0 || report.loggedDelivered != report.expectedPairs)
        report.problems << QStringLiteral("the log shows %1 delivered, %2 outstanding, %3 failed or expired")
                               .arg(report.loggedDelivered)
                               .arg(report.loggedOutstanding)
                               .arg(report.loggedOther);
    if (report.attemptsBeyondReceived > 0)
        report.problems << QStringLiteral("%1 deliveries log more attempts than the receiver got")
                               .arg(report.attemptsBeyondReceived);
    if (report.integrationRequests != report.loggedAttempts || report.integrationSuccesses != report.loggedAttempts)
        report.problems << QStringLiteral("the integration counts %1 requests (%2 successes), the log %3 attempts")
                               .arg(report.integrationRequests)
                               .arg(report.integrationSuccesses)
                               .arg(report.loggedAttempts);
    // A kill can keep from the log only what was sent and not yet recorded: the
    // attempts in flight and the two batches waiting for the recorder (256 at most each).
    const qint64 unloggedBound = qint64(report.kills) * (2 * (256 + options.concurrency));
    if (report.unloggedSends < 0 || report.unloggedSends > unloggedBound)
        report.problems << QStringLiteral("%1 requests received without a logged attempt, expected 0 to %2")
                               .arg(report.unloggedSends)
                               .arg(unloggedBound);
    if (report.claimedAfterStop > 0)
        report.problems
            << QStringLiteral("%1 deliveries still claimed after the worker stopped").arg(report.claimedAfterStop);
    return report;
}

} // namespace garagereg::soak
