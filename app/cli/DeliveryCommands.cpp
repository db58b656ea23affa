#include "app/cli/CliContext.h"
#include "app/services/JsonFormat.h"

#include "models/common/Clock.h"
#include "models/storage/DeliveryRepository.h"
#include "models/storage/WebhookStatistics.h"

namespace garagereg {

namespace {

class DeliveryCommands
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryCommands)

public:
    static QList<CliCommand> commands();

private:
    static DeliveryFilter filterFrom(const CliContext &context);
    static int list(CliContext &context);
    static int show(CliContext &context);
    static int resend(CliContext &context);
    static int replay(CliContext &context);
    static int purge(CliContext &context);
    static int health(CliContext &context);
    static int metrics(CliContext &context);
};

DeliveryFilter DeliveryCommands::filterFrom(const CliContext &context)
{
    DeliveryFilter filter;
    if (context.isSet(QStringLiteral("status"))) {
        filter.status = deliveryStatusFromName(context.value(QStringLiteral("status")));
        if (!filter.status)
            throw UsageError{tr("--status must be pending, retrying, delivered, failed or expired.")};
    }
    filter.eventType = context.value(QStringLiteral("event"));
    if (context.isSet(QStringLiteral("subscription")))
        filter.subscriptionId = context.idOption(QStringLiteral("subscription"));
    if (const std::optional<QDateTime> since = context.timeOption(QStringLiteral("since")))
        filter.since = *since;
    if (const std::optional<QDateTime> until = context.timeOption(QStringLiteral("until")))
        filter.until = *until;
    return filter;
}

int DeliveryCommands::list(CliContext &context)
{
    const int limit = context.intOption(QStringLiteral("limit"), 1, 100000).value_or(50);
    const QList<Delivery> deliveries =
        DeliveryRepository(context.database(), context.clock()).list(filterFrom(context), limit);
    if (context.json()) {
        QJsonArray array;
        for (const Delivery &delivery : deliveries)
            array.append(toJson(delivery));
        context.printJson(array);
        return ExitSuccess;
    }
    context.out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                         .arg(tr("REQUEST ID"), -36)
                         .arg(tr("STATUS"), -9)
                         .arg(tr("EVENT"), -24)
                         .arg(tr("TRIES"), 5)
                         .arg(tr("HTTP"), 4)
                         .arg(tr("CREATED"))
                  << '\n';
    for (const Delivery &delivery : deliveries)
        context.out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                             .arg(delivery.requestId, -36)
                             .arg(deliveryStatusName(delivery.status), -9)
                             .arg(delivery.eventType, -24)
                             .arg(delivery.attemptCount, 5)
                             .arg(delivery.lastHttpStatus ? QString::number(*delivery.lastHttpStatus)
                                                          : QStringLiteral("-"),
                                  4)
                             .arg(delivery.createdAt.toString(Qt::ISODate))
                      << '\n';
    return ExitSuccess;
}

