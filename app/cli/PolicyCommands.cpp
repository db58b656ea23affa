#include "app/cli/CliContext.h"

#include "models/common/Error.h"
#include "models/storage/OutboundPolicyRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace garagereg {

namespace {

// The outbound policy: where webhooks, test pings and ERP calls may go. Whoever
// runs the command line on the database is its administrator; the REST API has
// no way to change it.
class PolicyCommands
{
    Q_DECLARE_TR_FUNCTIONS(PolicyCommands)

public:
    static QList<CliCommand> commands();

private:
    static int show(CliContext &context);
    static int set(CliContext &context);
    static bool yesNo(const CliContext &context, const QString &option, bool current);
};

int PolicyCommands::show(CliContext &context)
{
    const OutboundPolicy policy = OutboundPolicyRepository(context.database()).load();
    if (context.json()) {
        context.printJson(QJsonDocument::fromJson(policy.toJson()).object());
        return ExitSuccess;
    }
    for (const QString &line : policy.describe())
        context.out() << line << '\n';
    return ExitSuccess;
}

bool PolicyCommands::yesNo(const CliContext &context, const QString &option, bool current)
{
    if (!context.isSet(option))
        return current;
    const QString value = context.value(option).toLower();
    if (value == QLatin1String("yes") || value == QLatin1String("true") || value == QLatin1String("on"))
        return true;
    if (value == QLatin1String("no") || value == QLatin1String("false") || value == QLatin1String("off"))
        return false;
    throw UsageError{tr("--%1 must be yes or no.").arg(option)};
}

int PolicyCommands::set(CliContext &context)
{
    OutboundPolicyRepository repository(context.database());
    OutboundPolicy policy = repository.load();
    policy.httpsOnly = yesNo(context, QStringLiteral("https-only"), policy.httpsOnly);
    policy.refusePrivate = yesNo(context, QStringLiteral("refuse-private"), policy.refusePrivate);
    const auto list = [&context](const QString &option, QStringList &target) {
        if (context.isSet(option))
            target = context.listOption(option);
    };
    list(QStringLiteral("allow-host"), policy.allowHosts);
    list(QStringLiteral("deny-host"), policy.denyHosts);
    list(QStringLiteral("allow-network"), policy.allowNetworks);
    list(QStringLiteral("deny-network"), policy.denyNetworks);
    if (const QStringList problems = policy.problems(); !problems.isEmpty())
        throw UsageError{problems.join(QLatin1Char(' '))};
    repository.save(policy);
    context.err() << tr("The outbound policy is stored; workers apply it within seconds.") << '\n';
    return show(context);
}

QList<CliCommand> PolicyCommands::commands()
{
    const QString policy = QStringLiteral("policy");
    const QString list = QStringLiteral("list");
    return {
        {{policy, QStringLiteral("show")},
         {},
         tr("Show the outbound policy: where webhooks, test pings and ERP calls may go."),
         {},
         0,
         0,
         show},
        {{policy, QStringLiteral("set")},
         {},
         tr("Change the outbound policy; options not given keep their value, an empty list clears one."),
         {{QStringLiteral("https-only"), QStringLiteral("yes|no"), tr("Refuse http URLs.")},
          {QStringLiteral("refuse-private"), QStringLiteral("yes|no"),
           tr("Refuse loopback, private, link-local and other special addresses, checked after DNS resolution.")},
          {QStringLiteral("allow-host"), list,
           tr("Comma-separated hosts (example.com, *.example.com); when set, only these (or allowed networks).")},
          {QStringLiteral("deny-host"), list, tr("Comma-separated hosts that are always refused.")},
          {QStringLiteral("allow-network"), list,
           tr("Comma-separated networks (CIDR, IPv4 or IPv6); also exempts them from --refuse-private.")},
          {QStringLiteral("deny-network"), list, tr("Comma-separated networks (CIDR) that are always refused.")}},
         0,
         0,
         set},
    };
}

} // namespace

QList<CliCommand> policyCommands()
{
    return PolicyCommands::commands();
}

} // namespace garagereg
