#include "adapters/http/OutboundGuard.h"
#include "adapters/http/WebhookSender.h"
#include "adapters/http/WebhookSenderPool.h"
#include "tests/support/FakeClock.h"
#include "tests/support/LoopbackReceiver.h"
#include "tests/support/WaitForFuture.h"

#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace garagereg;
using namespace garagereg::test;
using namespace std::chrono_literals;

namespace {

using Behaviour = ScriptedResponse::Behaviour;

OutgoingWebhook webhookTo(const QUrl &url, const QByteArray &body)
{
    return OutgoingWebhook{url, body, {{"Content-Type", "application/json"}}, 10s, {}};
}

ScriptedResponse answerAfter(int ms)
{
    ScriptedResponse response;
    response.delayMs = ms;
    response.body = "ok";
    return response;
}

} // namespace

// WebhookSenderPool over real loopback HTTP: requests spread over the lanes,
// every future finishes on the pool's thread, aborting and destroying finish
// what is in flight, and each lane applies the outbound policy.
class TestWebhookSenderPool : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LoopbackReceiver> m_receiver;
    std::unique_ptr<WebhookSender> m_local;

    std::unique_ptr<WebhookSenderPool> poolWithThreads(int extraThreads, WebhookSenderPool::GuardFactory guard = {})
    {
        return std::make_unique<WebhookSenderPool>(*m_local, *m_clock, extraThreads, std::move(guard));
    }

    // Sends `count` requests with bodies "0", "1", ...
    QList<QFuture<AttemptResult>> sendSeveral(WebhookSenderPool &pool, int count)
    {
        QList<QFuture<AttemptResult>> futures;
        for (int i = 0; i < count; ++i)
            futures.append(pool.send(webhookTo(m_receiver->url(), QByteArray::number(i))));
        return futures;
    }

