#pragma once

#include "adapters/http/WebhookSender.h"
#include "models/storage/DeliveryRepository.h"
#include "models/webhooks/CircuitBreaker.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <memory>

namespace garagereg {

class Clock;
class Database;
class DatabaseChangeWatcher;
class DeliveryRecorder;
class SecretStore;
struct Integration;

struct DeliveryEngineOptions
{
    int maxInFlight = 16;
    int maxInFlightPerHost = 4;
    // How long a claimed delivery belongs to this worker before it is sent; when
    // it is sent the lease grows to cover the attempt's timeout plus this again.
    // A crashed worker's deliveries go out again once their leases run out.
    qint64 leaseMs = 60 * 1000;
    // Deliveries this worker holds at once: leased and waiting in memory to be
    // sent, or in flight. Claiming several in one transaction keeps the
    // database's cost per delivery small; holding few leaves the rest to other
    // workers. A claim goes out when half of it is left and runs on the
    // recorder's thread. 0 means adaptive: 2 x maxInFlight, and 4 x while the
    // backlog is large and sending waits for claims (see adaptHold()).
    int maxHeld = 0;
    // Deliveries due this soon are claimed ahead and sent from a timer when due:
    // one claim covers many due times instead of one claim per due time.
    std::chrono::milliseconds lookAhead{200};
    // Claims walk the queue from where the previous one left off (less a
    // margin), not from its oldest entry: on PostgreSQL the queue index keeps
    // the entries of delivered rows until VACUUM, and the walk over them took
    // 2.6-4.2 ms instead of ~0.4 ms once a minute's deliveries were done
    // (100,000 waiting over 60 s). What falls due behind that point without
    // being new (a lease that ran out, leases another worker gave back when it
    // stopped, a delivery written by a host whose clock is more than a second
    // behind) is found by a walk of the whole queue, at most this long after the last.
    std::chrono::milliseconds fullClaimInterval{1000};
    qint64 maxAgeMs = qint64(3) * 24 * 3600 * 1000;
    BreakerOptions breaker;
    std::chrono::milliseconds secretCacheTime{60000};
    // After a database or keychain problem, try again this much later.
    std::chrono::milliseconds problemRetry{5000};
    // How long stop() lets attempts in flight finish before aborting them.
    std::chrono::milliseconds stopGrace{10000};
    // This is the only worker of its database (an SQLite file whose WorkerLock
    // this process holds): leases left by a worker that crashed are given back
    // at start() instead of waiting for them to run out.
    bool soleWorker = false;
    // Finished attempts wait this long for others to be recorded with them in
    // one commit: a batch goes to the recorder when its oldest attempt has
    // waited this long (at once when full), also under load. Each commit writes
    // every page it touched to the log and waits for the disk, so when retries
    // fall due one by one, commits of one attempt each cost several times more
    // than the attempts. The delivery stays leased until recorded; a crash
    // meanwhile sends it again, as it would any time before its record.
    std::chrono::milliseconds recordWindow{5};
};

// The delivery engine and its scheduler. It leases due deliveries from the
// database, signs and sends them through WebhookSender, records every attempt
// and decides what comes next (RetryPolicy, CircuitBreaker). Scheduling is
// event-driven: a single-shot timer armed for the earliest due delivery, re-armed
// when work arrives (wake(), another process through DatabaseChangeWatcher) or an
// attempt finishes. Deliveries are claimed in batches (up to maxHeld, including
// those due within lookAhead) and wait in memory, leased, until they are due and
// a slot is free. Every state change is committed before the next step, so a
// crash loses nothing: a lease that runs out makes the delivery due again, under
// the same request id.
class DeliveryEngine : public QObject
{
    Q_OBJECT

public:
    DeliveryEngine(const Database &database, SecretStore &secrets, AbstractWebhookSender &sender, const Clock &clock,
                   DeliveryEngineOptions options = {}, QObject *parent = nullptr);
    ~DeliveryEngine() override;

    // Identifies this worker's leases: host, process and a random part.
    const QString &workerId() const { return m_workerId; }
    bool isRunning() const { return m_running; }
    // Whether deliveries wait because the database cannot be used (unreachable,
    // full, locked), and why; pump() and the recorder try again every problemRetry.
    bool isPaused() const { return !m_pausedBecause.isEmpty(); }
    const QString &pauseReason() const { return m_pausedBecause; }
    int inFlight() const { return m_inFlight; }

    // For tests: a number in [-1, 1] that spreads retries (default: random).
    void setJitterSource(std::function<double()> jitter) { m_jitter = std::move(jitter); }

public slots:
    void start();
    // Stops claiming, lets attempts in flight finish (aborting them after
    // stopGrace), gives back every lease and then emits stopped().
    void stop();
    // New work may be due, or a subscription changed: look now, with the
    // subscriptions as they are now.
    void wake();

signals:
    // The receiver answered (or the attempt failed): its outcome is known and
    // is being recorded. attemptFinished() follows once it is durably logged.
    void attemptAnswered(const QString &requestId);
    void attemptFinished(const QString &requestId, garagereg::DeliveryStatus status);
    // Nothing in flight and nothing pending or retrying.
    void idle();
    void stopped();
    // Something keeps deliveries from going out (database, keychain); they wait.
    void problem(const QString &message);
    // The database cannot be used: nothing is claimed or sent until it can,
    // finished attempts wait in memory (leased) to be recorded. Emitted once
    // when deliveries pause (also as problem()), and again if the reason changes.
    void paused(const QString &reason);
    // The database answers again: deliveries go on.
    void resumed();

private:
    struct Dispatch;
    struct Lookups;
    struct Held
    {
        Delivery delivery;
        QDateTime leaseUntil;
        QByteArray body; // the event's, as signed and sent
        QString host;    // the endpoint's, for the per-host limit
    };

