#include "app/cli/CliContext.h"
#include "app/cli/TerminationSignals.h"
#include "app/services/IntegrationCredentials.h"
#include "app/services/JsonFormat.h"

#include "adapters/erp/ErpAdapterRegistry.h"
#include "adapters/http/OutboundGuard.h"
#include "adapters/secrets/SecretStore.h"
#include "app/services/ErpSyncEngine.h"
#include "app/services/InventoryEvents.h"
#include "app/services/WebhookEventService.h"
#include "models/common/AwaitFuture.h"
#include "models/domain/Integration.h"
#include "models/storage/Database.h"
#include "models/storage/EncryptedSecretRepository.h"
#include "models/storage/ErpSyncRepository.h"
#include "models/storage/IntegrationRepository.h"
#include "models/storage/OutboundPolicyRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace garagereg {

namespace {

class ErpCommands
{
    Q_DECLARE_TR_FUNCTIONS(ErpCommands)

public:
    static QList<CliCommand> commands();

private:
    static int testConnection(CliContext &context);
    static int sync(CliContext &context);
    static int logs(CliContext &context);
    static int log(CliContext &context);
    static int conflicts(CliContext &context);
    static int resolve(CliContext &context);
    static int setCredential(CliContext &context);
};

// The services an ERP command needs, alive for the command.
struct ErpServices
{
    explicit ErpServices(CliContext &context)
        : guard(OutboundPolicyRepository::loader(context.database()))
        , registry(ErpAdapterRegistry::withBuiltInProviders())
        , events(context.database(), context.clock())
        , inventory(events)
        , engine(context.database(), context.secrets(), network, context.clock(), registry, &inventory)
    {
        engine.setOutboundGuard(&guard);
    }

    QNetworkAccessManager network;
    OutboundGuard guard;
    ErpAdapterRegistry registry;
    WebhookEventService events;
    WebhookInventoryEvents inventory;
    ErpSyncEngine engine;
};

int ErpCommands::testConnection(CliContext &context)
{
    const qint64 id = context.idArgument(0, tr("The integration id"));
    ErpServices services(context);
    const ErpResult<QString> result = awaitFuture(services.engine.testConnection(id));
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("success"), result.ok()},
                                      {QStringLiteral("message"), result.ok() ? *result.value : result.error.message},
                                      {QStringLiteral("error_category"), erpErrorCategoryName(result.error.category)}});
    } else {
        context.out() << (result.ok() ? tr("OK: %1").arg(*result.value) : tr("FAILED: %1").arg(result.error.message))
                      << '\n';
    }
    return result.ok() ? ExitSuccess : ExitRuntimeError;
}

int ErpCommands::sync(CliContext &context)
{
    SyncRequest request;
    request.integrationId = context.idOption(QStringLiteral("integration"));
    const QString direction = context.requiredValue(QStringLiteral("direction"));
    const std::optional<SyncDirection> parsed = syncDirectionFromName(direction);
    if (!parsed)
        throw UsageError{
            tr("--direction must be parts_from_erp, parts_to_erp or bidirectional, not \"%1\".").arg(direction)};
    request.direction = *parsed;
    request.partNumbers = context.listOption(QStringLiteral("parts"));
    request.forceUpdate = context.isSet(QStringLiteral("force"));
    if (context.isSet(QStringLiteral("conflict-policy"))) {
        request.conflictPolicy = conflictPolicyFromName(context.value(QStringLiteral("conflict-policy")));
        if (!request.conflictPolicy)
            throw UsageError{tr("--conflict-policy must be erp_wins, local_wins, newest_wins or manual.")};
    }
    ErpServices services(context);
    // Ctrl-C or SIGTERM cancels the run cleanly (between records) instead of cutting it short.
    TerminationSignals termination;
    qint64 runningLog = 0;
    QObject::connect(&services.engine, &ErpSyncEngine::progress, &services.engine,
                     [&runningLog](qint64 logId, int) { runningLog = logId; });
    QObject::connect(&termination, &TerminationSignals::received, &services.engine, [&] {
        if (runningLog != 0)
            services.engine.cancel(runningLog);
    });
    const SyncOutcome outcome = awaitFuture(services.engine.run(request));
    if (outcome.log.id == 0)
        throw Error(outcome.error);
    const SyncLog &log = outcome.log;
    if (context.json()) {
        context.printJson(syncSummaryJson(log));
    } else {
        context.out() << log.id << '\n';
        context.err() << tr("Sync %1: %2, %3 processed, %4 succeeded, %5 failed, %6 skipped, %7 conflicts, %8 ms.")
                             .arg(log.id)
                             .arg(syncStatusName(log.status))
                             .arg(log.processed)
                             .arg(log.succeeded)
                             .arg(log.failed)
                             .arg(log.skipped)
                             .arg(log.conflicts)
                             .arg(log.durationMs)
                      << '\n';
        if (!log.errorMessage.isEmpty())
            context.err() << tr("error: %1").arg(log.errorMessage) << '\n';
    }
    return log.status == SyncStatus::Success ? ExitSuccess : ExitRuntimeError;
}

