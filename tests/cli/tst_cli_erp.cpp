#include "tests/support/CliProcess.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace garagereg;
using namespace garagereg::test;

// `parts` and `erp` commands end to end, with the dummy ERP's state in a JSON file
// that the test (like a person) can read and edit.
class TestCliErp : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_erpFile;

    CliRun run(const QStringList &arguments) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("GARAGEREG_DATABASE"), m_testDatabase->url().toString());
        environment.remove(QStringLiteral("PGPASSWORD"));
        if (!m_testDatabase->password().isEmpty())
            environment.insert(QStringLiteral("PGPASSWORD"), m_testDatabase->password());
        return CliProcess(QStringLiteral(GARAGEREG_CLI_PATH), environment).run(arguments);
    }

    QString addErpIntegration(const QString &provider = QStringLiteral("dummy"))
    {
        QStringList arguments{QStringLiteral("integration"), QStringLiteral("add"),
                              QStringLiteral("--name"),      QStringLiteral("Raktár ERP"),
                              QStringLiteral("--type"),      QStringLiteral("erp"),
                              QStringLiteral("--provider"),  provider};
        if (provider == QLatin1String("dummy"))
            arguments << QStringLiteral("--endpoint") << QUrl::fromLocalFile(m_erpFile).toString();
        const CliRun result = run(arguments);
        if (result.exitCode != 0)
            qFatal("integration add failed: %s", qPrintable(result.err));
        return result.out.trimmed();
    }

    QByteArray fileHash() const
    {
        QFile file(m_erpFile);
        return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                              : QByteArray();
    }