private slots:
    void init()
    {
        m_clock = std::make_unique<FakeClock>();
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setProxy(QNetworkProxy::NoProxy);
        m_receiver = std::make_unique<LoopbackReceiver>();
        QVERIFY(m_receiver->port() != 0);
        m_local = std::make_unique<WebhookSender>(*m_network, *m_clock);
    }

    void cleanup()
    {
        m_local.reset();
        m_receiver.reset();
        m_network.reset();
        m_clock.reset();
    }

    void requestsSpreadOverTheLanes()
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); // the lanes' managers use the application's
        const std::unique_ptr<WebhookSenderPool> pool = poolWithThreads(2);
        QCOMPARE(pool->lanes(), 3);
        m_receiver->setDefaultResponse(answerAfter(300));

        const QList<QFuture<AttemptResult>> futures = sendSeveral(*pool, 6);
        // The fewest in flight wins, this thread's lane on a tie: two each.
        for (int lane = 0; lane < 3; ++lane)
            QCOMPARE(pool->inFlightOnLane(lane), 2);
        QCOMPARE(pool->inFlight(), 6);

        for (const QFuture<AttemptResult> &future : futures) {
            QVERIFY(waitFor(future));
            const AttemptResult result = future.result();
            QVERIFY2(result.succeeded(), qPrintable(result.errorMessage));
            QCOMPARE(*result.httpStatus, 200);
            QCOMPARE(result.responseBody, QByteArray("ok"));
            QCOMPARE(result.startedAt, m_clock->now());
        }
        QCOMPARE(pool->inFlight(), 0);
        QSet<QByteArray> bodies;
        for (const ReceivedRequest &request : m_receiver->requests())
            bodies.insert(request.body);
        QCOMPARE(bodies, (QSet<QByteArray>{"0", "1", "2", "3", "4", "5"}));
    }

    void aPoolWithoutThreadsSendsOnThisThreadAlone()
    {
        const std::unique_ptr<WebhookSenderPool> pool = poolWithThreads(0);
        m_receiver->setDefaultResponse(answerAfter(100));
        const QList<QFuture<AttemptResult>> futures = sendSeveral(*pool, 3);
        QCOMPARE(m_local->inFlight(), 3);
        for (const QFuture<AttemptResult> &future : futures) {
            QVERIFY(waitFor(future));
            QVERIFY(future.result().succeeded());
        }
    }

    void futuresFinishOnThePoolsThread()
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        const std::unique_ptr<WebhookSenderPool> pool = poolWithThreads(1);
        m_receiver->setDefaultResponse(answerAfter(50));
        QMutex mutex;
        QList<QThread *> finishedOn;
        QList<QFuture<void>> continuations;
        for (QFuture<AttemptResult> future : sendSeveral(*pool, 4)) {
            // No context: the continuation runs where the future finishes.
            continuations.append(future.then([&](const AttemptResult &) {
                QMutexLocker locker(&mutex);
                finishedOn.append(QThread::currentThread());
            }));
        }
        QCOMPARE(pool->inFlightOnLane(1), 2);
        for (const QFuture<void> &continuation : continuations)
            QVERIFY(waitFor(continuation));
        QCOMPARE(finishedOn, QList<QThread *>(4, QThread::currentThread()));
    }

    void abortAllFinishesEveryFutureBeforeItReturns()
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        const std::unique_ptr<WebhookSenderPool> pool = poolWithThreads(1);
        ScriptedResponse never;
        never.behaviour = Behaviour::NeverAnswer;
        m_receiver->setDefaultResponse(never);
        const QList<QFuture<AttemptResult>> futures = sendSeveral(*pool, 4);
        QTRY_COMPARE(m_receiver->requestCount(), 4); // both lanes' requests are out

        pool->abortAll();
        for (const QFuture<AttemptResult> &future : futures) {
            QVERIFY(future.isFinished());
            QCOMPARE(future.result().errorClass, AttemptErrorClass::Connection);
            QCOMPARE(future.result().errorMessage, AbstractWebhookSender::cancelledMessage());
        }
        QCOMPARE(pool->inFlight(), 0);

        // The lanes still work afterwards.
        m_receiver->setDefaultResponse(answerAfter(0));
        for (const QFuture<AttemptResult> &future : sendSeveral(*pool, 2)) {
            QVERIFY(waitFor(future));
            QVERIFY(future.result().succeeded());
        }
    }

    void destroyingThePoolFinishesWhatIsInFlight()
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        std::unique_ptr<WebhookSenderPool> pool = poolWithThreads(2);
        ScriptedResponse never;
        never.behaviour = Behaviour::NeverAnswer;
        m_receiver->setDefaultResponse(never);
        const QList<QFuture<AttemptResult>> futures = sendSeveral(*pool, 6);
        QTRY_COMPARE(m_receiver->requestCount(), 6);

        pool.reset();
        for (const QFuture<AttemptResult> &future : futures) {
            QVERIFY(future.isFinished());
            QCOMPARE(future.result().errorMessage, AbstractWebhookSender::cancelledMessage());
        }
    }

    void everyLaneAppliesTheOutboundPolicy()
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        OutboundPolicy policy;
        policy.denyHosts = {QStringLiteral("blocked.invalid")};
        OutboundGuard localGuard(policy);
        m_local->setOutboundGuard(&localGuard);
        QMutex mutex;
        QList<QThread *> guardsMadeOn;
        const std::unique_ptr<WebhookSenderPool> pool = poolWithThreads(1, [&] {
            QMutexLocker locker(&mutex);
            guardsMadeOn.append(QThread::currentThread());
            return std::make_unique<OutboundGuard>(policy);
        });
        QCOMPARE(guardsMadeOn.size(), 1);
        QVERIFY(guardsMadeOn.constFirst() != QThread::currentThread());

        // The first request keeps this thread's lane busy, so the refused one goes to the other lane.
        m_receiver->setDefaultResponse(answerAfter(200));
        const QFuture<AttemptResult> allowed = pool->send(webhookTo(m_receiver->url(), "allowed"));
        const QFuture<AttemptResult> refused = pool->send(
            webhookTo(QUrl(QStringLiteral("http://blocked.invalid/hook")), "refused"));
        QCOMPARE(pool->inFlightOnLane(1), 1);
        QVERIFY(waitFor(refused));
        QCOMPARE(refused.result().errorClass, AttemptErrorClass::Policy);
        QVERIFY2(refused.result().errorMessage.contains(QStringLiteral("blocked.invalid")),
                 qPrintable(refused.result().errorMessage));
        QVERIFY(waitFor(allowed));
        QVERIFY(allowed.result().succeeded());
        m_local->setOutboundGuard(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestWebhookSenderPool)
#include "tst_webhook_sender_pool.moc"
