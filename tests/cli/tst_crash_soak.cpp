#include "bench/soak/CrashSoak.h"
#include "tests/support/TestDatabase.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace garagereg;
using namespace garagereg::test;
using namespace garagereg::soak;

// The crash soak, short: a few thousand deliveries while the real worker is
// killed with SIGKILL at random moments and started again (bench/crash_soak.sh
// runs the full 100,000 events with 20 kills). Nothing may be lost, a repeat
// keeps its request id, the log agrees with the receiver, and the last worker,
// stopped with SIGTERM, leaves nothing claimed.
class TestCrashSoak : public QObject
{
    Q_OBJECT

private slots:
    void killedWorkersLoseNothing()
    {
        TestDatabase database;
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        CrashSoakOptions options;
        options.cliPath = QStringLiteral(GARAGEREG_CLI_PATH);
        options.database = database.url();
        options.databasePassword = database.password();
        options.events = 1500;
        options.subscriptions = 2;
        options.kills = 4;
        options.leaseSeconds = 1;
        options.timeoutSeconds = 3;
        options.maxSeconds = 240;
        options.workerLogPath = folder.filePath(QStringLiteral("workers.log"));
        options.progress = [](const QString &line) { qInfo("%s", qPrintable(line)); };

        const CrashSoakReport report = runCrashSoak(options);
        qInfo("%s", qPrintable(report.summary()));
        if (!report.ok()) {
            QFile log(options.workerLogPath);
            if (log.open(QIODevice::ReadOnly))
                qWarning("the workers' output:\n%s", log.readAll().right(20000).constData());
        }
        QVERIFY2(report.ok(), qPrintable(report.problems.join(QStringLiteral("; "))));
        QCOMPARE(report.kills, 4);
        QCOMPARE(report.lost, 0);
        QCOMPARE(report.idMismatches, 0);
        QCOMPARE(report.claimedAfterStop, 0);
        QCOMPARE(report.loggedDelivered, report.expectedPairs);
        QCOMPARE(report.receivedRequests, report.expectedPairs + report.duplicates);
        QCOMPARE(report.receivedRequests, report.loggedAttempts + report.unloggedSends);
    }
};

QTEST_GUILESS_MAIN(TestCrashSoak)
#include "tst_crash_soak.moc"