private slots:
    void init()
    {
        m_testDatabase = std::make_unique<TestDatabase>();
        m_folder = std::make_unique<QTemporaryDir>();
        m_erpFile = m_folder->filePath(QStringLiteral("dummy-erp.json"));
    }

    void cleanup()
    {
        m_testDatabase.reset();
        m_folder.reset();
    }

    void localPartsAreValidated_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QStringList add{QStringLiteral("parts"), QStringLiteral("add"), QStringLiteral("--name"),
                              QStringLiteral("Motor")};
        QTest::newRow("bad number") << add + QStringList{QStringLiteral("--number"), QStringLiteral("#bad number")}
                                    << "part number";
        QTest::newRow("negative price") << add
                                               + QStringList{QStringLiteral("--number"), QStringLiteral("M-1"),
                                                             QStringLiteral("--unit-price"), QStringLiteral("-5")}
                                        << "negative";
        QTest::newRow("too many decimals") << add + QStringList{QStringLiteral("--number"),     QStringLiteral("M-1"),
                                                                QStringLiteral("--currency"),   QStringLiteral("HUF"),
                                                                QStringLiteral("--unit-price"), QStringLiteral("12.5")}
                                           << "HUF";
        QTest::newRow("unknown currency") << add
                                                 + QStringList{QStringLiteral("--number"), QStringLiteral("M-1"),
                                                               QStringLiteral("--currency"), QStringLiteral("XYZ")}
                                          << "XYZ";
        QTest::newRow("unknown vat") << add
                                            + QStringList{QStringLiteral("--number"), QStringLiteral("M-1"),
                                                          QStringLiteral("--vat"), QStringLiteral("99%")}
                                     << "99%";
        QTest::newRow("negative stock") << add
                                               + QStringList{QStringLiteral("--number"), QStringLiteral("M-1"),
                                                             QStringLiteral("--stock"), QStringLiteral("-3")}
                                        << "stock";
    }

    void localPartsAreValidated()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun result = run(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(run({QStringLiteral("parts"), QStringLiteral("list"), QStringLiteral("--json")}).json().toArray().size(),
                 0);
    }

    void localEdits()
    {
        const CliRun added = run(
            {QStringLiteral("parts"), QStringLiteral("add"), QStringLiteral("--number"), QStringLiteral("MOT-800"),
             QStringLiteral("--name"), QStringLiteral("Kapunyitó motor"), QStringLiteral("--unit-price"),
             QStringLiteral("129.90"), QStringLiteral("--currency"), QStringLiteral("EUR"), QStringLiteral("--stock"),
             QStringLiteral("4"), QStringLiteral("--min-stock"), QStringLiteral("2")});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const CliRun set = run({QStringLiteral("parts"), QStringLiteral("set"), QStringLiteral("MOT-800"),
                                QStringLiteral("--stock"), QStringLiteral("1"), QStringLiteral("--json")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY(set.json().toObject().value(QLatin1String("low_stock")).toBool());
        QVERIFY2(set.err.contains(QLatin1String("inventory.low_stock")), qPrintable(set.err));
        const QJsonObject shown = run({QStringLiteral("parts"), QStringLiteral("show"), QStringLiteral("MOT-800"),
                                       QStringLiteral("--json")})
                                      .json()
                                      .toObject();
        QCOMPARE(shown.value(QLatin1String("unit_price")).toString(), QStringLiteral("129.90"));
        QCOMPARE(shown.value(QLatin1String("unit_price_minor")).toInt(), 12990);
        QCOMPARE(run({QStringLiteral("parts"), QStringLiteral("list"), QStringLiteral("--low-stock"),
                      QStringLiteral("--json")})
                     .json()
                     .toArray()
                     .size(),
                 1);
    }

    void syncWithTheDummyErpInAFile()
    {
        const QString integration = addErpIntegration();
        const CliRun tested = run({QStringLiteral("erp"), QStringLiteral("test-connection"), integration});
        QVERIFY2(tested.exitCode == 0, qPrintable(tested.err + tested.out));
        QVERIFY2(tested.out.contains(QLatin1String("Dummy ERP")), qPrintable(tested.out));

        const CliRun synced = run({QStringLiteral("erp"), QStringLiteral("sync"), QStringLiteral("--integration"),
                                   integration, QStringLiteral("--direction"), QStringLiteral("parts_from_erp"),
                                   QStringLiteral("--json")});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        const QJsonObject summary = synced.json().toObject();
        for (const char *key :
             {"id", "status", "processed", "succeeded", "failed", "skipped", "conflicts", "duration_ms"})
            QVERIFY2(summary.contains(QLatin1String(key)), key);
        QCOMPARE(summary.value(QLatin1String("status")).toString(), QStringLiteral("success"));
        const int imported = summary.value(QLatin1String("succeeded")).toInt();
        QVERIFY(imported >= 10);
        QCOMPARE(run({QStringLiteral("parts"), QStringLiteral("list"), QStringLiteral("--json")}).json().toArray().size(),
                 imported);

        const QString logId = QString::number(summary.value(QLatin1String("id")).toInteger());
        const QJsonObject log =
            run({QStringLiteral("erp"), QStringLiteral("log"), logId, QStringLiteral("--json")}).json().toObject();
        QCOMPARE(log.value(QLatin1String("records")).toArray().size(), imported);
        QCOMPARE(run({QStringLiteral("erp"), QStringLiteral("logs"), QStringLiteral("--json")}).json().toArray().size(),
                 1);

        // A local change goes to the ERP's file, where another run (or a person) sees it.
        QCOMPARE(run({QStringLiteral("parts"), QStringLiteral("add"), QStringLiteral("--number"),
                      QStringLiteral("NEW-77"), QStringLiteral("--name"), QStringLiteral("Kódkapcsoló")})
                     .exitCode,
                 0);
        const CliRun exported = run({QStringLiteral("erp"), QStringLiteral("sync"), QStringLiteral("--integration"),
                                     integration, QStringLiteral("--direction"), QStringLiteral("parts_to_erp"),
                                     QStringLiteral("--json")});
        QCOMPARE(exported.json().toObject().value(QLatin1String("succeeded")).toInt(), 1);
        QFile file(m_erpFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("NEW-77"));
    }

    // Parts a sync creates reach webhook subscribers as inventory.item_created.
    void syncRaisesInventoryWebhooks()
    {
        const CliRun webhookIntegration = run({QStringLiteral("integration"), QStringLiteral("add"),
                                               QStringLiteral("--name"), QStringLiteral("Raktár értesítő"),
                                               QStringLiteral("--type"), QStringLiteral("webhook"),
                                               QStringLiteral("--provider"), QStringLiteral("custom")});
        QVERIFY2(webhookIntegration.exitCode == 0, qPrintable(webhookIntegration.err));
        const CliRun subscribed = run({QStringLiteral("subscription"), QStringLiteral("add"),
                                       QStringLiteral("--integration"), webhookIntegration.out.trimmed(),
                                       QStringLiteral("--name"), QStringLiteral("Készlet"), QStringLiteral("--url"),
                                       QStringLiteral("https://example.hu/hook"), QStringLiteral("--events"),
                                       QStringLiteral("inventory.item_created,inventory.low_stock")});
        QVERIFY2(subscribed.exitCode == 0, qPrintable(subscribed.err));
        const QString integration = addErpIntegration();
        const CliRun synced = run({QStringLiteral("erp"), QStringLiteral("sync"), QStringLiteral("--integration"),
                                   integration, QStringLiteral("--direction"), QStringLiteral("parts_from_erp"),
                                   QStringLiteral("--json")});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        const int imported = synced.json().toObject().value(QLatin1String("succeeded")).toInt();
        const QJsonArray deliveries = run({QStringLiteral("deliveries"), QStringLiteral("list"),
                                           QStringLiteral("--event"), QStringLiteral("inventory.item_created"),
                                           QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("--json")})
                                          .json()
                                          .toArray();
        QCOMPARE(deliveries.size(), imported);
    }

    void manualConflictResolvedFromTheCommandLine()
    {
        const QString integration = addErpIntegration();
        QCOMPARE(run({QStringLiteral("erp"), QStringLiteral("sync"), QStringLiteral("--integration"), integration,
                      QStringLiteral("--direction"), QStringLiteral("parts_from_erp")})
                     .exitCode,
                 0);
        const QJsonArray parts =
            run({QStringLiteral("parts"), QStringLiteral("list"), QStringLiteral("--json")}).json().toArray();
        const QString number = parts.first().toObject().value(QLatin1String("part_number")).toString();
        QCOMPARE(run({QStringLiteral("parts"), QStringLiteral("set"), number, QStringLiteral("--name"),
                      QStringLiteral("Helyi név")})
                     .exitCode,
                 0);

        // A person edits the ERP's file by hand.
        QFile file(m_erpFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray erpParts = state.value(QLatin1String("parts")).toArray();
        for (int i = 0; i < erpParts.size(); ++i) {
            QJsonObject part = erpParts.at(i).toObject();
            if (part.value(QLatin1String("part_number")).toString() == number) {
                part.insert(QStringLiteral("name"), QStringLiteral("ERP név"));
                part.remove(QStringLiteral("etag"));
                part.remove(QStringLiteral("modified_at"));
                erpParts[i] = part;
            }
        }
        state.insert(QStringLiteral("parts"), erpParts);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(state).toJson());
        file.close();

        const CliRun synced = run({QStringLiteral("erp"), QStringLiteral("sync"), QStringLiteral("--integration"),
                                   integration, QStringLiteral("--direction"), QStringLiteral("bidirectional"),
                                   QStringLiteral("--conflict-policy"), QStringLiteral("manual"),
                                   QStringLiteral("--json")});
        QCOMPARE(synced.json().toObject().value(QLatin1String("conflicts")).toInt(), 1);
        const QJsonArray conflicts =
            run({QStringLiteral("erp"), QStringLiteral("conflicts"), QStringLiteral("--json")}).json().toArray();
        QCOMPARE(conflicts.size(), 1);
        const QString conflictId = QString::number(conflicts.first().toObject().value(QLatin1String("id")).toInteger());
        const CliRun resolved = run({QStringLiteral("erp"), QStringLiteral("resolve"), conflictId,
                                     QStringLiteral("--take"), QStringLiteral("erp")});
        QVERIFY2(resolved.exitCode == 0, qPrintable(resolved.err));
        QCOMPARE(run({QStringLiteral("parts"), QStringLiteral("show"), number, QStringLiteral("--json")})
                     .json()
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("ERP név"));
        QCOMPARE(run({QStringLiteral("erp"), QStringLiteral("conflicts"), QStringLiteral("--json")})
                     .json()
                     .toArray()
                     .size(),
                 0);
    }

    void malformedStateFileIsAClearErrorAndUntouched()
    {
        QFile file(m_erpFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"garagereg-dummy-erp/1\", \"parts\": [ {\"part_number\": ");
        file.close();
        const QByteArray before = fileHash();
        const QString integration = addErpIntegration();
        const CliRun synced = run({QStringLiteral("erp"), QStringLiteral("sync"), QStringLiteral("--integration"),
                                   integration, QStringLiteral("--direction"), QStringLiteral("parts_from_erp")});
        QCOMPARE(synced.exitCode, 1);
        QVERIFY2(synced.err.contains(m_erpFile), qPrintable(synced.err));
        QCOMPARE(fileHash(), before);
        QCOMPARE(run({QStringLiteral("parts"), QStringLiteral("list"), QStringLiteral("--json")}).json().toArray().size(),
                 0);
    }

    void unsupportedProviderSaysSo()
    {
        const QString integration = addErpIntegration(QStringLiteral("sap"));
        const CliRun tested = run({QStringLiteral("erp"), QStringLiteral("test-connection"), integration});
        QCOMPARE(tested.exitCode, 1);
        QVERIFY2(tested.out.contains(QLatin1String("not supported yet")), qPrintable(tested.out));
    }

    void badSyncArguments()
    {
        const QString integration = addErpIntegration();
        QCOMPARE(run({QStringLiteral("erp"), QStringLiteral("sync"), QStringLiteral("--integration"), integration,
                      QStringLiteral("--direction"), QStringLiteral("sideways")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("erp"), QStringLiteral("sync"), QStringLiteral("--integration"),
                      QStringLiteral("999"), QStringLiteral("--direction"), QStringLiteral("parts_from_erp")})
                     .exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestCliErp)
#include "tst_cli_erp.moc"
