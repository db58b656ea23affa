#include "app/services/DeliveryEngine.h"

#include "app/services/DeliveryRecorder.h"

#include "adapters/secrets/SecretStore.h"
#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/domain/Integration.h"
#include "models/storage/Database.h"
#include "models/storage/DatabaseChangeWatcher.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/WebhookSubscriptionRepository.h"
#include "models/webhooks/RetryPolicy.h"
#include "models/webhooks/WebhookRequest.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrl>
#include <QUuid>

namespace garagereg {

Q_LOGGING_CATEGORY(lcDelivery, "garagereg.webhooks.delivery")

namespace {

// How often deliveries waiting for a half-open breaker's probe look again.
constexpr qint64 probeRecheckMs = 1000;

// A lease must outlast an attempt by this much: the time to record its result.
constexpr qint64 leaseMarginMs = 10000;

// How often, at most, subscriptions and integrations read for dispatching are
// checked against the database (besides on wake()).
constexpr qint64 lookupCheckMs = 1000;

QString newWorkerId()
{
    return QStringLiteral("%1:%2:%3")
        .arg(QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

} // namespace

struct DeliveryEngine::Dispatch
{
    Delivery delivery;
    QDateTime leaseUntil;
    QByteArray body;
    WebhookSubscription subscription;
    QString host;
    qint64 integrationId = 0;
    bool probe = false;
    HttpHeaders headers;
    QByteArray caCertificates; // the integration's, PEM
};

// Subscriptions and integrations as read from the database, reused while none
// of them changes: a burst or a quiet stream of events reads each once instead
// of once per pump. Whether they changed is checked on wake() (this process
// changed something) and otherwise at most once a second, so a change made in
// another process reaches deliveries starting a second later at most.
struct DeliveryEngine::Lookups
{
    QString version;       // DeliveryRepository::subscriptionsVersion() when read
    QElapsedTimer checked; // since the version was last compared
    QHash<qint64, std::optional<WebhookSubscription>> subscriptions;
    QHash<qint64, std::optional<Integration>> integrations;
};

DeliveryEngine::DeliveryEngine(const Database &database, SecretStore &secrets, AbstractWebhookSender &sender,
                               const Clock &clock, DeliveryEngineOptions options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_secrets(secrets)
    , m_sender(sender)
    , m_clock(clock)
    , m_options(options)
    , m_deliveries(database, clock)
    , m_workerId(newWorkerId())
    , m_jitter([] { return QRandomGenerator::global()->bounded(2.0) - 1.0; })
{
    m_lookups = std::make_unique<Lookups>();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer fires up to 5 % late: a retry due in 60 s, 3 s late
    connect(&m_timer, &QTimer::timeout, this, &DeliveryEngine::pump);
    m_stopTimer.setSingleShot(true);
    connect(&m_stopTimer, &QTimer::timeout, this, [this] { m_sender.abortAll(); });
    m_recordTimer.setSingleShot(true);
    m_recordTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_recordTimer, &QTimer::timeout, this, &DeliveryEngine::recordFinished);

    m_recorder = std::make_unique<DeliveryRecorder>(m_database, m_clock, m_workerId);
    m_recorder->moveToThread(&m_recorderThread);
    m_recorderThread.setObjectName(QStringLiteral("DeliveryRecorder"));
    connect(m_recorder.get(), &DeliveryRecorder::recorded, this, &DeliveryEngine::batchRecorded);
    connect(m_recorder.get(), &DeliveryRecorder::claimed, this, &DeliveryEngine::claimArrived);
    m_recorderThread.start();
}

DeliveryEngine::~DeliveryEngine()
{
    // Attempts still in flight finish now as cancelled: they are given back
    // without spending an attempt, and go out again later.
    m_running = false;
    m_stopping = true;
    m_timer.stop();
    m_recordTimer.stop();
    // Finished attempts not yet written are written now, after the batch the
    // recorder may be writing (no signals: the receivers may be gone); if that
    // fails their leases run out and they go again.
    const DeliveryRecorder::Attempts leftovers = attemptsOf(m_unrecorded);
    m_unrecorded.clear();
    QMetaObject::invokeMethod(
        m_recorder.get(),
        [recorder = m_recorder.get(), leftovers, now = m_clock.now(), recheck = m_recheckRecords] {
            if (!leftovers.isEmpty())
                recorder->record(0, leftovers, now, recheck);
            recorder->close();
        },
        Qt::BlockingQueuedConnection);
    m_recorderThread.quit();
    m_recorderThread.wait();
    m_sender.abortAll();
    // What it held, in memory or in flight, is free for the next worker now
    // rather than when the leases run out.
    if (!m_held.empty() || m_inFlight > 0 || m_claiming) {
        try {
            m_deliveries.releaseClaims(m_workerId);
        } catch (const Error &error) {
            qCWarning(lcDelivery) << "leases not released at shutdown:" << error.message();
        }
    }
}

void DeliveryEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stopping = false;
    m_holdGrown = false;
    m_claimFloor = QDateTime(); // the first claim walks the whole queue
    try {
        watchDatabase();
    } catch (const Error &error) {
        pause(error.message()); // pump() tries again
    }
    if (m_options.soleWorker) {
        try {
            if (const int released = m_deliveries.releaseAllClaims(); released > 0)
                qCInfo(lcDelivery) << released << "leases of a worker that ended without giving them back released";
        } catch (const Error &error) {
            reportProblem(error.message()); // they run out by themselves
        }
    }
    qCInfo(lcDelivery) << "delivery engine started as" << m_workerId;
    pump(); // work left while the program was closed goes out now
}

void DeliveryEngine::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_stopping = true;
    m_timer.stop();
    m_watcher.reset();
    for (const auto &[due, held] : m_held)
        forget(held.delivery);
    m_held.clear(); // their leases are given back with the others once drained
    if (m_inFlight > 0)
        m_stopTimer.start(m_options.stopGrace);
    finishStopIfDrained();
}

void DeliveryEngine::finishStopIfDrained()
{
    if (!m_stopping || m_inFlight > 0 || !m_unrecorded.isEmpty() || !m_recording.isEmpty() || m_claiming)
        return;
    m_stopping = false;
    m_stopTimer.stop();
    try {
        m_deliveries.releaseClaims(m_workerId);
    } catch (const Error &error) {
        // The leases run out by themselves; nothing is lost.
        qCWarning(lcDelivery) << "could not release leases:" << error.message();
    }
    emit stopped();
}

void DeliveryEngine::wake()
{
    m_lookups->checked.invalidate(); // a subscription may have changed: the pump checks
    databaseChanged();
}

void DeliveryEngine::refreshLookups()
{
    if (m_lookups->checked.isValid() && m_lookups->checked.elapsed() <= lookupCheckMs)
        return;
    const QString version = m_deliveries.subscriptionsVersion();
    if (version != m_lookups->version) {
        *m_lookups = Lookups{};
        m_lookups->version = version;
    }
    m_lookups->checked.start();
}

void DeliveryEngine::databaseChanged()
{
    // Work may have been queued elsewhere. The cached subscriptions are not
    // checked now: this also fires for the recorder's own commits, many times a
    // second in a burst, and a change made elsewhere is found by the check once a second.
    m_newWork = true;
    if (m_running)
        pump();
}

void DeliveryEngine::reportProblem(const QString &message)
{
    qCWarning(lcDelivery) << message;
    emit problem(message);
}

void DeliveryEngine::watchDatabase()
{
    if (m_watcher)
        return;
    m_watcher = std::make_unique<DatabaseChangeWatcher>(m_database);
    connect(m_watcher.get(), &DatabaseChangeWatcher::changed, this, &DeliveryEngine::databaseChanged);
    // The server closed the connection: a new watcher comes with the new
    // connection, which the pump opens (or pauses until it can).
    connect(
        m_watcher.get(), &DatabaseChangeWatcher::lost, this,
        [this] {
            m_watcher.reset();
            if (m_running)
                pump();
        },
        Qt::QueuedConnection);
}

void DeliveryEngine::pause(const QString &reason)
{
    m_claimFloor = QDateTime(); // leases may run out meanwhile: the first claim after it walks the whole queue
    if (reason == m_pausedBecause)
        return;
    m_pausedBecause = reason;
    const QString message = tr("Deliveries are paused: %1 Trying again every %n second(s).", nullptr,
                               int(std::max<qint64>(1, m_options.problemRetry.count() / 1000)))
                                .arg(reason);
    reportProblem(message);
    emit paused(reason);
}

void DeliveryEngine::resume()
{
    if (m_pausedBecause.isEmpty())
        return;
    m_pausedBecause.clear();
    qCInfo(lcDelivery) << "the database answers again: deliveries go on";
    emit resumed();
}

void DeliveryEngine::pump()
{
    if (!m_running)
        return;
    if (m_pumping) { // called again from a signal while pumping: go round once more
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    try {
        if (m_running && !m_stopping)
            watchDatabase(); // after a lost connection, on the new one
        if (isPaused()) {
            m_deliveries.nextWakeTime(); // does the database answer again? (throws if not)
            if (m_recheckRecords)
                recordFinished(); // it does: write what waited now rather than at the record timer
            else if (m_recording.isEmpty())
                resume(); // unless finished attempts are still being recorded
        }
        refreshLookups();
        Lookups &context = *m_lookups;
        // A claim goes to the recorder's thread (claimArrived() pumps again) and
        // what is due is sent. Once more if something happened meanwhile (m_pumpAgain).
        for (int round = 0; round < 100 && m_running; ++round) {
            m_pumpAgain = false;
            requestClaim();
            dispatchDue(context);
            if (!m_pumpAgain)
                break;
            m_allDueClaimed = false;
        }
        armTimer();
    } catch (const Error &error) {
        pause(error.message());
        m_timer.start(m_options.problemRetry);
    }
    m_pumping = false;
}

int DeliveryEngine::maxHeld() const
{
    if (m_options.maxHeld > 0)
        return std::max(m_options.maxHeld, m_options.maxInFlight);
    return (m_holdGrown ? 4 : 2) * m_options.maxInFlight;
}

// Holding 4 x the in-flight limit instead of 2 x keeps more waiting in memory
// while a claim is out (PostgreSQL 20,000 drain, fixed 4 x: ~3,400-3,800/s against
// ~2,600-3,100/s, 4 x also beat 8 x), but a worker holding that much takes a
// small backlog alone while other workers idle. So the hold grows only when
// the backlog is large (the claim got all it asked for) and sending waited
// for it: a slot was free and nothing due in memory when it arrived, although
// the engine was busy when it asked (not a start, nor the first event after
// a quiet spell, when slots are always free). It shrinks again once a claim
// gets less than it asked for from every host.
void DeliveryEngine::adaptHold(qsizetype claimedCount, const QDateTime &now)
{
    if (claimedCount < m_claimLimit) {
        if (!m_claimSkippedHosts)
            m_holdGrown = false;
        return;
    }
    const bool slotFree = m_inFlight < m_options.maxInFlight;
    const bool dueInMemory = !m_held.empty() && m_held.begin()->first <= now.toMSecsSinceEpoch();
    if (m_claimRefills && slotFree && !dueInMemory)
        m_holdGrown = true;
}

bool DeliveryEngine::wantsToClaim(const QDateTime &now) const
{
    const int held = static_cast<int>(m_held.size()) + m_inFlight;
    const bool slotFree = m_inFlight < m_options.maxInFlight;
    const bool dueInMemory = !m_held.empty() && m_held.begin()->first <= now.toMSecsSinceEpoch();
    // Refill in batches, when half the budget is used up; sooner only when new
    // work was announced (wake()) and a slot is free for it. Claiming on every
    // free slot instead cost a claim per delivery when retries fall due one by one.
    return held < maxHeld() && (held <= maxHeld() / 2 || (m_newWork && slotFree && !dueInMemory));
}

// The claim runs on the recorder's thread, with its own connection: on SQLite
// it queues behind the recorder's commit (fsync included), on PostgreSQL it is
// a round trip, and meanwhile this thread sends and takes answers. One at a
// time; claimArrived() takes its answer.
void DeliveryEngine::requestClaim()
{
    const QDateTime now = m_clock.now();
    if (m_claiming || m_allDueClaimed || !wantsToClaim(now))
        return;
    m_newWork = false;
    const int held = static_cast<int>(m_held.size()) + m_inFlight;
    QStringList busyHosts;
    for (auto it = m_inFlightPerHost.cbegin(); it != m_inFlightPerHost.cend(); ++it) {
        if (it.value() >= m_options.maxInFlightPerHost)
            busyHosts << it.key();
    }
    m_claiming = true;
    m_claimLimit = maxHeld() - held;
    m_claimSkippedHosts = !busyHosts.isEmpty();
    m_claimRefills = m_inFlight > 0 || !m_held.empty();
    m_claimAskedAt = now;
    // A valid floor comes from a claim, and the first claim after start() or a pause walks it all.
    const bool walkAll = !m_claimFloor.isValid() || m_lastFullClaim.msecsTo(now) >= m_options.fullClaimInterval.count();
    if (walkAll)
        m_lastFullClaim = now;
    // The recorder leases from its own clock reading, a little later than this one.
    m_claimLeaseUntil = now.addMSecs(m_options.leaseMs);
    QMetaObject::invokeMethod(
        m_recorder.get(),
        [recorder = m_recorder.get(), limit = m_claimLimit, busyHosts, leaseMs = m_options.leaseMs,
         dueBefore = now.addMSecs(m_options.lookAhead.count()), notDueBefore = walkAll ? QDateTime() : m_claimFloor] {
            recorder->claim(limit, busyHosts, leaseMs, dueBefore, notDueBefore);
        },
        Qt::QueuedConnection);
}

// What the claim that just answered proves: each delivery it could lease that
// was due before it was asked for is leased now, or, when the limit cut it
// short, each one due before the last it got. What falls due later in the
// ordinary way is written due no sooner than it is written (a new event, a
// retry, a resend), so claims may start there, less a margin for writes that
// commit a little after they were stamped.
void DeliveryEngine::advanceClaimFloor(const QList<ClaimedDelivery> &claimed)
{
    if (m_claimSkippedHosts)
        return; // it says nothing of the busy hosts' deliveries
    QDateTime covered = m_claimAskedAt;
    if (!claimed.isEmpty() && claimed.size() >= m_claimLimit && claimed.last().delivery.nextAttemptAt.isValid())
        covered = std::min(covered, claimed.last().delivery.nextAttemptAt);
    m_claimFloor = covered.addMSecs(-claimFloorMarginMs);
}

void DeliveryEngine::claimArrived(const QList<ClaimedDelivery> &claimed, const QString &error)
{
    m_claiming = false;
    if (!m_running) {
        // Stopping: what it leased is given back with the rest of this worker's leases.
        finishStopIfDrained();
        return;
    }
    if (!error.isEmpty()) {
        pause(error); // the pump checks the database again after problemRetry
        m_timer.start(m_options.problemRetry);
        return;
    }
    adaptHold(claimed.size(), m_clock.now());
    advanceClaimFloor(claimed);
    for (const ClaimedDelivery &claim : claimed) {
        // One this worker holds already, whose lease ran out while it waited: the
        // claim renewed the lease; a second copy would send it twice.
        if (m_mine.value(claim.delivery.id, -1) == claim.delivery.attemptCount)
            continue;
        m_mine.insert(claim.delivery.id, claim.delivery.attemptCount);
        m_held.insert({claim.delivery.nextAttemptAt.toMSecsSinceEpoch(),
                       Held{claim.delivery, m_claimLeaseUntil, claim.body, claim.host}});
    }
    // It got everything due: the pump it triggers sends, without claiming again
    // at once (until something happens, such as an attempt finishing or wake()).
    m_allDueClaimed = claimed.size() < m_claimLimit && !m_claimSkippedHosts;
    pump();
    m_allDueClaimed = false;
}

void DeliveryEngine::dispatchDue(Lookups &context)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    // Attempts not yet recorded count against the budget too: sending never runs
    // far ahead of the log.
    // Nothing goes out while paused (the database cannot be used).
    const auto slotFree = [this] {
        return m_inFlight < m_options.maxInFlight && m_unrecorded.size() < maxRecordBatch && !isPaused();
    };
    for (auto it = m_held.begin(); it != m_held.end() && it->first <= now && slotFree();) {
        if (m_inFlightPerHost.value(it->second.host) >= m_options.maxInFlightPerHost) {
            ++it; // its host is busy: it waits here, others go first
            continue;
        }
        const qint64 due = it->first;
        const Held held = std::move(it->second);
        it = m_held.erase(it);
        try {
            dispatch(held, context);
        } catch (const Error &) {
            // The database failed before it went out: it stays held (and leased)
            // for the next round instead of waiting for its lease to run out.
            m_held.insert({due, held});
            throw;
        }
    }
}

void DeliveryEngine::armTimer()
{
    const QDateTime now = m_clock.now();
    std::optional<qint64> waitMs;
    const auto consider = [&waitMs](qint64 ms) { waitMs = waitMs ? std::min(*waitMs, ms) : ms; };
    // Due but not startable now (every slot or its host is busy): the next
    // finished attempt pumps again. With nothing in flight, look again shortly.
    const auto considerDue = [&](qint64 ms) {
        if (ms > 0)
            consider(ms);
        else if (m_inFlight == 0)
            consider(100);
    };
    if (!m_held.empty())
        considerDue(m_held.begin()->first - now.toMSecsSinceEpoch());
    bool queueEmpty = false;
    if (!m_claiming && wantsToClaim(now)) { // a claim's answer pumps again
        if (const std::optional<QDateTime> next = m_deliveries.nextWakeTime())
            considerDue(now.msecsTo(*next) - m_options.lookAhead.count());
        else
            queueEmpty = true;
    }
    if (!waitMs) {
        m_timer.stop();
        if (queueEmpty && m_inFlight == 0 && m_held.empty() && m_unrecorded.isEmpty() && m_recording.isEmpty())
            emit idle();
        return;
    }
    m_timer.start(std::chrono::milliseconds(std::min<qint64>(std::max<qint64>(*waitMs, 0), 24 * 3600 * 1000)));
}

std::optional<QDateTime> DeliveryEngine::rateLimitedUntil(const Integration &integration)
{
    if (!integration.rateLimitPerMinute)
        return std::nullopt;
    const QDateTime now = m_clock.now();
    std::deque<QDateTime> &sends = m_recentSends[integration.id];
    while (!sends.empty() && sends.front().msecsTo(now) >= 60000)
        sends.pop_front();
    if (static_cast<int>(sends.size()) < *integration.rateLimitPerMinute)
        return std::nullopt;
    return sends.front().addMSecs(60000);
}

void DeliveryEngine::dispatch(const Held &held, Lookups &context)
{
    const Delivery &delivery = held.delivery;
    const QDateTime now = m_clock.now();
    forget(delivery); // mine again below if it is sent
    if (!delivery.subscriptionId) {
        m_deliveries.expire(delivery.id, tr("The subscription was deleted."));
        return;
    }
    const qint64 subscriptionId = *delivery.subscriptionId;
    if (!context.subscriptions.contains(subscriptionId))
        context.subscriptions.insert(subscriptionId,
                                     WebhookSubscriptionRepository(m_database, m_clock).find(subscriptionId));
    const std::optional<WebhookSubscription> &subscription = context.subscriptions[subscriptionId];
    if (!subscription) {
        m_deliveries.expire(delivery.id, tr("The subscription was deleted."));
        return;
    }
    if (!subscription->active) {
        m_deliveries.expire(delivery.id, subscription->disabledReason.isEmpty()
                                             ? tr("The subscription is inactive.")
                                             : tr("The subscription is inactive: %1").arg(subscription->disabledReason));
        return;
    }
    if (delivery.createdAt.msecsTo(now) > m_options.maxAgeMs && !delivery.manualResend) {
        m_deliveries.expire(delivery.id,
                            tr("Older than the maximum age of %1 hours.").arg(m_options.maxAgeMs / 3600000));
        return;
    }

    const QString &host = held.host;

    // The breaker: this worker's view, seeded from the row.
    if (!m_breakers.contains(subscriptionId))
        m_breakers.insert(subscriptionId, subscription->breaker);
    const BreakerState &breaker = m_breakers[subscriptionId];
    if (breaker.isOpenAt(now)) {
        m_deliveries.defer(delivery.id, breaker.openUntil);
        return;
    }
    bool probe = false;
    if (breaker.needsProbeAt(now)) {
        const QDateTime probeUntil = now.addSecs(subscription->timeoutSeconds + 60);
        if (!WebhookSubscriptionRepository(m_database, m_clock).tryAcquireProbe(subscriptionId, now, probeUntil)) {
            // Another attempt is probing: look again shortly; by then the breaker
            // has closed (and this one goes) or reopened (and this one waits for it).
            m_deliveries.defer(delivery.id, now.addMSecs(probeRecheckMs));
            return;
        }
        probe = true;
    }

    if (!context.integrations.contains(subscription->integrationId))
        context.integrations.insert(subscription->integrationId,
                                    IntegrationRepository(m_database, m_clock).find(subscription->integrationId));
    if (const std::optional<Integration> &integration = context.integrations[subscription->integrationId]) {
        if (const std::optional<QDateTime> until = rateLimitedUntil(*integration)) {
            m_deliveries.defer(delivery.id, *until);
            return;
        }
        if (integration->rateLimitPerMinute)
            m_recentSends[integration->id].push_back(now);
    }

    auto work = std::make_shared<Dispatch>(
        Dispatch{delivery, held.leaseUntil, held.body, *subscription, host, subscription->integrationId, probe, {}, {}});
    m_mine.insert(delivery.id, delivery.attemptCount);
    if (const std::optional<Integration> &integration = context.integrations[subscription->integrationId])
        work->caCertificates = integrationCaCertificates(*integration);
    ++m_inFlight;
    ++m_inFlightPerHost[host];
    readSecrets(*subscription, [this, work](const QList<QByteArray> &secrets, const QString &error) {
        if (!m_running) {
            // Stopped while the keychain answered: not sent, its lease is given back with the others.
            release(*work);
            return;
        }
        if (!error.isEmpty()) {
            // Without its secret a delivery cannot be signed: it waits, no attempt spent.
            reportProblem(tr("Delivery %1 waits for its secret: %2").arg(work->delivery.requestId, error));
            try {
                m_deliveries.defer(work->delivery.id, m_clock.now().addMSecs(m_options.problemRetry.count()));
            } catch (const Error &deferError) {
                reportProblem(deferError.message());
            }
            release(*work);
            return;
        }
        send(work, secrets);
    });
}

void DeliveryEngine::readSecrets(const WebhookSubscription &subscription,
                                 std::function<void(const QList<QByteArray> &, const QString &)> done)
{
    QStringList refs{subscription.secretRef};
    if (subscription.signatureScheme == SignatureScheme::StandardWebhooks && !subscription.previousSecretRef.isEmpty()
        && subscription.previousSecretExpiresAt > m_clock.now())
        refs << subscription.previousSecretRef;
    if (subscription.secretRef.isEmpty()) {
        done({}, tr("the subscription has no secret"));
        return;
    }

    // Read one after the other (the keychain answers in order anyway), from the
    // cache when fresh. A rotation changes updated_at, so it never reads stale.
    const QString version = QLatin1Char('@') + QString::number(subscription.updatedAt.toMSecsSinceEpoch());
    auto values = std::make_shared<QList<QByteArray>>();
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, refs, version, values, next, done] {
        if (values->size() == refs.size()) {
            done(*values, {});
            *next = nullptr; // breaks the self-reference
            return;
        }
        const QString ref = refs.at(values->size());
        const auto cached = m_secretCache.constFind(ref + version);
        if (cached != m_secretCache.cend()
            && cached->readAt.msecsTo(m_clock.now()) < m_options.secretCacheTime.count()) {
            values->append(cached->value);
            (*next)();
            return;
        }
        // No context object: Qt 6.4 asserts when a continuation's context is gone,
        // and the keychain may answer after this engine was destroyed.
        m_secrets.read(ref).then(
            [self = QPointer<DeliveryEngine>(this), ref, version, values, next, done](const SecretResult &result) {
                if (!self) {
                    *next = nullptr;
                    return;
                }
                if (!result.ok()) {
                    done({}, result.errorMessage);
                    *next = nullptr;
                    return;
                }
                self->m_secretCache.insert(ref + version, {result.value, self->m_clock.now()});
                values->append(result.value);
                (*next)();
            });
    };
    (*next)();
}