    void pump();
    void databaseChanged();
    void refreshLookups();
    int maxHeld() const;
    // Adapts the default hold to what a claim found (`claimedCount` rows of the
    // m_claimLimit asked for), before its rows are taken in.
    void adaptHold(qsizetype claimedCount, const QDateTime &now);
    bool wantsToClaim(const QDateTime &now) const;
    // Where the next claim may start its walk, after what the one that just
    // answered proved (see fullClaimInterval).
    void advanceClaimFloor(const QList<ClaimedDelivery> &claimed);
    // Asks the recorder's thread to lease what is due and the budget allows.
    void requestClaim();
    void claimArrived(const QList<ClaimedDelivery> &claimed, const QString &error);
    void dispatchDue(Lookups &context);
    void dispatch(const Held &held, Lookups &context);
    void send(std::shared_ptr<Dispatch> dispatch, const QList<QByteArray> &secrets);
    void complete(std::shared_ptr<Dispatch> dispatch, const AttemptResult &result);
    void release(const Dispatch &dispatch);
    void freeSlot(const Dispatch &dispatch);
    void recordFinished();
    void recordWhenDue();
    void batchRecorded(quint64 batch, const QString &error);
    void armTimer();
    void reportProblem(const QString &message);
    void pause(const QString &reason);
    void resume();
    void watchDatabase();
    void finishStopIfDrained();

    std::optional<QDateTime> rateLimitedUntil(const Integration &integration);
    void readSecrets(const WebhookSubscription &subscription,
                     std::function<void(const QList<QByteArray> &, const QString &)> done);

    const Database &m_database;
    SecretStore &m_secrets;
    AbstractWebhookSender &m_sender;
    const Clock &m_clock;
    const DeliveryEngineOptions m_options;
    DeliveryRepository m_deliveries;
    const QString m_workerId;
    std::function<double()> m_jitter;

    QTimer m_timer;
    QTimer m_stopTimer;
    QTimer m_recordTimer;
    struct Unrecorded
    {
        std::shared_ptr<Dispatch> work;
        AttemptRecord record;
    };
    static constexpr qsizetype maxRecordBatch = 256;
    QList<Unrecorded> m_unrecorded;  // finished attempts waiting for recordFinished()
    QElapsedTimer m_unrecordedSince; // since the oldest of them finished
    QList<Unrecorded> m_recording;   // the batch the recorder is writing
    quint64 m_lastBatch = 0;
    QThread m_recorderThread;
    std::unique_ptr<DeliveryRecorder> m_recorder;
    static QList<std::pair<Delivery, AttemptRecord>> attemptsOf(const QList<Unrecorded> &finished);
    std::unique_ptr<DatabaseChangeWatcher> m_watcher;
    QString m_pausedBecause;
    bool m_recheckRecords = false; // a batch failed: the next is checked against what was committed
    bool m_running = false;
    bool m_stopping = false;
    bool m_pumping = false;
    bool m_pumpAgain = false;
    bool m_newWork = false;           // wake() announced work: claim even with half the budget held
    bool m_claiming = false;          // a claim is on the recorder's thread
    QDateTime m_claimLeaseUntil;      // its leases run out no sooner than this
    int m_claimLimit = 0;             // how many it may lease
    bool m_claimSkippedHosts = false; // it left out busy hosts' deliveries
    bool m_allDueClaimed = false;     // the claim just answered got everything due
    bool m_claimRefills = false;      // it was asked for while deliveries were held or in flight
    QDateTime m_claimAskedAt;         // when it was asked for
    QDateTime m_claimFloor;           // claims leave out what was due before this; invalid: walk it all
    QDateTime m_lastFullClaim;        // the last claim that walked the whole queue
    // Deliveries are written due no sooner than when they are written; one may
    // commit a little after a claim that started later. Claims start this much
    // before what the last one proved.
    static constexpr qint64 claimFloorMarginMs = 1000;
    bool m_holdGrown = false; // maxHeld() is 4 x maxInFlight instead of 2 x
    int m_inFlight = 0;
    QHash<QString, int> m_inFlightPerHost;
    std::multimap<qint64, Held> m_held; // claimed, not yet sent: by due time (ms since the epoch)
    // Deliveries held, in flight or waiting to be recorded, with the attempt count
    // of the copy this worker has: a claim that returns one of them unchanged (its
    // lease ran out meanwhile) only renews its lease. A different count means the
    // row moved on (its attempt was recorded, then it was resent) before
    // batchRecorded() let go of it: that is new work.
    QHash<qint64, int> m_mine;
    void forget(const Delivery &delivery);
    std::unique_ptr<Lookups> m_lookups;
    QHash<qint64, BreakerState> m_breakers;             // per subscription, this worker's view
    QHash<qint64, std::deque<QDateTime>> m_recentSends; // per integration, for its rate limit
    struct CachedSecret
    {
        QByteArray value;
        QDateTime readAt;
    };
    QHash<QString, CachedSecret> m_secretCache;
};

} // namespace garagereg
