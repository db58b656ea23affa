#include "models/storage/DatabaseInspector.h"
#include "models/storage/DeliveryRepository.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/SqlQuery.h"
#include "models/storage/WebhookSubscriptionRepository.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TestAttempts.h"
#include "tests/support/TestDatabase.h"

#include <QSet>
#include <QtTest>

using namespace garagereg;
using namespace garagereg::test;

// The durable queue and the log, on both backends, with a clock the test moves.
class TestDeliveryRepository : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    QList<WebhookSubscription> m_subscriptions; // one on host-a, one on host-b

    QStringList queue(int events, const QString &type = QStringLiteral("gate.created"))
    {
        QStringList requestIds;
        for (int i = 0; i < events; ++i) {
            WebhookEvent event;
            event.eventUuid = QStringLiteral("event-%1-%2").arg(type).arg(i);
            event.eventType = type;
            event.body = QStringLiteral("{\"id\":\"%1\"}").arg(event.eventUuid).toUtf8(); // its own body
            event.occurredAt = m_clock.now();
            requestIds << DeliveryRepository(*m_database, m_clock).insertEvent(event, m_subscriptions);
            m_clock.advanceMs(1);
        }
        return requestIds;
    }

    static QSet<QString> ids(const QList<ClaimedDelivery> &claimed)
    {
        QSet<QString> result;
        for (const ClaimedDelivery &claim : claimed)
            result.insert(claim.delivery.requestId);
        return result;
    }