int ErpCommands::logs(CliContext &context)
{
    std::optional<qint64> integration;
    if (context.isSet(QStringLiteral("integration")))
        integration = context.idOption(QStringLiteral("integration"));
    const int limit = context.intOption(QStringLiteral("limit"), 1, 100000).value_or(50);
    const QList<SyncLog> logs = ErpSyncRepository(context.database(), context.clock()).logs(integration, limit);
    if (context.json()) {
        QJsonArray array;
        for (const SyncLog &log : logs)
            array.append(toJson(log));
        context.printJson(array);
        return ExitSuccess;
    }
    for (const SyncLog &log : logs)
        context.out() << QStringLiteral("%1  %2  %3  %4  %5 processed, %6 ok, %7 failed, %8 skipped, %9 conflicts")
                             .arg(log.id, -6)
                             .arg(log.startedAt.toString(Qt::ISODate), -20)
                             .arg(syncDirectionName(log.direction), -14)
                             .arg(syncStatusName(log.status), -9)
                             .arg(log.processed)
                             .arg(log.succeeded)
                             .arg(log.failed)
                             .arg(log.skipped)
                             .arg(log.conflicts)
                      << '\n';
    return ExitSuccess;
}

int ErpCommands::log(CliContext &context)
{
    const qint64 id = context.idArgument(0, tr("The sync log id"));
    ErpSyncRepository repository(context.database(), context.clock());
    const std::optional<SyncLog> log = repository.findLog(id);
    if (!log)
        throw Error(tr("There is no sync log %1.").arg(id));
    const QList<SyncLogEntry> entries = repository.entries(id);
    if (context.json()) {
        QJsonObject json = toJson(*log);
        QJsonArray records;
        for (const SyncLogEntry &entry : entries)
            records.append(QJsonObject{{QStringLiteral("part_number"), entry.partNumber},
                                       {QStringLiteral("operation"), entry.operation},
                                       {QStringLiteral("direction"), entry.direction},
                                       {QStringLiteral("outcome"), entry.outcome},
                                       {QStringLiteral("http_status"),
                                        entry.httpStatus ? QJsonValue(*entry.httpStatus) : QJsonValue()},
                                       {QStringLiteral("error_category"), entry.errorCategory},
                                       {QStringLiteral("message"), entry.message}});
        json.insert(QStringLiteral("records"), records);
        context.printJson(json);
        return ExitSuccess;
    }
    const QJsonObject json = toJson(*log);
    context.printFields(json);
    for (const SyncLogEntry &entry : entries)
        context.out() << QStringLiteral("  %1 %2 %3 %4 %5")
                             .arg(entry.partNumber, -16)
                             .arg(entry.direction, -8)
                             .arg(entry.operation, -9)
                             .arg(entry.outcome, -9)
                             .arg(entry.message)
                      << '\n';
    return ExitSuccess;
}

int ErpCommands::conflicts(CliContext &context)
{
    std::optional<qint64> integration;
    if (context.isSet(QStringLiteral("integration")))
        integration = context.idOption(QStringLiteral("integration"));
    const QList<SyncConflict> conflicts = ErpSyncRepository(context.database(), context.clock())
                                              .conflicts(integration, !context.isSet(QStringLiteral("all")));
    QJsonArray array;
    for (const SyncConflict &conflict : conflicts)
        array.append(
            QJsonObject{{QStringLiteral("id"), conflict.id},
                        {QStringLiteral("integration_id"), conflict.integrationId},
                        {QStringLiteral("part_number"), conflict.partNumber},
                        {QStringLiteral("status"), conflict.open ? QStringLiteral("open") : QStringLiteral("resolved")},
                        {QStringLiteral("resolution"), conflict.resolution},
                        {QStringLiteral("detected_at"), conflict.detectedAt.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("local"), conflict.localRecord},
                        {QStringLiteral("erp"), conflict.remoteRecord}});
    if (context.json()) {
        context.printJson(array);
        return ExitSuccess;
    }
    for (const SyncConflict &conflict : conflicts)
        context.out() << QStringLiteral("%1  %2  %3  local: %4 / erp: %5")
                             .arg(conflict.id, -5)
                             .arg(conflict.partNumber, -16)
                             .arg(conflict.detectedAt.toString(Qt::ISODate), -20)
                             .arg(conflict.localRecord.value(QLatin1String("name")).toString(),
                                  conflict.remoteRecord.value(QLatin1String("name")).toString())
                      << '\n';
    return ExitSuccess;
}