void DeliveryEngine::send(std::shared_ptr<Dispatch> work, const QList<QByteArray> &secrets)
{
    try {
        // No other worker may take it over while the attempt can still be running:
        // a lease too short for the attempt grows first (usually the claim's is enough).
        const QDateTime now = m_clock.now();
        const qint64 attemptMs = work->subscription.timeoutSeconds * 1000LL;
        if (work->leaseUntil < now.addMSecs(attemptMs + leaseMarginMs)
            && !m_deliveries.extendLease(work->delivery.id, m_workerId, now.addMSecs(attemptMs + m_options.leaseMs))) {
            // It waited too long here and another worker took it over: theirs now.
            qCWarning(lcDelivery) << "lease of" << work->delivery.requestId
                                  << "lost before sending; left to its holder";
            release(*work);
            return;
        }
        const QByteArray &body = work->body;
        const qint64 timestamp = now.toSecsSinceEpoch();
        work->headers = WebhookRequest::headers(work->subscription.signatureScheme, work->subscription.signatureHeader,
                                                work->delivery.eventType, work->delivery.requestId, timestamp, body,
                                                secrets);
        OutgoingWebhook webhook{QUrl(work->delivery.endpointUrl), body, work->headers,
                                std::chrono::seconds(work->subscription.timeoutSeconds), work->caCertificates};
        m_sender.send(webhook).then([self = QPointer<DeliveryEngine>(this), work](const AttemptResult &result) {
            if (self)
                self->complete(work, result);
        });
    } catch (const Error &error) {
        reportProblem(tr("Delivery %1 could not be prepared: %2").arg(work->delivery.requestId, error.message()));
        try {
            m_deliveries.defer(work->delivery.id, m_clock.now().addMSecs(m_options.problemRetry.count()));
        } catch (const Error &) {
        }
        release(*work);
    }
}