int DeliveryCommands::show(CliContext &context)
{
    const QString requestId = context.arguments().value(0);
    DeliveryRepository repository(context.database(), context.clock());
    const std::optional<Delivery> delivery = repository.findByRequestId(requestId);
    if (!delivery)
        throw Error(tr("There is no delivery with request id %1.").arg(requestId));
    const QList<DeliveryAttempt> attempts = repository.attempts(delivery->id);
    if (context.json()) {
        QJsonObject json = toJson(*delivery);
        QJsonArray attemptArray;
        for (const DeliveryAttempt &attempt : attempts)
            attemptArray.append(toJson(attempt));
        json.insert(QStringLiteral("attempts"), attemptArray);
        context.printJson(json);
        return ExitSuccess;
    }
    QTextStream &out = context.out();
    out << tr("Request id:   %1").arg(delivery->requestId) << '\n'
        << tr("Event:        %1 (%2)").arg(delivery->eventType, delivery->eventUuid) << '\n'
        << tr("Endpoint:     %1").arg(delivery->endpointUrl) << '\n'
        << tr("Status:       %1 after %n attempt(s)", nullptr, delivery->attemptCount)
               .arg(deliveryStatusName(delivery->status))
        << '\n';
    if (delivery->status == DeliveryStatus::Retrying)
        out << tr("Next retry:   %1").arg(delivery->nextAttemptAt.toString(Qt::ISODateWithMs)) << '\n';
    if (!delivery->lastError.isEmpty())
        out << tr("Last error:   %1").arg(delivery->lastError) << '\n';
    for (const DeliveryAttempt &attempt : attempts) {
        out << '\n'
            << tr("Attempt %1 (%2) at %3, %4 ms")
                   .arg(attempt.number)
                   .arg(attempt.manual ? tr("manual") : tr("scheduled"), attempt.startedAt.toString(Qt::ISODateWithMs))
                   .arg(attempt.durationMs)
            << '\n';
        for (const auto &[name, value] : attempt.requestHeaders)
            out << "  > " << QString::fromLatin1(name) << ": " << QString::fromUtf8(value) << '\n';
        if (attempt.responseStatus)
            out << "  < HTTP " << *attempt.responseStatus << '\n';
        for (const auto &[name, value] : attempt.responseHeaders)
            out << "  < " << QString::fromLatin1(name) << ": " << QString::fromUtf8(value) << '\n';
        if (!attempt.responseBody.isEmpty())
            out << "  < " << QString::fromUtf8(attempt.responseBody.left(2000))
                << (attempt.responseTruncated || attempt.responseBody.size() > 2000 ? tr(" [truncated]") : QString())
                << '\n';
        if (!attempt.errorClass.isEmpty())
            out << tr("  error (%1): %2").arg(attempt.errorClass, attempt.errorMessage) << '\n';
    }
    return ExitSuccess;
}

int DeliveryCommands::resend(CliContext &context)
{
    const QString requestId = context.arguments().value(0);
    if (!DeliveryRepository(context.database(), context.clock()).resend(requestId))
        throw Error(tr("There is no delivery with request id %1.").arg(requestId));
    context.out() << tr("Delivery %1 is queued for a new attempt; a running worker sends it.").arg(requestId) << '\n';
    return ExitSuccess;
}

int DeliveryCommands::replay(CliContext &context)
{
    const int cap = context.intOption(QStringLiteral("limit"), 1, 100000).value_or(1000);
    const int count = DeliveryRepository(context.database(), context.clock()).replay(filterFrom(context), cap);
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("queued"), count}});
    else
        context.out() << tr("%n delivery(s) queued for a new attempt.", nullptr, count) << '\n';
    return ExitSuccess;
}

int DeliveryCommands::purge(CliContext &context)
{
    const std::optional<int> days = context.intOption(QStringLiteral("older-than"), 0, 36500);
    if (!days)
        throw UsageError{tr("--older-than DAYS is required.")};
    const QDateTime before = context.clock().now().addDays(-*days);
    const int removed = DeliveryRepository(context.database(), context.clock()).purgeDelivered(before);
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("purged"), removed}});
    else
        context.out() << tr("%n delivered record(s) purged.", nullptr, removed) << '\n';
    return ExitSuccess;
}

int DeliveryCommands::health(CliContext &context)
{
    const QList<IntegrationHealth> health = WebhookStatistics(context.database(), context.clock()).health();
    if (context.json()) {
        QJsonArray array;
        for (const IntegrationHealth &entry : health)
            array.append(toJson(entry));
        context.printJson(array);
        return ExitSuccess;
    }
    context.out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                         .arg(tr("ID"), -6)
                         .arg(tr("NAME"), -28)
                         .arg(tr("HEALTH"), -8)
                         .arg(tr("REQUESTS"), 9)
                         .arg(tr("SUCCESS"), 8)
                         .arg(tr("AVG MS"), 8)
                  << '\n';
    for (const IntegrationHealth &entry : health) {
        const QString rate = entry.requestCount > 0
                                 ? QStringLiteral("%1%").arg(100.0 * entry.successCount / entry.requestCount, 0, 'f', 1)
                                 : QStringLiteral("-");
        const QString average = entry.averageResponseMs ? QString::number(*entry.averageResponseMs, 'f', 1)
                                                        : QStringLiteral("-");
        context.out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                             .arg(entry.integrationId, -6)
                             .arg(entry.name, -28)
                             .arg(healthStatusName(entry.status), -8)
                             .arg(entry.requestCount, 9)
                             .arg(rate, 8)
                             .arg(average, 8)
                      << '\n';
    }
    return ExitSuccess;
}

