#pragma once

#include "models/storage/DatabaseUrl.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace garagereg::soak {

// The crash soak: events go to a loopback receiver while the real worker
// (garagereg-integrations-cli worker) is killed with SIGKILL at random moments
// and started again. Afterwards every (event, subscription) pair must have been
// received at least once, every repeat under the request id of its first send,
// and the delivery log must agree with what the receiver saw.
//
// The CLI keeps secrets in the keychain: run it where one is unlocked (the test
// suite's D-Bus session, or bench/crash_soak.sh).
struct CrashSoakOptions
{
    QString cliPath;          // garagereg-integrations-cli
    DatabaseUrl database;     // a fresh database
    QString databasePassword; // PostgreSQL, handed to the CLI as PGPASSWORD
    int events = 1000;
    int subscriptions = 2;
    int kills = 3;
    int concurrency = 16;   // the worker's --concurrency
    int leaseSeconds = 2;   // the worker's --lease-seconds (PostgreSQL waits for a killed worker's leases)
    int timeoutSeconds = 5; // each subscription's request timeout
    quint32 seed = 0;       // 0: random
    int maxSeconds = 1800;  // the whole run; beyond it the soak fails
    QString workerLogPath;  // the workers' stderr, appended (empty: discarded)
    std::function<void(const QString &)> progress; // a line now and then (may be empty)
};

struct CrashSoakReport
{
    qint64 expectedPairs = 0;          // events x subscriptions
    qint64 receivedRequests = 0;       // every request the receiver got
    qint64 receivedPairs = 0;          // pairs received at least once
    qint64 lost = 0;                   // pairs never received
    qint64 duplicates = 0;             // requests beyond the first of their pair
    qint64 idMismatches = 0;           // pairs received under more than one request id, or another than the log's
    qint64 unknownRequests = 0;        // requests for no pair of the log
    qint64 loggedDelivered = 0;        // deliveries the log shows delivered
    qint64 loggedOutstanding = 0;      // pending or retrying (must be 0)
    qint64 loggedOther = 0;            // failed, expired (must be 0: the receiver always answers 200)
    qint64 loggedAttempts = 0;         // attempts in the log
    qint64 attemptsBeyondReceived = 0; // pairs with more logged attempts than requests received (must be 0)
    qint64 unloggedSends = 0;          // requests received whose attempt a kill kept from the log
    qint64 integrationRequests = 0;    // the integrations' request counters (must equal loggedAttempts)
    qint64 integrationSuccesses = 0;
    qint64 claimedAfterStop = 0; // leases left after the last worker stopped on SIGTERM (must be 0)
    int kills = 0;
    int workerStarts = 0;
    int lastWorkerExitCode = -1;
    double wallSeconds = 0;
    bool timedOut = false;
    QStringList problems; // empty when every property holds

    bool ok() const { return problems.isEmpty(); }
    QString summary() const;
};

// Runs the soak; a setup failure is reported in `problems` as well.
CrashSoakReport runCrashSoak(const CrashSoakOptions &options);

} // namespace garagereg::soak
