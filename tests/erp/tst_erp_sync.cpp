#include "adapters/erp/DummyErp.h"
#include "adapters/erp/DummyErpAdapter.h"
#include "adapters/erp/ErpAdapterRegistry.h"
#include "app/services/ErpSyncEngine.h"
#include "app/services/InventoryEvents.h"
#include "app/services/SyncScheduler.h"
#include "models/common/AwaitFuture.h"
#include "models/common/Clock.h"
#include "models/storage/ErpSyncRepository.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/PartRepository.h"
#include "tests/support/FakeClock.h"
#include "tests/support/InMemorySecretStore.h"
#include "tests/support/TestDatabase.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace garagereg;
using namespace garagereg::test;

namespace {

class RecordingInventoryEvents final : public InventoryEvents
{
public:
    void partCreated(const Part &part) override { created << part.partNumber; }
    void stockFellBelowMinimum(const Part &part) override { lowStock << part.partNumber; }
    QStringList created;
    QStringList lowStock;
};

} // namespace

// The sync engine against the dummy ERP, on both backends.
class TestErpSync : public QObject
{
    Q_OBJECT

private:
    SystemClock m_clock;
    InMemorySecretStore m_secrets;
    QNetworkAccessManager m_network;
    RecordingInventoryEvents m_events;
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    std::shared_ptr<DummyErp> m_erp;
    ErpAdapterRegistry m_registry;
    std::unique_ptr<ErpSyncEngine> m_engine;
    qint64 m_integrationId = 0;

    SyncLog sync(SyncDirection direction, std::optional<ConflictPolicy> policy = std::nullopt, QStringList parts = {},
                 bool force = false)
    {
        SyncRequest request;
        request.integrationId = m_integrationId;
        request.direction = direction;
        request.conflictPolicy = policy;
        request.partNumbers = parts;
        request.forceUpdate = force;
        const SyncOutcome outcome = awaitFuture(m_engine->run(request));
        if (outcome.log.id == 0)
            qFatal("the sync did not start: %s", qPrintable(outcome.error));
        return outcome.log;
    }

    PartRepository parts() const { return PartRepository(*m_database, m_clock); }
    ErpSyncRepository syncRepository() const { return ErpSyncRepository(*m_database, m_clock); }

    Part addLocal(const QString &number, const QString &name, qint64 price = 15000)
    {
        Part part;
        part.partNumber = number;
        part.name = name;
        part.unit = QStringLiteral("db");
        part.unitPriceMinor = price;
        part.vatCode = QStringLiteral("27%");
        part.stockQuantity = 5;
        return parts().create(part);
    }

    // Makes the database refuse rows of `table` whose part_number is `partNumber`
    // (a trigger), as a full disk or a lost connection would refuse a write.
    void refuseRows(const QString &table, const QString &partNumber)
    {
        QSqlQuery query(m_database->connection());
        const QString name = QStringLiteral("refuse_") + table;
        if (m_database->backend() == Backend::Sqlite) {
            QVERIFY2(query.exec(QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 WHEN NEW.part_number = '%3'"
                                               " BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END")
                                    .arg(name, table, partNumber)),
                     qPrintable(query.lastError().text()));
        } else {
            QVERIFY2(query.exec(QStringLiteral("CREATE FUNCTION %1() RETURNS trigger AS $$ BEGIN IF NEW.part_number ="
                                               " '%2' THEN RAISE EXCEPTION 'simulated write failure'; END IF; RETURN"
                                               " NEW; END $$ LANGUAGE plpgsql")
                                    .arg(name, partNumber)),
                     qPrintable(query.lastError().text()));
            QVERIFY2(query.exec(
                         QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW EXECUTE FUNCTION %1()")
                             .arg(name, table)),
                     qPrintable(query.lastError().text()));
        }
    }

    void allowRows(const QString &table)
    {
        QSqlQuery query(m_database->connection());
        const QString name = QStringLiteral("refuse_") + table;
        QVERIFY2(query.exec(m_database->backend() == Backend::Sqlite
                                ? QStringLiteral("DROP TRIGGER %1").arg(name)
                                : QStringLiteral("DROP TRIGGER %1 ON %2").arg(name, table)),
                 qPrintable(query.lastError().text()));
    }