void DeliveryEngine::complete(std::shared_ptr<Dispatch> work, const AttemptResult &result)
{
    const QDateTime now = m_clock.now();
    // A shutdown abort is not the receiver's failure and spends no attempt.
    const bool abortedByStop = m_stopping && result.errorMessage == AbstractWebhookSender::cancelledMessage();
    try {
        if (abortedByStop) {
            m_deliveries.defer(work->delivery.id, work->delivery.nextAttemptAt);
        } else {
            const AttemptOutcome outcome{result.succeeded(), result.httpStatus, result.retryAfterSeconds};
            RetryDecision decision = RetryPolicy::decide(work->subscription, work->delivery.attemptCount + 1, outcome,
                                                         now, m_jitter());
            // The outbound policy refused it: nothing was sent, and trying again changes nothing.
            if (result.errorClass == AttemptErrorClass::Policy)
                decision = RetryDecision{RetryDecision::Kind::Failed, {}};

            AttemptRecord record;
            record.attempt.startedAt = result.startedAt;
            record.attempt.durationMs = result.durationMs;
            record.attempt.url = work->delivery.endpointUrl;
            record.attempt.requestHeaders = work->headers;
            record.attempt.responseStatus = result.httpStatus;
            record.attempt.responseHeaders = result.responseHeaders;
            record.attempt.responseBody = result.responseBody;
            record.attempt.responseTruncated = result.responseTruncated;
            record.attempt.errorClass = attemptErrorClassName(result.errorClass);
            record.attempt.errorMessage = result.errorMessage;
            record.succeeded = outcome.succeeded;
            switch (decision.kind) {
            case RetryDecision::Kind::Delivered: record.newStatus = DeliveryStatus::Delivered; break;
            case RetryDecision::Kind::RetryLater:
                record.newStatus = DeliveryStatus::Retrying;
                record.nextAttemptAt = decision.nextAttemptAt;
                break;
            case RetryDecision::Kind::Failed: record.newStatus = DeliveryStatus::Failed; break;
            case RetryDecision::Kind::Gone:
                record.newStatus = DeliveryStatus::Failed;
                record.deactivateSubscription =
                    tr("The endpoint answered 410 Gone on %1.").arg(now.toString(Qt::ISODate));
                break;
            }
            const qint64 subscriptionId = *work->delivery.subscriptionId;
            const BreakerState before = m_breakers.value(subscriptionId, work->subscription.breaker);
            const BreakerState after = CircuitBreaker::afterAttempt(before, outcome.succeeded, now, m_options.breaker);
            m_breakers.insert(subscriptionId, after);
            if (after != before || work->probe)
                record.breaker = after;
            if (after.isOpenAt(now) && !before.isOpenAt(now))
                qCWarning(lcDelivery) << "circuit breaker opened for subscription" << subscriptionId << "until"
                                      << after.openUntil;
            // Recorded with whatever else finishes meanwhile: one transaction
            // (one commit) for many attempts. Until then the delivery stays leased
            // to this worker; its connection slot is free for the next one now.
            if (m_unrecorded.isEmpty())
                m_unrecordedSince.start();
            m_unrecorded.append({work, record});
            freeSlot(*work);
            emit attemptAnswered(work->delivery.requestId);
            if (m_unrecorded.size() >= maxRecordBatch)
                recordFinished();
            else if (!m_recordTimer.isActive())
                m_recordTimer.start(m_options.recordWindow);
            if (!m_stopping)
                m_timer.start(0); // one pump for all the slots freed in this turn
            return;
        }
    } catch (const Error &error) {
        reportProblem(tr("The attempt of %1 could not be recorded: %2").arg(work->delivery.requestId, error.message()));
    }
    release(*work);
}

