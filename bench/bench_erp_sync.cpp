// ERP sync throughput against the dummy ERP (in memory, no latency): an import
// of the whole catalogue into an empty database, then a bidirectional run after
// a tenth of the parts changed on each side. Records per second.
#include "adapters/erp/DummyErp.h"
#include "adapters/erp/DummyErpAdapter.h"
#include "adapters/erp/ErpAdapterRegistry.h"
#include "app/services/ErpSyncEngine.h"
#include "bench/BenchSupport.h"
#include "models/common/AwaitFuture.h"
#include "models/common/Clock.h"
#include "models/storage/Database.h"
#include "models/storage/DatabaseUrl.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/PartRepository.h"
#include "models/storage/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>

using namespace garagereg;
using namespace garagereg::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("database"), QStringLiteral("A fresh database URL."), QStringLiteral("url")},
        {QStringLiteral("parts"), QStringLiteral("Parts in the ERP (default 100000)."), QStringLiteral("n")},
        {QStringLiteral("name"), QStringLiteral("The result's name."), QStringLiteral("name")},
    });
    parser.process(app);
    const int parts = parser.isSet(QStringLiteral("parts")) ? parser.value(QStringLiteral("parts")).toInt() : 100000;
    const QString name = parser.value(QStringLiteral("name")).isEmpty() ? QStringLiteral("erp_sync")
                                                                        : parser.value(QStringLiteral("name"));
    SystemClock clock;
    MemorySecretStore secrets;
    QNetworkAccessManager network;
    std::unique_ptr<Database> database = Database::open(DatabaseUrl::parse(parser.value(QStringLiteral("database"))),
                                                        qEnvironmentVariable("GARAGEREG_BENCH_PG_PASSWORD"));

    // The ERP's catalogue, created as by people using the ERP.
    auto erp = std::make_shared<DummyErp>(clock);
    const QList<RemotePart> samples = DummyErp::seedParts();
    for (int i = 0; i < parts; ++i) {
        RemotePart part = samples.at(i % samples.size());
        part.partNumber = QStringLiteral("BENCH-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        part.name = part.name + QStringLiteral(" #%1").arg(i + 1);
        erp->outsideCreate(part);
    }
    ErpAdapterRegistry registry;
    registry.registerProvider(QStringLiteral("dummy"),
                              [erp](const ErpAdapterContext &) { return std::make_unique<DummyErpAdapter>(erp); });
    Integration integration;
    integration.name = QStringLiteral("Dummy ERP");
    integration.type = IntegrationType::Erp;
    integration.provider = QStringLiteral("dummy");
    integration.settings = QJsonObject{{QStringLiteral("conflict_policy"), QStringLiteral("newest_wins")}};
    const qint64 integrationId = IntegrationRepository(*database, clock).create(integration).id;
    ErpSyncEngine engine(*database, secrets, network, clock, registry);

    const auto runSync = [&](SyncDirection direction, double *seconds) {
        SyncRequest request;
        request.integrationId = integrationId;
        request.direction = direction;
        QElapsedTimer timer;
        timer.start();
        const SyncOutcome outcome = awaitFuture(engine.run(request));
        *seconds = double(timer.nsecsElapsed()) / 1e9;
        return outcome;
    };

    const ResourceUse before = ResourceUse::now();
    double importSeconds = 0;
    const SyncOutcome imported = runSync(SyncDirection::PartsFromErp, &importSeconds);
    const qint64 localParts = PartRepository(*database, clock).list().size();

    // A tenth changes in the ERP, another tenth here.
    const int changed = parts / 10;
    for (int i = 0; i < changed; ++i)
        erp->outsideEdit(QStringLiteral("BENCH-%1").arg(i * 10 + 1, 6, 10, QLatin1Char('0')),
                         [](RemotePart &part) { part.stockQuantity = part.stockQuantity.value_or(0) + 5; });
    {
        PartRepository repository(*database, clock);
        Transaction transaction(database->connection(), database->backend());
        for (int i = 0; i < changed; ++i) {
            std::optional<Part> part = repository.findByNumber(
                QStringLiteral("BENCH-%1").arg(i * 10 + 6, 6, 10, QLatin1Char('0')));
            if (!part)
                continue;
            part->name += QStringLiteral(" (felújított)");
            repository.update(*part);
        }
        transaction.commit();
    }
    double bothSeconds = 0;
    const SyncOutcome both = runSync(SyncDirection::Bidirectional, &bothSeconds);
    const ResourceUse after = ResourceUse::now();

    const bool ok = imported.log.status == SyncStatus::Success && localParts == parts
                    && both.log.status == SyncStatus::Success && both.log.failed == 0;
    const QString verify = ok ? QStringLiteral("ok")
                              : QStringLiteral("failed(import=%1,local=%2,both=%3,failed=%4)")
                                    .arg(syncStatusName(imported.log.status))
                                    .arg(localParts)
                                    .arg(syncStatusName(both.log.status))
                                    .arg(both.log.failed);
    const double importRate = parts / importSeconds;
    const double bothRate = double(both.log.processed) / bothSeconds;
    report(name,
           {{QStringLiteral("parts"), parts},
            {QStringLiteral("import_s"), importSeconds},
            {QStringLiteral("import_per_s"), importRate},
            {QStringLiteral("bidirectional_processed"), both.log.processed},
            {QStringLiteral("bidirectional_s"), bothSeconds},
            {QStringLiteral("bidirectional_per_s"), bothRate},
            {QStringLiteral("cpu_s"), after.cpuSeconds - before.cpuSeconds},
            {QStringLiteral("peak_rss_mb"), after.peakRssMb},
            {QStringLiteral("verify"), verify}},
           QStringLiteral("parts=%1 import_s=%2 import_per_s=%3 bidirectional_processed=%4 bidirectional_s=%5"
                          " bidirectional_per_s=%6 verify=%7")
               .arg(parts)
               .arg(importSeconds, 0, 'f', 2)
               .arg(importRate, 0, 'f', 0)
               .arg(both.log.processed)
               .arg(bothSeconds, 0, 'f', 2)
               .arg(bothRate, 0, 'f', 0)
               .arg(verify));
    return ok ? 0 : 1;
}
