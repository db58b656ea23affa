#include "app/cli/CliContext.h"
#include "app/services/JsonFormat.h"

#include "models/common/Clock.h"
#include "models/storage/IntegrationRepository.h"

namespace garagereg {

namespace {

class IntegrationCommands
{
    Q_DECLARE_TR_FUNCTIONS(IntegrationCommands)

public:
    static QList<CliCommand> commands();

private:
    static int add(CliContext &context);
    static int list(CliContext &context);
    static int show(CliContext &context);
    static int setStatus(CliContext &context);
};

// "active" or "inactive", else a usage error.
bool parseActive(const QString &word)
{
    if (word == QLatin1String("active"))
        return true;
    if (word == QLatin1String("inactive"))
        return false;
    throw UsageError{
        QCoreApplication::translate("IntegrationCommands", "the status must be active or inactive, not \"%1\".")
            .arg(word)};
}

int IntegrationCommands::add(CliContext &context)
{
    Integration integration;
    integration.name = context.requiredValue(QStringLiteral("name"));
    const QString type = context.requiredValue(QStringLiteral("type"));
    const std::optional<IntegrationType> parsedType = integrationTypeFromString(type);
    if (!parsedType)
        throw UsageError{tr("--type must be webhook, erp or api, not \"%1\".").arg(type)};
    integration.type = *parsedType;
    integration.provider = context.requiredValue(QStringLiteral("provider"));
    integration.endpointUrl = context.value(QStringLiteral("endpoint"));
    if (const std::optional<int> limit = context.intOption(QStringLiteral("rate-limit"), 1, 1'000'000))
        integration.rateLimitPerMinute = *limit;
    integration.organizationId = context.value(QStringLiteral("organization"));
    if (context.isSet(QStringLiteral("ca-certificates")))
        integration.settings.insert(caCertificatesSetting,
                                    QString::fromUtf8(context.textOrFile(QStringLiteral("ca-certificates"))));

    const Integration created = IntegrationRepository(context.database(), context.clock()).create(integration);
    if (context.json())
        context.printJson(toJson(created));
    else
        context.out() << created.id << '\n';
    return ExitSuccess;
}

int IntegrationCommands::list(CliContext &context)
{
    const QList<Integration> integrations = IntegrationRepository(context.database(), context.clock()).list();
    if (context.json()) {
        QJsonArray array;
        for (const Integration &integration : integrations)
            array.append(toJson(integration));
        context.printJson(array);
        return ExitSuccess;
    }
    context.out() << QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(tr("ID"), -6)
                         .arg(tr("NAME"), -30)
                         .arg(tr("TYPE"), -8)
                         .arg(tr("PROVIDER"), -20)
                         .arg(tr("STATUS"))
                  << '\n';
    for (const Integration &integration : integrations)
        context.out() << QStringLiteral("%1  %2  %3  %4  %5")
                             .arg(integration.id, -6)
                             .arg(integration.name, -30)
                             .arg(integrationTypeName(integration.type), -8)
                             .arg(integration.provider, -20)
                             .arg(integration.active ? tr("active") : tr("inactive"))
                      << '\n';
    return ExitSuccess;
}

int IntegrationCommands::show(CliContext &context)
{
    const qint64 id = context.idArgument(0, tr("The integration id"));
    const std::optional<Integration> integration = IntegrationRepository(context.database(), context.clock()).find(id);
    if (!integration)
        throw Error(tr("There is no integration with id %1.").arg(id));
    const QJsonObject json = toJson(*integration);
    if (context.json()) {
        context.printJson(json);
        return ExitSuccess;
    }
    context.printFields(json);
    return ExitSuccess;
}

int IntegrationCommands::setStatus(CliContext &context)
{
    const qint64 id = context.idArgument(0, tr("The integration id"));
    const bool active = parseActive(context.arguments().value(1));
    IntegrationRepository(context.database(), context.clock()).setActive(id, active);
    context.out() << (active ? tr("Integration %1 is active.") : tr("Integration %1 is inactive.")).arg(id) << '\n';
    return ExitSuccess;
}

QList<CliCommand> IntegrationCommands::commands()
{
    const QString integration = QStringLiteral("integration");
    return {
        {{integration, QStringLiteral("add")},
         {},
         tr("Create an integration and print its id."),
         {{QStringLiteral("name"), QStringLiteral("name"), tr("Its name.")},
          {QStringLiteral("type"), QStringLiteral("webhook|erp|api"), tr("What it connects.")},
          {QStringLiteral("provider"), QStringLiteral("provider"),
           tr("dummy, rest-json, microsoft-dynamics, billingo, sap, oracle, slack, teams, zapier, custom, ...")},
          {QStringLiteral("endpoint"), QStringLiteral("url"), tr("Its endpoint URL.")},
          {QStringLiteral("rate-limit"), QStringLiteral("per-minute"), tr("At most this many requests per minute.")},
          {QStringLiteral("organization"), QStringLiteral("id"), tr("The organization it belongs to.")},
          {QStringLiteral("ca-certificates"), QStringLiteral("@pem-file"),
           tr("CA certificates (PEM) its requests trust instead of the system's.")}},
         0,
         0,
         add},
        {{integration, QStringLiteral("list")}, {}, tr("List the integrations."), {}, 0, 0, list},
        {{integration, QStringLiteral("show")}, QStringLiteral("ID"), tr("Show one integration."), {}, 1, 1, show},
        {{integration, QStringLiteral("set-status")},
         QStringLiteral("ID active|inactive"),
         tr("Activate or deactivate an integration."),
         {},
         2,
         2,
         setStatus},
    };
}

} // namespace

bool parseActiveWord(const QString &word)
{
    return parseActive(word);
}

QList<CliCommand> integrationCommands()
{
    return IntegrationCommands::commands();
}

} // namespace garagereg