private slots:
    void init()
    {
        m_testDatabase = std::make_unique<TestDatabase>();
        m_database = m_testDatabase->open();
        Integration integration;
        integration.name = QStringLiteral("x");
        integration.provider = QStringLiteral("custom");
        const qint64 integrationId = IntegrationRepository(*m_database, m_clock).create(integration).id;
        m_subscriptions.clear();
        for (const char *host : {"host-a.example", "host-b.example"}) {
            WebhookSubscription subscription;
            subscription.integrationId = integrationId;
            subscription.name = QLatin1String(host);
            subscription.endpointUrl = QStringLiteral("https://%1/hook").arg(QLatin1String(host));
            subscription.eventTypes = {QStringLiteral("gate.created"), QStringLiteral("gate.updated")};
            m_subscriptions << WebhookSubscriptionRepository(*m_database, m_clock).create(subscription);
        }
    }

    void cleanup()
    {
        m_database.reset();
        m_testDatabase.reset();
    }

    void claimsAreExclusiveUntilTheLeaseRunsOut()
    {
        queue(3); // 6 deliveries
        DeliveryRepository repository(*m_database, m_clock);
        const QList<ClaimedDelivery> first = repository.claimDue(QStringLiteral("worker-1"), 4, {}, 10000);
        QCOMPARE(first.size(), 4);
        const QList<ClaimedDelivery> second = repository.claimDue(QStringLiteral("worker-2"), 10, {}, 10000);
        QCOMPARE(second.size(), 2);
        QVERIFY(!ids(first).intersects(ids(second)));
        QVERIFY(repository.claimDue(QStringLiteral("worker-3"), 10, {}, 10000).isEmpty());
        QCOMPARE(repository.nextWakeTime(), m_clock.now().addMSecs(10000));

        // Worker 1 dies; once its lease runs out its deliveries are due again.
        m_clock.advanceMs(10001);
        const QList<ClaimedDelivery> taken = repository.claimDue(QStringLiteral("worker-3"), 10, {}, 10000);
        QCOMPARE(ids(taken), ids(first) + ids(second));
    }

    void extendedLeaseKeepsOthersOut()
    {
        queue(1);
        DeliveryRepository repository(*m_database, m_clock);
        const QList<ClaimedDelivery> mine = repository.claimDue(QStringLiteral("me"), 1, {}, 1000);
        repository.extendLease(mine.first().delivery.id, QStringLiteral("me"), m_clock.now().addSecs(60));
        repository.extendLease(mine.first().delivery.id, QStringLiteral("not-me"),
                               m_clock.now()); // not its lease: no effect
        m_clock.advanceMs(5000);
        QCOMPARE(repository.claimDue(QStringLiteral("other"), 10, {}, 1000).size(), 1); // only the host-b one
    }

    void busyHostsAreLeftForLater()
    {
        queue(2);
        DeliveryRepository repository(*m_database, m_clock);
        const QList<ClaimedDelivery> claimed = repository.claimDue(QStringLiteral("w"), 10,
                                                                   {QStringLiteral("host-a.example")}, 1000);
        QCOMPARE(claimed.size(), 2);
        for (const ClaimedDelivery &claim : claimed)
            QVERIFY(claim.delivery.endpointUrl.contains(QLatin1String("host-b")));
    }

    void deferSpendsNoAttemptAndWaits()
    {
        const QString requestId = queue(1).first();
        DeliveryRepository repository(*m_database, m_clock);
        QCOMPARE(repository.claimDue(QStringLiteral("w"), 10, {}, 1000).size(), 2);
        const Delivery delivery = *repository.findByRequestId(requestId);
        repository.defer(delivery.id, m_clock.now().addSecs(30));
        const Delivery after = *repository.findByRequestId(requestId);
        QCOMPARE(after.attemptCount, 0);
        QCOMPARE(after.nextAttemptAt, m_clock.now().addSecs(30));
        QCOMPARE(after.status, DeliveryStatus::Pending);
        m_clock.advanceMs(29000);
        QVERIFY(!ids(repository.claimDue(QStringLiteral("w2"), 10, {}, 1000)).contains(requestId)); // leased or not due
        m_clock.advanceMs(1000);
        QVERIFY(ids(repository.claimDue(QStringLiteral("w2"), 10, {}, 1000)).contains(requestId));
    }

    void recordAttemptAndTheLog()
    {
        const QString requestId = queue(1).first();
        DeliveryRepository repository(*m_database, m_clock);
        const Delivery delivery = *repository.findByRequestId(requestId);
        AttemptRecord record;
        record.attempt.startedAt = m_clock.now();
        record.attempt.durationMs = 42;
        record.attempt.url = delivery.endpointUrl;
        record.attempt.requestHeaders = {{"X-GarageReg-Signature", "sha256=abc"}};
        record.attempt.responseStatus = 503;
        record.attempt.responseHeaders = {{"Retry-After", "120"}};
        record.attempt.responseBody = QByteArray("\x00\xff binary", 9);
        record.attempt.responseTruncated = true;
        record.attempt.errorClass = QStringLiteral("http");
        record.attempt.errorMessage = QStringLiteral("HTTP 503 Service Unavailable");
        record.newStatus = DeliveryStatus::Retrying;
        record.nextAttemptAt = m_clock.now().addSecs(120);
        repository.recordAttempt(delivery, record);

        const Delivery after = *repository.findByRequestId(requestId);
        QCOMPARE(after.status, DeliveryStatus::Retrying);
        QCOMPARE(after.attemptCount, 1);
        QCOMPARE(after.lastHttpStatus, 503);
        QCOMPARE(after.nextAttemptAt, m_clock.now().addSecs(120));
        QCOMPARE(after.firstAttemptAt, m_clock.now());
        QVERIFY(!after.completedAt.isValid());
        const DeliveryAttempt attempt = repository.attempts(delivery.id).first();
        QCOMPARE(attempt.number, 1);
        QCOMPARE(attempt.responseBody, record.attempt.responseBody);
        QCOMPARE(attempt.requestHeaders, record.attempt.requestHeaders);
        QCOMPARE(attempt.responseHeaders, record.attempt.responseHeaders);
        QVERIFY(attempt.responseTruncated);
        const Integration integration = IntegrationRepository(*m_database, m_clock).list().first();
        QCOMPARE(integration.errorCount, 1);
        QCOMPARE(integration.lastResponseMs, 42);
    }

    void listFiltersAndCounts()
    {
        queue(2, QStringLiteral("gate.created"));
        queue(1, QStringLiteral("gate.updated"));
        DeliveryRepository repository(*m_database, m_clock);
        QCOMPARE(repository.count({}), 6);
        DeliveryFilter byType;
        byType.eventType = QStringLiteral("gate.updated");
        QCOMPARE(repository.list(byType, 100).size(), 2);
        DeliveryFilter bySubscription;
        bySubscription.subscriptionId = m_subscriptions.first().id;
        QCOMPARE(repository.count(bySubscription), 3);
        DeliveryFilter byStatus;
        byStatus.status = DeliveryStatus::Delivered;
        QCOMPARE(repository.count(byStatus), 0);
        QCOMPARE(repository.list({}, 2, 0).size(), 2);
        QCOMPARE(repository.list({}, 10, 5).size(), 1);
    }

    void lookAheadClaimsWhatFallsDueSoonAndNothingLater()
    {
        const QStringList now = queue(1); // due now, on both hosts
        DeliveryRepository repository(*m_database, m_clock);
        for (const QString &requestId : now)
            repository.defer(repository.findByRequestId(requestId)->id, m_clock.now().addMSecs(150));
        const QStringList later = queue(1, QStringLiteral("gate.updated"));
        for (const QString &requestId : later)
            repository.defer(repository.findByRequestId(requestId)->id, m_clock.now().addMSecs(5000));

        QVERIFY(repository.claimDue(QStringLiteral("w"), 10, {}, 60000).isEmpty()); // nothing due yet
        const QList<ClaimedDelivery> ahead = repository.claimDue(QStringLiteral("w"), 10, {}, 60000,
                                                                 m_clock.now().addMSecs(200));
        QCOMPARE(ids(ahead), QSet<QString>(now.cbegin(), now.cend()));
        QVERIFY(!ids(ahead).intersects(QSet<QString>(later.cbegin(), later.cend())));
        // Earliest first, however they were inserted.
        for (qsizetype i = 1; i < ahead.size(); ++i)
            QVERIFY(ahead.at(i - 1).delivery.nextAttemptAt <= ahead.at(i).delivery.nextAttemptAt);
    }

    // The engine starts its claims where the last one left off: what was due
    // before that point is left out, and claimed by a walk of the whole queue.
    void aClaimLeavesOutWhatWasDueBeforeItsFloor()
    {
        const QStringList earlier = queue(1); // due now, on both hosts
        m_clock.advanceMs(10000);
        const QStringList later = queue(1, QStringLiteral("gate.updated"));
        DeliveryRepository repository(*m_database, m_clock);
        const QList<ClaimedDelivery> floored = repository.claimDue(QStringLiteral("w"), 10, {}, 1000, {},
                                                                   m_clock.now().addMSecs(-5000));
        QCOMPARE(ids(floored), QSet<QString>(later.cbegin(), later.cend()));
        const QList<ClaimedDelivery> whole = repository.claimDue(QStringLiteral("w"), 10, {}, 1000);
        QCOMPARE(ids(whole), QSet<QString>(earlier.cbegin(), earlier.cend()));
    }

    void nextWakeTimeSeesLeasesAndDueTimes()
    {
        DeliveryRepository repository(*m_database, m_clock);
        QVERIFY(!repository.nextWakeTime());
        const QDateTime due = m_clock.now();
        queue(1); // two deliveries, due now
        QCOMPARE(repository.nextWakeTime().value_or(QDateTime()), due);
        repository.claimDue(QStringLiteral("w"), 1, {}, 30000);
        QCOMPARE(repository.nextWakeTime().value_or(QDateTime()), due); // the other one is still due
        repository.claimDue(QStringLiteral("w"), 1, {}, 20000);
        // Both leased: the earlier lease runs out first.
        QCOMPARE(repository.nextWakeTime().value_or(QDateTime()), m_clock.now().addMSecs(20000));
        repository.releaseClaims(QStringLiteral("w"));
        QCOMPARE(repository.nextWakeTime().value_or(QDateTime()), due);
        QCOMPARE(repository.claimDue(QStringLiteral("x"), 10, {}, 1000).size(), 2); // released: free for anyone
    }

    // Leases have no index: the wake-up walks the queue. A lease that runs out
    // before the next free delivery falls due wakes first; one on a delivery due
    // after it does not matter.
    void nextWakeTimeSeesLeasesBeforeTheFirstFreeDelivery()
    {
        DeliveryRepository repository(*m_database, m_clock);
        const QDateTime start = m_clock.now();
        const QStringList requestIds = queue(2); // four deliveries, due now and 1 ms later
        const QDateTime leasedAt = m_clock.now();
        QCOMPARE(repository.claimDue(QStringLiteral("w"), 3, {}, 5000).size(), 3);
        const qint64 freeId = repository.findByRequestId(requestIds.last())->id; // the one not claimed
        const auto deferLast = [&](qint64 ms) { repository.defer(freeId, start.addMSecs(ms)); };
        deferLast(10000); // the free one falls due after the leases run out
        QCOMPARE(repository.nextWakeTime().value_or(QDateTime()), leasedAt.addMSecs(5000));
        deferLast(3000); // and now before
        QCOMPARE(repository.nextWakeTime().value_or(QDateTime()), start.addMSecs(3000));
        m_clock.advanceMs(6000); // the leases ran out: due again at once
        QCOMPARE(repository.nextWakeTime().value_or(QDateTime()), start.addMSecs(3000));
        QCOMPARE(repository.claimDue(QStringLiteral("x"), 10, {}, 1000).size(), 4);
    }

    // More leased deliveries than one page of the walk before the first free one.
    void nextWakeTimeWalksPastAPageOfLeases()
    {
        DeliveryRepository repository(*m_database, m_clock);
        const QStringList requestIds = queue(70); // 140 deliveries
        const QDateTime leasedAt = m_clock.now();
        QCOMPARE(repository.claimDue(QStringLiteral("w1"), 128, {}, 8000).size(), 128);
        QCOMPARE(repository.claimDue(QStringLiteral("w2"), 7, {}, 5000).size(), 7); // the 129th to 135th
        for (const QString &requestId : requestIds.mid(135))
            repository.defer(repository.findByRequestId(requestId)->id, leasedAt.addMSecs(10000));
        QCOMPARE(repository.nextWakeTime().value_or(QDateTime()), leasedAt.addMSecs(5000));
    }

    void claimingLeavesCommitsDurable()
    {
        // The suite's throwaway PostgreSQL runs with synchronous_commit off for
        // speed: the session turns it on, as a production server has it.
        if (!m_database->url().isSqlite())
            execSql(m_database->connection(), QStringLiteral("SET synchronous_commit = on"));
        queue(1);
        QCOMPARE(DeliveryRepository(*m_database, m_clock).claimDue(QStringLiteral("w"), 10, {}, 1000).size(), 2);
        // Leases commit without waiting for the disk; everything after them does again.
        if (m_database->url().isSqlite())
            QCOMPARE(SqlQuery(m_database->connection(), QStringLiteral("PRAGMA synchronous")).scalar().toInt(),
                     2); // FULL
        else
            QCOMPARE(SqlQuery(m_database->connection(), QStringLiteral("SELECT current_setting('synchronous_commit')"))
                         .scalar()
                         .toString(),
                     QStringLiteral("on"));
    }

    void claimingAndRecordingConnectionsLeaveCheckpointsOutOfCommits()
    {
        if (!m_database->url().isSqlite())
            QSKIP("WAL checkpoints are SQLite's");
        const QSqlDatabase db = m_database->connection();
        const auto autoCheckpoint = [&] {
            return SqlQuery(db, QStringLiteral("PRAGMA wal_autocheckpoint")).scalar().toInt();
        };
        QCOMPARE(SqlQuery(db, QStringLiteral("PRAGMA journal_mode")).scalar().toString(), QStringLiteral("wal"));
        queue(1);
        DeliveryRepository reader(*m_database, m_clock);
        QCOMPARE(reader.list({}, 10).size(), 2);
        QCOMPARE(autoCheckpoint(), 1000); // reading alone changes nothing
        DeliveryRepository claimer(*m_database, m_clock);
        QCOMPARE(claimer.claimDue(QStringLiteral("w"), 10, {}, 1000).size(), 2);
        QCOMPARE(autoCheckpoint(), 0);
        execSql(db, QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
        DeliveryRepository recorder(*m_database, m_clock);
        recorder.takeOverWalCheckpoints();
        QCOMPARE(autoCheckpoint(), 0);
    }

    void subscriptionsVersionFollowsSubscriptionsAndIntegrations()
    {
        DeliveryRepository deliveries(*m_database, m_clock);
        WebhookSubscriptionRepository subscriptions(*m_database, m_clock);
        IntegrationRepository integrations(*m_database, m_clock);
        QString version = deliveries.subscriptionsVersion();
        const auto changed = [&] {
            const QString now = deliveries.subscriptionsVersion();
            const bool differs = now != version;
            version = now;
            return differs;
        };
        // The queue's own work changes nothing dispatching reads.
        queue(1);
        const QList<ClaimedDelivery> claimed = deliveries.claimDue(QStringLiteral("w"), 10, {}, 1000);
        deliveries.recordAttempt(claimed.first().delivery, deliveredAttempt(claimed.first().delivery, m_clock.now()));
        QVERIFY(!changed());

        m_clock.advanceMs(1);
        WebhookSubscription subscription = m_subscriptions.first();
        subscription.timeoutSeconds = 7;
        subscriptions.update(subscription);
        QVERIFY(changed());
        m_clock.advanceMs(1);
        subscriptions.setActive(subscription.id, false);
        QVERIFY(changed());
        subscriptions.remove(m_subscriptions.last().id);
        QVERIFY(changed());
        m_clock.advanceMs(1);
        Integration integration = *integrations.find(subscription.integrationId);
        integration.rateLimitPerMinute = 60;
        integrations.update(integration);
        QVERIFY(changed());
        QVERIFY(!changed());
    }

    void claimsCarryTheirDeliveryAndEventBody()
    {
        const QStringList requestIds = queue(2);
        DeliveryRepository repository(*m_database, m_clock);
        const QList<ClaimedDelivery> claimed = repository.claimDue(QStringLiteral("w"), 10, {}, 1000);
        QCOMPARE(claimed.size(), requestIds.size());
        for (const ClaimedDelivery &claim : claimed) {
            const Delivery stored = *repository.findByRequestId(claim.delivery.requestId);
            QCOMPARE(claim.delivery.id, stored.id);
            QCOMPARE(claim.delivery.eventId, stored.eventId);
            QCOMPARE(claim.delivery.eventUuid, stored.eventUuid);
            QCOMPARE(claim.delivery.eventType, stored.eventType);
            QCOMPARE(claim.delivery.subscriptionId, stored.subscriptionId);
            QCOMPARE(claim.delivery.endpointUrl, stored.endpointUrl);
            QCOMPARE(claim.host, QUrl(stored.endpointUrl).host());
            QCOMPARE(claim.delivery.nextAttemptAt, stored.nextAttemptAt);
            QCOMPARE(claim.delivery.createdAt, stored.createdAt);
            QCOMPARE(claim.body, QStringLiteral("{\"id\":\"%1\"}").arg(stored.eventUuid).toUtf8());
        }
    }

    void headersWithAnyCharactersSurviveTheLog()
    {
        const QString requestId = queue(1).first();
        DeliveryRepository repository(*m_database, m_clock);
        const Delivery delivery = *repository.findByRequestId(requestId);
        AttemptRecord record = deliveredAttempt(delivery, m_clock.now());
        record.attempt.requestHeaders = {{"X-Quote", "say \"hi\" \\ back"}, {"X-Empty", ""}};
        record.attempt.responseHeaders = {{"X-Control", "a\tb\x01"
                                                        "c\nd"},
                                          {"X-Text", "árvíztűrő tükörfúrógép ✓"}};
        repository.recordAttempt(delivery, record);
        const DeliveryAttempt attempt = repository.attempts(delivery.id).first();
        QCOMPARE(attempt.requestHeaders, record.attempt.requestHeaders);
        QCOMPARE(attempt.responseHeaders, record.attempt.responseHeaders);
    }

    void aBatchOfAttemptsCountsEachOnItsIntegration()
    {
        const QStringList requestIds = queue(3); // 6 deliveries, one integration
        DeliveryRepository repository(*m_database, m_clock);
        QList<std::pair<Delivery, AttemptRecord>> batch;
        for (qsizetype i = 0; i < requestIds.size(); ++i) {
            const Delivery delivery = *repository.findByRequestId(requestIds.at(i));
            AttemptRecord record;
            record.attempt.startedAt = m_clock.now();
            record.attempt.url = delivery.endpointUrl;
            record.attempt.durationMs = 10 * (i + 1); // 10 .. 60 ms, 35 on average
            const bool ok = i % 3 != 0;
            record.attempt.responseStatus = ok ? 200 : 500;
            record.attempt.errorMessage = ok ? QString() : QStringLiteral("HTTP 500 #%1").arg(i);
            record.succeeded = ok;
            record.newStatus = ok ? DeliveryStatus::Delivered : DeliveryStatus::Retrying;
            record.nextAttemptAt = m_clock.now().addSecs(60);
            batch.append({delivery, record});
        }
        repository.recordAttempts(batch);
        const Integration integration = IntegrationRepository(*m_database, m_clock).list().first();
        QCOMPARE(integration.requestCount, 6);
        QCOMPARE(integration.successCount, 4);
        QCOMPARE(integration.errorCount, 2);
        QCOMPARE(integration.averageResponseMs, 35.0);
        QCOMPARE(integration.lastResponseMs, 60); // the batch's last attempt
        DeliveryFilter delivered;
        delivered.status = DeliveryStatus::Delivered;
        QCOMPARE(repository.count(delivered), 4);
        for (const auto &[delivery, record] : batch)
            QCOMPARE(repository.attempts(delivery.id).size(), 1);
    }

    void aBatchLargerThanOneStatementRecordsEveryAttempt()
    {
        // 150 deliveries: more rows than one INSERT of attempts (76) or one
        // UPDATE of deliveries (124) takes; every third fails and retries.
        const QStringList requestIds = queue(75);
        DeliveryRepository repository(*m_database, m_clock);
        QList<std::pair<Delivery, AttemptRecord>> batch;
        for (qsizetype i = 0; i < requestIds.size(); ++i) {
            const Delivery delivery = *repository.findByRequestId(requestIds.at(i));
            const bool fails = i % 3 == 0;
            AttemptRecord record;
            record.attempt.startedAt = m_clock.now().addMSecs(i);
            record.attempt.url = delivery.endpointUrl;
            record.attempt.responseStatus = fails ? 500 + int(i % 4) : 200;
            record.attempt.responseHeaders = {{"X-Request", requestIds.at(i).toUtf8()}};
            if (fails) {
                record.attempt.errorClass = QStringLiteral("http");
                record.attempt.errorMessage = QStringLiteral("failure %1").arg(i);
                record.newStatus = DeliveryStatus::Retrying;
                record.nextAttemptAt = m_clock.now().addSecs(60 + i);
            } else {
                record.newStatus = DeliveryStatus::Delivered;
                record.succeeded = true;
            }
            batch.append({delivery, record});
        }
        repository.recordAttempts(batch);
        for (const auto &[before, record] : batch) {
            const QList<DeliveryAttempt> attempts = repository.attempts(before.id);
            QCOMPARE(attempts.size(), 1);
            QCOMPARE(attempts.first().number, 1);
            QCOMPARE(attempts.first().responseHeaders, record.attempt.responseHeaders); // each its own row
            const Delivery after = *repository.findByRequestId(before.requestId);       // each its own values
            QCOMPARE(after.status, record.newStatus);
            QCOMPARE(after.attemptCount, 1);
            QCOMPARE(after.lastHttpStatus, record.attempt.responseStatus);
            QCOMPARE(after.lastAttemptAt, record.attempt.startedAt);
            QCOMPARE(after.firstAttemptAt, record.attempt.startedAt);
            if (record.succeeded) {
                QVERIFY(!after.nextAttemptAt.isValid());
                QCOMPARE(after.completedAt, m_clock.now());
                QVERIFY(after.lastError.isEmpty());
            } else {
                QCOMPARE(after.nextAttemptAt, record.nextAttemptAt);
                QVERIFY(!after.completedAt.isValid());
                QCOMPARE(after.lastError, record.attempt.errorMessage);
                QCOMPARE(after.lastErrorClass, record.attempt.errorClass);
            }
        }
        QCOMPARE(IntegrationRepository(*m_database, m_clock).list().first().requestCount, 150);
    }

    void theLogSortsByStatusAndTypeThenNewestFirst()
    {
        queue(2, QStringLiteral("gate.created"));
        queue(1, QStringLiteral("gate.updated"));
        DeliveryRepository repository(*m_database, m_clock);
        const QList<Delivery> byType = repository.list({}, {DeliverySortKey::EventType, true}, 10, 0);
        QCOMPARE(byType.size(), 6);
        QCOMPARE(byType.first().eventType, QStringLiteral("gate.updated"));
        // Within a type, newest first.
        QCOMPARE(byType.at(2).eventType, QStringLiteral("gate.created"));
        QVERIFY(byType.at(2).createdAt >= byType.at(5).createdAt);
        QVERIFY(byType.at(2).createdAt > byType.at(4).createdAt || byType.at(2).id > byType.at(4).id);
        DeliveryFilter created;
        created.eventType = QStringLiteral("gate.created");
        QCOMPARE(repository.count(created), 4);
    }

    void replayHonoursTheCapAndPurgeOnlyOldDelivered()
    {
        const QStringList requestIds = queue(3);
        DeliveryRepository repository(*m_database, m_clock);
        for (const QString &requestId : requestIds) {
            const Delivery delivery = *repository.findByRequestId(requestId);
            repository.recordAttempt(delivery, deliveredAttempt(delivery, m_clock.now()));
        }
        m_clock.advanceMs(10 * 24 * 3600 * 1000LL);
        QCOMPARE(repository.replay({}, 4), 4);
        DeliveryFilter retrying;
        retrying.status = DeliveryStatus::Retrying;
        QCOMPARE(repository.count(retrying), 4);

        QCOMPARE(repository.purgeDelivered(m_clock.now().addDays(-7)), 2);
        QCOMPARE(repository.count({}), 4);
        QVERIFY(!repository.resend(QStringLiteral("no-such-request")));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryRepository)
#include "tst_delivery_repository.moc"