int DeliveryCommands::metrics(CliContext &context)
{
    const DeliveryMetrics metrics = WebhookStatistics(context.database(), context.clock()).metrics();
    if (context.json()) {
        context.printJson(toJson(metrics));
        return ExitSuccess;
    }
    QTextStream &out = context.out();
    out << tr("Deliveries by status:") << '\n';
    for (const auto &entry : metrics.statusDistribution)
        out << QStringLiteral("  %1 %2").arg(entry.status, -10).arg(entry.count) << '\n';
    out << tr("Average attempts per subscription:") << '\n';
    for (const auto &entry : metrics.averageAttemptsPerSubscription)
        out << QStringLiteral("  %1 %2").arg(entry.name, -30).arg(entry.averageAttempts, 0, 'f', 2) << '\n';
    out << tr("Failed attempts by HTTP status and error class:") << '\n';
    for (const auto &entry : metrics.failures)
        out << QStringLiteral("  %1 %2 %3")
                   .arg(entry.httpStatus ? QString::number(*entry.httpStatus) : QStringLiteral("-"), -5)
                   .arg(entry.errorClass, -11)
                   .arg(entry.count)
            << '\n';
    out << tr("Daily success rate:") << '\n';
    for (const auto &entry : metrics.dailySuccess)
        out << QStringLiteral("  %1 %2% of %3")
                   .arg(entry.day.toString(Qt::ISODate))
                   .arg(entry.attempts > 0 ? 100.0 * entry.succeeded / entry.attempts : 0.0, 5, 'f', 1)
                   .arg(entry.attempts)
            << '\n';
    return ExitSuccess;
}

QList<CliCommand> DeliveryCommands::commands()
{
    const QString deliveries = QStringLiteral("deliveries");
    const QList<CliOption> filters{
        {QStringLiteral("status"), QStringLiteral("status"), tr("pending, retrying, delivered, failed or expired.")},
        {QStringLiteral("event"), QStringLiteral("type"), tr("Only this event type.")},
        {QStringLiteral("subscription"), QStringLiteral("id"), tr("Only this subscription.")},
        {QStringLiteral("since"), QStringLiteral("iso-time"), tr("Created at or after this time.")},
        {QStringLiteral("until"), QStringLiteral("iso-time"), tr("Created before this time.")},
        {QStringLiteral("limit"), QStringLiteral("n"), tr("At most this many.")},
    };
    return {
        {{deliveries, QStringLiteral("list")}, {}, tr("The delivery log, newest first."), filters, 0, 0, list},
        {{deliveries, QStringLiteral("show")},
         QStringLiteral("REQUEST_ID"),
         tr("One delivery with all its attempts."),
         {},
         1,
         1,
         show},
        {{deliveries, QStringLiteral("resend")},
         QStringLiteral("REQUEST_ID"),
         tr("Queue a new attempt under the same request id."),
         {},
         1,
         1,
         resend},
        {{deliveries, QStringLiteral("replay")},
         {},
         tr("Queue new attempts for every delivery the filters select (at most --limit, default 1000)."),
         filters,
         0,
         0,
         replay},
        {{deliveries, QStringLiteral("purge")},
         {},
         tr("Delete delivered records completed more than DAYS days ago."),
         {{QStringLiteral("older-than"), QStringLiteral("days"), tr("Age in days.")}},
         0,
         0,
         purge},
        {{QStringLiteral("health")}, {}, tr("Health of every integration."), {}, 0, 0, health},
        {{QStringLiteral("metrics")},
         {},
         tr("Delivery metrics: statuses, attempts, failures, daily success rate."),
         {},
         0,
         0,
         metrics},
    };
}

} // namespace

QList<CliCommand> deliveryCommands()
{
    return DeliveryCommands::commands();
}

} // namespace garagereg
