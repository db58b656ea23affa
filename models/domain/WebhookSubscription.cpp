#include "models/domain/WebhookSubscription.h"

#include "models/domain/Integration.h"
#include "models/webhooks/EventFilter.h"
#include "models/webhooks/EventTypes.h"

#include <QRegularExpression>

namespace garagereg {

QString signatureSchemeName(SignatureScheme scheme)
{
    return scheme == SignatureScheme::GarageReg ? QStringLiteral("garagereg") : QStringLiteral("standard-webhooks");
}

std::optional<SignatureScheme> signatureSchemeFromString(const QString &text)
{
    if (text == QLatin1String("garagereg"))
        return SignatureScheme::GarageReg;
    if (text == QLatin1String("standard-webhooks"))
        return SignatureScheme::StandardWebhooks;
    return std::nullopt;
}

QStringList WebhookSubscriptionValidator::problems(const WebhookSubscription &subscription)
{
    QStringList problems;
    if (subscription.name.trimmed().isEmpty())
        problems << tr("The name is empty.");
    if (!isHttpUrl(subscription.endpointUrl))
        problems << tr("The endpoint URL \"%1\" is not an http or https URL.").arg(redactedUrl(subscription.endpointUrl));
    else if (hasUserInfo(subscription.endpointUrl))
        problems << tr("The endpoint URL \"%1\" contains a user name or password, which would be stored and shown "
                       "with it in the delivery log. Remove it: receivers check the signature instead.")
                        .arg(redactedUrl(subscription.endpointUrl));
    // RFC 9110 token characters.
    static const QRegularExpression headerToken(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
    if (!headerToken.match(subscription.signatureHeader).hasMatch())
        problems << tr("The signature header name \"%1\" is not a valid HTTP header name.")
                        .arg(subscription.signatureHeader);
    if (subscription.maxRetries < 0 || subscription.maxRetries > 100)
        problems << tr("The number of retries must be between 0 and 100.");
    if (subscription.maxRetries > 0 && subscription.retryDelaysSeconds.isEmpty())
        problems << tr("Retries need at least one retry delay.");
    for (int delay : subscription.retryDelaysSeconds) {
        if (delay < 1 || delay > WebhookSubscription::maxRetryDelaySeconds) {
            problems << tr("Each retry delay must be between 1 second and 7 days (got %1).").arg(delay);
            break;
        }
    }
    if (subscription.timeoutSeconds < 1 || subscription.timeoutSeconds > 300)
        problems << tr("The timeout must be between 1 and 300 seconds.");
    if (subscription.eventTypes.isEmpty())
        problems << tr("Subscribe to at least one event type.");
    QStringList unknown;
    for (const QString &type : subscription.eventTypes) {
        if (!EventTypes::isKnown(type))
            unknown << type;
    }
    if (!unknown.isEmpty())
        problems << tr("Unknown event type(s): %1.").arg(unknown.join(QStringLiteral(", ")));
    problems << EventFilter::problems(subscription.eventFilters);
    return problems;
}

} // namespace garagereg
