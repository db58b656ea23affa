// The crash soak from the command line (bench/crash_soak.sh runs it on both
// backends): events to a loopback receiver while the worker is killed with
// SIGKILL at random moments; prints a RESULT line and exits 0 only when nothing
// was lost, every repeat kept its request id and the log agrees with the receiver.
#include "bench/soak/CrashSoak.h"

#include "models/common/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace garagereg;
using namespace garagereg::soak;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Crash soak of the delivery worker. The database password, if any, comes from PGPASSWORD; the CLI needs an "
        "unlocked keychain (bench/crash_soak.sh provides one)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("database"), QStringLiteral("A fresh database URL (SQLite path or postgresql://...)."),
         QStringLiteral("url")},
        {QStringLiteral("cli"), QStringLiteral("garagereg-integrations-cli (default: the one built with this)."),
         QStringLiteral("path"), QStringLiteral(GARAGEREG_CLI_PATH)},
        {QStringLiteral("events"), QStringLiteral("Events (default 100000)."), QStringLiteral("n"),
         QStringLiteral("100000")},
        {QStringLiteral("subscriptions"), QStringLiteral("Subscriptions receiving each event (default 2)."),
         QStringLiteral("n"), QStringLiteral("2")},
        {QStringLiteral("kills"), QStringLiteral("SIGKILLs of the worker (default 20)."), QStringLiteral("n"),
         QStringLiteral("20")},
        {QStringLiteral("concurrency"), QStringLiteral("The worker's --concurrency (default 16)."), QStringLiteral("n"),
         QStringLiteral("16")},
        {QStringLiteral("lease-seconds"), QStringLiteral("The worker's --lease-seconds (default 2)."),
         QStringLiteral("n"), QStringLiteral("2")},
        {QStringLiteral("timeout"), QStringLiteral("Each subscription's request timeout in seconds (default 5)."),
         QStringLiteral("n"), QStringLiteral("5")},
        {QStringLiteral("seed"), QStringLiteral("Random seed (default: random)."), QStringLiteral("n"),
         QStringLiteral("0")},
        {QStringLiteral("max-seconds"), QStringLiteral("Give up after this long (default 3600)."), QStringLiteral("n"),
         QStringLiteral("3600")},
        {QStringLiteral("worker-log"), QStringLiteral("Append the workers' stderr here."), QStringLiteral("path")},
        {QStringLiteral("name"), QStringLiteral("The result's name."), QStringLiteral("name"),
         QStringLiteral("crash_soak")},
    });
    parser.process(app);
    if (!parser.isSet(QStringLiteral("database"))) {
        std::fprintf(stderr, "crash_soak: --database is required\n");
        return 2;
    }

    CrashSoakOptions options;
    try {
        options.database = DatabaseUrl::parse(parser.value(QStringLiteral("database")));
    } catch (const Error &error) {
        std::fprintf(stderr, "crash_soak: %s\n", qPrintable(error.message()));
        return 2;
    }
    options.databasePassword = qEnvironmentVariable("PGPASSWORD");
    options.cliPath = parser.value(QStringLiteral("cli"));
    options.events = parser.value(QStringLiteral("events")).toInt();
    options.subscriptions = parser.value(QStringLiteral("subscriptions")).toInt();
    options.kills = parser.value(QStringLiteral("kills")).toInt();
    options.concurrency = parser.value(QStringLiteral("concurrency")).toInt();
    options.leaseSeconds = parser.value(QStringLiteral("lease-seconds")).toInt();
    options.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt();
    options.seed = parser.value(QStringLiteral("seed")).toUInt();
    options.maxSeconds = parser.value(QStringLiteral("max-seconds")).toInt();
    options.workerLogPath = parser.value(QStringLiteral("worker-log"));
    if (options.events < 1 || options.subscriptions < 1 || options.kills < 0 || options.concurrency < 1
        || options.leaseSeconds < 1 || options.timeoutSeconds < 1 || options.maxSeconds < 1) {
        std::fprintf(stderr, "crash_soak: a number option is out of range\n");
        return 2;
    }
    options.progress = [](const QString &line) {
        std::fprintf(stderr, "crash_soak: %s\n", qPrintable(line));
        std::fflush(stderr);
    };

    const CrashSoakReport report = runCrashSoak(options);
    const QString backend = options.database.isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    std::printf("RESULT %s backend=%s %s verify=%s\n", qPrintable(parser.value(QStringLiteral("name"))),
                qPrintable(backend), qPrintable(report.summary()), report.ok() ? "ok" : "FAILED");
    const QJsonObject json{{QStringLiteral("name"), parser.value(QStringLiteral("name"))},
                           {QStringLiteral("backend"), backend},
                           {QStringLiteral("events"), options.events},
                           {QStringLiteral("subscriptions"), options.subscriptions},
                           {QStringLiteral("pairs"), report.expectedPairs},
                           {QStringLiteral("kills"), report.kills},
                           {QStringLiteral("worker_starts"), report.workerStarts},
                           {QStringLiteral("received"), report.receivedRequests},
                           {QStringLiteral("lost"), report.lost},
                           {QStringLiteral("duplicates"), report.duplicates},
                           {QStringLiteral("id_mismatches"), report.idMismatches},
                           {QStringLiteral("logged_attempts"), report.loggedAttempts},
                           {QStringLiteral("unlogged_sends"), report.unloggedSends},
                           {QStringLiteral("claimed_after_stop"), report.claimedAfterStop},
                           {QStringLiteral("wall_s"), report.wallSeconds},
                           {QStringLiteral("verify"), report.ok() ? QStringLiteral("ok") : QStringLiteral("FAILED")}};
    std::printf("JSON %s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    for (const QString &problem : report.problems)
        std::fprintf(stderr, "crash_soak: PROBLEM: %s\n", qPrintable(problem));
    return report.ok() ? 0 : 1;
}
