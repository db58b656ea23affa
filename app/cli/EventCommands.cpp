#include "app/cli/CliContext.h"

#include "app/services/WebhookEventService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace garagereg {

namespace {

class EventCommands
{
    Q_DECLARE_TR_FUNCTIONS(EventCommands)

public:
    static QList<CliCommand> commands();

private:
    static int trigger(CliContext &context);
};

int EventCommands::trigger(CliContext &context)
{
    const QString type = context.arguments().value(0);
    const QJsonObject payload = WebhookEventService::parsePayload(context.textOrFile(QStringLiteral("payload")));
    WebhookEventService service(context.database(), context.clock());
    const TriggeredEvent event = service.trigger(type, payload, context.value(QStringLiteral("organization")),
                                                 context.value(QStringLiteral("entity-id")));
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("event_id"), event.eventUuid},
                                      {QStringLiteral("deliveries"), event.requestIds.size()},
                                      {QStringLiteral("request_ids"), QJsonArray::fromStringList(event.requestIds)}});
    } else {
        context.out() << event.eventUuid << '\n';
        context.err() << tr("%n delivery(s) queued.", nullptr, static_cast<int>(event.requestIds.size())) << '\n';
    }
    return ExitSuccess;
}

QList<CliCommand> EventCommands::commands()
{
    return {
        {{QStringLiteral("event"), QStringLiteral("trigger")},
         QStringLiteral("TYPE"),
         tr("Raise an event; every matching active subscription gets a delivery. Prints the event id."),
         {{QStringLiteral("payload"), QStringLiteral("json|@file"),
           tr("The event's data: a JSON object of at most 1 MiB.")},
          {QStringLiteral("organization"), QStringLiteral("id"), tr("The organization the event belongs to.")},
          {QStringLiteral("entity-id"), QStringLiteral("id"), tr("The gate, work order or part it is about.")}},
         1,
         1,
         trigger},
    };
}

} // namespace

QList<CliCommand> eventCommands()
{
    return EventCommands::commands();
}

} // namespace garagereg
