#include "app/gui/DesktopServices.h"
#include "models/storage/Database.h"
#include "models/storage/DeliveryRepository.h"
#include "tests/support/InMemorySecretStore.h"
#include "tests/support/LoopbackReceiver.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestSubscriptions.h"
#include "tests/ui/GuiTestMain.h"
#include "ui/MainWindow.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTimer>

using namespace garagereg;
using namespace garagereg::test;

// The desktop application's shutdown with deliveries in flight: main() returns
// once the last window is closed, and DesktopServices goes with it. What is in
// flight then is aborted and given back at once: nothing stays claimed, no
// attempt is spent, and the next start delivers it under the same request id.
class TestDesktopShutdown : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    InMemorySecretStore m_secrets;
    SystemClock m_clock;
    std::unique_ptr<LoopbackReceiver> m_receiver;

    void subscribe()
    {
        subscribeTo(*m_database, m_secrets, m_clock, createTestIntegration(*m_database, m_clock),
                    m_receiver->url().toString(), [](WebhookSubscription &subscription) {
                        subscription.timeoutSeconds = 60; // the requests stay in flight until the window closes
                    });
    }

private slots:
    void init()
    {
        m_testDatabase = std::make_unique<TestDatabase>();
        m_database = m_testDatabase->open();
        m_receiver = std::make_unique<LoopbackReceiver>();
    }

    void cleanup()
    {
        m_receiver.reset();
        m_database.reset();
        m_testDatabase.reset();
    }

    void closingTheWindowGivesBackWhatIsInFlight()
    {
        ScriptedResponse hang;
        hang.behaviour = ScriptedResponse::Behaviour::NeverAnswer;
        m_receiver->setDefaultResponse(hang);
        subscribe();

        auto desktop = std::make_unique<DesktopServices>(*m_database, m_secrets);
        auto window = std::make_unique<MainWindow>(*m_database, desktop->services().backgroundReads);
        QStringList requestIds;
        for (int i = 0; i < 6; ++i)
            requestIds << desktop->services()
                              .events
                              .trigger(QStringLiteral("gate.inspection_due"),
                                       QJsonObject{{QStringLiteral("gate_id"), QStringLiteral("K-%1").arg(i)}})
                              .requestIds;
        QCOMPARE(requestIds.size(), 6);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        desktop->start();
        // Four in flight (the per-host limit), the other two held in memory.
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->requestCount(), 4, 30000);
        DeliveryRepository deliveries(*m_database, m_clock);
        QVERIFY(deliveries.claimedCount() > 0);

        // As main() ends: the last window closes and exec() returns.
        QSignalSpy lastWindowClosed(qApp, &QGuiApplication::lastWindowClosed);
        bool closed = false;
        QTimer::singleShot(0, window.get(), [&closed, &window] { closed = window->close(); });
        QTimer stuck; // exec() must return by itself; this only ends a failing test
        stuck.setSingleShot(true);
        connect(&stuck, &QTimer::timeout, qApp, [] { QCoreApplication::exit(1); });
        stuck.start(30000);
        QCOMPARE(QApplication::exec(), 0);
        stuck.stop();
        QVERIFY(closed);
        QCOMPARE(lastWindowClosed.count(), 1);
        window.reset();
        QElapsedTimer shutdown;
        shutdown.start();
        desktop.reset();
        const qint64 shutdownMs = shutdown.elapsed();
        qInfo("services shut down in %lld ms with 4 requests in flight", shutdownMs);
        // The bound: no waiting for the receiver, only the release's transaction.
        QVERIFY2(shutdownMs < 5000, QByteArray::number(shutdownMs).constData());

        QCOMPARE(deliveries.claimedCount(), 0);
        DeliveryFilter pending;
        pending.status = DeliveryStatus::Pending;
        QCOMPARE(deliveries.count(pending), 6);
        for (const QString &requestId : std::as_const(requestIds))
            QCOMPARE(deliveries.findByRequestId(requestId)->attemptCount, 0); // aborted by us: no attempt spent
        QTRY_COMPARE_WITH_TIMEOUT(m_receiver->openConnectionCount(), 0, 10000);

        // The next start delivers all six, the interrupted ones under their ids.
        m_receiver->setDefaultResponse(ScriptedResponse{});
        desktop = std::make_unique<DesktopServices>(*m_database, m_secrets);
        desktop->start();
        DeliveryFilter delivered;
        delivered.status = DeliveryStatus::Delivered;
        QTRY_COMPARE_WITH_TIMEOUT(deliveries.count(delivered), 6, 30000);
        desktop.reset();
        QSet<QByteArray> received;
        for (const ReceivedRequest &request : m_receiver->requests())
            received << request.header("X-GarageReg-Request-ID");
        QCOMPARE(received.size(), 6);
        for (const QString &requestId : std::as_const(requestIds))
            QVERIFY(received.contains(requestId.toUtf8()));
        QCOMPARE(deliveries.claimedCount(), 0);
    }
};

GARAGEREG_GUI_TEST_MAIN(TestDesktopShutdown)
#include "tst_desktop_shutdown.moc"