QList<std::pair<Delivery, AttemptRecord>> DeliveryEngine::attemptsOf(const QList<Unrecorded> &finished)
{
    QList<std::pair<Delivery, AttemptRecord>> attempts;
    attempts.reserve(finished.size());
    for (const Unrecorded &one : finished)
        attempts.append({one.work->delivery, one.record});
    return attempts;
}

void DeliveryEngine::recordFinished()
{
    m_recordTimer.stop();
    if (m_unrecorded.isEmpty() || !m_recording.isEmpty())
        return; // nothing to write, or the recorder is busy: batchRecorded() comes back here
    m_recording = std::exchange(m_unrecorded, {});
    const quint64 batch = ++m_lastBatch;
    QMetaObject::invokeMethod(
        m_recorder.get(),
        [recorder = m_recorder.get(), batch, attempts = attemptsOf(m_recording), now = m_clock.now(),
         recheck = m_recheckRecords] { recorder->record(batch, attempts, now, recheck); },
        Qt::QueuedConnection);
}

void DeliveryEngine::batchRecorded(quint64 batch, const QString &error)
{
    if (batch != m_lastBatch || m_recording.isEmpty())
        return;
    QList<Unrecorded> recorded = std::exchange(m_recording, {});
    if (error.isEmpty()) {
        m_recheckRecords = false;
        for (const Unrecorded &finished : recorded) {
            forget(finished.work->delivery); // recorded
            emit attemptFinished(finished.work->delivery.requestId, finished.record.newStatus);
        }
    } else {
        // Kept, still leased, and written once the database answers again. The
        // failed commit may have reached the database (the connection was lost
        // after it), so the next batch records only what is missing; an attempt
        // whose delivery another worker took over meanwhile is left to it.
        if (!m_stopping) {
            m_recheckRecords = true;
            m_unrecorded = recorded + m_unrecorded;
            m_unrecordedSince.start();
            pause(error);
            m_recordTimer.start(m_options.problemRetry);
            return;
        }
        // Stopping: no further try. The leases run out and the deliveries are
        // tried again, under the same request ids: at least once, never lost.
        for (const Unrecorded &finished : recorded)
            forget(finished.work->delivery); // left to its lease running out
        reportProblem(tr("%n finished attempt(s) could not be recorded: %1", nullptr, int(recorded.size())).arg(error));
    }
    // Claim (in pump) before the next batch goes to the recorder: the claim
    // then runs before that batch's commit (fsync included), not after it.
    if (!m_stopping)
        pump();
    recordWhenDue(); // what finished meanwhile
    if (m_stopping)
        finishStopIfDrained();
}

