#pragma once

#include "adapters/http/WebhookSender.h"
#include "models/domain/WebhookSubscription.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <chrono>

namespace garagereg {

// A signed "ping" event, sent to check that an endpoint answers and verifies
// signatures. Used by `endpoint test` on the command line and the desktop
// application's Send test ping; the ping is not stored in the delivery log.
class EndpointPing
{
    Q_DECLARE_TR_FUNCTIONS(EndpointPing)

public:
    // Empty when the URL is an absolute http or https URL with a host; else why not.
    static QString urlProblem(const QUrl &url);

    // The request, signed with `secret` the way `scheme` signs. Throws
    // garagereg::Error when the secret does not suit the scheme.
    static OutgoingWebhook request(const QUrl &url, SignatureScheme scheme, const QString &signatureHeader,
                                   const QByteArray &secret, const QDateTime &now, std::chrono::seconds timeout);

    // One line for people: "HTTP 200 in 12 ms" or the error.
    static QString summary(const AttemptResult &result);
};

} // namespace garagereg
