#include "adapters/http/WebhookSender.h"
#include "app/services/DeliveryEngine.h"
#include "app/services/DeliveryRecorder.h"
#include "app/services/WebhookEventService.h"
#include "models/common/Clock.h"
#include "models/common/Error.h"
#include "models/storage/Database.h"
#include "models/storage/DeliveryRepository.h"
#include "models/storage/SqlQuery.h"
#include "tests/support/FakeClock.h"
#include "tests/support/InMemorySecretStore.h"
#include "tests/support/LoopbackReceiver.h"
#include "tests/support/TestAttempts.h"
#include "tests/support/TestSubscriptions.h"

#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace garagereg;
using namespace garagereg::test;

namespace {
const QByteArray secret = "sqlite-faults-secret-0123456789";
constexpr int waitMs = 60000;

// The SQLite limit on pages that stands in for a full disk, and none.
QString maxPages(qint64 pages)
{
    return QStringLiteral("max_page_count = %1").arg(pages);
}
const QString noPageLimit = QStringLiteral("max_page_count = 1073741823");
} // namespace

// SQLite when the disk is full or another program holds the database locked:
// a clear error (what happened, what to do), nothing half-written (PRAGMA
// integrity_check passes, a refused change leaves no trace), no delivery lost
// or sent twice, and the worker goes on by itself once space or the lock is back.
class TestSqliteFaults : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    InMemorySecretStore m_secrets;
    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_mountPoint; // a tmpfs mounted by the test, if any
    std::unique_ptr<Database> m_database;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<WebhookSender> m_sender;
    std::unique_ptr<LoopbackReceiver> m_receiver;
    std::unique_ptr<DeliveryEngine> m_engine;
    QStringList m_requestIds;

    void openDatabase(const QString &folder)
    {
        m_database = Database::open(DatabaseUrl::sqliteFile(folder + QStringLiteral("/garagereg.db")));
        subscribeTo(*m_database, m_secrets, m_clock, createTestIntegration(*m_database, m_clock),
                    m_receiver->url().toString(), {}, secret);
    }

    void trigger(int count)
    {
        WebhookEventService service(*m_database, m_clock);
        for (int i = 0; i < count; ++i)
            m_requestIds << service
                                .trigger(QStringLiteral("gate.inspection_due"),
                                         QJsonObject{{QStringLiteral("gate_id"), QStringLiteral("K-%1").arg(i)},
                                                     {QStringLiteral("note"), QString(200, QLatin1Char('x'))}},
                                         QStringLiteral("org-1"), QStringLiteral("K-%1").arg(i))
                                .requestIds;
    }

    DeliveryEngine &startEngine()
    {
        DeliveryEngineOptions options;
        options.maxInFlight = 4;
        options.problemRetry = std::chrono::milliseconds(200);
        m_engine = std::make_unique<DeliveryEngine>(*m_database, m_secrets, *m_sender, m_clock, options);
        m_engine->start();
        return *m_engine;
    }

    qint64 scalar(const QString &sql) const { return SqlQuery(m_database->connection(), sql).scalar().toLongLong(); }

    QString integrityCheck() const
    {
        return SqlQuery(m_database->connection(), QStringLiteral("PRAGMA integrity_check")).scalar().toString();
    }

    // A trigger refused as a whole: the error says what happened, nothing of it is stored.
    void verifyTriggerRefused(const QString &expected)
    {
        const qint64 eventsBefore = scalar(QStringLiteral("SELECT count(*) FROM webhook_events"));
        const qint64 deliveriesBefore = scalar(QStringLiteral("SELECT count(*) FROM webhook_deliveries"));
        QString message;
        try {
            trigger(1);
        } catch (const Error &error) {
            message = error.message();
        }
        qInfo("the refused change: %s", qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("INSERT")), qPrintable(message)); // no SQL, a sentence
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM webhook_events")), eventsBefore);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM webhook_deliveries")), deliveriesBefore);
    }

    void verifyExactlyOnce()
    {
        QHash<QByteArray, int> received;
        for (const ReceivedRequest &request : m_receiver->requests())
            ++received[request.header("X-GarageReg-Request-ID")];
        int lost = 0;
        int duplicates = 0;
        for (const QString &requestId : std::as_const(m_requestIds)) {
            const int times = received.value(requestId.toUtf8());
            lost += times == 0 ? 1 : 0;
            duplicates += std::max(0, times - 1);
        }
        qInfo("%d deliveries: %d lost, %d duplicates", int(m_requestIds.size()), lost, duplicates);
        QCOMPARE(lost, 0);
        QCOMPARE(duplicates, 0);
        const qint64 total = m_requestIds.size();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM webhook_deliveries WHERE status = 'delivered'"
                                       " AND attempt_count = 1 AND claimed_by IS NULL")),
                 total);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM delivery_attempts")), total);
        QCOMPARE(integrityCheck(), QStringLiteral("ok"));
    }

    void waitUntilAllDelivered()
    {
        QTRY_COMPARE_WITH_TIMEOUT(scalar(QStringLiteral(
                                      "SELECT count(*) FROM webhook_deliveries WHERE status = 'delivered'")),
                                  qint64(m_requestIds.size()), waitMs);
    }

    static bool run(const QString &program, const QStringList &arguments, QString *output = nullptr)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        const bool ok = process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit
                        && process.exitCode() == 0;
        if (output)
            *output = QString::fromLocal8Bit(process.readAll()).trimmed();
        return ok;
    }