// What finished while a batch was being recorded goes once the oldest of it has
// waited the record window, as any batch does: handing it over the moment the
// recorder is free made batches of the few attempts that finish during one
// commit, and every commit writes each page it touches to the log and waits for
// the disk (20,000 drain on SQLite: 8 attempts per commit before, ~25 after).
void DeliveryEngine::recordWhenDue()
{
    if (m_unrecorded.isEmpty())
        return;
    const std::chrono::milliseconds waited(m_unrecordedSince.elapsed());
    if (m_stopping || m_unrecorded.size() >= maxRecordBatch || waited >= m_options.recordWindow)
        recordFinished();
    else
        m_recordTimer.start(m_options.recordWindow - waited);
}

void DeliveryEngine::freeSlot(const Dispatch &work)
{
    --m_inFlight;
    if (--m_inFlightPerHost[work.host] <= 0)
        m_inFlightPerHost.remove(work.host);
}

void DeliveryEngine::forget(const Delivery &delivery)
{
    // Only the copy this worker has: a newer one claimed meanwhile stays.
    const auto mine = m_mine.constFind(delivery.id);
    if (mine != m_mine.cend() && mine.value() == delivery.attemptCount)
        m_mine.erase(mine);
}

void DeliveryEngine::release(const Dispatch &work)
{
    forget(work.delivery);
    freeSlot(work);
    if (m_stopping)
        finishStopIfDrained();
    else
        pump();
}

} // namespace garagereg
