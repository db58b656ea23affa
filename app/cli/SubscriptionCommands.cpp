#include "app/cli/CliContext.h"
#include "app/services/JsonFormat.h"

#include "app/services/SubscriptionService.h"
#include "models/common/AwaitFuture.h"
#include "models/storage/WebhookSubscriptionRepository.h"

#include <QJsonDocument>

namespace garagereg {

namespace {

class SubscriptionCommands
{
    Q_DECLARE_TR_FUNCTIONS(SubscriptionCommands)

public:
    static QList<CliCommand> commands();

private:
    static int add(CliContext &context);
    static int list(CliContext &context);
    static int show(CliContext &context);
    static int setStatus(CliContext &context);
    static int rotateSecret(CliContext &context);
    static QJsonObject parseFilter(const QByteArray &text);
    static void printOutcome(CliContext &context, const SubscriptionOutcome &outcome);
};

QJsonObject SubscriptionCommands::parseFilter(const QByteArray &text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw UsageError{tr("--filter must be a JSON object such as {\"priority\": [\"high\"]}.")};
    return document.object();
}

void SubscriptionCommands::printOutcome(CliContext &context, const SubscriptionOutcome &outcome)
{
    if (!outcome.error.isEmpty())
        throw Error(outcome.error);
    QJsonObject json = toJson(*outcome.subscription);
    if (!outcome.secret.isEmpty())
        json.insert(QStringLiteral("secret"), QString::fromUtf8(outcome.secret));
    if (context.json()) {
        context.printJson(json);
        return;
    }
    context.out() << outcome.subscription->id << '\n';
    if (!outcome.secret.isEmpty())
        context.err() << tr("A new secret was generated. It is shown only this once; give it to the receiver:") << '\n'
                      << QString::fromUtf8(outcome.secret) << '\n';
}

int SubscriptionCommands::add(CliContext &context)
{
    WebhookSubscription subscription;
    subscription.integrationId = context.idOption(QStringLiteral("integration"));
    subscription.name = context.requiredValue(QStringLiteral("name"));
    subscription.endpointUrl = context.requiredValue(QStringLiteral("url"));
    subscription.eventTypes = context.listOption(QStringLiteral("events"));
    if (subscription.eventTypes.isEmpty())
        throw UsageError{tr("--events is required: a comma-separated list such as gate.created,work_order.completed.")};
    if (context.isSet(QStringLiteral("filter")))
        subscription.eventFilters = parseFilter(context.textOrFile(QStringLiteral("filter")));
    if (const std::optional<int> retries = context.intOption(QStringLiteral("max-retries"), 0, 100))
        subscription.maxRetries = *retries;
    if (context.isSet(QStringLiteral("retry-delays")))
        subscription.retryDelaysSeconds = context.intListOption(QStringLiteral("retry-delays"), 1, 7 * 24 * 3600);
    if (const std::optional<int> timeout = context.intOption(QStringLiteral("timeout"), 1, 300))
        subscription.timeoutSeconds = *timeout;
    if (context.isSet(QStringLiteral("scheme"))) {
        const std::optional<SignatureScheme> scheme = signatureSchemeFromString(
            context.value(QStringLiteral("scheme")));
        if (!scheme)
            throw UsageError{tr("--scheme must be garagereg or standard-webhooks.")};
        subscription.signatureScheme = *scheme;
    }
    if (context.isSet(QStringLiteral("signature-header")))
        subscription.signatureHeader = context.value(QStringLiteral("signature-header"));
    subscription.organizationId = context.value(QStringLiteral("organization"));

    const QByteArray secret = context.secretFromEnvironment(QStringLiteral("secret-env"));
    SubscriptionService service(context.database(), context.secrets(), context.clock());
    printOutcome(context, awaitFuture(service.create(subscription, secret)));
    return ExitSuccess;
}

int SubscriptionCommands::list(CliContext &context)
{
    const QList<WebhookSubscription> subscriptions =
        WebhookSubscriptionRepository(context.database(), context.clock()).list();
    if (context.json()) {
        QJsonArray array;
        for (const WebhookSubscription &subscription : subscriptions)
            array.append(toJson(subscription));
        context.printJson(array);
        return ExitSuccess;
    }
    context.out() << QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(tr("ID"), -6)
                         .arg(tr("NAME"), -28)
                         .arg(tr("STATUS"), -9)
                         .arg(tr("EVENTS"), -40)
                         .arg(tr("URL"))
                  << '\n';
    for (const WebhookSubscription &subscription : subscriptions)
        context.out() << QStringLiteral("%1  %2  %3  %4  %5")
                             .arg(subscription.id, -6)
                             .arg(subscription.name, -28)
                             .arg(subscription.active ? tr("active") : tr("inactive"), -9)
                             .arg(subscription.eventTypes.join(QLatin1Char(',')), -40)
                             .arg(subscription.endpointUrl)
                      << '\n';
    return ExitSuccess;
}

int SubscriptionCommands::show(CliContext &context)
{
    const qint64 id = context.idArgument(0, tr("The subscription id"));
    const std::optional<WebhookSubscription> subscription =
        WebhookSubscriptionRepository(context.database(), context.clock()).find(id);
    if (!subscription)
        throw Error(tr("There is no subscription with id %1.").arg(id));
    const QJsonObject json = toJson(*subscription);
    if (context.json()) {
        context.printJson(json);
        return ExitSuccess;
    }
    context.printFields(json);
    return ExitSuccess;
}

int SubscriptionCommands::setStatus(CliContext &context)
{
    const qint64 id = context.idArgument(0, tr("The subscription id"));
    const bool active = parseActiveWord(context.arguments().value(1));
    WebhookSubscriptionRepository(context.database(), context.clock())
        .setActive(id, active, tr("Deactivated from the command line."));
    context.out() << (active ? tr("Subscription %1 is active.") : tr("Subscription %1 is inactive.")).arg(id) << '\n';
    return ExitSuccess;
}

int SubscriptionCommands::rotateSecret(CliContext &context)
{
    const qint64 id = context.idArgument(0, tr("The subscription id"));
    const QByteArray secret = context.secretFromEnvironment(QStringLiteral("secret-env"));
    std::chrono::seconds overlap = SubscriptionService::defaultRotationOverlap;
    if (const std::optional<int> hours = context.intOption(QStringLiteral("overlap-hours"), 0, 24 * 30))
        overlap = std::chrono::hours(*hours);
    SubscriptionService service(context.database(), context.secrets(), context.clock());
    printOutcome(context, awaitFuture(service.rotateSecret(id, secret, overlap)));
    return ExitSuccess;
}

QList<CliCommand> SubscriptionCommands::commands()
{
    const QString subscription = QStringLiteral("subscription");
    const CliOption secretEnv{QStringLiteral("secret-env"), QStringLiteral("VAR"),
                              tr("Read the secret from this environment variable (never from the command line); "
                                 "without it one is generated and shown once.")};
    return {
        {{subscription, QStringLiteral("add")},
         {},
         tr("Create a webhook subscription and print its id."),
         {{QStringLiteral("integration"), QStringLiteral("id"), tr("The integration it belongs to.")},
          {QStringLiteral("name"), QStringLiteral("name"), tr("Its name.")},
          {QStringLiteral("url"), QStringLiteral("url"), tr("The http or https endpoint.")},
          {QStringLiteral("events"), QStringLiteral("T1,T2"), tr("The event types it receives.")},
          secretEnv,
          {QStringLiteral("filter"), QStringLiteral("json|@file"), tr("A payload filter (JSON object).")},
          {QStringLiteral("max-retries"), QStringLiteral("n"), tr("Retries after the first attempt (default 3).")},
          {QStringLiteral("retry-delays"), QStringLiteral("s1,s2,..."),
           tr("Seconds before each retry (default 60,300,900).")},
          {QStringLiteral("timeout"), QStringLiteral("seconds"), tr("Per-attempt timeout (default 30).")},
          {QStringLiteral("scheme"), QStringLiteral("garagereg|standard-webhooks"), tr("The signature scheme.")},
          {QStringLiteral("signature-header"), QStringLiteral("name"),
           tr("The signature header (default X-GarageReg-Signature).")},
          {QStringLiteral("organization"), QStringLiteral("id"), tr("Only this organization's events reach it.")}},
         0,
         0,
         add},
        {{subscription, QStringLiteral("list")}, {}, tr("List the subscriptions."), {}, 0, 0, list},
        {{subscription, QStringLiteral("show")}, QStringLiteral("ID"), tr("Show one subscription."), {}, 1, 1, show},
        {{subscription, QStringLiteral("set-status")},
         QStringLiteral("ID active|inactive"),
         tr("Activate or deactivate a subscription."),
         {},
         2,
         2,
         setStatus},
        {{subscription, QStringLiteral("rotate-secret")},
         QStringLiteral("ID"),
         tr("Replace the secret; with standard-webhooks the old one keeps signing for the overlap."),
         {secretEnv,
          {QStringLiteral("overlap-hours"), QStringLiteral("hours"),
           tr("How long the old secret keeps signing (default 24).")}},
         1,
         1,
         rotateSecret},
    };
}

} // namespace

QList<CliCommand> subscriptionCommands()
{
    return SubscriptionCommands::commands();
}

} // namespace garagereg