int ErpCommands::resolve(CliContext &context)
{
    const qint64 id = context.idArgument(0, tr("The conflict id"));
    const QString take = context.requiredValue(QStringLiteral("take"));
    if (take != QLatin1String("erp") && take != QLatin1String("local"))
        throw UsageError{tr("--take must be erp or local.")};
    ErpServices services(context);
    services.engine.resolveConflict(id, take);
    context.out() << (take == QLatin1String("erp")
                          ? tr("Conflict %1 resolved: the ERP's version is now in the catalogue.")
                          : tr("Conflict %1 resolved: the local version is sent by the next export."))
                         .arg(id)
                  << '\n';
    return ExitSuccess;
}

int ErpCommands::setCredential(CliContext &context)
{
    const qint64 id = context.idArgument(0, tr("The integration id"));
    if (!context.isSet(QStringLiteral("secret-env")))
        throw UsageError{tr("--secret-env VAR is required: the credential is read from that environment variable.")};
    const QByteArray credential = context.secretFromEnvironment(QStringLiteral("secret-env"));
    const QString error = awaitFuture(
        IntegrationCredentials::store(context.database(), context.secrets(), context.clock(), id, credential));
    if (!error.isEmpty())
        throw Error(error);
    if (EncryptedSecretRepository(context.database()).teamKeyId().isEmpty())
        context.out() << tr("The credential of integration %1 is stored in the keychain.").arg(id) << '\n';
    else
        context.out()
            << tr("The credential of integration %1 is stored in the database, encrypted under the team key.").arg(id)
            << '\n';
    return ExitSuccess;
}

QList<CliCommand> ErpCommands::commands()
{
    const QString erp = QStringLiteral("erp");
    const CliOption integration{QStringLiteral("integration"), QStringLiteral("id"), tr("The ERP integration.")};
    return {
        {{erp, QStringLiteral("test-connection")},
         QStringLiteral("INTEGRATION_ID"),
         tr("Check that the ERP answers."),
         {},
         1,
         1,
         testConnection},
        {{erp, QStringLiteral("sync")},
         {},
         tr("Sync spare parts with the ERP; prints the sync log id and a summary."),
         {integration,
          {QStringLiteral("direction"), QStringLiteral("parts_from_erp|parts_to_erp|bidirectional"), tr("Which way.")},
          {QStringLiteral("parts"), QStringLiteral("P1,P2"), tr("Only these part numbers.")},
          {QStringLiteral("force"), {}, tr("Write even when nothing changed.")},
          {QStringLiteral("conflict-policy"), QStringLiteral("erp_wins|local_wins|newest_wins|manual"),
           tr("Who wins when both sides changed (default: the integration's setting, else erp_wins).")}},
         0,
         0,
         sync},
        {{erp, QStringLiteral("logs")},
         {},
         tr("The history of sync runs, newest first."),
         {integration, {QStringLiteral("limit"), QStringLiteral("n"), tr("At most this many.")}},
         0,
         0,
         logs},
        {{erp, QStringLiteral("log")},
         QStringLiteral("ID"),
         tr("One sync run with its per-record entries."),
         {},
         1,
         1,
         log},
        {{erp, QStringLiteral("conflicts")},
         {},
         tr("Conflicts waiting for a person (manual policy)."),
         {integration, {QStringLiteral("all"), {}, tr("Resolved ones too.")}},
         0,
         0,
         conflicts},
        {{erp, QStringLiteral("resolve")},
         QStringLiteral("CONFLICT_ID"),
         tr("Resolve a conflict by taking the ERP's or the local version."),
         {{QStringLiteral("take"), QStringLiteral("erp|local"), tr("Which version wins.")}},
         1,
         1,
         resolve},
        {{erp, QStringLiteral("set-credential")},
         QStringLiteral("INTEGRATION_ID"),
         tr("Store the ERP's API key or token in the keychain."),
         {{QStringLiteral("secret-env"), QStringLiteral("VAR"),
           tr("Read the credential from this environment variable.")}},
         1,
         1,
         setCredential},
    };
}

} // namespace

QList<CliCommand> erpCommands()
{
    return ErpCommands::commands();
}

} // namespace garagereg