private slots:
    void init()
    {
        m_folder = std::make_unique<QTemporaryDir>();
        QVERIFY(m_folder->isValid());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_sender = std::make_unique<WebhookSender>(*m_network, m_clock);
        m_receiver = std::make_unique<LoopbackReceiver>();
        ScriptedResponse slow;
        slow.delayMs = 20;
        m_receiver->setDefaultResponse(slow);
        m_requestIds.clear();
    }

    void cleanup()
    {
        m_engine.reset();
        m_sender.reset();
        m_network.reset();
        m_receiver.reset();
        m_database.reset();
        if (!m_mountPoint.isEmpty()) {
            QString output;
            if (!run(QStringLiteral("umount"), {m_mountPoint}, &output))
                qWarning("could not unmount %s: %s", qPrintable(m_mountPoint), qPrintable(output));
            m_mountPoint.clear();
        }
        m_folder.reset();
    }

    // SQLite's page limit (PRAGMA max_page_count) makes it answer exactly as on
    // a full disk (SQLITE_FULL), on any machine.
    void databaseFull()
    {
        openDatabase(m_folder->path());
        trigger(150);
        DeliveryEngine &engine = startEngine();
        QSignalSpy paused(&engine, &DeliveryEngine::paused);
        QSignalSpy resumed(&engine, &DeliveryEngine::resumed);
        QTRY_VERIFY_WITH_TIMEOUT(m_receiver->requestCount() >= 10, waitMs);
        // No room for one page more: the attempts' log needs new pages soon.
        m_database->setSqlitePragmas({maxPages(scalar(QStringLiteral("PRAGMA page_count")))});
        QTRY_VERIFY_WITH_TIMEOUT(engine.isPaused(), waitMs);
        QVERIFY2(engine.pauseReason().contains(QLatin1String("The database is full")), qPrintable(engine.pauseReason()));
        QTRY_COMPARE_WITH_TIMEOUT(engine.inFlight(), 0, waitMs);
        verifyTriggerRefused(QStringLiteral("The database is full"));
        QCOMPARE(integrityCheck(), QStringLiteral("ok"));
        const int receivedWhileFull = m_receiver->requestCount();
        QVERIFY(receivedWhileFull < 150);

        m_database->setSqlitePragmas({noPageLimit}); // space again
        QTRY_VERIFY_WITH_TIMEOUT(resumed.size() >= 1, waitMs);
        waitUntilAllDelivered();
        verifyExactlyOnce();
        QVERIFY(paused.size() >= 1);
    }

    // A real full disk: a small tmpfs filled up with a file, which is then removed.
    // Needs root and a kernel that lets it mount (CI's container may not).
    void diskFull()
    {
        if (::geteuid() != 0)
            QSKIP("Mounting a small tmpfs needs root; the databaseFull case covers SQLITE_FULL without it.");
        m_mountPoint = m_folder->filePath(QStringLiteral("small-disk"));
        QVERIFY(QDir().mkpath(m_mountPoint));
        QString output;
        if (!run(QStringLiteral("mount"),
                 {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=8m"),
                  QStringLiteral("tmpfs"), m_mountPoint},
                 &output)) {
            m_mountPoint.clear();
            QSKIP(qPrintable(QStringLiteral("Cannot mount a tmpfs here (%1); the databaseFull case covers SQLITE_FULL "
                                            "without it.")
                                 .arg(output)));
        }
        openDatabase(m_mountPoint);
        trigger(150);
        // The write-ahead log emptied (as a checkpoint leaves it when nobody
        // reads), the disk filled to the last byte, then delivering starts.
        execSql(m_database->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QFile filler(m_mountPoint + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        for (const qsizetype size : {qsizetype(64 * 1024), qsizetype(4096), qsizetype(1)}) {
            const QByteArray block(size, 'f');
            while (filler.write(block) == size) { }
        }
        QVERIFY(QStorageInfo(m_mountPoint).bytesAvailable() == 0);
        filler.close();
        DeliveryEngine &engine = startEngine();
        QSignalSpy resumed(&engine, &DeliveryEngine::resumed);
        QTRY_VERIFY_WITH_TIMEOUT(engine.isPaused(), waitMs);
        QVERIFY2(engine.pauseReason().contains(QLatin1String("The database is full")), qPrintable(engine.pauseReason()));
        QTRY_COMPARE_WITH_TIMEOUT(engine.inFlight(), 0, waitMs);
        verifyTriggerRefused(QStringLiteral("The database is full"));
        QCOMPARE(integrityCheck(), QStringLiteral("ok"));

        QVERIFY(filler.remove()); // space again
        QTRY_VERIFY_WITH_TIMEOUT(resumed.size() >= 1, waitMs);
        waitUntilAllDelivered();
        verifyExactlyOnce();
    }

    // Another program (the sqlite3 shell) holds the write lock: writes wait
    // SQLite's busy timeout (shortened here) and then fail clearly.
    void lockedByAnotherProgram()
    {
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (shell.isEmpty())
            QSKIP("The sqlite3 shell is not installed (Debian package sqlite3, in scripts/install-deps.sh).");
        openDatabase(m_folder->path());
        m_database->setSqlitePragmas({QStringLiteral("busy_timeout = 300")});
        trigger(40);

        QProcess holder;
        holder.setProcessChannelMode(QProcess::MergedChannels);
        holder.start(shell, {m_database->url().filePath()});
        QVERIFY(holder.waitForStarted());
        // The shell's output is buffered in a pipe: it says it holds the lock with a file.
        const QString holding = m_folder->filePath(QStringLiteral("holding"));
        holder.write("BEGIN EXCLUSIVE;\nINSERT INTO app_meta (key, value) VALUES ('held', 'x');\n.shell touch "
                     + holding.toUtf8() + "\n");
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(holding) || holder.state() != QProcess::Running, waitMs);
        QVERIFY2(QFile::exists(holding), holder.readAll().constData());

        DeliveryEngine &engine = startEngine();
        QSignalSpy resumed(&engine, &DeliveryEngine::resumed);
        QTRY_VERIFY_WITH_TIMEOUT(engine.isPaused(), waitMs);
        QVERIFY2(engine.pauseReason().contains(QLatin1String("locked by another program")),
                 qPrintable(engine.pauseReason()));
        verifyTriggerRefused(QStringLiteral("locked by another program"));
        QCOMPARE(m_receiver->requestCount(), 0); // nothing claimed, nothing sent

        holder.write("ROLLBACK;\n.quit\n");
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(30000));
        QTRY_VERIFY_WITH_TIMEOUT(resumed.size() >= 1, waitMs);
        waitUntilAllDelivered();
        verifyExactlyOnce();
    }

    // The recorder's commits never checkpoint the WAL (a checkpoint inside a
    // commit holds the write queue, and claims wait for it); the recorder runs
    // one between batches, at most once a second and when quiet after 64
    // batches or 10 s. Seen in the database file alone: the sqlite3 shell opens
    // it immutable, which ignores the WAL.
    void recorderCheckpointsBetweenItsBatches()
    {
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (shell.isEmpty())
            QSKIP("The sqlite3 shell is not installed (Debian package sqlite3, in scripts/install-deps.sh).");
        openDatabase(m_folder->path());
        trigger(3);
        execSql(m_database->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); // the file holds it all
        const auto attemptsInFile = [&] {
            QString output;
            const bool ok = run(shell,
                                {QStringLiteral("file:%1?immutable=1").arg(m_database->url().filePath()),
                                 QStringLiteral("SELECT count(*) FROM delivery_attempts")},
                                &output);
            return ok ? output.toInt() : -1;
        };
        QCOMPARE(attemptsInFile(), 0);

        FakeClock clock;
        DeliveryRecorder recorder(*m_database, clock, QStringLiteral("recorder-test"));
        quint64 batch = 0;
        const auto recordOne = [&](const QString &requestId) {
            const Delivery delivery = *DeliveryRepository(*m_database, clock).findByRequestId(requestId);
            recorder.record(++batch, {{delivery, deliveredAttempt(delivery, clock.now())}}, clock.now());
        };
        recordOne(m_requestIds.at(0));
        QCOMPARE(attemptsInFile(), 0); // committed to the WAL only
        clock.advanceMs(1500);
        recordOne(m_requestIds.at(1));
        QCOMPARE(attemptsInFile(), 0); // a second passed, but only 2 of 64 batches and not 10 s
        clock.advanceMs(10000);
        recordOne(m_requestIds.at(2));
        QCOMPARE(attemptsInFile(), 3); // checkpointed after the batch
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM delivery_attempts")), 3);
        QCOMPARE(integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestSqliteFaults)
#include "tst_sqlite_faults.moc"