private slots:
    void init()
    {
        m_events = {};
        m_testDatabase = std::make_unique<TestDatabase>();
        m_database = m_testDatabase->open();
        m_erp = std::make_shared<DummyErp>(m_clock);
        m_erp->addSeedParts();
        m_registry = ErpAdapterRegistry();
        m_registry.registerProvider(QStringLiteral("dummy"), [erp = m_erp](const ErpAdapterContext &) {
            return std::make_unique<DummyErpAdapter>(erp);
        });
        m_engine = std::make_unique<ErpSyncEngine>(*m_database, m_secrets, m_network, m_clock, m_registry, &m_events);
        m_engine->setRetryOptions({4, std::chrono::milliseconds(10), std::chrono::milliseconds(3000)});
        m_engine->setPageSize(4);
        Integration integration;
        integration.name = QStringLiteral("Dummy ERP");
        integration.type = IntegrationType::Erp;
        integration.provider = QStringLiteral("dummy");
        m_integrationId = IntegrationRepository(*m_database, m_clock).create(integration).id;
    }

    void cleanup()
    {
        m_engine.reset();
        m_database.reset();
        m_testDatabase.reset();
    }

    void firstImportCreatesEveryPart()
    {
        const int remoteCount = m_erp->liveCount();
        QVERIFY(remoteCount >= 10);
        const SyncLog log = sync(SyncDirection::PartsFromErp);
        QCOMPARE(log.status, SyncStatus::Success);
        QCOMPARE(log.processed, remoteCount);
        QCOMPARE(log.succeeded, remoteCount);
        QCOMPARE(log.failed, 0);
        QCOMPARE(parts().list().size(), remoteCount);
        QCOMPARE(m_events.created.size(), remoteCount);
        QVERIFY(!log.cursorAfter.isEmpty());
        for (const RemotePart &remote : m_erp->parts()) {
            const Part local = *parts().findByNumber(remote.partNumber);
            QCOMPARE(local.name, remote.name);
            QCOMPARE(local.unitPriceMinor, *remote.unitPriceMinor);
            QCOMPARE(local.currency, remote.currency);
            QVERIFY(syncRepository().bindingForPart(m_integrationId, local.id).has_value());
        }
        QCOMPARE(syncRepository().entries(log.id).size(), remoteCount);
    }

    void incrementalImportTakesOnlyChanges()
    {
        sync(SyncDirection::PartsFromErp);
        const RemotePart edited = m_erp->outsideEdit(m_erp->parts().first().partNumber, [](RemotePart &part) {
            part.name = QStringLiteral("Új név – ERP");
        });
        RemotePart fresh;
        fresh.partNumber = QStringLiteral("NEW-001");
        fresh.name = QStringLiteral("Kapuzár elektromos");
        fresh.unit = QStringLiteral("db");
        fresh.unitPriceMinor = 23990;
        fresh.currency = QStringLiteral("HUF");
        fresh.vatCode = QStringLiteral("27%");
        fresh.stockQuantity = 3;
        m_erp->outsideCreate(fresh);

        const SyncLog log = sync(SyncDirection::PartsFromErp);
        QCOMPARE(log.status, SyncStatus::Success);
        QCOMPARE(log.succeeded, 2);
        QCOMPARE(log.processed - log.skipped, 2); // re-read boundary records are skipped by hash
        QCOMPARE(parts().findByNumber(edited.partNumber)->name, QStringLiteral("Új név – ERP"));
        QVERIFY(parts().findByNumber(QStringLiteral("NEW-001")).has_value());
        QVERIFY(log.cursorAfter >= log.cursorBefore);
    }

    void importThenExportEchoesNothing()
    {
        sync(SyncDirection::PartsFromErp);
        m_erp->clearRequests();
        const SyncLog log = sync(SyncDirection::PartsToErp);
        QCOMPARE(log.status, SyncStatus::Success);
        QCOMPARE(log.processed, 0);
        QCOMPARE(m_erp->requestCount(DummyErpOperation::Create), 0);
        QCOMPARE(m_erp->requestCount(DummyErpOperation::Update), 0);
    }

    void exportCreatesOnceThenUpdatesWithIfMatch()
    {
        addLocal(QStringLiteral("LOC-100"), QStringLiteral("Fotocella tartó"));
        SyncLog log = sync(SyncDirection::PartsToErp);
        QCOMPARE(log.status, SyncStatus::Success);
        QCOMPARE(log.succeeded, 1);
        QCOMPARE(m_erp->part(QStringLiteral("LOC-100"))->name, QStringLiteral("Fotocella tartó"));
        QCOMPARE(m_erp->appliedCount(DummyErpOperation::Create), 1);

        Part local = *parts().findByNumber(QStringLiteral("LOC-100"));
        local.unitPriceMinor = 17500;
        parts().update(local);
        m_erp->clearRequests();
        log = sync(SyncDirection::PartsToErp);
        QCOMPARE(log.succeeded, 1);
        QCOMPARE(*m_erp->part(QStringLiteral("LOC-100"))->unitPriceMinor, 17500);
        QCOMPARE(m_erp->requestCount(DummyErpOperation::Update), 1);
        QVERIFY(!m_erp->requests().last().ifMatch.isEmpty());
        QCOMPARE(m_erp->requestCount(DummyErpOperation::Create), 0);
    }

    void lostCreateResponseDoesNotDuplicate()
    {
        addLocal(QStringLiteral("LOC-200"), QStringLiteral("Rugó"));
        m_erp->loseNextWriteResponse();
        const SyncLog log = sync(SyncDirection::PartsToErp);
        QCOMPARE(m_erp->appliedCount(DummyErpOperation::Create), 1);
        int copies = 0;
        for (const RemotePart &remote : m_erp->parts())
            copies += remote.partNumber == QLatin1String("LOC-200") && !remote.deleted;
        QCOMPARE(copies, 1);
        QCOMPARE(log.failed, 0);
        const Part local = *parts().findByNumber(QStringLiteral("LOC-200"));
        const std::optional<PartBinding> binding = syncRepository().bindingForPart(m_integrationId, local.id);
        QVERIFY(binding && !binding->pending && !binding->externalId.isEmpty());
    }

    void conflictPolicies_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<QString>("expectedLocal");
        QTest::addColumn<QString>("expectedRemote");
        QTest::newRow("erp_wins") << int(ConflictPolicy::ErpWins) << "ERP név"
                                  << "ERP név";
        QTest::newRow("local_wins") << int(ConflictPolicy::LocalWins) << "Helyi név"
                                    << "Helyi név";
        QTest::newRow("newest_wins") << int(ConflictPolicy::NewestWins) << "ERP név"
                                     << "ERP név"; // the ERP edit is later
        QTest::newRow("manual") << int(ConflictPolicy::Manual) << "Helyi név"
                                << "ERP név";
    }

    void conflictPolicies()
    {
        QFETCH(int, policy);
        QFETCH(QString, expectedLocal);
        QFETCH(QString, expectedRemote);
        sync(SyncDirection::PartsFromErp);
        const QString number = m_erp->parts().first().partNumber;
        Part local = *parts().findByNumber(number);
        local.name = QStringLiteral("Helyi név");
        parts().update(local);
        QTest::qWait(5); // the ERP's edit is strictly later
        m_erp->outsideEdit(number, [](RemotePart &part) { part.name = QStringLiteral("ERP név"); });

        const SyncLog log = sync(SyncDirection::Bidirectional, static_cast<ConflictPolicy>(policy));
        QCOMPARE(log.conflicts, 1);
        QCOMPARE(log.failed, 0);
        QCOMPARE(parts().findByNumber(number)->name, expectedLocal);
        QCOMPARE(m_erp->part(number)->name, expectedRemote);

        const QList<SyncConflict> open = syncRepository().conflicts(m_integrationId, true);
        if (static_cast<ConflictPolicy>(policy) != ConflictPolicy::Manual) {
            QVERIFY(open.isEmpty());
            return;
        }
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().remoteRecord.value(QLatin1String("name")).toString(), QStringLiteral("ERP név"));
        // A person keeps the local version; the next export sends it.
        m_engine->resolveConflict(open.first().id, QStringLiteral("local"));
        QVERIFY(syncRepository().conflicts(m_integrationId, true).isEmpty());
        QCOMPARE(sync(SyncDirection::PartsToErp).succeeded, 1);
        QCOMPARE(m_erp->part(number)->name, QStringLiteral("Helyi név"));
    }

    void equalTimestampsAcrossPagesAreNotSkipped()
    {
        // Every part shares one server time; pages of 4 cut through them.
        FakeClock frozen;
        auto erp = std::make_shared<DummyErp>(frozen);
        DummyErpOptions options = erp->options();
        options.strictlyIncreasingTimestamps = false;
        erp->setOptions(options);
        erp->addSeedParts();
        m_erp = erp;
        m_registry.registerProvider(QStringLiteral("dummy"), [erp](const ErpAdapterContext &) {
            return std::make_unique<DummyErpAdapter>(erp);
        });
        const SyncLog log = sync(SyncDirection::PartsFromErp);
        QCOMPARE(log.status, SyncStatus::Success);
        QCOMPARE(parts().list().size(), erp->liveCount());
        // The next run starts at that shared time and finds nothing new.
        const SyncLog again = sync(SyncDirection::PartsFromErp);
        QCOMPARE(again.succeeded, 0);
        QCOMPARE(again.failed, 0);
    }

    void recoversFromRateLimitsAndServerErrors()
    {
        m_erp->failNextCalls(ErpErrorCategory::RateLimited, 2, 1);
        m_erp->failNextCalls(ErpErrorCategory::Server, 1);
        const SyncLog log = sync(SyncDirection::PartsFromErp);
        QCOMPARE(log.status, SyncStatus::Success);
        QCOMPARE(parts().list().size(), m_erp->liveCount());
    }

    void oneBadRecordDoesNotStopTheRun()
    {
        addLocal(QStringLiteral("LOC-301"), QStringLiteral("Első"));
        addLocal(QStringLiteral("LOC-302"), QStringLiteral("Második"));
        addLocal(QStringLiteral("LOC-303"), QStringLiteral("Harmadik"));
        // The ERP refuses one create as invalid; validation errors are never retried.
        m_erp->onNextRequest(DummyErpOperation::Create, [](DummyErp &erp) {
            erp.failNextCalls(ErpErrorCategory::Validation, 1, std::nullopt, 422);
        });
        const SyncLog log = sync(SyncDirection::PartsToErp);
        QCOMPARE(log.status, SyncStatus::Partial);
        QCOMPARE(log.failed, 1);
        QCOMPARE(log.succeeded, 2);
        bool foundValidation = false;
        for (const SyncLogEntry &entry : syncRepository().entries(log.id))
            foundValidation |= entry.outcome == QLatin1String("failed")
                               && entry.errorCategory == QLatin1String("validation");
        QVERIFY(foundValidation);
    }

    void aPageThatFailsHalfWayLeavesNothingOfIt()
    {
        // Pages of 4: the sixth part is on the second page, and not even its
        // failure can be logged, so the page cannot be finished.
        const QList<RemotePart> listed = m_erp->parts();
        refuseRows(QStringLiteral("erp_sync_log_entries"), listed.at(5).partNumber);
        const SyncLog failed = sync(SyncDirection::PartsFromErp);
        QCOMPARE(failed.status, SyncStatus::Failed);
        // The log says a database error stopped it; the driver's text (here the trigger's
        // "simulated write failure") goes to the server's log only, never to the sync log the REST API serves.
        QVERIFY2(failed.errorMessage.contains(QLatin1String("database error")), qPrintable(failed.errorMessage));
        QVERIFY2(!failed.errorMessage.contains(QLatin1String("simulated write failure")),
                 qPrintable(failed.errorMessage));
        // The first page is stored with its log entries and its cursor; nothing of the second.
        QCOMPARE(failed.processed, 4);
        QCOMPARE(parts().list().size(), 4);
        for (int i = 4; i < 8; ++i)
            QVERIFY(!parts().findByNumber(listed.at(i).partNumber));
        QCOMPARE(syncRepository().entries(failed.id).size(), 4);
        const QString firstPageCursor = listed.at(3).modifiedAt.toUTC().toString(Qt::ISODateWithMs);
        QCOMPARE(syncRepository().cursor(m_integrationId, QStringLiteral("parts")), firstPageCursor);
        QCOMPARE(syncRepository().findLog(failed.id)->cursorAfter, firstPageCursor);

        // Once the database takes the writes again, the next run carries on from the cursor.
        allowRows(QStringLiteral("erp_sync_log_entries"));
        const SyncLog again = sync(SyncDirection::PartsFromErp);
        QCOMPARE(again.status, SyncStatus::Success);
        QCOMPARE(parts().list().size(), m_erp->liveCount());
        QCOMPARE(syncRepository().cursor(m_integrationId, QStringLiteral("parts")),
                 listed.last().modifiedAt.toUTC().toString(Qt::ISODateWithMs));
    }

    void aRecordRefusedByTheDatabaseIsRolledBackAloneAndLogged()
    {
        // The part's row is refused: that record fails, with nothing half-written
        // (no binding), and the rest of its page and the run go on; on PostgreSQL too,
        // where a failed statement would otherwise spoil the page's transaction.
        const QList<RemotePart> listed = m_erp->parts();
        const QString refused = listed.at(5).partNumber;
        refuseRows(QStringLiteral("parts"), refused);
        const SyncLog log = sync(SyncDirection::PartsFromErp);
        QCOMPARE(log.status, SyncStatus::Partial);
        QCOMPARE(log.failed, 1);
        QCOMPARE(log.succeeded, m_erp->liveCount() - 1);
        QCOMPARE(log.processed, m_erp->liveCount());
        QCOMPARE(parts().list().size(), m_erp->liveCount() - 1);
        QVERIFY(!parts().findByNumber(refused));
        const QList<SyncLogEntry> entries = syncRepository().entries(log.id);
        QCOMPARE(entries.size(), m_erp->liveCount());
        int failures = 0;
        for (const SyncLogEntry &entry : entries) {
            if (entry.outcome == QLatin1String("failed")) {
                ++failures;
                QCOMPARE(entry.partNumber, refused);
                QVERIFY2(entry.message.contains(QLatin1String("database error"))
                             && !entry.message.contains(QLatin1String("simulated write failure")),
                         qPrintable(entry.message));
            }
        }
        QCOMPARE(failures, 1);

        allowRows(QStringLiteral("parts"));
        QCOMPARE(sync(SyncDirection::PartsFromErp, std::nullopt, {}, true).status, SyncStatus::Success);
        QCOMPARE(parts().list().size(), m_erp->liveCount());
    }

    void aLargePageIsStoredInSeveralMultiRowStatements()
    {
        // 250 new parts in one page: more rows than one statement's parameter
        // limit allows for parts, bindings and log entries alike.
        const int extra = 250 - m_erp->liveCount();
        const QList<RemotePart> samples = DummyErp::seedParts();
        for (int i = 0; i < extra; ++i) {
            RemotePart part = samples.at(i % samples.size());
            part.partNumber = QStringLiteral("BULK-%1").arg(i, 4, 10, QLatin1Char('0'));
            m_erp->outsideCreate(part);
        }
        QCOMPARE(m_erp->liveCount(), 250);
        m_engine->setPageSize(250);
        const SyncLog log = sync(SyncDirection::PartsFromErp);
        QCOMPARE(log.status, SyncStatus::Success);
        QCOMPARE(log.processed, 250);
        QCOMPARE(log.succeeded, 250);
        const QList<Part> stored = parts().list();
        QCOMPARE(stored.size(), 250);
        QList<qint64> ids;
        for (const Part &part : stored)
            ids << part.id;
        const QHash<qint64, PartBinding> bindings = syncRepository().bindingsForParts(m_integrationId, ids);
        QCOMPARE(bindings.size(), 250);
        QHash<QString, RemotePart> remote;
        for (const RemotePart &part : m_erp->parts())
            remote.insert(part.partNumber, part);
        for (const Part &part : stored) {
            const PartBinding &binding = bindings.value(part.id);
            QCOMPARE(binding.externalId, remote.value(part.partNumber).externalId);
            QCOMPARE(binding.localHash, ErpSyncEngine::localHash(part));
            QCOMPARE(binding.remoteHash, ErpSyncEngine::remoteHash(remote.value(part.partNumber)));
        }
        const QList<SyncLogEntry> entries = syncRepository().entries(log.id);
        QCOMPARE(entries.size(), 250);
        QSet<QString> logged;
        for (const SyncLogEntry &entry : entries) {
            QCOMPARE(entry.operation, QStringLiteral("create"));
            QCOMPARE(entry.outcome, QStringLiteral("success"));
            QCOMPARE(entry.direction, QStringLiteral("from_erp"));
            logged.insert(entry.partNumber);
        }
        QCOMPARE(logged.size(), 250);
        QCOMPARE(m_events.created.size(), 250);
        // Nothing changed: a second run skips them all.
        const SyncLog again = sync(SyncDirection::PartsFromErp, std::nullopt, {}, false);
        QCOMPARE(again.failed, 0);
        QCOMPARE(again.succeeded, 0);
    }

    void aRefusedRecordInALargePageIsIsolated()
    {
        m_engine->setPageSize(100);
        const QList<RemotePart> listed = m_erp->parts();
        const QString refused = listed.at(2).partNumber;
        refuseRows(QStringLiteral("parts"), refused); // in the page's multi-row insert
        const SyncLog log = sync(SyncDirection::PartsFromErp);
        QCOMPARE(log.status, SyncStatus::Partial);
        QCOMPARE(log.failed, 1);
        QCOMPARE(log.succeeded, m_erp->liveCount() - 1);
        QVERIFY(!parts().findByNumber(refused));
        QCOMPARE(parts().list().size(), m_erp->liveCount() - 1);
        QCOMPARE(syncRepository().entries(log.id).size(), m_erp->liveCount());
    }

    void fingerprintsAreThoseOfTheCompactJson()
    {
        // The fingerprints are written without a QJsonDocument; stored bindings
        // hold the QJsonDocument ones, so both must give the same bytes.
        const auto reference = [](QJsonObject fields, std::initializer_list<const char *> drop) {
            for (const char *field : drop)
                fields.remove(QLatin1String(field));
            return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact),
                                                                QCryptographicHash::Sha256)
                                           .toHex());
        };
        const QStringList texts = {QString(),
                                   QStringLiteral(""),
                                   QStringLiteral("Féktárcsa első, 280 mm"),
                                   QStringLiteral("Ár: 12 000 € – kb."), // three-byte UTF-8
                                   QStringLiteral("quote \" back\\slash / tab\t nl\n"),
                                   QStringLiteral("ctrl \x01 del \x7f"),
                                   QString(QChar(0xD800)),
                                   QStringLiteral("emoji \U0001F697 €")};
        const QList<qint64> numbers = {0, -1, 7, 1000000, 123456789012, -99999999999999, (qint64(1) << 53) + 1};
        for (const QString &text : texts) {
            for (const qint64 number : numbers) {
                Part local;
                local.partNumber = QStringLiteral("P-") + text;
                local.name = text;
                local.description = text;
                local.category = text;
                local.unit = QStringLiteral("db");
                local.currency = QStringLiteral("HUF");
                local.vatCode = text;
                local.unitPriceMinor = number;
                local.stockQuantity = -number;
                local.minimumStock = 3;
                local.updatedAt = QDateTime::currentDateTimeUtc();
                QCOMPARE(ErpSyncEngine::localHash(local),
                         reference(partToJson(local), {"updated_at", "minimum_stock"}));
                local.deletedAt = QDateTime::currentDateTimeUtc();
                QCOMPARE(ErpSyncEngine::localHash(local),
                         reference(partToJson(local), {"updated_at", "minimum_stock"}));

                RemotePart remote;
                remote.externalId = QStringLiteral("X1");
                remote.partNumber = local.partNumber;
                remote.name = text;
                remote.description = text;
                remote.category = text;
                remote.unit = QStringLiteral("pcs");
                remote.currency = text;
                remote.vatCode = QStringLiteral("27%");
                remote.unitPriceMinor = number;
                remote.stockQuantity = number;
                remote.etag = QStringLiteral("\"e1\"");
                remote.modifiedAt = QDateTime::currentDateTimeUtc();
                QCOMPARE(ErpSyncEngine::remoteHash(remote),
                         reference(toJson(remote), {"etag", "modified_at", "external_id"}));
                remote.unitPriceMinor.reset();
                remote.stockQuantity.reset();
                remote.deleted = true;
                QCOMPARE(ErpSyncEngine::remoteHash(remote),
                         reference(toJson(remote), {"etag", "modified_at", "external_id"}));
            }
        }
    }

    void cancelledRunLeavesAConsistentState()
    {
        DummyErpOptions options = m_erp->options();
        options.latencyMs = 30;
        m_erp->setOptions(options);
        SyncRequest request;
        request.integrationId = m_integrationId;
        request.direction = SyncDirection::PartsFromErp;
        QSignalSpy progress(m_engine.get(), &ErpSyncEngine::progress);
        QFuture<SyncOutcome> running = m_engine->run(request);
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 2, 20000);
        m_engine->cancel(progress.first().at(0).toLongLong());
        const SyncOutcome outcome = awaitFuture(running);
        QCOMPARE(outcome.log.status, SyncStatus::Cancelled);
        QVERIFY(parts().list().size() < m_erp->liveCount());
        // Nothing half-written: the next run completes the catalogue.
        const SyncLog again = sync(SyncDirection::PartsFromErp);
        QCOMPARE(again.status, SyncStatus::Success);
        QCOMPARE(parts().list().size(), m_erp->liveCount());
    }

    void anInterruptedRunIsMarkedFailedByTheNext()
    {
        SyncLog stale;
        stale.integrationId = m_integrationId;
        stale.direction = SyncDirection::PartsFromErp;
        stale.startedAt = m_clock.now().addSecs(-3600);
        syncRepository().startLog(stale); // a run whose process was killed: no lock, still "running"
        QCOMPARE(sync(SyncDirection::PartsFromErp).status, SyncStatus::Success);
        const SyncLog after = *syncRepository().findLog(stale.id);
        QCOMPARE(after.status, SyncStatus::Failed);
        QVERIFY(after.errorMessage.contains(QLatin1String("Interrupted")));
    }

    void oneRunPerIntegrationAtATime()
    {
        DummyErpOptions options = m_erp->options();
        options.latencyMs = 20;
        m_erp->setOptions(options);
        SyncRequest request;
        request.integrationId = m_integrationId;
        request.direction = SyncDirection::PartsFromErp;
        QFuture<SyncOutcome> first = m_engine->run(request);
        const SyncOutcome second = awaitFuture(m_engine->run(request));
        QCOMPARE(second.log.status, SyncStatus::Failed);
        QVERIFY2(second.error.contains(QLatin1String("Another sync")), qPrintable(second.error));
        QCOMPARE(awaitFuture(first).log.status, SyncStatus::Success);
    }

    void scheduledSyncRunsWhenDue()
    {
        Integration integration = *IntegrationRepository(*m_database, m_clock).find(m_integrationId);
        integration.settings.insert(QStringLiteral("sync_interval_minutes"), 60);
        IntegrationRepository(*m_database, m_clock).update(integration);
        SyncScheduler scheduler(*m_database, *m_engine, m_clock);
        QSignalSpy finished(&scheduler, &SyncScheduler::syncFinished);
        scheduler.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const QList<SyncLog> logs = syncRepository().logs(m_integrationId, 10);
        QCOMPARE(logs.size(), 1);
        QCOMPARE(logs.first().triggeredBy, QStringLiteral("schedule"));
        QCOMPARE(logs.first().direction, SyncDirection::Bidirectional);
        QCOMPARE(parts().list().size(), m_erp->liveCount());
        // Not due again for an hour: nothing more runs.
        scheduler.start();
        QCOMPARE(syncRepository().logs(m_integrationId, 10).size(), 1);
        scheduler.stop();
    }

    void misconfiguredErpFailsTheRunClearly()
    {
        Integration bc;
        bc.name = QStringLiteral("Business Central");
        bc.type = IntegrationType::Erp;
        bc.provider = QStringLiteral("microsoft-dynamics");
        bc.endpointUrl = QStringLiteral("http://127.0.0.1:1/v2.0");
        const qint64 id = IntegrationRepository(*m_database, m_clock).create(bc).id;
        ErpAdapterRegistry builtIn = ErpAdapterRegistry::withBuiltInProviders();
        ErpSyncEngine engine(*m_database, m_secrets, m_network, m_clock, builtIn);
        SyncRequest request;
        request.integrationId = id;
        request.direction = SyncDirection::PartsFromErp;
        const SyncOutcome outcome = awaitFuture(engine.run(request));
        QCOMPARE(outcome.log.status, SyncStatus::Failed);
        QVERIFY2(outcome.error.contains(QLatin1String("company_id")), qPrintable(outcome.error));
        QCOMPARE(syncRepository().findLog(outcome.log.id)->status, SyncStatus::Failed);
        QVERIFY(parts().list().isEmpty());
    }

    void unsupportedProvidersSaySo()
    {
        Integration sap;
        sap.name = QStringLiteral("SAP");
        sap.type = IntegrationType::Erp;
        sap.provider = QStringLiteral("sap");
        const qint64 id = IntegrationRepository(*m_database, m_clock).create(sap).id;
        ErpAdapterRegistry builtIn = ErpAdapterRegistry::withBuiltInProviders();
        ErpSyncEngine engine(*m_database, m_secrets, m_network, m_clock, builtIn);
        const ErpResult<QString> result = awaitFuture(engine.testConnection(id));
        QVERIFY(!result.ok());
        QCOMPARE(result.error.category, ErpErrorCategory::NotSupported);
        QVERIFY2(result.error.message.contains(QLatin1String("not supported yet")), qPrintable(result.error.message));
    }
};

QTEST_GUILESS_MAIN(TestErpSync)
#include "tst_erp_sync.moc"
